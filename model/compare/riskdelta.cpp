#include "model/compare/riskdelta.h"

#include "model/document/collections.h"
#include "model/rules/acceptedrisks.h"

#include <QHash>
#include <algorithm>

namespace lintel {

QString baselineStateName(BaselineState state)
{
    switch (state) {
    case BaselineState::New: return QStringLiteral("new");
    case BaselineState::Unchanged: return QStringLiteral("unchanged");
    case BaselineState::Absent: return QStringLiteral("absent");
    }
    return QString();
}

int RiskDelta::introducedAtLeast(Severity threshold) const
{
    return int(std::count_if(introduced.begin(), introduced.end(),
                             [&](const Finding &f) { return int(f.severity) <= int(threshold); }));
}

QSet<QString> countedFingerprints(const Findings &findings)
{
    QSet<QString> out;
    for (const Finding &f : findings)
        if (!f.suppressed)
            out.insert(f.fingerprint);
    return out;
}

std::vector<BaselineState> baselineStates(const Findings &findings, const Findings &baselineFindings)
{
    QSet<QString> baseline;
    for (const Finding &f : baselineFindings)
        baseline.insert(f.fingerprint);
    std::vector<BaselineState> out;
    out.reserve(findings.size());
    for (const Finding &f : findings)
        out.push_back(baseline.contains(f.fingerprint) ? BaselineState::Unchanged : BaselineState::New);
    return out;
}

namespace {

// Most severe first (Severity's order), keeping the validator's order within.
Findings onlyIn(const Findings &findings, const QSet<QString> &other)
{
    Findings out;
    for (const Finding &f : findings)
        if (!f.suppressed && !other.contains(f.fingerprint))
            out.push_back(f);
    std::stable_sort(out.begin(), out.end(),
                     [](const Finding &a, const Finding &b) { return int(a.severity) < int(b.severity); });
    return out;
}

}  // namespace

RiskDelta riskDelta(const Model &before, const Findings &beforeFindings, const Model &after,
                    const Findings &afterFindings, QDate asOf)
{
    RiskDelta delta;
    const QSet<QString> was = countedFingerprints(beforeFindings);
    const QSet<QString> now = countedFingerprints(afterFindings);
    delta.introduced = onlyIn(afterFindings, was);
    delta.resolved = onlyIn(beforeFindings, now);
    delta.unchanged = int(now.size()) - int(delta.introduced.size());

    QHash<QString, const AcceptedRisk *> old;
    for (const AcceptedRisk &r : before.acceptedRisks)
        old.insert(objectId(r), &r);
    QSet<QString> kept;
    const AcceptedRiskMatcher beforeMatcher(before.acceptedRisks, asOf);
    const AcceptedRiskMatcher afterMatcher(after.acceptedRisks, asOf);
    for (const AcceptedRisk &r : after.acceptedRisks) {
        const AcceptedRisk *previous = old.value(objectId(r));
        if (!previous) {
            delta.risksAdded.push_back(r);
            continue;
        }
        kept.insert(objectId(r));
        if (afterMatcher.isExpired(r) && !beforeMatcher.isExpired(*previous))
            delta.risksExpired.push_back(r);
    }
    for (const AcceptedRisk &r : before.acceptedRisks)
        if (!kept.contains(objectId(r)))
            delta.risksRemoved.push_back(r);
    return delta;
}

}  // namespace lintel
