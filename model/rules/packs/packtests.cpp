#include "model/rules/packs/packtests.h"

#include "model/rules/validator.h"

#include <QSet>

namespace lintel::packs {

namespace {

// A test names a finding by its main target, or by all its targets joined
// with '/': an operation is only unique within its API, so its findings
// are written `api/operation`.
bool found(const Findings &findings, const PackTest::Expected &e)
{
    for (const Finding &f : findings)
        if (f.rule == e.rule && (f.targets.value(0) == e.target || f.targets.join(u'/') == e.target))
            return true;
    return false;
}

QString onTarget(const PackTest::Expected &e) { return QStringLiteral("%1 on %2").arg(e.rule, e.target); }

// How a test would name `f`: its main target, or API/OPERATION for a rule
// about operations.
QString nameForTests(const Finding &f, const QSet<QString> &operationRules)
{
    return operationRules.contains(f.rule) ? f.targets.join(u'/') : f.targets.value(0);
}

}  // namespace

bool PackTestReport::passed() const
{
    for (const PackTestResult &r : results)
        if (!r.passed())
            return false;
    return true;
}

PackTestReport runPackTests(const LoadedPacks &packs)
{
    PackTestReport report;
    ValidationOptions options;
    options.packRules = packs.rules();
    QSet<QString> tested, operationRules;
    for (const RulePack &pack : packs.packs)
        for (const PackRuleDefinition &d : pack.rules)
            if (d.target.operations)
                operationRules.insert(d.info.id);
    for (const RulePack &pack : packs.packs) {
        for (const PackTest &test : pack.tests) {
            PackTestResult result{pack.file, test.loc, test.name, {}};
            const Findings findings = validate(test.model, options);
            for (const PackTest::Expected &e : test.expect) {
                tested.insert(e.rule);
                if (!found(findings, e)) {
                    QStringList seen;
                    for (const Finding &f : findings)
                        seen << QStringLiteral("%1 on %2").arg(f.rule, nameForTests(f, operationRules));
                    result.failures << QStringLiteral("expected %1, which was not found (found: %2)")
                                           .arg(onTarget(e), seen.isEmpty() ? QStringLiteral("nothing")
                                                                            : seen.join(QStringLiteral(", ")));
                }
            }
            for (const PackTest::Expected &e : test.absent) {
                tested.insert(e.rule);
                if (found(findings, e))
                    result.failures << QStringLiteral("expected no %1, but it was found").arg(onTarget(e));
            }
            report.results.push_back(std::move(result));
        }
    }
    for (const RulePack &pack : packs.packs)
        for (const PackRuleDefinition &d : pack.rules)
            if (!tested.contains(d.info.id))
                report.untested.push_back({d.file, d.loc, d.info.id});
    return report;
}

}  // namespace lintel::packs
