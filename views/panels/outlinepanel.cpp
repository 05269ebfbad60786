#include "views/panels/outlinepanel.h"

#include "model/document/document.h"
#include "views/panels/outlinemodel.h"
#include "views/selectionmodel.h"

#include <QHeaderView>
#include <QStandardItem>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>
#include <functional>

namespace lintel {

namespace {
// Long enough that typing a word filters once, short enough to feel live.
constexpr int kFilterDelayMs = 150;
// Expanding every match is only worth it when the matches fit on a screen
// or a few; beyond that the user will narrow the filter anyway.
constexpr int kExpandMatchesLimit = 500;

int countRows(const QAbstractItemModel *model, const QModelIndex &parent, int limit)
{
    int count = 0;
    for (int r = 0; r < model->rowCount(parent) && count <= limit; ++r)
        count += 1 + countRows(model, model->index(r, 0, parent), limit - count);
    return count;
}
}  // namespace

OutlinePanel::OutlinePanel(Document *document, SelectionModel *selection, QWidget *parent)
    : QWidget(parent), m_document(document), m_selection(selection), m_model(new OutlineModel(document, this)),
      m_proxy(new QSortFilterProxyModel(this)), m_view(new QTreeView(this)), m_filter(new QLineEdit(this))
{
    setObjectName(QStringLiteral("outline"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);

    m_filter->setObjectName(QStringLiteral("outlineFilter"));
    m_filter->setPlaceholderText(QStringLiteral("Filter by name, id or kind…"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);

    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);  // keep the zones leading to a match
    m_proxy->setAutoAcceptChildRows(true);        // a matching zone shows its elements
    m_proxy->setFilterRole(OutlineModel::SearchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(OutlineModel::SortRole);
    m_proxy->setDynamicSortFilter(true);

    m_view->setModel(m_proxy);
    m_view->setObjectName(QStringLiteral("outlineTree"));
    m_view->setUniformRowHeights(true);  // essential with tens of thousands of rows
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(false);
    m_view->sortByColumn(OutlineModel::NameColumn, Qt::AscendingOrder);
    m_proxy->sort(OutlineModel::NameColumn);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(OutlineModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(OutlineModel::DetailColumn, QHeaderView::Interactive);
    m_view->header()->resizeSection(OutlineModel::DetailColumn, 110);
    m_view->setAlternatingRowColors(false);
    m_view->setAnimated(false);

    m_filterDelay.setSingleShot(true);
    m_filterDelay.setInterval(kFilterDelayMs);
    connect(&m_filterDelay, &QTimer::timeout, this, &OutlinePanel::applyFilter);
    connect(m_filter, &QLineEdit::textChanged, this, [this] { m_filterDelay.start(); });

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OutlinePanel::pushSelection);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (const auto ref = OutlineModel::refAt(m_proxy->mapToSource(index)))
            emit activated(*ref);
    });
    connect(selection, &SelectionModel::selectionChanged, this, &OutlinePanel::pullSelection);
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, &OutlinePanel::saveExpansion);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        restoreExpansion();
        pullSelection();
    });

    // First sight: the zones and what is in them, the rest folded.
    for (QStandardItem *category : {m_model->category(Collection::Zones), m_model->unzonedCategory()})
        m_expandedCategories << category->data(OutlineModel::SortRole).toString();
    for (const Zone &z : document->model().zones)
        m_expanded << ObjectRef{Collection::Zones, z.id};
    restoreExpansion();
    pullSelection();
}

void OutlinePanel::setFilterText(const QString &text)
{
    m_filter->setText(text);
    m_filterDelay.stop();
    applyFilter();
}

void OutlinePanel::applyFilter()
{
    const QString text = m_filter->text().trimmed();
    m_proxy->setFilterFixedString(text);
    if (!text.isEmpty() && countRows(m_proxy, {}, kExpandMatchesLimit) <= kExpandMatchesLimit)
        m_view->expandAll();
    pullSelection();  // the selected rows may have come back into view
}

void OutlinePanel::pushSelection()
{
    if (m_syncing)
        return;
    std::vector<ObjectRef> refs;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(OutlineModel::NameColumn);
    for (const QModelIndex &index : rows)
        if (const auto ref = OutlineModel::refAt(m_proxy->mapToSource(index)))
            refs.push_back(*ref);
    // The current row goes last: it is the one the inspector shows.
    if (const auto current = OutlineModel::refAt(m_proxy->mapToSource(m_view->currentIndex()))) {
        std::erase(refs, *current);
        if (m_view->selectionModel()->isSelected(m_view->currentIndex()))
            refs.push_back(*current);
    }
    m_syncing = true;
    m_selection->select(refs);
    m_syncing = false;
}

void OutlinePanel::pullSelection()
{
    if (m_syncing)
        return;
    m_syncing = true;
    QItemSelection rows;
    QModelIndex current;
    for (const ObjectRef &ref : m_selection->selection()) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(ref));
        if (!index.isValid())
            continue;
        rows.select(index, index.siblingAtColumn(OutlineModel::DetailColumn));
        current = index;
    }
    QItemSelectionModel *sm = m_view->selectionModel();
    sm->select(rows, QItemSelectionModel::ClearAndSelect);
    if (current.isValid()) {
        sm->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
        m_view->scrollTo(current);
    }
    m_syncing = false;
}

void OutlinePanel::saveExpansion()
{
    m_expanded.clear();
    m_expandedCategories.clear();
    // Only expanded rows are visited, so this stays cheap on big models.
    std::function<void(const QModelIndex &)> visit = [&](const QModelIndex &parent) {
        for (int r = 0; r < m_proxy->rowCount(parent); ++r) {
            const QModelIndex index = m_proxy->index(r, 0, parent);
            if (!m_view->isExpanded(index))
                continue;
            if (const auto ref = OutlineModel::refAt(index))
                m_expanded << *ref;
            else
                m_expandedCategories << index.data(OutlineModel::SortRole).toString();
            visit(index);
        }
    };
    visit({});
}

void OutlinePanel::restoreExpansion()
{
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex category = m_proxy->index(r, 0);
        if (m_expandedCategories.contains(category.data(OutlineModel::SortRole).toString()))
            m_view->expand(category);
    }
    for (const ObjectRef &ref : m_expanded)
        m_view->expand(m_proxy->mapFromSource(m_model->indexOf(ref)));
}

}  // namespace lintel
