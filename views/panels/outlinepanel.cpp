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
// Narrower than this, a kind column would only show "intern…".
constexpr int kMinKindColumnWidth = 80;

int countRows(const QAbstractItemModel *model, const QModelIndex &parent, int limit)
{
    int count = 0;
    for (int r = 0; r < model->rowCount(parent) && count <= limit; ++r)
        count += 1 + countRows(model, model->index(r, 0, parent), limit - count);
    return count;
}

// The text filter, plus: the "Outside any zone" group is hidden while it
// holds nothing, so the tree never shows an empty element group next to
// zones full of elements.
class OutlineFilter : public QSortFilterProxyModel {
public:
    explicit OutlineFilter(OutlineModel *source, QObject *parent) : QSortFilterProxyModel(parent), m_source(source)
    {
        setSourceModel(source);
        // Re-checked after the event that changed the group: the proxy must
        // first finish its own handling of the inserted or removed rows.
        auto recheck = [this](const QModelIndex &parent) {
            QStandardItem *group = m_source->unzonedCategory();
            if (group && parent == group->index())
                QMetaObject::invokeMethod(this, &OutlineFilter::invalidateFilter, Qt::QueuedConnection);
        };
        connect(source, &QAbstractItemModel::rowsInserted, this, recheck);
        connect(source, &QAbstractItemModel::rowsRemoved, this, recheck);
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        QStandardItem *group = m_source->unzonedCategory();
        if (!sourceParent.isValid() && group && group->row() == sourceRow && !group->hasChildren())
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    }

private:
    OutlineModel *m_source;
};
}  // namespace

OutlinePanel::OutlinePanel(Document *document, SelectionModel *selection, QWidget *parent)
    : QWidget(parent), m_document(document), m_selection(selection), m_model(new OutlineModel(document, this)),
      m_proxy(new OutlineFilter(m_model, this)), m_view(new QTreeView(this)), m_filter(new QLineEdit(this))
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
    // Column widths are set by fitColumns(), never by stretching: see there.
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setIndentation(14);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
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

    // Widths follow what is shown; refitted once per burst of changes.
    m_fitColumns.setSingleShot(true);
    m_fitColumns.setInterval(0);
    connect(&m_fitColumns, &QTimer::timeout, this, &OutlinePanel::fitColumns);
    auto refit = [this] { m_fitColumns.start(); };
    connect(m_view, &QTreeView::expanded, this, refit);
    connect(m_view, &QTreeView::collapsed, this, refit);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, refit);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, refit);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, refit);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, refit);

    // A newly opened model (the document was reset after the tree had
    // saved the old one's expansion) gets the first-sight folding too.
    connect(document, &Document::modelReset, this, &OutlinePanel::showFirstSight);
    showFirstSight();
}

void OutlinePanel::fitColumns()
{
    // Names matter more than kinds (the icon already tells the kind, the
    // inspector the rest): the name column always fits the names shown, so
    // they are never cut to "Corp…". The kind column gets the width left
    // over, and is hidden when too little is left; names longer than a
    // narrow dock scroll sideways.
    const int available = m_view->viewport()->width();
    // Public in the base class (QTreeView's override is protected).
    const QAbstractItemView *view = m_view;
    const int names = view->sizeHintForColumn(OutlineModel::NameColumn);
    const bool showKind = available - names >= kMinKindColumnWidth;
    m_view->setColumnHidden(OutlineModel::DetailColumn, !showKind);
    m_view->header()->resizeSection(OutlineModel::NameColumn, showKind ? names : std::max(names, available));
    if (showKind)
        m_view->header()->resizeSection(OutlineModel::DetailColumn, available - names);
}

void OutlinePanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_fitColumns.start();
}

void OutlinePanel::showFirstSight()
{
    // The zones and what is in them open, the rest folded.
    m_expanded.clear();
    m_expandedCategories.clear();
    for (QStandardItem *category : {m_model->category(Collection::Zones), m_model->unzonedCategory()})
        m_expandedCategories << category->data(OutlineModel::SortRole).toString();
    for (const Zone &z : m_document->model().zones)
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
