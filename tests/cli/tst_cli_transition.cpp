// lintel-cli transition: the text and JSON summary of
// tests/data/transition/transition.yaml, --as-of, --fail-on on the
// transition rules' findings only (given here by a rule pack whose rule ids
// start with "handover-"), a model without a transition, a broken model.
#include "clitest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace clitest;

namespace {

QString transitionModel() { return sourcePath(QStringLiteral("tests/data/transition/transition.yaml")); }

// Two pack rules on the same condition (an element at stage 3 without
// traces): one named as a transition rule, one not. Only the first may count
// for --fail-on.
const QByteArray kPack = R"(rules:
  - id: handover-traces-before-stage-three
    severity: warning
    title: Stage 3 needs traces
    description: The incoming team leads from stage 3 and must be able to follow a request.
    for: elements
    where:
      handover.stage: 3
    require:
      operations.traces: true
    message: "{id} is at stage 3 without traces"
  - id: stage-three-rollback-elsewhere
    severity: error
    title: The same check, not a transition rule
    description: Its findings do not count for lintel-cli transition.
    for: elements
    where:
      handover.stage: 3
    require:
      operations.traces: true
    message: "{id} again"
)";

}  // namespace

class TestCliTransition : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        return clitest::writeBytes(path, bytes) ? path : QString();
    }
    QJsonObject json(const QStringList &extra)
    {
        const CliRun run = runCli(QStringList{QStringLiteral("transition"), transitionModel(),
                                              QStringLiteral("--format"), QStringLiteral("json")}
                                  + extra);
        if (run.exitCode != 0)
            qWarning("%s", run.describe().constData());
        return QJsonDocument::fromJson(run.out).object();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void textShowsTimelineStagesOpenItemsAndExit()
    {
        const CliRun run =
            runCli({QStringLiteral("transition"), transitionModel(), QStringLiteral("--as-of"), "2026-06-15"});
        QVERIFY2(run.exitCode == 0, run.describe());
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.startsWith(QStringLiteral(
                     "Transition: Ledger back in house (vendor -> platform), target 2026-09-30, as of 2026-06-15\n")),
                 qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("  overdue      2026-05-01 .. 2026-05-25  Knowledge transfer  actual "
                                             "2026-05-02 .. -\n")),
                 qPrintable(out));
        // Today falls in the controlled implementation's planned dates.
        QVERIFY2(out.contains(QStringLiteral("> not started  2026-05-26 .. 2026-08-31  Controlled implementation\n")),
                 qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("  Acme Build    [31.                 ] stage 1: 1, 2: 0, 3: 1, 4: 0, none: 1\n")),
                 qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("  ledger-api    3      2026-05-20  4/4   3/4   vendor\n")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("  ledger-db: knowledge transfer: walkthrough, documentation, access, "
                                             "question q-cutover; definition of done: tests, API documentation, "
                                             "observability, rollback notes, operational notes\n")),
                 qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Exit checklist: Acme Build (outgoing), 3 open\n")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("    [ ] keys for FX Rates Provider (fx-rates) [derived]\n")),
                 qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("    [-] CI runner\n")), qPrintable(out));
        // The built-in transition rules judge the same model: the vendor's
        // store has no stage in knowledge transfer, billing is at stage 4
        // without a runbook and before the shift, and knowledge transfer is late.
        QVERIFY2(out.contains(QStringLiteral("Findings of the transition rules: 4\n")), qPrintable(out));
        for (const char *rule : {"[handover-stage-missing]", "[handover-missing-walkthrough-or-runbook]",
                                 "[handover-stage-ahead-of-phase]", "[transition-phase-overdue]"})
            QVERIFY2(out.contains(QLatin1String(rule)), rule);
    }

    void jsonHasTheDocumentedShape()
    {
        const QJsonObject doc = json({QStringLiteral("--as-of"), QStringLiteral("2026-06-15")});
        QCOMPARE(doc.value("as_of").toString(), QStringLiteral("2026-06-15"));
        const QJsonObject t = doc.value("transition").toObject();
        QCOMPARE(t.value("outgoing").toString(), QStringLiteral("vendor"));
        QCOMPARE(t.value("phases").toArray().size(), 5);
        const QJsonObject kt = t.value("phases").toArray().at(2).toObject();
        QCOMPARE(kt.value("state").toString(), QStringLiteral("overdue"));
        QCOMPARE(kt.value("actual_end").type(), QJsonValue::Null);
        const QJsonObject api = t.value("elements").toArray().at(0).toObject();
        QCOMPARE(api.value("id").toString(), QStringLiteral("ledger-api"));
        QCOMPARE(api.value("stage").toInt(), 3);
        QCOMPARE(api.value("knowledge").toObject().value("complete").toInt(), 4);
        const QJsonObject done = api.value("done").toObject();
        QCOMPARE(done.value("open").toArray(), QJsonArray{QStringLiteral("rollback_notes")});
        QCOMPARE(done.value("items").toObject().value("observability").toObject().value("from_operations").toBool(),
                 true);
        QCOMPARE(t.value("elements").toArray().at(2).toObject().value("stage").type(), QJsonValue::Null);
        const QJsonObject overall = t.value("stages").toObject().value("overall").toObject();
        QCOMPARE(overall.value("4").toInt(), 1);
        QCOMPARE(overall.value("none").toInt(), 1);
        QCOMPARE(overall.value("total").toInt(), 4);
        const QJsonObject vendor = t.value("exits").toArray().at(0).toObject();
        QCOMPARE(vendor.value("open").toInt(), 3);
        QCOMPARE(vendor.value("credentials").toArray().at(1).toObject().value("derived").toBool(), true);
        QCOMPARE(doc.value("findings").toArray().size(), 4);
    }

    void asOfChangesThePhaseStates()
    {
        QStringList early, late;
        for (const QJsonValue &p : json({QStringLiteral("--as-of"), QStringLiteral("2026-03-15")})
                                       .value("transition").toObject().value("phases").toArray())
            early << p.toObject().value("state").toString();
        for (const QJsonValue &p : json({QStringLiteral("--as-of"), QStringLiteral("2026-10-01")})
                                       .value("transition").toObject().value("phases").toArray())
            late << p.toObject().value("state").toString();
        QCOMPARE(early, (QStringList{"in-progress", "not-started", "not-started", "not-started", "not-started"}));
        QCOMPARE(late, (QStringList{"done", "done", "overdue", "overdue", "overdue"}));
    }

    void failOnCountsOnlyTransitionFindings_data()
    {
        QTest::addColumn<QString>("failOn");
        QTest::addColumn<int>("exitCode");
        // The pack's transition rule finds a warning; its other rule an
        // error that does not count.
        QTest::newRow("error") << "error" << 0;
        QTest::newRow("warning") << "warning" << 1;
        QTest::newRow("info") << "info" << 1;
        QTest::newRow("never") << "never" << 0;
    }
    void failOnCountsOnlyTransitionFindings()
    {
        QFETCH(QString, failOn);
        QFETCH(int, exitCode);
        const QString pack = write(QStringLiteral("pack.yaml"), kPack);
        const CliRun run = runCli({QStringLiteral("transition"), transitionModel(), QStringLiteral("--rules"), pack,
                                   QStringLiteral("--as-of"), "2026-06-15", QStringLiteral("--fail-on"), failOn});
        QVERIFY2(run.exitCode == exitCode, run.describe());
        const QString out = QString::fromUtf8(run.out);
        // The four of the built-in rules (warnings) and the pack's one.
        QVERIFY2(out.contains(QStringLiteral("Findings of the transition rules: 5\n")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("[handover-traces-before-stage-three]")), qPrintable(out));
        QVERIFY2(!out.contains(QStringLiteral("stage-three-rollback-elsewhere")), qPrintable(out));
    }

    void jsonListsTheTransitionFindings()
    {
        const QString pack = write(QStringLiteral("pack.yaml"), kPack);
        const QJsonArray findings = json({QStringLiteral("--rules"), pack, QStringLiteral("--as-of"),
                                          QStringLiteral("2026-06-15")})
                                        .value("findings")
                                        .toArray();
        QCOMPARE(findings.size(), 5);  // the built-in rules' four, and the pack's
        QJsonObject fromPack;
        for (const QJsonValue &f : findings) {
            const QString rule = f.toObject().value("rule").toString();
            QVERIFY2(rule.startsWith(QStringLiteral("handover-")) || rule.startsWith(QStringLiteral("transition-")),
                     qPrintable(rule));
            if (rule == QStringLiteral("handover-traces-before-stage-three"))
                fromPack = f.toObject();
        }
        QCOMPARE(fromPack.value("targets").toArray(), QJsonArray{QStringLiteral("ledger-api")});
    }

    void aModelWithoutTransitionSaysSo()
    {
        const QString model = write(QStringLiteral("plain.yaml"),
                                    "lintel: 1\nelements:\n  - id: web\n    kind: service\n");
        const CliRun text = runCli({QStringLiteral("transition"), model});
        QVERIFY2(text.exitCode == 0, text.describe());
        QVERIFY(text.out.isEmpty());
        QVERIFY2(text.err.contains("the model has no transition"), text.describe());
        const CliRun js = runCli({QStringLiteral("transition"), model, QStringLiteral("--format"), "json"});
        QVERIFY2(js.exitCode == 0, js.describe());
        QCOMPARE(QJsonDocument::fromJson(js.out).object().value("transition").type(), QJsonValue::Null);
    }

    void aModelThatDoesNotLoadExitsTwoWithItsLocation()
    {
        const QString model = write(QStringLiteral("broken.yaml"),
                                    "lintel: 1\nelements:\n  - id: web\n    kind: service\n    handover:\n      stage: 7\n");
        const CliRun run = runCli({QStringLiteral("transition"), model});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains((model + QStringLiteral(":6:")).toUtf8()), run.describe());
        QVERIFY2(run.err.contains("ownership stage"), run.describe());
    }
};

QTEST_GUILESS_MAIN(TestCliTransition)
#include "tst_cli_transition.moc"
