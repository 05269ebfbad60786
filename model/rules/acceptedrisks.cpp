#include "model/rules/acceptedrisks.h"

#include <algorithm>

namespace lintel {

namespace {

QString key(const QString &rule, const QString &target)
{
    return rule + QLatin1Char('\n') + target;
}

}  // namespace

AcceptedRiskMatcher::AcceptedRiskMatcher(const std::vector<AcceptedRisk> &risks, QDate asOf)
    : m_risks(risks), m_asOf(asOf), m_matched(risks.size(), false)
{
    for (std::size_t i = 0; i < risks.size(); ++i)
        m_byRuleAndTarget[key(risks[i].rule, risks[i].target)].push_back(int(i));
}

bool AcceptedRiskMatcher::isExpired(const AcceptedRisk &risk) const
{
    if (risk.expires.trimmed().isEmpty())
        return false;
    const QDate expires = QDate::fromString(risk.expires.trimmed(), Qt::ISODate);
    return !expires.isValid() || expires < m_asOf;
}

QString AcceptedRiskMatcher::suppressionNote(const AcceptedRisk &risk)
{
    QString note = QStringLiteral("accepted");
    if (!risk.acceptedBy.trimmed().isEmpty())
        note += QStringLiteral(" by ") + risk.acceptedBy.trimmed();
    if (!risk.expires.trimmed().isEmpty())
        note += QStringLiteral(" until ") + risk.expires.trimmed();
    if (!risk.reason.trimmed().isEmpty())
        note += QStringLiteral(": ") + risk.reason.trimmed();
    return note;
}

void AcceptedRiskMatcher::apply(Finding &finding)
{
    if (m_byRuleAndTarget.isEmpty())
        return;
    std::vector<int> covering;
    for (const QString &target : finding.targets) {
        const auto it = m_byRuleAndTarget.constFind(key(finding.rule, target));
        if (it != m_byRuleAndTarget.constEnd())
            covering.insert(covering.end(), it->begin(), it->end());
    }
    if (covering.empty())
        return;
    // Model order decides which risk speaks when several cover a finding.
    std::sort(covering.begin(), covering.end());
    covering.erase(std::unique(covering.begin(), covering.end()), covering.end());

    const AcceptedRisk *expired = nullptr;
    for (int i : covering) {
        m_matched[std::size_t(i)] = true;
        const AcceptedRisk &risk = m_risks[std::size_t(i)];
        if (isExpired(risk)) {
            if (!expired)
                expired = &risk;
        } else if (!finding.suppressed) {
            finding.suppressed = true;
            finding.suppressionNote = suppressionNote(risk);
        }
    }
    if (!finding.suppressed && expired)
        finding.message += QStringLiteral(" (accepted risk expired on %1)").arg(expired->expires.trimmed());
}

std::vector<const AcceptedRisk *>
AcceptedRiskMatcher::unmatched(const std::function<bool(const QString &)> &considered) const
{
    std::vector<const AcceptedRisk *> out;
    for (std::size_t i = 0; i < m_risks.size(); ++i)
        if (!m_matched[i] && considered(m_risks[i].rule))
            out.push_back(&m_risks[i]);
    return out;
}

}  // namespace lintel
