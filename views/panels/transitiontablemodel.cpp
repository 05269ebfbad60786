#include "views/panels/transitiontablemodel.h"

#include "model/document/commands.h"
#include "model/document/transitioncommands.h"
#include "model/index/lookup.h"
#include "model/transition/membership.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace lintel {

namespace {

constexpr auto kNoStage = "—";
constexpr auto kNoStatus = "—";

const DoneItem &doneItem(const Element &e, int column)
{
    const DefinitionOfDone &d = e.handover.done;
    switch (column) {
    case TransitionTableModel::TestsColumn: return d.tests;
    case TransitionTableModel::ApiDocsColumn: return d.apiDocs;
    case TransitionTableModel::ObservabilityColumn: return d.observability;
    case TransitionTableModel::RollbackColumn: return d.rollbackNotes;
    default: return d.operationalNotes;
    }
}

// Observability without a status of its own is judged from `operations`
// (docs/model-format.md, "handover").
bool observabilityFromOperations(const Element &e)
{
    return e.operations.logs.value_or(false) && e.operations.metrics.value_or(false)
        && e.operations.healthCheck.value_or(false);
}

QColor statusColour(std::optional<ItemStatus> status)
{
    if (status == ItemStatus::Done)
        return QColor(0x2e, 0x7d, 0x32);
    if (status == ItemStatus::NotApplicable)
        return QColor(0x75, 0x75, 0x75);
    return QColor(0xc6, 0x28, 0x28);  // open, or never set
}

}  // namespace

TransitionTableModel::TransitionTableModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(document, &Document::modelReset, this, &TransitionTableModel::rebuild);
    connect(document, &Document::transitionChanged, this, &TransitionTableModel::rebuild);
    connect(document, &Document::objectAdded, this, &TransitionTableModel::rebuild);
    connect(document, &Document::objectRemoved, this, &TransitionTableModel::rebuild);
    connect(document, &Document::objectRenamed, this, &TransitionTableModel::rebuild);
    connect(document, &Document::objectChanged, this, [this](Collection c, const QString &id) {
        if (c == Collection::Teams) {
            rebuild();
            return;
        }
        if (c != Collection::Elements)
            return;
        const int row = rowOf(id);
        const Element *e = findObject<Element>(m_document->model(), id);
        const bool belongs = e && isInTransition(m_document->model(), *e)
            && (m_team.isEmpty() || e->team == m_team);
        if (row < 0 || !belongs)
            rebuild();  // joined or left the table
        else
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
    rebuild();
}

void TransitionTableModel::setTeamFilter(const QString &teamId)
{
    m_team = teamId;
    rebuild();
}

void TransitionTableModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    const Model &m = m_document->model();
    for (const Element &e : m.elements)
        if (isInTransition(m, e) && (m_team.isEmpty() || e.team == m_team))
            m_rows << e.id;
    endResetModel();
}

int TransitionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TransitionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TransitionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    static const char *const titles[ColumnCount] = {"Element", "Team", "Stage", "Since", "Walkthrough",
                                                    "Documentation", "Access", "Tests", "API docs",
                                                    "Observability", "Rollback", "Ops notes"};
    static const char *const tips[ColumnCount] = {
        nullptr,
        nullptr,
        "1: the outgoing team leads; 2: shared; 3: the incoming team leads; 4: the incoming team owns it alone",
        "When the current stage was reached",
        "Date of the walkthrough in which the outgoing team explained it (YYYY-MM-DD)",
        "Where its documentation is",
        "Access handed over to the incoming team",
        "Definition of done: tests",
        "Definition of done: API documentation is current",
        "Definition of done: observability (judged from Operations when not set)",
        "Definition of done: rollback notes",
        "Definition of done: operational notes (configuration, migration order)"};
    if (role == Qt::DisplayRole)
        return QString::fromUtf8(titles[section]);
    if (role == Qt::ToolTipRole && tips[section])
        return QString::fromUtf8(tips[section]);
    return {};
}

