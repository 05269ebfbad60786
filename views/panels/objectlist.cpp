#include "views/panels/objectlist.h"

#include "model/document/document.h"
#include "views/selectionmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace lintel {

ObjectList::ObjectList(Document *document, SelectionModel *selection, ObjectListModel *model, QWidget *parent)
    : QWidget(parent), m_document(document), m_selection(selection), m_model(model),
      m_proxy(new ObjectListFilter(this)), m_view(new QTreeView(this)), m_filter(new QLineEdit(this)),
      m_toolbar(new QHBoxLayout), m_editActions(new QWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_toolbar->setContentsMargins(0, 0, 0, 0);
    m_toolbar->setSpacing(4);
    m_filter->setPlaceholderText(QStringLiteral("Filter…"));
    m_filter->setClearButtonEnabled(true);
    m_toolbar->addWidget(m_filter, 1);
    auto *actions = new QHBoxLayout(m_editActions);
    actions->setContentsMargins(0, 0, 0, 0);
    actions->setSpacing(4);
    m_toolbar->addWidget(m_editActions);
    // Disabling the container keeps each button's own state (nothing to
    // delete) for when the document becomes editable again.
    m_editActions->setEnabled(!document->isReadOnly());
    connect(document, &Document::readOnlyChanged, m_editActions,
            [this](bool readOnly) { m_editActions->setEnabled(!readOnly); });
    layout->addLayout(m_toolbar);
    layout->addWidget(m_view, 1);

    m_model->setParent(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);  // model order until the user sorts
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(true);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ObjectListFilter::setText);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ObjectList::rowChanged);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        emit activated(ObjectRef{m_model->collection(), index.data(ObjectListModel::IdRole).toString()});
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ObjectList::restoreCurrent);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ObjectList::restoreCurrent);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ObjectList::restoreCurrent);
    connect(selection, &SelectionModel::selectionChanged, this, &ObjectList::followSelection);
    connect(document, &Document::objectRenamed, this, [this](Collection c, const QString &oldId, const QString &newId) {
        if (c == m_model->collection() && oldId == m_current)
            m_current = newId;
    });
}

void ObjectList::addEditAction(QWidget *action)
{
    action->setParent(m_editActions);
    m_editActions->layout()->addWidget(action);
}

QString ObjectList::currentId() const { return m_current; }

void ObjectList::setCurrentId(const QString &id)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(m_model->rowOf(id), 0));
    m_quiet = true;
    if (index.isValid()) {
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(index);
    } else {
        m_view->selectionModel()->clear();
    }
    m_quiet = false;
    if (id != m_current) {
        m_current = index.isValid() ? id : QString();
        emit currentIdChanged(m_current);
    }
}

void ObjectList::rowChanged()
{
    if (m_quiet)
        return;
    const QString id = m_view->currentIndex().data(ObjectListModel::IdRole).toString();
    if (id.isEmpty())
        return;  // the row vanished (filter, delete): keep showing what was shown
    if (id != m_current) {
        m_current = id;
        emit currentIdChanged(id);
    }
    m_selection->select({ObjectRef{m_model->collection(), id}});
}

void ObjectList::followSelection()
{
    const ObjectRef ref = m_selection->current();
    if (!m_selection->isEmpty() && ref.collection == m_model->collection() && ref.id != m_current)
        setCurrentId(ref.id);
}

void ObjectList::restoreCurrent()
{
    // After a reset the view forgot its current row; put it back by id.
    if (m_current.isEmpty())
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(m_model->rowOf(m_current), 0));
    if (!index.isValid() || index == m_view->currentIndex().siblingAtColumn(0))
        return;
    m_quiet = true;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_quiet = false;
}

}  // namespace lintel
