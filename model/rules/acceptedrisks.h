#pragma once
// Accepted risks: the model's record that someone knowingly lives with a
// finding. A risk covers a finding of its rule when the risk's target is
// among the finding's targets. Until it expires it suppresses the finding;
// after that the finding counts again and says that its acceptance lapsed.
#include "model/rules/finding.h"
#include "model/types.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <functional>
#include <vector>

namespace lintel {

class AcceptedRiskMatcher {
public:
    AcceptedRiskMatcher(const std::vector<AcceptedRisk> &risks, QDate asOf);

    // Suppresses `finding` (or notes the lapsed acceptance in its message)
    // when a risk covers it, and remembers which risks covered something.
    void apply(Finding &finding);

    // Risks that covered no finding so far, in model order, among those for
    // which `considered(rule id)` holds.
    std::vector<const AcceptedRisk *> unmatched(const std::function<bool(const QString &)> &considered) const;

    // Expired: `expires` is set and before asOf, or not a valid date.
    bool isExpired(const AcceptedRisk &risk) const;

    // "accepted by X until D: reason", leaving out the parts not given.
    static QString suppressionNote(const AcceptedRisk &risk);

private:
    const std::vector<AcceptedRisk> &m_risks;
    QDate m_asOf;
    QHash<QString, std::vector<int>> m_byRuleAndTarget;  // "rule\ntarget" -> risk positions
    std::vector<bool> m_matched;
};

}  // namespace lintel
