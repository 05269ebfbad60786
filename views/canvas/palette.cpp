#include "views/canvas/palette.h"

#include "model/style/diagramstyle.h"
#include "views/canvas/elementpainter.h"

#include <QMimeData>

namespace lintel::canvas {

namespace {

constexpr int kEntryRole = Qt::UserRole + 1;

// Palette order: how a system is usually drawn, outside in.
constexpr ElementKind kOrder[] = {ElementKind::Person,  ElementKind::Client,   ElementKind::External,
                                  ElementKind::Gateway, ElementKind::Service,  ElementKind::Function,
                                  ElementKind::Worker,  ElementKind::Queue,    ElementKind::Datastore,
                                  ElementKind::Cache};

const char *hint(ElementKind kind)
{
    switch (kind) {
    case ElementKind::Person: return "A user or operator: someone, not something";
    case ElementKind::Client: return "A browser app, mobile app or desktop client";
    case ElementKind::External: return "A system outside your control: a SaaS, a partner, a bank";
    case ElementKind::Gateway: return "An API gateway, load balancer or reverse proxy";
    case ElementKind::Service: return "A deployable service that runs your code";
    case ElementKind::Function: return "A serverless function";
    case ElementKind::Worker: return "A background worker or batch job";
    case ElementKind::Queue: return "A queue or topic: Kafka, SQS, RabbitMQ";
    case ElementKind::Datastore: return "A database or object store";
    case ElementKind::Cache: return "A cache: Redis, Memcached";
    }
    return "";
}

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
    for (ElementKind kind : kOrder) {
        const QString label = elementStyle(kind).kindLabel;
        auto *item = new QListWidgetItem(elementKindIcon(kind, 32), title(label), this);
        item->setData(kEntryRole, enumName(kind));
        item->setToolTip(QStringLiteral("%1\nDrag onto the canvas, or double-click to add.").arg(QLatin1String(hint(kind))));
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
