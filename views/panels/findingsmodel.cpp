#include "views/panels/findingsmodel.h"

#include "model/rules/validator.h"
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

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    const Finding *f = findingAt(index);
    if (!f)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn: return enumName(f->severity);
        case RuleColumn: return f->rule;
        case TargetColumn: return f->targets.join(QStringLiteral(", "));
        case MessageColumn: return f->suppressed ? f->message + QStringLiteral("  (accepted)") : f->message;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn)
            return severityIcon(f->severity);
        break;
    case Qt::ToolTipRole: {
        QString tip = f->message;
        if (const RuleInfo *rule = findRule(f->rule))
            tip = QStringLiteral("<b>%1</b><br>%2").arg(rule->title.toHtmlEscaped(), tip.toHtmlEscaped());
        if (f->suppressed && !f->suppressionNote.isEmpty())
            tip += QStringLiteral("<br><i>Accepted: %1</i>").arg(f->suppressionNote.toHtmlEscaped());
        return tip;
    }
    case Qt::ForegroundRole:
        if (f->suppressed)
            return QBrush(QColor(0x9a, 0x9a, 0x9a));
        break;
    case Qt::FontRole:
        if (f->suppressed) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
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
    return f->message.contains(m_text, Qt::CaseInsensitive) || f->rule.contains(m_text, Qt::CaseInsensitive)
        || f->targets.join(u' ').contains(m_text, Qt::CaseInsensitive);
}

}  // namespace lintel
