#include "views/panels/transitionpanel.h"

#include "model/document/document.h"
#include "model/document/transitioncommands.h"
#include "model/index/lookup.h"
#include "model/transition/membership.h"
#include "views/panels/phasetimeline.h"
#include "views/panels/tablehelpers.h"
#include "views/panels/transitiontablemodel.h"
#include "views/selectionmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <array>

namespace lintel {

namespace {

QString teamName(const Model &m, const QString &id)
{
    const Team *t = findObject<Team>(m, id);
    return t && !t->name.isEmpty() ? t->name : id;
}

}  // namespace

TransitionPanel::TransitionPanel(Document *document, SelectionModel *selection, QWidget *parent)
    : QWidget(parent), m_document(document), m_selection(selection), m_stack(new QStackedWidget(this)),
      m_header(new QLabel(this)), m_counts(new QLabel(this)), m_timeline(new PhaseTimeline(this)),
      m_teamFilter(new QComboBox(this)), m_overlayButton(new QToolButton(this)), m_table(new QTableView(this)),
      m_model(new TransitionTableModel(document, this)), m_plan(new QPushButton(tr("Plan a Transition…"), this))
{
    setObjectName(QStringLiteral("transition"));
    m_teamFilter->setObjectName(QStringLiteral("transitionTeamFilter"));
    m_teamFilter->setToolTip(tr("Show the elements of one team only"));
    m_teamFilter->setFocusPolicy(Qt::StrongFocus);  // no wheel changes while scrolling past
    m_overlayButton->setObjectName(QStringLiteral("stageOverlayButton"));
    m_overlayButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);  // a long name must not widen the dock
    m_header->setMinimumWidth(120);
    m_counts->setObjectName(QStringLiteral("transitionCounts"));

    m_table->setObjectName(QStringLiteral("transitionTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::SelectedClicked);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setItemDelegateForColumn(TransitionTableModel::StageColumn,
                                      new ComboDelegate(TransitionTableModel::stageChoices(), m_table));
    for (int c = TransitionTableModel::TestsColumn; c <= TransitionTableModel::OperationalColumn; ++c)
        m_table->setItemDelegateForColumn(c, new ComboDelegate(TransitionTableModel::statusChoices(), m_table));
    const std::array<int, TransitionTableModel::ColumnCount> widths{170, 150, 50, 90, 95, 170, 55, 80, 80, 100, 80, 80};
    for (int c = 0; c < TransitionTableModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, widths[std::size_t(c)]);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_counts, 1);
    controls->addWidget(new QLabel(tr("Team:"), this));
    controls->addWidget(m_teamFilter);
    controls->addWidget(m_overlayButton);

    auto *page = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(4, 2, 4, 4);
    pageLayout->setSpacing(4);
    // The table first: it is what people edit while they talk; the time
    // line below it answers "where are we" at a glance.
    pageLayout->addWidget(m_header);
    pageLayout->addLayout(controls);
    pageLayout->addWidget(m_table);
    pageLayout->addWidget(m_timeline);
    pageLayout->addStretch(1);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    auto *empty = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(empty);
    auto *hint = new QLabel(tr("This model has no transition. Plan one to track who owns each service and "
                               "store while a team hands the system over."),
                            empty);
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignCenter);
    m_plan->setObjectName(QStringLiteral("planTransition"));
    emptyLayout->addStretch();
    emptyLayout->addWidget(hint);
    emptyLayout->addWidget(m_plan, 0, Qt::AlignCenter);
    emptyLayout->addStretch();

    m_stack->addWidget(empty);
    m_stack->addWidget(page);
    // The bottom docks are short on a 1280x720 projector; the panel scrolls
    // rather than making the dock, and so the canvas, give up height.
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_stack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_plan, &QPushButton::clicked, this, &TransitionPanel::planTransition);
    connect(m_teamFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setTeamFilter(m_teamFilter->currentData().toString()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const QString id = m_model->elementAt(current.row());
                if (id.isEmpty())
                    return;
                m_selection->select({ObjectRef{Collection::Elements, id}});
                emit activated(ObjectRef{Collection::Elements, id});
            });
    connect(m_document, &Document::transitionChanged, this, &TransitionPanel::refresh);
    connect(m_document, &Document::modelReset, this, &TransitionPanel::refresh);
    connect(m_document, &Document::objectChanged, this, [this](Collection c) {
        if (c == Collection::Elements || c == Collection::Teams)
            refresh();
    });
    connect(m_document, &Document::objectAdded, this, &TransitionPanel::refresh);
    connect(m_document, &Document::objectRemoved, this, &TransitionPanel::refresh);
    refresh();
}