QVariant TransitionTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Model &m = m_document->model();
    const Element *e = findObject<Element>(m, m_rows[index.row()]);
    if (!e)
        return {};
    if (role == ElementIdRole)
        return e->id;
    const int column = index.column();
    const KnowledgeTransfer &k = e->handover.knowledge;
    if (column == AccessColumn) {
        if (role == Qt::CheckStateRole)
            return k.accessTransferred.value_or(false) ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole && !k.access.isEmpty())
            return k.access;
        return {};
    }
    if (column >= TestsColumn) {
        const DoneItem &item = doneItem(*e, column);
        const bool derived = column == ObservabilityColumn && !item.status;
        const std::optional<ItemStatus> shown =
            derived ? std::optional(observabilityFromOperations(*e) ? ItemStatus::Done : ItemStatus::Open)
                    : item.status;
        switch (role) {
        case Qt::DisplayRole:
            if (derived)
                return shown == ItemStatus::Done ? QStringLiteral("done (ops)") : QStringLiteral("open (ops)");
            return item.status ? enumName(*item.status) : QStringLiteral("open");
        case Qt::EditRole:
            return item.status ? enumName(*item.status) : QString::fromUtf8(kNoStatus);
        case Qt::ForegroundRole:
            return QBrush(statusColour(shown));
        case Qt::ToolTipRole:
            return item.note.isEmpty() ? QVariant() : QVariant(item.note);
        case Qt::FontRole:
            if (derived) {
                QFont f;
                f.setItalic(true);
                return f;
            }
            return {};
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case ElementColumn:
        return role == Qt::ToolTipRole ? QVariant(e->id) : QVariant(e->name.isEmpty() ? e->id : e->name);
    case TeamColumn: {
        const Team *t = findObject<Team>(m, e->team);
        return t && !t->name.isEmpty() ? t->name : e->team;
    }
    case StageColumn:
        if (role == Qt::ToolTipRole)
            return e->handover.note.isEmpty() ? QVariant() : QVariant(e->handover.note);
        return e->handover.stage ? QString::number(*e->handover.stage) : QString::fromUtf8(kNoStage);
    case SinceColumn: return e->handover.since;
    case WalkthroughColumn:
        if (role == Qt::ToolTipRole)
            return k.walkthrough.by.isEmpty() ? QVariant() : QVariant(QStringLiteral("by %1").arg(k.walkthrough.by));
        return k.walkthrough.date;
    case DocumentationColumn: return k.documentation;
    default: return {};
    }
}

Qt::ItemFlags TransitionTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    switch (index.column()) {
    case ElementColumn:
    case TeamColumn:
    case SinceColumn:
        return f;
    case AccessColumn:
        return f | Qt::ItemIsUserCheckable;
    default:
        return f | Qt::ItemIsEditable;
    }
}

QStringList TransitionTableModel::stageChoices()
{
    return {QString::fromUtf8(kNoStage), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
            QStringLiteral("4")};
}

QStringList TransitionTableModel::statusChoices()
{
    QStringList choices{QString::fromUtf8(kNoStatus)};
    for (auto name : EnumTraits<ItemStatus>::names)
        choices << QString::fromLatin1(name.data(), qsizetype(name.size()));
    return choices;
}

QString TransitionTableModel::donePath(int column) const
{
    switch (column) {
    case TestsColumn: return QStringLiteral("handover.done.tests.status");
    case ApiDocsColumn: return QStringLiteral("handover.done.api_docs.status");
    case ObservabilityColumn: return QStringLiteral("handover.done.observability.status");
    case RollbackColumn: return QStringLiteral("handover.done.rollback_notes.status");
    default: return QStringLiteral("handover.done.operational_notes.status");
    }
}

bool TransitionTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return false;
    const QString id = m_rows[index.row()];
    const ObjectRef ref{Collection::Elements, id};
    const int column = index.column();
    auto set = [&](const QString &path, const QVariant &v) {
        auto *command = new SetFieldCommand(m_document, ref, path, v);
        if (!command->isValid()) {
            delete command;
            return false;
        }
        return m_document->execute(command);
    };
    if (column == AccessColumn && role == Qt::CheckStateRole)
        return set(QStringLiteral("handover.knowledge.access_transferred"),
                   value.value<Qt::CheckState>() == Qt::Checked);
    if (role != Qt::EditRole)
        return false;
    const QString text = value.toString().trimmed();
    switch (column) {
    case StageColumn: {
        std::optional<int> stage;
        if (text != QString::fromUtf8(kNoStage) && !text.isEmpty()) {
            bool ok = false;
            const int n = text.toInt(&ok);
            if (!ok || n < 1 || n > 4)
                return false;
            stage = n;
        }
        auto *command = new ChangeStageCommand(m_document, id, stage, m_today);
        if (!command->isValid()) {
            delete command;
            return false;
        }
        return m_document->execute(command);
    }
    case WalkthroughColumn:
        if (!text.isEmpty() && !QDate::fromString(text, Qt::ISODate).isValid())
            return false;  // the delegate shows the format; the model keeps only dates
        return set(QStringLiteral("handover.knowledge.walkthrough.date"), text);
    case DocumentationColumn:
        return set(QStringLiteral("handover.knowledge.documentation"), text);
    default:
        break;
    }
    if (column >= TestsColumn) {
        if (text == QString::fromUtf8(kNoStatus) || text.isEmpty())
            return set(donePath(column), QString());
        if (!parseEnum<ItemStatus>(text))
            return false;
        return set(donePath(column), text);
    }
    return false;
}

}  // namespace lintel
