// The catalogue: every built-in rule, registered explicitly in the order
// docs/rules.md documents them. Adding a rule means adding one line here.
#include "model/rules/builtinrules.h"

#include <QHash>

namespace lintel {

// The factories, defined in the rule files named here.
// referencerules.cpp
RulePtr makeDanglingReferenceRule();
// zonerules.cpp
RulePtr makeZoneCycleRule();
// datastorerules.cpp
RulePtr makeSharedDatastoreRule();
RulePtr makeForeignDatastoreAccessRule();
RulePtr makeClientDirectDatastoreRule();
RulePtr makeSensitiveDataUnencryptedAtRestRule();
RulePtr makeDatastoreWithoutBackupRule();
// boundaryrules.cpp
RulePtr makeGatewayBypassRule();
RulePtr makeUnencryptedBoundaryCrossingRule();
RulePtr makeUnauthenticatedBoundaryCrossingRule();
RulePtr makeSensitiveDataToExternalRule();
// syncrules.cpp
RulePtr makeSyncCycleRule();
RulePtr makeDeepSyncChainRule();
// ownershiprules.cpp
RulePtr makeUnownedElementRule();
RulePtr makeIsolatedElementRule();
// operationsrules.cpp
RulePtr makeExternalCallWithoutResilienceRule();
RulePtr makeMissingObservabilityRule();
RulePtr makeStatefulScaledServiceRule();
// apirules.cpp
RulePtr makePublicApiWithoutRateLimitRule();
RulePtr makePublicApiUnversionedRule();
RulePtr makeDeprecatedApiInUseRule();
RulePtr makeApiWithoutContractRule();
// securityrules.cpp
RulePtr makeSecretsOutsideVaultRule();
RulePtr makeNoAuditLogOnSensitiveRule();
// governancerules.cpp
RulePtr makeDecisionIntegrityRule();
RulePtr makeStaleAcceptedRiskRule();
// mergerules.cpp
RulePtr makeMergeConflictRule();
// transitionrules.cpp
RulePtr makeHandoverMissingWalkthroughOrRunbookRule();
RulePtr makeHandoverDoneOpenRule();
RulePtr makeHandoverCredentialsNotRotatedRule();
RulePtr makeHandoverStageMissingRule();
RulePtr makeHandoverStageMovedBackRule();
RulePtr makeTransitionPhaseOverdueRule();
RulePtr makeHandoverStageAheadOfPhaseRule();

const std::vector<RulePtr> &builtinRules()
{
    static const std::vector<RulePtr> rules = [] {
        std::vector<RulePtr> r;
        r.push_back(makeDanglingReferenceRule());
        r.push_back(makeZoneCycleRule());
        r.push_back(makeSharedDatastoreRule());
        r.push_back(makeForeignDatastoreAccessRule());
        r.push_back(makeClientDirectDatastoreRule());
        r.push_back(makeGatewayBypassRule());
        r.push_back(makeSyncCycleRule());
        r.push_back(makeDeepSyncChainRule());
        r.push_back(makeUnownedElementRule());
        r.push_back(makeIsolatedElementRule());
        r.push_back(makeExternalCallWithoutResilienceRule());
        r.push_back(makeUnencryptedBoundaryCrossingRule());
        r.push_back(makeUnauthenticatedBoundaryCrossingRule());
        r.push_back(makeSensitiveDataUnencryptedAtRestRule());
        r.push_back(makeSensitiveDataToExternalRule());
        r.push_back(makePublicApiWithoutRateLimitRule());
        r.push_back(makePublicApiUnversionedRule());
        r.push_back(makeDeprecatedApiInUseRule());
        r.push_back(makeSecretsOutsideVaultRule());
        r.push_back(makeNoAuditLogOnSensitiveRule());
        r.push_back(makeMissingObservabilityRule());
        r.push_back(makeDatastoreWithoutBackupRule());
        r.push_back(makeApiWithoutContractRule());
        r.push_back(makeStatefulScaledServiceRule());
        r.push_back(makeDecisionIntegrityRule());
        r.push_back(makeStaleAcceptedRiskRule());
        r.push_back(makeMergeConflictRule());
        r.push_back(makeHandoverMissingWalkthroughOrRunbookRule());
        r.push_back(makeHandoverDoneOpenRule());
        r.push_back(makeHandoverCredentialsNotRotatedRule());
        r.push_back(makeHandoverStageMissingRule());
        r.push_back(makeHandoverStageMovedBackRule());
        r.push_back(makeTransitionPhaseOverdueRule());
        r.push_back(makeHandoverStageAheadOfPhaseRule());
        return r;
    }();
    return rules;
}

const std::vector<RuleInfo> &ruleCatalogue()
{
    static const std::vector<RuleInfo> infos = [] {
        std::vector<RuleInfo> out;
        for (const RulePtr &rule : builtinRules())
            out.push_back(rule->info());
        return out;
    }();
    return infos;
}

const RuleInfo *findRule(const QString &id)
{
    static const QHash<QString, std::size_t> byId = [] {
        QHash<QString, std::size_t> map;
        const auto &infos = ruleCatalogue();
        for (std::size_t i = 0; i < infos.size(); ++i)
            map.insert(infos[i].id, i);
        return map;
    }();
    const auto it = byId.constFind(id);
    return it == byId.constEnd() ? nullptr : &ruleCatalogue()[*it];
}

}  // namespace lintel
