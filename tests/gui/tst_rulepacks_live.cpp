// Rule packs in the editor: the model's packs run live with the built-in
// rules, their findings carry the explanation Explain shows, and editing a
// pack on disk reloads it; a broken pack shows its FILE:LINE:COL problem
// while the built-in rules keep running.
#include "app/gui/mainwindow.h"
#include "model/yaml/yamlio.h"
#include "tests/gui/tst_mainwindow_prompts.h"
#include "views/validation/livevalidator.h"
#include "views/validation/rulepackwatcher.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace lintel;

namespace {

const char kPack[] = R"(rules:
  - id: restricted-zone-mtls
    severity: error
    title: A restricted zone is reached only over mutual TLS
    description: Both ends prove who they are before restricted data moves.
    for: flows
    where:
      to.zone.trust: restricted
      crosses-boundary: true
    require:
      authentication: {matches: "(?i)\\bmtls\\b"}
    message: "Flow {id} enters {to.zone.name} without mtls"
)";

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

int countRule(const Findings &findings, const QString &rule)
{
    return int(std::count_if(findings.begin(), findings.end(), [&](const Finding &f) { return f.rule == rule; }));
}

}  // namespace

class TestRulePacksLive : public QObject {
    Q_OBJECT
private slots:
    void packRunsLiveAndReloadsFromDisk();
};

void TestRulePacksLive::packRunsLiveAndReloadsFromDisk()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("LintelTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_rulepacks_live"));
    QSettings().clear();
    qputenv("LINTEL_AUTOSAVE_DIR", dir.filePath(QStringLiteral("autosave")).toLocal8Bit());
    YamlLoadResult shop = readYamlFile(QStringLiteral(LINTEL_SOURCE_DIR "/resources/examples/shop.yaml"));
    QVERIFY(shop.ok());
    shop.model->rules.packs = {QStringLiteral("org-rules.yaml")};
    const QString modelPath = dir.filePath(QStringLiteral("shop.yaml"));
    const QString packPath = dir.filePath(QStringLiteral("org-rules.yaml"));
    QString error;
    QVERIFY2(writeYamlFile(*shop.model, modelPath, &error), qPrintable(error));
    QVERIFY(writeFile(packPath, kPack));

    testing::ScriptedPrompts prompts;
    MainWindow window;
    window.setPrompts(&prompts);
    QVERIFY(window.openFile(modelPath));
    LiveValidator *validator = window.validator();
    QTRY_VERIFY(countRule(validator->findings(), QStringLiteral("restricted-zone-mtls")) > 0);
    const int builtIn = countRule(validator->findings(), QStringLiteral("shared-datastore"));
    QVERIFY(builtIn > 0);
    for (const Finding &f : validator->findings())
        if (f.rule == QStringLiteral("restricted-zone-mtls"))
            QVERIFY2(!f.explanation.isEmpty(), qPrintable(f.message));
    QVERIFY(window.rulePacks()->ruleInfo(QStringLiteral("restricted-zone-mtls")));
    QVERIFY(window.rulePacks()->watchedFiles().contains(packPath));

    // Broken on disk: its problem shows, its rules go, the built-in ones stay.
    QVERIFY(writeFile(packPath, QByteArray(kPack).replace("severity: error", "severity: [error")));
    QTRY_VERIFY_WITH_TIMEOUT(countRule(validator->findings(), QStringLiteral("rule-pack")) == 1, 10000);
    QCOMPARE(countRule(validator->findings(), QStringLiteral("restricted-zone-mtls")), 0);
    QCOMPARE(countRule(validator->findings(), QStringLiteral("shared-datastore")), builtIn);
    for (const Finding &f : validator->findings())
        if (f.rule == QStringLiteral("rule-pack"))
            QVERIFY2(f.message.startsWith(packPath + u':') && f.line > 0, qPrintable(f.message));

    // Mended: the rule is back, the problem gone.
    QVERIFY(writeFile(packPath, kPack));
    QTRY_VERIFY_WITH_TIMEOUT(countRule(validator->findings(), QStringLiteral("rule-pack")) == 0, 10000);
    QTRY_VERIFY(countRule(validator->findings(), QStringLiteral("restricted-zone-mtls")) > 0);
}

QTEST_MAIN(TestRulePacksLive)
#include "tst_rulepacks_live.moc"
