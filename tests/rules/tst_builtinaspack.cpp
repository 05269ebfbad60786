// tests/data/rules/builtin-as-pack.yaml says again, as a rule pack, what
// sixteen built-in rules say in C++. Both run on every model file of the
// test data and the examples, the examples pack's test snippets and
// generated models, and must find the same objects at the same places.
#include "bench/generator.h"
#include "model/rules/builtinrules.h"
#include "model/rules/packs/packloader.h"
#include "model/rules/validator.h"
#include "model/yaml/yamlio.h"

#include <QSet>
#include <QTest>

using namespace lintel;

namespace {

QString sourcePath(const QString &relative) { return QStringLiteral(LINTEL_SOURCE_DIR "/") + relative; }

// Pack rule id -> the built-in rule it stands for.
QString builtinFor(const QString &packRule)
{
    if (packRule == QLatin1String("pack-public-element-without-rate-limit"))
        return QStringLiteral("public-api-without-rate-limit");
    return packRule.mid(5);  // "pack-"
}

// What must agree: the rule, the object found and where it is.
using Found = QSet<QString>;

QString key(const QString &rule, const Finding &f)
{
    return QStringLiteral("%1 %2 %3:%4").arg(rule, f.targets.value(0)).arg(f.line).arg(f.column);
}

struct NamedModel {
    QString name;
    Model model;
};

std::vector<NamedModel> testModels(const packs::LoadedPacks &examples)
{
    std::vector<NamedModel> out;
    for (const char *file : {"resources/examples/shop.yaml", "resources/examples/small.yaml",
                             "tests/data/yaml/canonical-rich.yaml", "tests/data/storage/workshop.yaml",
                             "tests/data/torture.yaml"}) {
        YamlLoadResult r = readYamlFile(sourcePath(QLatin1String(file)));
        if (!r.ok())
            qFatal("%s does not load: %s", file, qPrintable(r.problems.front().toString()));
        out.push_back({QLatin1String(file), std::move(*r.model)});
    }
    for (const packs::RulePack &pack : examples.packs)
        for (const packs::PackTest &test : pack.tests)
            out.push_back({QStringLiteral("examples.yaml test: ") + test.name, test.model});
    out.push_back({QStringLiteral("generated S"), bench::generateModel({50, 150, 10, 5}, 7)});
    out.push_back({QStringLiteral("generated M"), bench::generateModel({500, 2000, 100, 20}, 42)});
    return out;
}

}  // namespace

class TestBuiltinAsPack : public QObject {
    Q_OBJECT
private slots:
    void packFindsWhatTheBuiltInRulesFind()
    {
        const packs::LoadedPacks pack =
            packs::loadRulePacks({{sourcePath(QStringLiteral("tests/data/rules/builtin-as-pack.yaml")), {}, {}}});
        if (!pack.problems.empty())
            QFAIL(qPrintable(pack.problems.front().toString()));
        QSet<QString> mapped;
        for (const auto &rule : pack.rules()) {
            QVERIFY2(findRule(builtinFor(rule->id())), qPrintable(rule->id()));
            mapped.insert(builtinFor(rule->id()));
        }
        QVERIFY(mapped.size() >= 15);

        const packs::LoadedPacks examples =
            packs::loadRulePacks({{sourcePath(QStringLiteral("resources/rules/examples.yaml")), {}, {}}});
        QVERIFY(examples.problems.empty());

        QSet<QString> firedSomewhere;
        int compared = 0;
        for (NamedModel &m : testModels(examples)) {
            // Settings and risks name built-in ids; drop them so that both
            // sides run everything and report everything.
            m.model.rules = {};
            m.model.acceptedRisks.clear();
            ValidationOptions options;
            options.asOf = QDate(2026, 11, 23);
            options.packRules = pack.rules();
            Found builtin, packed;
            for (const Finding &f : validate(m.model, options)) {
                if (f.rule.startsWith(QLatin1String("pack-")))
                    packed.insert(key(builtinFor(f.rule), f));
                else if (mapped.contains(f.rule)) {
                    builtin.insert(key(f.rule, f));
                    firedSomewhere.insert(f.rule);
                }
            }
            const Found onlyBuiltin = builtin - packed, onlyPack = packed - builtin;
            QVERIFY2(onlyBuiltin.isEmpty() && onlyPack.isEmpty(),
                     qPrintable(QStringLiteral("%1: only built-in: %2; only pack: %3")
                                    .arg(m.name, QStringList(onlyBuiltin.values()).join(QStringLiteral(", ")),
                                         QStringList(onlyPack.values()).join(QStringLiteral(", ")))));
            compared += int(builtin.size());
        }
        // The comparison proves something only where the rules fire.
        qInfo("%d built-in findings compared; %lld of the mapped rules fired", compared, qint64(firedSomewhere.size()));
        QVERIFY2(compared > 100, qPrintable(QString::number(compared)));
        QVERIFY2(firedSomewhere.size() >= 14,
                 qPrintable(QStringList((mapped - firedSomewhere).values()).join(QStringLiteral(", "))));
    }
};

QTEST_GUILESS_MAIN(TestBuiltinAsPack)
#include "tst_builtinaspack.moc"
