#include "views/panels/findingsmodel.h"

#include "model/rules/validator.h"
#include "views/findingnames.h"
#include "views/panels/panelicons.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

namespace lintel {

void FindingsModel::setFindings(const Findings &findings)
{
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

const Finding *FindingsModel::findingAt(const QModelIndex &index) const
{
    return index.isValid() && index.row() < int(m_findings.size()) ? &m_findings[std::size_t(index.row())] : nullptr;
}

int FindingsModel::rowOf(const QString &fingerprint) const
{
    for (int r = 0; r < int(m_findings.size()); ++r)
        if (m_findings[std::size_t(r)].fingerprint == fingerprint)
            return r;
    return -1;
}

QString FindingsModel::message(const Finding &f) const
{
    return m_names ? displayMessage(*m_names, f) : f.message;
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

void FindingsModel::setIntroduced(const QSet<QString> &fingerprints, const QString &comparedWith)
{
    m_introduced = fingerprints;
    m_comparedWith = comparedWith;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    const Finding *f = findingAt(index);
    if (!f)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return m_introduced.contains(f->fingerprint) ? enumName(f->severity) + QStringLiteral(" · new")
                                                         : enumName(f->severity);
        case RuleColumn: return f->rule;
        case TargetColumn: {
            QStringList names;
            for (const QString &target : f->targets)
                names << (m_names ? displayName(*m_names, target) : target);
            return names.join(QStringLiteral(", "));
        }
        case MessageColumn: return f->suppressed ? message(*f) + QStringLiteral("  (accepted)") : message(*f);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn)
            return severityIcon(f->severity);
        break;
    case Qt::ToolTipRole: {
        // The ids, exactly as the CLI prints them, for searching the YAML.
        QString tip = f->message.toHtmlEscaped();
        if (index.column() == TargetColumn)
            tip = f->targets.join(QStringLiteral(", ")).toHtmlEscaped();
        if (const RuleInfo *rule = findRule(f->rule))
            tip = QStringLiteral("<b>%1</b><br>%2").arg(rule->title.toHtmlEscaped(), tip);
        if (f->suppressed && !f->suppressionNote.isEmpty())
            tip += QStringLiteral("<br><i>Accepted: %1</i>").arg(f->suppressionNote.toHtmlEscaped());
        if (m_introduced.contains(f->fingerprint))
            tip += QStringLiteral("<br><i>New since %1</i>").arg(m_comparedWith.toHtmlEscaped());
        return tip;
    }
    case Qt::ForegroundRole:
        if (f->suppressed)
            return QBrush(QColor(0x9a, 0x9a, 0x9a));
        break;
    case Qt::FontRole:
        if (f->suppressed || m_introduced.contains(f->fingerprint)) {
            QFont font;
            font.setItalic(f->suppressed);
            font.setBold(m_introduced.contains(f->fingerprint));
            return font;
        }
        break;
    case IntroducedRole: return m_introduced.contains(f->fingerprint);
    case SeverityRole: return int(f->severity);
    case SuppressedRole: return f->suppressed;
    case FingerprintRole: return f->fingerprint;
    case SortRole:
        // Severity sorts most severe first, then in the validator's order.
        if (index.column() == SeverityColumn)
            return int(f->severity) * 1000000 + index.row();
        return data(index, Qt::DisplayRole).toString().toLower();
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn: return QStringLiteral("Severity");
    case RuleColumn: return QStringLiteral("Rule");
    case TargetColumn: return QStringLiteral("Target");
    case MessageColumn: return QStringLiteral("Message");
    }
    return {};
}

void FindingsFilter::setSeverityShown(Severity severity, bool shown)
{
    if (shown)
        m_hidden.remove(int(severity));
    else
        m_hidden.insert(int(severity));
    invalidateRowsFilter();
}

void FindingsFilter::setShowSuppressed(bool show)
{
    m_showSuppressed = show;
    invalidateRowsFilter();
}

void FindingsFilter::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateRowsFilter();
}

bool FindingsFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = static_cast<const FindingsModel *>(sourceModel());
    const Finding *f = model->findingAt(model->index(sourceRow, 0, sourceParent));
    if (!f || m_hidden.contains(int(f->severity)) || (f->suppressed && !m_showSuppressed))
        return false;
    if (m_text.isEmpty())
        return true;
    const QString shown = model->data(model->index(sourceRow, FindingsModel::MessageColumn), Qt::DisplayRole).toString();
    return f->message.contains(m_text, Qt::CaseInsensitive) || shown.contains(m_text, Qt::CaseInsensitive)
        || f->rule.contains(m_text, Qt::CaseInsensitive)
        || f->targets.join(u' ').contains(m_text, Qt::CaseInsensitive);
}

}  // namespace lintel
