#pragma once
// Factories of the built-in rules, one per rule, grouped by the file that
// implements them. catalogue.cpp registers them in the documented order.
#include "model/rules/rule.h"

#include <memory>
#include <vector>

namespace lintel {

using RulePtr = std::unique_ptr<const Rule>;

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

// Every built-in rule, in the documented order (catalogue.cpp).
const std::vector<RulePtr> &builtinRules();

}  // namespace lintel
