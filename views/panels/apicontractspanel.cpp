#include "views/panels/apicontractspanel.h"

#include "model/document/commands.h"
#include "model/index/lookup.h"
#include "views/panels/fieldeditor.h"
#include "views/panels/modellookup.h"
#include "views/panels/objecteditor.h"
#include "views/panels/objectlist.h"
#include "views/panels/operationseditor.h"
#include "views/panels/panelicons.h"
#include "views/panels/panellayout.h"
#include "views/panels/schemaseditor.h"
#include "views/selectionmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>

namespace lintel {

namespace {

enum ListColumn { NameColumn, ProviderColumn, OperationsColumn, StatusColumn };

QVariant apiCell(const Model &model, int row, int column, int role)
{
    const Api &api = model.apis[std::size_t(row)];
    if (role == Qt::DecorationRole && column == NameColumn)
        return collectionIcon(Collection::Apis);
    if (role == Qt::ToolTipRole)
        return api.description.isEmpty() ? api.id : api.description;
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case NameColumn: return api.name.isEmpty() ? api.id : api.name;
    case ProviderColumn: return api.provider;
    case OperationsColumn: return int(api.operations.size());
    case StatusColumn: return api.status ? enumName(*api.status) : QString();
    }
    return {};
}

}  // namespace

ApiContractsPanel::ApiContractsPanel(Document *document, SelectionModel *selection, QWidget *parent)
    : QWidget(parent), m_document(document), m_selection(selection), m_stack(new QStackedWidget(this)),
      m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("apiContracts"));
    auto *model = new ObjectListModel(document, Collection::Apis,
                                      {QStringLiteral("API"), QStringLiteral("Provider"), QStringLiteral("Ops"),
                                       QStringLiteral("Status")},
                                      apiCell);
    m_list = new ObjectList(document, selection, model, this);
    m_list->filterEdit()->setPlaceholderText(QStringLiteral("Filter APIs…"));
    auto *add = panelToolButton(m_list, QStringLiteral("+"), QStringLiteral("Add an API contract (provided by the selected element)"));
    add->setObjectName(QStringLiteral("addApi"));
    m_remove = panelToolButton(m_list, QStringLiteral("−"), QStringLiteral("Delete the API contract"));
    m_list->addEditAction(add);
    m_list->addEditAction(m_remove);
    m_list->view()->header()->resizeSection(NameColumn, 150);
    m_list->view()->header()->resizeSection(ProviderColumn, 100);
    m_list->view()->header()->resizeSection(OperationsColumn, 40);

    ObjectForm::Options options;
    options.detachedPaths = {QStringLiteral("operations"), QStringLiteral("schemas")};
    options.customEditors[QStringLiteral("operations")] = [](QWidget *parent) { return new OperationsEditor(parent); };
    options.customEditors[QStringLiteral("schemas")] = [](QWidget *parent) { return new SchemasEditor(parent); };
    m_editor = new ObjectEditor(document, Collection::Apis, options);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(scrollingPage(m_editor, QMargins(6, 6, 6, 6)), QStringLiteral("Contract"));
    // The tables scroll inside their pages so that this panel, tabbed with
    // the Problems panel, does not force the bottom dock taller than the
    // window can spare at 1280x720.
    m_tabs->addTab(scrollingPage(operationsEditor(), {}), QStringLiteral("Operations"));
    m_tabs->addTab(scrollingPage(schemasEditor(), {}), QStringLiteral("Schemas"));

    m_placeholder = addHintAndDetail(m_stack, QStringLiteral("Select an API contract, or add one with +"), m_tabs);
    layOutListAndDetail(this, m_list, m_stack, 2, 5);

    connect(add, &QToolButton::clicked, this, &ApiContractsPanel::addApi);
    connect(m_remove, &QToolButton::clicked, this, &ApiContractsPanel::removeCurrentApi);
    connect(m_list, &ObjectList::currentIdChanged, this, &ApiContractsPanel::currentChanged);
    connect(m_list, &ObjectList::activated, this, &ApiContractsPanel::activated);
    connect(m_editor, &ObjectEditor::objectIdChanged, this, &ApiContractsPanel::updateTitles);
    connect(m_list->listModel(), &QAbstractItemModel::dataChanged, this, &ApiContractsPanel::updateTitles);
    connect(m_list->listModel(), &QAbstractItemModel::modelReset, this, &ApiContractsPanel::updateTitles);
    currentChanged(QString());
}

OperationsEditor *ApiContractsPanel::operationsEditor() const
{
    return static_cast<OperationsEditor *>(m_editor->editor(QStringLiteral("operations")));
}

SchemasEditor *ApiContractsPanel::schemasEditor() const
{
    return static_cast<SchemasEditor *>(m_editor->editor(QStringLiteral("schemas")));
}

QString ApiContractsPanel::currentApi() const { return m_editor->hasObject() ? m_editor->objectId() : QString(); }

void ApiContractsPanel::showApi(const QString &id, const QString &path)
{
    m_list->setCurrentId(id);
    currentChanged(id);
    if (path == u"operations")
        m_tabs->setCurrentIndex(1);
    else if (path == u"schemas")
        m_tabs->setCurrentIndex(2);
}

void ApiContractsPanel::currentChanged(const QString &id)
{
    m_editor->setObjectId(id);
    const bool present = !id.isEmpty() && m_editor->hasObject();
    m_stack->setCurrentIndex(present ? 1 : 0);
    m_remove->setEnabled(present);
    updateTitles();
}

void ApiContractsPanel::updateTitles()
{
    const Api *api = findObject<Api>(m_document->model(), m_editor->objectId());
    m_tabs->setTabText(1, api ? QStringLiteral("Operations (%1)").arg(api->operations.size()) : QStringLiteral("Operations"));
    m_tabs->setTabText(2, api ? QStringLiteral("Schemas (%1)").arg(api->schemas.size()) : QStringLiteral("Schemas"));
}

void ApiContractsPanel::addApi()
{
    const Model &model = m_document->model();
    Api api;
    api.id = nextNumberedId(model, QStringLiteral("api"), 1);
    api.name = QStringLiteral("New API");
    api.style = ApiStyle::Rest;
    api.status = ApiStatus::Draft;
    api.version = QStringLiteral("1.0");
    const ObjectRef selected = m_selection->current();
    if (!m_selection->isEmpty() && selected.collection == Collection::Elements)
        api.provider = selected.id;
    m_document->execute(new AddObjectCommand<Api>(m_document, api));
    showApi(api.id);
    m_tabs->setCurrentIndex(0);
    if (FieldEditor *name = m_editor->editor(QStringLiteral("name")))
        name->inputWidget()->setFocus();
}

void ApiContractsPanel::removeCurrentApi()
{
    const QString id = currentApi();
    if (!id.isEmpty())
        m_document->execute(makeDeleteCommand(m_document, {ObjectRef{Collection::Apis, id}}));
}

}  // namespace lintel
