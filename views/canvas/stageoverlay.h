#pragma once
// "Colour by ownership stage": one item above the diagram that tints each
// element taking part in the transition with its stage's colour and badges
// it with the stage number, plus a legend widget for the canvas corner.
// Like the compare overlay it leaves the diagram's own items alone, so
// switching the colouring off is removing one item.
#include <QFrame>
#include <QGraphicsItem>
#include <optional>

namespace lintel {
class Document;
}

namespace lintel::canvas {

class DiagramScene;

// 1 the outgoing team leads ... 4 the incoming team owns it alone; no
// value: in the transition but not staged yet.
QColor stageColour(std::optional<int> stage);
QString stageLabel(std::optional<int> stage);

class StageOverlay : public QGraphicsItem {
public:
    StageOverlay(DiagramScene *scene, const Document *document);

    // Elements this view shows with a stage colour (for tests).
    int markedCount() const;
    std::optional<std::optional<int>> stageShownFor(const QString &elementId) const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    DiagramScene *m_scene;
    const Document *m_document;
};

// The colours and what they mean, for a corner of the canvas.
class StageLegend : public QFrame {
    Q_OBJECT
public:
    explicit StageLegend(QWidget *parent = nullptr);
};

}  // namespace lintel::canvas
