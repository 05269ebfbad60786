#include "views/panels/problemspanel.h"

#include "model/document/commands.h"
#include "model/document/document.h"
#include "model/index/lookup.h"
#include "model/rules/validator.h"
#include "views/findingnames.h"
#include "views/panels/acceptriskdialog.h"
#include "views/panels/findingsmodel.h"
#include "views/panels/modellookup.h"
#include "views/panels/panelicons.h"
#include "views/selectionmodel.h"
#include "views/validation/livevalidator.h"

#include <QGuiApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>
#include <array>

namespace lintel {

namespace {

constexpr Severity kSeverities[] = {Severity::Error, Severity::Warning, Severity::Info};

QString plural(qsizetype n, const QString &one, const QString &many)
{
    return QStringLiteral("%1 %2").arg(n).arg(n == 1 ? one : many);
}

const AcceptedRisk *acceptedRiskFor(const Model &model, const Finding &f)
{
    for (const AcceptedRisk &r : model.acceptedRisks)
        if (r.rule == f.rule && f.targets.contains(r.target))
            return &r;
    return nullptr;
}

// Open findings per severity, and how many are accepted.
std::pair<std::array<int, 3>, int> countFindings(const Findings &findings)
{
    std::array<int, 3> counts{0, 0, 0};
    int accepted = 0;
    for (const Finding &f : findings)
        f.suppressed ? ++accepted : ++counts[std::size_t(f.severity)];
    return {counts, accepted};
}

}  // namespace

ProblemsPanel::ProblemsPanel(Document *document, SelectionModel *selection, LiveValidator *validator, QWidget *parent)
    : QWidget(parent), m_document(document), m_selection(selection), m_validator(validator),
      m_model(new FindingsModel(this)), m_filter(new FindingsFilter(this)), m_view(new QTableView(this)),
      m_stack(new QStackedWidget(this)), m_empty(new QLabel(this)), m_latency(new QLabel(this)),
      m_explanation(new QTextBrowser(this)), m_search(new QLineEdit(this))
{
    setObjectName(QStringLiteral("problems"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(buildToolbar());

    m_model->setNames(&document->model());
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(FindingsModel::SortRole);
    m_view->setObjectName(QStringLiteral("problemsTable"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(FindingsModel::SeverityColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->resizeSection(FindingsModel::SeverityColumn, 96);
    header->resizeSection(FindingsModel::RuleColumn, 220);
    header->resizeSection(FindingsModel::TargetColumn, 180);
    header->setStretchLastSection(true);

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    m_explanation->setObjectName(QStringLiteral("ruleExplanation"));
    m_explanation->setOpenExternalLinks(false);
    m_explanation->hide();
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_stack);
    splitter->addWidget(m_explanation);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ProblemsPanel::currentChanged);
    connect(m_view, &QTableView::doubleClicked, this, [this] { activate(true); });
    connect(m_view, &QTableView::customContextMenuRequested, this, &ProblemsPanel::showContextMenu);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ProblemsPanel::updateEmptyState);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ProblemsPanel::updateEmptyState);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ProblemsPanel::updateEmptyState);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &ProblemsPanel::updateEmptyState);
    connect(validator, &LiveValidator::findingsChanged, this, &ProblemsPanel::setFindings);
    connect(document, &Document::readOnlyChanged, this, &ProblemsPanel::updateActions);
    connect(validator, &LiveValidator::validated, this, [this](qint64 ms) {
        m_latency->setText(QStringLiteral("Checked live · %1 ms").arg(ms));
    });
    setFindings(validator->findings());
}

