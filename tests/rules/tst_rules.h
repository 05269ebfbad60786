#pragma once
// The rule engine's test suite. One class so that every test can be picked
// by name (`tst_rules sharedDatastore`); its slots are implemented in the
// tst_*.cpp files of this folder, grouped like the rules themselves.
#include "model/rules/validator.h"
#include "model/types.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QStringList>

namespace lintel::test {

// What one finding of the rule under test must look like.
struct ExpectedFinding {
    Severity severity = Severity::Warning;
    QStringList targets;        // exactly
    QStringList messageParts;   // each must occur in the message
};
using ExpectedFindings = QList<ExpectedFinding>;

// The date every test validates "as of", so sunsets and expiries are fixed.
QDate testDate();
ValidationOptions testOptions();
Findings findingsOf(const Findings &all, const QString &rule);

// Adds the columns the per-rule tests share: model, rule, expected.
void addRuleColumns();
// Validates the row's model and compares the findings of the row's rule
// with what the row expects (all of them, in order).
void verifyRuleRow();

}  // namespace lintel::test

Q_DECLARE_METATYPE(lintel::Model)
Q_DECLARE_METATYPE(lintel::Severity)
Q_DECLARE_METATYPE(lintel::test::ExpectedFindings)

class TestRules : public QObject {
    Q_OBJECT

private slots:
    // tst_catalogue.cpp
    void catalogueHasEveryRuleInOrder();
    void catalogueTextsAreComplete();
    void docsDescribeEveryRule();
    void cleanModelHasNoFindings();

    // tst_semantics.cpp
    void encryption_data();
    void encryption();
    void synchrony_data();
    void synchrony();
    void authentication_data();
    void authentication();
    void classificationAndTrust();

    // tst_modelindex.cpp
    void indexAndLookupAgree();
    void findRefFollowsTheCollectionOrder();
    void indexAnswersFromManyThreads();

    // tst_zones.cpp
    void zoneTrustSurvivesManyZones();
    void deepZoneChainTrust();
    void zoneLoopTrust();
    void zoneRules_data();
    void zoneRules();
    void largeZoneLoopReportedOnce();

    // One data-driven pair per group of rules: a row where the rule fires
    // and a near-identical one where it does not.
    void referenceRules_data();      // tst_referencerules.cpp
    void referenceRules();
    void datastoreRules_data();      // tst_datastorerules.cpp
    void datastoreRules();
    void boundaryRules_data();       // tst_boundaryrules.cpp
    void boundaryRules();
    void syncRules_data();           // tst_syncrules.cpp
    void syncRules();
    void elementRules_data();        // tst_elementrules.cpp
    void elementRules();
    void apiRules_data();            // tst_apirules.cpp
    void apiRules();
    void transitionRules_data();     // tst_transitionrules.cpp
    void transitionRules();

    // tst_transitionrules.cpp
    void transitionBaseBreaksNoRule();
    void overduePhaseIsReportedAtThePhase();
    void transitionRulesFollowTheAsOfDate();

    // tst_syncrules.cpp
    void maxDepthParam_data();
    void maxDepthParam();
    void cycleReportedOnceInOrder();
    void longChainAndRingDoNotOverflow();

    // tst_engine.cpp
    void severityOverride();
    void disableRule();
    void badSettingsAreReported_data();
    void badSettingsAreReported();
    void deprecatedApiBecomesErrorAfterSunset_data();
    void deprecatedApiBecomesErrorAfterSunset();

    // tst_acceptedrisks.cpp
    void acceptedRiskSuppresses();
    void acceptedRiskValidOnItsExpiryDay();
    void expiredRiskReturnsWithNote();
    void staleRisk_data();
    void staleRisk();
    void riskOfDisabledRuleIsNotStale();

    // tst_findings.cpp
    void fingerprintIsHashOfRuleAndTargets();
    void fingerprintStableAcrossRuns();
    void fingerprintIndependentOfUnrelatedEdits();
    void locationComesFromFirstTarget();
    void orderIsDeterministic();
};
