#include "views/panels/outlinemodel.h"

#include "model/document/document.h"
#include "model/index/lookup.h"
#include "model/index/modelindex.h"
#include "views/panels/panelicons.h"

#include <QTimer>

namespace lintel {

struct OutlineRow {
    QString name, detail;
    QIcon icon;
    QString parentZone;  // elements: their zone; zones: their parent
};

namespace {

struct CategoryInfo {
    Collection collection;
    const char *title;
};
// Zones come first and hold their elements; "Elements without zone" follows.
constexpr CategoryInfo kCategories[] = {
    {Collection::Zones, "Zones"},         {Collection::Flows, "Flows"},
    {Collection::Apis, "API contracts"},  {Collection::Decisions, "Decisions"},
    {Collection::Questions, "Questions"}, {Collection::Teams, "Teams"},
    {Collection::Data, "Data classes"},   {Collection::Views, "Views"},
};

QString categorySortKey(int order) { return QStringLiteral("%1").arg(order, 2, 10, QLatin1Char('0')); }

QString joined(const QStringList &parts) { return parts.join(QStringLiteral(" · ")); }
template <class E> QString optionalName(const std::optional<E> &value, const QString &unset = {})
{
    return value ? enumName(*value) : unset;
}
QString nameOr(const QString &name, const QString &id) { return name.isEmpty() ? id : name; }

// What one row shows. Built from the object itself, never by looking it up
// again: the tree of a 5,000-element model is built in one pass.
OutlineRow rowOf(const Element &e)
{
    QStringList detail{enumName(e.kind)};
    if (!e.technology.isEmpty())
        detail << e.technology;
    return {nameOr(e.name, e.id), joined(detail), elementIcon(e.kind), e.zone};
}
OutlineRow rowOf(const Zone &z)
{
    return {nameOr(z.name, z.id), optionalName(z.trust, QStringLiteral("trust not set")), zoneIcon(z.trust), z.parent};
}
OutlineRow rowOf(const Flow &f)
{
    return {f.from + QStringLiteral(" → ") + f.to, f.protocol, collectionIcon(Collection::Flows), {}};
}
OutlineRow rowOf(const Api &a)
{
    QStringList detail;
    if (a.style) detail << enumName(*a.style);
    if (!a.version.isEmpty()) detail << QStringLiteral("v") + a.version;
    if (a.status) detail << enumName(*a.status);
    return {nameOr(a.name, a.id), joined(detail), collectionIcon(Collection::Apis), {}};
}
OutlineRow rowOf(const Decision &d)
{
    return {d.title.isEmpty() ? d.id : d.id.toUpper() + QStringLiteral("  ") + d.title, optionalName(d.status),
            collectionIcon(Collection::Decisions), {}};
}
OutlineRow rowOf(const Question &q)
{
    return {nameOr(q.text, q.id), optionalName(q.status, QStringLiteral("open")), collectionIcon(Collection::Questions), {}};
}
OutlineRow rowOf(const Team &t) { return {nameOr(t.name, t.id), optionalName(t.kind), collectionIcon(Collection::Teams), {}}; }
OutlineRow rowOf(const DataClass &d)
{
    return {nameOr(d.name, d.id), optionalName(d.classification), collectionIcon(Collection::Data), {}};
}
OutlineRow rowOf(const View &v)
{
    return {nameOr(v.name, v.id), QStringLiteral("%1 elements").arg(v.elements.size()), collectionIcon(Collection::Views), {}};
}
OutlineRow rowOf(const AcceptedRisk &r) { return {objectId(r), r.reason, collectionIcon(Collection::AcceptedRisks), {}}; }

std::optional<OutlineRow> rowOf(const Model &model, Collection c, const QString &id)
{
    return withCollectionType(c, [&](auto tag) -> std::optional<OutlineRow> {
        using T = typename decltype(tag)::type;
        const T *object = findObject<T>(model, id);
        return object ? std::optional<OutlineRow>(rowOf(*object)) : std::nullopt;
    });
}

}  // namespace

OutlineModel::OutlineModel(Document *document, QObject *parent) : QStandardItemModel(parent), m_document(document)
{
    connect(document, &Document::objectAdded, this, [this](Collection c, const QString &id) {
        if (c == Collection::Zones)
            scheduleRebuild();
        else if (!m_rebuildPending && c != Collection::AcceptedRisks)
            if (const auto row = rowOf(m_document->model(), c, id))
                addRow(c, id, *row);
        updateCounts();
    });
    connect(document, &Document::objectRemoved, this, [this](Collection c, const QString &id) {
        if (c == Collection::Zones)
            scheduleRebuild();
        else if (!m_rebuildPending)
            removeObject(c, id);
        updateCounts();
    });
    connect(document, &Document::objectChanged, this, &OutlineModel::onChanged);
    connect(document, &Document::objectRenamed, this, &OutlineModel::onRenamed);
    connect(document, &Document::modelReset, this, &OutlineModel::rebuild);
    rebuild();
}

QString OutlineModel::key(Collection c, const QString &id) { return QString::number(int(c)) + u'/' + id; }

std::optional<ObjectRef> OutlineModel::refAt(const QModelIndex &index)
{
    const QModelIndex name = index.siblingAtColumn(NameColumn);
    const QVariant collection = name.data(CollectionRole);
    if (!collection.isValid())
        return std::nullopt;
    return ObjectRef{Collection(collection.toInt()), name.data(IdRole).toString()};
}

QModelIndex OutlineModel::indexOf(const ObjectRef &ref) const
{
    QStandardItem *item = m_items.value(key(ref.collection, ref.id));
    return item ? item->index() : QModelIndex();
}

QStandardItem *OutlineModel::category(Collection collection) const { return m_categories.value(int(collection)); }

void OutlineModel::scheduleRebuild()
{
    if (m_rebuildPending)
        return;
    m_rebuildPending = true;
    QTimer::singleShot(0, this, &OutlineModel::rebuild);
}

QStandardItem *OutlineModel::makeCategory(const QString &title, Collection icon, int order)
{
    auto *item = new QStandardItem(collectionIcon(icon), title);
    item->setData(categorySortKey(order), SortRole);
    item->setEditable(false);
    QFont font = item->font();
    font.setBold(true);
    item->setFont(font);
    auto *count = new QStandardItem;
    count->setEditable(false);
    count->setForeground(QBrush(QColor(0x70, 0x70, 0x70)));
    appendRow({item, count});
    return item;
}

void OutlineModel::rebuild()
{
    m_rebuildPending = false;
    beginResetModel();
    {
        const QSignalBlocker blocker(this);  // one reset, not thousands of row inserts
        removeRows(0, rowCount());
        m_items.clear();
        m_categories.clear();
        setColumnCount(ColumnCount);
        setHorizontalHeaderLabels({QStringLiteral("Name"), QStringLiteral("Kind")});
        int order = 0;
        for (const CategoryInfo &info : kCategories) {
            m_categories.insert(int(info.collection), makeCategory(QString::fromLatin1(info.title), info.collection, order++));
            // Right after the zones: the elements no zone holds. The outline
            // panel hides this group while it is empty, so a model whose
            // elements all sit in zones shows no misleading "0 elements".
            if (info.collection == Collection::Zones) {
                m_unzoned = makeCategory(QStringLiteral("Outside any zone"), Collection::Elements, order++);
                m_unzoned->setToolTip(QStringLiteral("Elements that are not placed in any zone"));
            }
        }
        addAllObjects();
        updateCounts();
    }
    endResetModel();
}

void OutlineModel::addAllObjects()
{
    const Model &model = m_document->model();
    // Zones parent-first, so a zone's parent row exists when it is added;
    // a zone whose parent never comes (unknown id, cycle) goes to the top.
    const ModelIndex index(model);
    std::vector<const Zone *> pending;
    for (const Zone &z : model.zones)
        pending.push_back(&z);
    while (!pending.empty()) {
        const auto before = pending.size();
        std::erase_if(pending, [&](const Zone *z) {
            const bool ready = z->parent.isEmpty() || m_items.contains(key(Collection::Zones, z->parent))
                || !index.zone(z->parent);
            if (ready)
                addRow(Collection::Zones, z->id, rowOf(*z));
            return ready;
        });
        if (pending.size() == before) {
            for (const Zone *z : pending)
                addRow(Collection::Zones, z->id, rowOf(*z));
            break;
        }
    }
    for (Collection c : {Collection::Elements, Collection::Flows, Collection::Apis, Collection::Decisions,
                         Collection::Questions, Collection::Teams, Collection::Data, Collection::Views})
        withCollectionType(c, [&](auto tag) {
            using T = typename decltype(tag)::type;
            for (const T &object : CollectionTraits<T>::in(model))
                addRow(c, objectId(object), rowOf(object));
        });
}

QStandardItem *OutlineModel::parentFor(Collection c, const QString &id, const QString &parentZone) const
{
    if (c == Collection::Elements || c == Collection::Zones) {
        QStandardItem *zone = parentZone.isEmpty() ? nullptr : m_items.value(key(Collection::Zones, parentZone));
        if (zone && zone != m_items.value(key(c, id)))
            return zone;
        return c == Collection::Elements ? m_unzoned : category(c);
    }
    return category(c);
}

void OutlineModel::fillRow(QStandardItem *name, QStandardItem *detail, Collection c, const QString &id,
                           const OutlineRow &row)
{
    name->setData(id, IdRole);
    if (name->text() != row.name)
        name->setText(row.name);
    name->setIcon(row.icon);
    name->setToolTip(QStringLiteral("%1 %2").arg(collectionName(c), id));
    // Sub-zones before the elements of a zone; then alphabetical.
    name->setData(QString((c == Collection::Zones ? u'0' : u'1') + row.name.toLower()), SortRole);
    name->setData(QString(row.name + u' ' + id + u' ' + row.detail).toLower(), SearchRole);
    if (detail && detail->text() != row.detail)
        detail->setText(row.detail);
}

void OutlineModel::addRow(Collection c, const QString &id, const OutlineRow &row)
{
    QStandardItem *parent = parentFor(c, id, row.parentZone);
    if (!parent || m_items.contains(key(c, id)))
        return;
    auto *name = new QStandardItem;
    auto *detail = new QStandardItem;
    name->setEditable(false);
    detail->setEditable(false);
    name->setData(int(c), CollectionRole);
    detail->setForeground(QBrush(QColor(0x70, 0x70, 0x70)));
    fillRow(name, detail, c, id, row);
    parent->appendRow({name, detail});
    m_items.insert(key(c, id), name);
}

void OutlineModel::removeObject(Collection c, const QString &id)
{
    QStandardItem *item = m_items.take(key(c, id));
    if (!item)
        return;
    QStandardItem *parent = item->parent() ? item->parent() : invisibleRootItem();
    parent->removeRow(item->row());
}

void OutlineModel::updateObject(Collection c, const QString &id)
{
    QStandardItem *item = m_items.value(key(c, id));
    const auto row = rowOf(m_document->model(), c, id);
    if (!item || !row)
        return;
    QStandardItem *parent = item->parent() ? item->parent() : invisibleRootItem();
    if (c == Collection::Elements) {
        // The zone may have changed: move the row under its new parent.
        QStandardItem *target = parentFor(c, id, row->parentZone);
        if (target && target != parent) {
            const QList<QStandardItem *> taken = parent->takeRow(item->row());
            target->appendRow(taken);
            parent = target;
        }
    }
    fillRow(item, parent->child(item->row(), DetailColumn), c, id, *row);
}

void OutlineModel::onChanged(Collection c, const QString &id, const QString &, FieldKey field)
{
    if (m_rebuildPending)
        return;
    if (field == fieldKey(&Zone::parent)) {
        scheduleRebuild();
        return;
    }
    updateObject(c, id);
    if (field == fieldKey(&Element::zone))
        updateCounts();  // the element may have left or joined "Outside any zone"
}

void OutlineModel::onRenamed(Collection c, const QString &oldId, const QString &newId)
{
    if (m_rebuildPending || c == Collection::AcceptedRisks)
        return;
    // A renamed zone rewrites its elements' and sub-zones' references: a
    // rebuild is simplest and zones are few.
    if (c == Collection::Zones) {
        scheduleRebuild();
        return;
    }
    if (QStandardItem *item = m_items.take(key(c, oldId))) {
        m_items.insert(key(c, newId), item);
        updateObject(c, newId);
    }
    if (c == Collection::Elements)  // flow rows show their ends' ids
        for (const Flow &f : m_document->model().flows)
            if (f.from == newId || f.to == newId)
                updateObject(Collection::Flows, f.id);
}

void OutlineModel::updateCounts()
{
    const Model &model = m_document->model();
    auto setCount = [this](QStandardItem *category, std::size_t count) {
        if (QStandardItem *detail = category ? item(category->row(), DetailColumn) : nullptr)
            detail->setText(QString::number(count));
    };
    for (auto it = m_categories.cbegin(); it != m_categories.cend(); ++it)
        setCount(*it, withCollectionType(Collection(it.key()), [&](auto tag) {
                     return CollectionTraits<typename decltype(tag)::type>::in(model).size();
                 }));
    setCount(m_unzoned, std::size_t(m_unzoned ? m_unzoned->rowCount() : 0));
}

QVariant OutlineModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::ToolTipRole && index.column() == NameColumn) {
        // Computed when asked, so the counts are never stale and cost
        // nothing until someone hovers.
        if (const auto ref = refAt(index); ref && ref->collection == Collection::Zones)
            return zoneToolTip(ref->id);
        if (index == indexFromItem(category(Collection::Zones)))
            return zonesToolTip();
    }
    return QStandardItemModel::data(index, role);
}

QString OutlineModel::zoneToolTip(const QString &zoneId) const
{
    const Model &model = m_document->model();
    const auto elements = std::count_if(model.elements.begin(), model.elements.end(),
                                        [&](const Element &e) { return e.zone == zoneId; });
    const auto subZones = std::count_if(model.zones.begin(), model.zones.end(),
                                        [&](const Zone &z) { return z.parent == zoneId; });
    QString text = QStringLiteral("zone %1 · %2 element(s)").arg(zoneId).arg(elements);
    if (subZones > 0)
        text += QStringLiteral(" · %1 sub-zone(s)").arg(subZones);
    return text;
}

QString OutlineModel::zonesToolTip() const
{
    const Model &model = m_document->model();
    const auto zoned = std::count_if(model.elements.begin(), model.elements.end(),
                                     [](const Element &e) { return !e.zone.isEmpty(); });
    return QStringLiteral("%1 zone(s) holding %2 of the %3 element(s)")
        .arg(model.zones.size())
        .arg(zoned)
        .arg(model.elements.size());
}

}  // namespace lintel