void TransitionPanel::setToday(QDate today)
{
    m_today = today;
    m_timeline->setToday(today);
    m_model->setToday(today);
}

void TransitionPanel::refreshTeams()
{
    const QString current = m_teamFilter->currentData().toString();
    QSignalBlocker block(m_teamFilter);
    m_teamFilter->clear();
    m_teamFilter->addItem(tr("All teams"), QString());
    for (const Team &t : m_document->model().teams)
        m_teamFilter->addItem(t.name.isEmpty() ? t.id : t.name, t.id);
    const int index = m_teamFilter->findData(current);
    m_teamFilter->setCurrentIndex(index < 0 ? 0 : index);
}

QString TransitionPanel::summaryText() const { return m_counts->text(); }

void TransitionPanel::refresh()
{
    const Model &m = m_document->model();
    const Transition &t = m.transition;
    const bool planned = !(t == Transition{});
    m_stack->setCurrentIndex(planned ? 1 : 0);
    refreshTeams();
    if (!planned)
        return;
    QString header = QStringLiteral("<b>%1</b>").arg((t.name.isEmpty() ? tr("Transition") : t.name).toHtmlEscaped());
    if (!t.outgoing.isEmpty() || !t.incoming.isEmpty())
        header += QStringLiteral(": %1 → %2").arg(teamName(m, t.outgoing).toHtmlEscaped(),
                                                  teamName(m, t.incoming).toHtmlEscaped());
    if (!t.targetDate.isEmpty())
        header += tr(", target %1").arg(t.targetDate);
    m_header->setText(header);
    m_timeline->setTransition(t);
    // As tall as its rows (up to eight, then it scrolls), so the time line
    // sits right under it instead of below empty space.
    const int rows = std::clamp(m_model->rowCount(), 2, 8);
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height()
                            + rows * m_table->verticalHeader()->defaultSectionSize() + 2 * m_table->frameWidth()
                            + m_table->horizontalScrollBar()->sizeHint().height());

    // Counts over the whole transition, whatever the filter shows.
    std::array<int, 5> counts{};  // [0] = no stage yet
    for (const Element &e : m.elements)
        if (isInTransition(m, e))
            ++counts[std::size_t(e.handover.stage.value_or(0))];
    QStringList parts;
    for (int s = 1; s <= 4; ++s)
        parts << tr("stage %1: %2").arg(s).arg(counts[std::size_t(s)]);
    if (counts[0])
        parts << tr("no stage: %1").arg(counts[0]);
    m_counts->setText(parts.join(QStringLiteral(" · ")));
}

void TransitionPanel::planTransition()
{
    const Model &m = m_document->model();
    QString outgoing, incoming;
    for (const Team &t : m.teams) {
        if (outgoing.isEmpty() && t.kind == TeamKind::Vendor)
            outgoing = t.id;
        if (incoming.isEmpty() && t.kind == TeamKind::InHouse)
            incoming = t.id;
    }
    m_document->execute(
        new ReplaceTransitionCommand(m_document, transitionTemplate(outgoing, incoming, m_today), tr("Plan a transition")));
}

}  // namespace lintel
