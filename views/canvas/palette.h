#pragma once
// The element palette: every element kind (and "Zone") with the icon the
// canvas draws for it. Drag an entry onto the canvas to add one there;
// double-click (or Enter) asks for one in the middle of the visible canvas.
#include <QListWidget>

namespace lintel::canvas {

// What a palette drag carries: the kind's YAML spelling ("service") or "zone".
inline constexpr char kPaletteMimeType[] = "application/x-lintel-palette-entry";
inline const QString kPaletteZoneEntry = QStringLiteral("zone");

class PaletteWidget : public QListWidget {
    Q_OBJECT
public:
    explicit PaletteWidget(QWidget *parent = nullptr);

    // The mime data a drag of `entry` carries (also for tests).
    static QMimeData *mimeDataFor(const QString &entry);

signals:
    // Double-click or Enter on an entry: add one without dragging
    // (CanvasView::addAtViewCentre).
    void entryActivated(const QString &entry);

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
};

}  // namespace lintel::canvas
