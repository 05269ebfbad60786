#include "views/panels/objectlistmodel.h"

#include "model/document/document.h"
#include "model/index/lookup.h"

namespace lintel {

ObjectListModel::ObjectListModel(Document *document, Collection collection, QStringList headers, CellFunction cell,
                                 QObject *parent)
    : QAbstractTableModel(parent), m_document(document), m_collection(collection), m_headers(std::move(headers)),
      m_cell(std::move(cell))
{
    auto resetIf = [this](Collection c) {
        if (c == m_collection)
            reset();
    };
    // Adding, removing and renaming are rare: a reset is cheap for the
    // hundreds of rows these lists hold. Edits update one row.
    connect(document, &Document::objectAdded, this, [resetIf](Collection c, const QString &) { resetIf(c); });
    connect(document, &Document::objectRemoved, this, [resetIf](Collection c, const QString &) { resetIf(c); });
    connect(document, &Document::objectRenamed, this, [this](Collection c, const QString &, const QString &) {
        // Other objects' renames can change what a row shows (a provider).
        Q_UNUSED(c);
        reset();
    });
    connect(document, &Document::objectChanged, this,
            [this](Collection c, const QString &id, const QString &) { rowChanged(c, id); });
    connect(document, &Document::modelReset, this, &ObjectListModel::reset);
    // Check boxes are not offered on a read-only document: repaint them.
    connect(document, &Document::readOnlyChanged, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::CheckStateRole});
    });
}

void ObjectListModel::reset()
{
    beginResetModel();
    endResetModel();
}

void ObjectListModel::rowChanged(Collection c, const QString &id)
{
    if (c != m_collection)
        return;
    if (const int row = rowOf(id); row >= 0)
        emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

QString ObjectListModel::idAt(int row) const
{
    return withCollectionType(m_collection, [&](auto tag) {
        const auto &items = CollectionTraits<typename decltype(tag)::type>::in(m_document->model());
        return row >= 0 && row < int(items.size()) ? objectId(items[std::size_t(row)]) : QString();
    });
}

int ObjectListModel::rowOf(const QString &id) const
{
    return withCollectionType(m_collection,
                              [&](auto tag) { return indexOfObject<typename decltype(tag)::type>(m_document->model(), id); });
}

int ObjectListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return withCollectionType(m_collection, [&](auto tag) {
        return int(CollectionTraits<typename decltype(tag)::type>::in(m_document->model()).size());
    });
}

int ObjectListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant ObjectListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (role == IdRole)
        return idAt(index.row());
    return m_cell(m_document->model(), index.row(), index.column(), role);
}

bool ObjectListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !m_check || !index.isValid())
        return false;
    // The check box only asks for the change; the model follows the
    // document's signal once the command has run.
    return m_check(idAt(index.row()), index.column(), value.toInt() == Qt::Checked);
}

Qt::ItemFlags ObjectListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (m_check && !m_document->isReadOnly() && data(index, Qt::CheckStateRole).isValid())
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant ObjectListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < m_headers.size())
        return m_headers[section];
    return {};
}

void ObjectListFilter::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateRowsFilter();
}

void ObjectListFilter::setCondition(std::function<bool(const QString &id)> condition)
{
    m_condition = std::move(condition);
    invalidateRowsFilter();
}

bool ObjectListFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    if (m_condition && !m_condition(model->index(sourceRow, 0, sourceParent).data(ObjectListModel::IdRole).toString()))
        return false;
    if (m_text.isEmpty())
        return true;
    for (int c = 0; c < model->columnCount(sourceParent); ++c)
        if (model->index(sourceRow, c, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    return model->index(sourceRow, 0, sourceParent).data(ObjectListModel::IdRole).toString().contains(m_text, Qt::CaseInsensitive);
}

}  // namespace lintel
