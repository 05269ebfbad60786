#include "views/canvas/palette.h"

#include "model/style/diagramstyle.h"
#include "views/canvas/elementpainter.h"

#include <QMimeData>

namespace lintel::canvas {

namespace {

constexpr int kEntryRole = Qt::UserRole + 1;

QString title(const QString &label)
{
    return label.isEmpty() ? label : label.at(0).toUpper() + label.mid(1);
}

}  // namespace

PaletteWidget::PaletteWidget(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("palette"));
    setViewMode(QListView::ListMode);
    setIconSize(QSize(32, 32));
    setSpacing(1);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformItemSizes(true);
    // Order, hint and name all come from the kind table.
    for (ElementKind kind : paletteKinds()) {
        const QString name = enumName(kind);
        const std::string_view hint = kindRow(kind).hint;
        auto *item = new QListWidgetItem(elementKindIcon(kind, 32), title(name), this);
        item->setData(kEntryRole, name);
        item->setToolTip(QStringLiteral("%1\nDrag onto the canvas, or double-click to add.")
                             .arg(QString::fromUtf8(hint.data(), qsizetype(hint.size()))));
    }
    auto *zone = new QListWidgetItem(zoneIcon(32), QStringLiteral("Zone"), this);
    zone->setData(kEntryRole, kPaletteZoneEntry);
    zone->setToolTip(QStringLiteral("A trust zone: a network or trust boundary.\n"
                                    "Drag onto the canvas, then drop elements into it."));
    connect(this, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit entryActivated(item->data(kEntryRole).toString()); });
}

QMimeData *PaletteWidget::mimeDataFor(const QString &entry)
{
    auto *data = new QMimeData;
    data->setData(QLatin1String(kPaletteMimeType), entry.toUtf8());
    data->setText(entry);
    return data;
}

QStringList PaletteWidget::mimeTypes() const
{
    return {QLatin1String(kPaletteMimeType)};
}

QMimeData *PaletteWidget::mimeData(const QList<QListWidgetItem *> &items) const
{
    if (items.isEmpty())
        return nullptr;
    return mimeDataFor(items.front()->data(kEntryRole).toString());
}

}  // namespace lintel::canvas