QWidget *ProblemsPanel::buildToolbar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(2);
    for (Severity s : kSeverities) {
        auto *button = new QToolButton(bar);
        button->setObjectName(QStringLiteral("show-") + enumName(s));
        button->setCheckable(true);
        button->setChecked(true);
        button->setAutoRaise(true);
        button->setIcon(severityIcon(s));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setToolTip(QStringLiteral("Show or hide %1 findings").arg(enumName(s)));
        connect(button, &QToolButton::toggled, this, [this, s](bool on) { m_filter->setSeverityShown(s, on); });
        m_severityButtons[int(s)] = button;
        row->addWidget(button);
    }
    m_suppressedButton = new QToolButton(bar);
    m_suppressedButton->setObjectName(QStringLiteral("show-accepted"));
    m_suppressedButton->setCheckable(true);
    m_suppressedButton->setAutoRaise(true);
    m_suppressedButton->setToolTip(QStringLiteral("Show findings covered by an accepted risk (greyed)"));
    connect(m_suppressedButton, &QToolButton::toggled, this, [this](bool on) { m_filter->setShowSuppressed(on); });
    row->addWidget(m_suppressedButton);
    row->addSpacing(8);

    m_search->setObjectName(QStringLiteral("problemsFilter"));
    m_search->setPlaceholderText(QStringLiteral("Filter findings…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(240);
    connect(m_search, &QLineEdit::textChanged, m_filter, &FindingsFilter::setText);
    row->addWidget(m_search, 1);
    row->addStretch(0);
    m_latency->setForegroundRole(QPalette::PlaceholderText);
    row->addWidget(m_latency);
    row->addSpacing(8);

    m_acceptButton = new QToolButton(bar);
    m_acceptButton->setObjectName(QStringLiteral("acceptRisk"));
    m_acceptButton->setText(QStringLiteral("Accept Risk…"));
    m_acceptButton->setToolTip(QStringLiteral("Record that this finding is known and accepted, by whom and until when"));
    connect(m_acceptButton, &QToolButton::clicked, this, &ProblemsPanel::acceptRiskForCurrent);
    row->addWidget(m_acceptButton);
    m_explainButton = new QToolButton(bar);
    m_explainButton->setObjectName(QStringLiteral("explainRule"));
    m_explainButton->setText(QStringLiteral("Explain"));
    m_explainButton->setCheckable(true);
    m_explainButton->setToolTip(QStringLiteral("Why the rule exists and how to fix what it found"));
    connect(m_explainButton, &QToolButton::toggled, this, &ProblemsPanel::setExplanationVisible);
    row->addWidget(m_explainButton);
    return bar;
}

void ProblemsPanel::setFindings(const Findings &findings)
{
    // Keep the selected finding selected across the update (by its stable
    // fingerprint), without re-announcing it.
    const Finding *current = currentFinding();
    const QString fingerprint = current ? current->fingerprint : QString();
    m_restoring = true;
    m_model->setFindings(findings);
    if (!fingerprint.isEmpty())
        if (const int row = m_model->rowOf(fingerprint); row >= 0) {
            const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
            m_view->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
    m_restoring = false;
    updateCounts();
    updateActions();
    updateExplanation();
    updateEmptyState();
}

const Finding *ProblemsPanel::currentFinding() const
{
    return m_model->findingAt(m_filter->mapToSource(m_view->currentIndex()));
}

AcceptRiskDialog *ProblemsPanel::openDialog() const { return findChild<AcceptRiskDialog *>(); }

void ProblemsPanel::currentChanged()
{
    updateActions();
    updateExplanation();
    if (!m_restoring)
        activate(true);
}

void ProblemsPanel::activate(bool selectTargets)
{
    const Finding *f = currentFinding();
    if (!f)
        return;
    std::vector<ObjectRef> refs;
    for (const QString &id : f->targets)
        if (const auto ref = findRef(m_document->model(), id))
            refs.push_back(*ref);
    if (refs.empty())
        return;
    if (selectTargets) {
        // The main target last: it is the one the inspector shows.
        std::vector<ObjectRef> ordered(refs.rbegin(), refs.rend());
        m_selection->select(ordered);
    }
    emit findingActivated(refs.front());
}

QString ProblemsPanel::countsText() const
{
    const auto [counts, accepted] = countFindings(m_model->findings());
    return QStringList{plural(counts[0], QStringLiteral("error"), QStringLiteral("errors")),
                       plural(counts[1], QStringLiteral("warning"), QStringLiteral("warnings")),
                       plural(counts[2], QStringLiteral("info"), QStringLiteral("info")),
                       plural(accepted, QStringLiteral("accepted"), QStringLiteral("accepted"))}
        .join(QStringLiteral(" · "));
}

void ProblemsPanel::updateCounts()
{
    const auto [counts, accepted] = countFindings(m_model->findings());
    m_severityButtons[0]->setText(plural(counts[0], QStringLiteral("Error"), QStringLiteral("Errors")));
    m_severityButtons[1]->setText(plural(counts[1], QStringLiteral("Warning"), QStringLiteral("Warnings")));
    m_severityButtons[2]->setText(plural(counts[2], QStringLiteral("Info"), QStringLiteral("Info")));
    m_suppressedButton->setText(QStringLiteral("%1 Accepted").arg(accepted));
}

void ProblemsPanel::updateActions()
{
    const Finding *f = currentFinding();
    // Accepting a risk writes to the model: not on a read-only revision.
    m_acceptButton->setEnabled(f && !f->suppressed && !m_document->isReadOnly());
}

void ProblemsPanel::updateEmptyState()
{
    if (m_filter->rowCount() > 0) {
        m_stack->setCurrentWidget(m_view);
        return;
    }
    m_empty->setText(m_model->findings().empty() ? QStringLiteral("No problems: the model passes every rule.")
                                                 : QStringLiteral("No findings match the filter."));
    m_stack->setCurrentWidget(m_empty);
}

void ProblemsPanel::updateExplanation()
{
    if (m_explanation->isHidden())
        return;
    const Finding *f = currentFinding();
    const RuleInfo *rule = f ? findRule(f->rule) : nullptr;
    if (f && !rule && m_extraRules)
        rule = m_extraRules(f->rule);
    if (!f) {
        m_explanation->setHtml(QStringLiteral("<p style='color:#777'>Select a finding to see why its rule exists.</p>"));
        return;
    }
    QString html = QStringLiteral("<h3 style='margin:0'>%1</h3><p style='color:#777;margin-top:2px'>%2 · %3</p>")
                       .arg((rule ? rule->title : f->rule).toHtmlEscaped(), f->rule.toHtmlEscaped(),
                            enumName(f->severity));
    html += QStringLiteral("<p>%1</p>").arg(displayMessage(m_document->model(), *f).toHtmlEscaped());
    if (!f->explanation.isEmpty()) {
        // A pack rule says which of its conditions decided (docs/rule-packs.md).
        QStringList lines;
        for (const QString &line : f->explanation)
            lines << line.toHtmlEscaped();
        html += QStringLiteral("<p><b>Why this finding.</b><br>%1</p>").arg(lines.join(QStringLiteral("<br>")));
    }
    if (rule) {
        html += QStringLiteral("<p><b>Why it matters.</b> %1</p>").arg(rule->rationale.toHtmlEscaped());
        if (!rule->remediation.isEmpty())
            html += QStringLiteral("<p><b>How to fix.</b> %1</p>").arg(rule->remediation.toHtmlEscaped());
    }
    if (f->suppressed)
        html += QStringLiteral("<p><i>Accepted: %1</i></p>").arg(f->suppressionNote.toHtmlEscaped());
    m_explanation->setHtml(html);
}

void ProblemsPanel::setExplanationVisible(bool visible)
{
    m_explainButton->setChecked(visible);
    m_explanation->setVisible(visible);
    updateExplanation();
}

void ProblemsPanel::setFilterText(const QString &text) { m_search->setText(text); }
void ProblemsPanel::setSeverityShown(Severity severity, bool shown) { m_severityButtons[int(severity)]->setChecked(shown); }
void ProblemsPanel::setShowSuppressed(bool show) { m_suppressedButton->setChecked(show); }

void ProblemsPanel::acceptRiskForCurrent()
{
    if (const Finding *f = currentFinding())
        acceptRisk(*f);
}

void ProblemsPanel::acceptRisk(const Finding &finding)
{
    if (finding.suppressed || openDialog())
        return;
    auto *dialog = new AcceptRiskDialog(finding, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const AcceptedRisk risk = dialog->risk();
        auto *command = new QUndoCommand(QStringLiteral("Accept risk %1 on %2").arg(risk.rule, risk.target));
        // An expired acceptance of the same risk is renewed, not duplicated.
        if (indexOfObject<AcceptedRisk>(m_document->model(), objectId(risk)) >= 0)
            new RemoveObjectCommand<AcceptedRisk>(m_document, objectId(risk), command);
        new AddObjectCommand<AcceptedRisk>(m_document, risk, -1, command);
        m_document->execute(command);
    });
    dialog->open();
}

void ProblemsPanel::revokeAcceptanceForCurrent()
{
    const Finding *f = currentFinding();
    const AcceptedRisk *risk = f ? acceptedRiskFor(m_document->model(), *f) : nullptr;
    if (risk)
        m_document->execute(new RemoveObjectCommand<AcceptedRisk>(m_document, objectId(*risk)));
}

void ProblemsPanel::showContextMenu(const QPoint &pos)
{
    const Finding *f = currentFinding();
    if (!f || !m_view->indexAt(pos).isValid())
        return;
    QMenu menu(this);
    menu.addAction(QStringLiteral("Show on Canvas"), this, [this] { activate(true); });
    menu.addSeparator();
    QAction *change = f->suppressed
        ? menu.addAction(QStringLiteral("Revoke Acceptance"), this, &ProblemsPanel::revokeAcceptanceForCurrent)
        : menu.addAction(QStringLiteral("Accept Risk…"), this, &ProblemsPanel::acceptRiskForCurrent);
    change->setEnabled(!m_document->isReadOnly());
    menu.addAction(QStringLiteral("Explain Rule"), this, [this] { setExplanationVisible(true); });
    menu.addSeparator();
    const QString message = f->message;
    menu.addAction(QStringLiteral("Copy Message"), this, [message] { QGuiApplication::clipboard()->setText(message); });
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

}  // namespace lintel
