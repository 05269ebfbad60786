#include "views/panels/decisionspanel.h"

#include "model/document/commands.h"
#include "views/panels/decisiondialog.h"
#include "views/panels/fieldeditor.h"
#include "views/panels/modellookup.h"
#include "views/panels/objecteditor.h"
#include "views/panels/objectlist.h"
#include "views/panels/optionseditor.h"
#include "views/panels/panelicons.h"
#include "views/panels/panellayout.h"
#include "views/selectionmodel.h"

#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeView>

namespace lintel {

namespace {

enum ListColumn { NumberColumn, TitleColumn, StatusColumn };

// "adr-0007" -> "7"; other ids have no number.
QString decisionNumber(const QString &id)
{
    static const QRegularExpression number(QStringLiteral("(\\d+)$"));
    const auto match = number.match(id);
    return match.hasMatch() ? QString::number(match.captured(1).toInt()) : QString();
}

QColor statusColor(std::optional<DecisionStatus> status)
{
    if (!status)
        return QColor(0x80, 0x80, 0x80);
    switch (*status) {
    case DecisionStatus::Proposed: return QColor(0xb2, 0x6a, 0x00);
    case DecisionStatus::Accepted: return QColor(0x2e, 0x7d, 0x32);
    case DecisionStatus::Rejected: return QColor(0xc6, 0x28, 0x28);
    case DecisionStatus::Deprecated:
    case DecisionStatus::Superseded: return QColor(0x75, 0x75, 0x75);
    }
    return {};
}

QVariant decisionCell(const Model &model, int row, int column, int role)
{
    const Decision &d = model.decisions[std::size_t(row)];
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NumberColumn: return decisionNumber(d.id);
        case TitleColumn: return d.title.isEmpty() ? d.id : d.title;
        case StatusColumn: return d.status ? enumName(*d.status) : QStringLiteral("—");
        }
        break;
    case Qt::ForegroundRole:
        if (column == StatusColumn)
            return statusColor(d.status);
        break;
    case Qt::DecorationRole:
        if (column == TitleColumn)
            return collectionIcon(Collection::Decisions);
        break;
    case Qt::ToolTipRole:
        return QStringLiteral("%1 · %2").arg(d.id, d.date.isEmpty() ? QStringLiteral("no date") : d.date);
    case Qt::TextAlignmentRole:
        if (column == NumberColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

}  // namespace

QString DecisionsPanel::nextDecisionId(const Model &model) { return nextNumberedId(model, QStringLiteral("adr"), 4); }

DecisionsPanel::DecisionsPanel(Document *document, SelectionModel *selection, QWidget *parent)
    : QWidget(parent), m_document(document), m_selection(selection), m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("decisions"));
    auto *model = new ObjectListModel(document, Collection::Decisions,
                                      {QStringLiteral("#"), QStringLiteral("Title"), QStringLiteral("Status")},
                                      decisionCell);
    m_list = new ObjectList(document, selection, model, this);
    m_list->filterEdit()->setPlaceholderText(QStringLiteral("Filter decisions…"));
    auto *record = panelToolButton(m_list, QStringLiteral("+ Record"),
                                   QStringLiteral("Record a decision about the selected objects"));
    record->setObjectName(QStringLiteral("recordDecision"));
    m_remove = panelToolButton(m_list, QStringLiteral("−"), QStringLiteral("Delete the decision"));
    auto *open = panelToolButton(m_list, QStringLiteral("Open…"),
                                 QStringLiteral("Edit the decision in a large window (double-click or Enter)"));
    open->setObjectName(QStringLiteral("openDecision"));
    m_list->addEditAction(record);
    m_list->addEditAction(m_remove);
    m_list->addEditAction(open);
    m_list->view()->header()->resizeSection(NumberColumn, 36);
    m_list->view()->header()->resizeSection(TitleColumn, 220);

    ObjectForm::Options options;
    options.customEditors[QStringLiteral("options")] = [](QWidget *parent) { return new DecisionOptionsEditor(parent); };
    m_editor = new ObjectEditor(document, Collection::Decisions, options);
    addHintAndDetail(m_stack, QStringLiteral("Select a decision, or record one about the selection"),
                     scrollingPage(m_editor, QMargins(6, 0, 6, 6)));
    layOutListAndDetail(this, m_list, m_stack, 2, 5);

    connect(record, &QToolButton::clicked, this, &DecisionsPanel::recordDecisionAboutSelection);
    connect(m_remove, &QToolButton::clicked, this, &DecisionsPanel::removeCurrentDecision);
    connect(m_list, &ObjectList::currentIdChanged, this, &DecisionsPanel::currentChanged);
    connect(m_list, &ObjectList::activated, this, &DecisionsPanel::activated);
    connect(m_list, &ObjectList::activated, this, [this](const ObjectRef &ref) { openInDialog(ref.id); });
    connect(open, &QToolButton::clicked, this, [this] { openInDialog(currentDecision()); });
    currentChanged(QString());
}

DecisionOptionsEditor *DecisionsPanel::optionsEditor() const
{
    return static_cast<DecisionOptionsEditor *>(m_editor->editor(QStringLiteral("options")));
}

QString DecisionsPanel::currentDecision() const { return m_editor->hasObject() ? m_editor->objectId() : QString(); }

void DecisionsPanel::showDecision(const QString &id)
{
    m_list->setCurrentId(id);
    currentChanged(id);
}

void DecisionsPanel::currentChanged(const QString &id)
{
    m_editor->setObjectId(id);
    const bool present = !id.isEmpty() && m_editor->hasObject();
    m_stack->setCurrentIndex(present ? 1 : 0);
    m_remove->setEnabled(present);
}

void DecisionsPanel::recordDecisionAboutSelection()
{
    Decision decision;
    decision.id = nextDecisionId(m_document->model());
    decision.title = QStringLiteral("New decision");
    decision.status = DecisionStatus::Proposed;
    decision.date = QDate::currentDate().toString(Qt::ISODate);
    for (const ObjectRef &ref : m_selection->selection())
        if (ref.collection != Collection::Decisions && ref.collection != Collection::AcceptedRisks)
            decision.affects << ref.id;
    m_document->execute(new AddObjectCommand<Decision>(m_document, decision));
    // Shown here only: the shared selection stays on what the decision is
    // about, so the architect can keep pointing at it on the canvas.
    showDecision(decision.id);
    if (FieldEditor *title = m_editor->editor(QStringLiteral("title"))) {
        title->inputWidget()->setFocus();
        if (auto *line = qobject_cast<QLineEdit *>(title->inputWidget()))
            line->selectAll();
    }
}

void DecisionsPanel::openInDialog(const QString &id)
{
    if (id.isEmpty())
        return;
    if (!m_dialog)
        m_dialog = new DecisionDialog(m_document, window());
    m_dialog->showDecision(id);
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void DecisionsPanel::removeCurrentDecision()
{
    const QString id = currentDecision();
    if (!id.isEmpty())
        m_document->execute(makeDeleteCommand(m_document, {ObjectRef{Collection::Decisions, id}}));
}

}  // namespace lintel
