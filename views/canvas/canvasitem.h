#pragma once
// The common base of the canvas items. An item is a plain QGraphicsItem (no
// QObject: the L model has 25,000 of them) that knows which model object it
// shows by (collection, id) and caches what it paints. The scene re-reads the
// object through sync() when the Document says it changed; items never
// change the model themselves.
#include "model/document/collections.h"
#include "model/enums.h"

#include <QGraphicsItem>
#include <QStringList>

class QPainter;

namespace lintel::canvas {

class DiagramScene;

// The validator's findings about one object, as the canvas shows them.
// Accepted risks are counted apart: they are drawn muted, with a tick, so
// the room sees at a glance what is still open and what was decided.
struct FindingMarks {
    int count = 0;  // open findings
    Severity worst = Severity::Info;
    QStringList lines;  // "error · message", most severe first
    int accepted = 0;
    QStringList acceptedLines;
    bool isEmpty() const { return count == 0; }  // nothing open
    bool isBlank() const { return count == 0 && accepted == 0; }
};

class CanvasItem : public QGraphicsItem {
public:
    CanvasItem(Collection collection, QString id);

    ObjectRef ref() const { return {m_collection, m_id}; }
    const QString &id() const { return m_id; }
    void setId(const QString &id) { m_id = id; }

    void setFindings(FindingMarks marks);
    const FindingMarks &findings() const { return m_findings; }

    // Rich text for the tooltip; built on demand (DiagramScene::helpEvent),
    // so 25,000 items do not each carry a string nobody reads.
    virtual QString toolTipText() const = 0;

    // What a rubber band must enclose to select this item, in scene
    // coordinates: the visible shape, not hover-only decorations.
    virtual QRectF selectionExtent() const { return sceneBoundingRect(); }

    DiagramScene *diagramScene() const;

    // How much detail to draw for this painter (1 = 100 % zoom).
    static double levelOfDetail(const QPainter *painter);

protected:
    // A severity icon (circle for errors and info, triangle for warnings)
    // with the number of findings, centred on `centre`; with only accepted
    // findings, a grey disc with a tick.
    void paintFindingMarker(QPainter *painter, QPointF centre) const;
    static QRectF findingMarkerRect(QPointF centre);
    // The findings part of a tooltip (empty without findings).
    QString findingsToolTip() const;
    // True while the scene renders for export: no selection, hover or handles.
    bool isExporting() const;
    // The smallest on-screen size of names (semantic zoom); 0 while
    // exporting, where names keep their own size as in every other format.
    double minimumLabelPixels() const;

private:
    void paintAcceptedMarker(QPainter *painter, QPointF centre) const;

    QString m_id;
    Collection m_collection;
    FindingMarks m_findings;
};

}  // namespace lintel::canvas
