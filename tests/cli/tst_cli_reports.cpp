// lintel-cli validate --format json and --format sarif: the JSON shape the
// issue fixes, and SARIF 2.1.0 checked by Microsoft's SARIF validator.
#include "clitest.h"
#include "model/io/modelfile.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <nlohmann/json.hpp>

using namespace clitest;

namespace {

QSet<QString> keysOf(const QJsonObject &object)
{
    const QStringList keys = object.keys();
    return {keys.begin(), keys.end()};
}

bool isWholeNumber(const QJsonValue &value)
{
    return value.isDouble() && value.toDouble() == double(value.toInteger());
}

QString sarifValidator()
{
    return sourcePath(QStringLiteral("node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"));
}

// Runs the validator on `sarifPath`; returns its own SARIF log of problems
// (the tool exits 0 either way, so the log is what tells).
QJsonObject validatorLog(const QString &sarifPath, const QString &logPath, QString *failure)
{
    QProcess validator;
    validator.start(sarifValidator(), {QStringLiteral("validate"), sarifPath, QStringLiteral("-o"), logPath});
    if (!validator.waitForFinished(300'000) || validator.exitStatus() != QProcess::NormalExit
        || validator.exitCode() != 0) {
        *failure = QStringLiteral("Sarif.Multitool did not run: ") + validator.errorString()
            + QString::fromUtf8(validator.readAllStandardError());
        return {};
    }
    const QJsonDocument log = QJsonDocument::fromJson(readBytes(logPath));
    if (!log.isObject())
        *failure = QStringLiteral("Sarif.Multitool wrote no log at ") + logPath;
    return log.object();
}

// The validator's complaints at level error or warning, one line each.
QStringList complaints(const QJsonObject &log)
{
    QStringList found;
    for (const QJsonValue &result : log[u"runs"][0][u"results"].toArray()) {
        const QString level = result[u"level"].toString(QStringLiteral("warning"));
        if (level == u"error" || level == u"warning") {
            QStringList arguments;
            for (const QJsonValue &a : result[u"message"][u"arguments"].toArray())
                arguments << a.toString();
            found << result[u"ruleId"].toString() + u' ' + arguments.join(QStringLiteral(", "));
        }
    }
    return found;
}

}  // namespace

class TestCliReports : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    CliRun validateShop(const char *format)
    {
        return runCli({QStringLiteral("validate"), shopModel(), QStringLiteral("--format"),
                       QString::fromLatin1(format), QStringLiteral("--as-of"), QString::fromLatin1(kShopAsOf)});
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void jsonHasTheDocumentedShape()
    {
        const CliRun run = validateShop("json");
        QVERIFY2(run.exitCode == 1, run.describe());
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
        QVERIFY2(doc.isObject(), qPrintable(error.errorString()));
        const QJsonObject root = doc.object();
        QCOMPARE(keysOf(root), (QSet<QString>{QStringLiteral("findings"), QStringLiteral("summary")}));

        const QSet<QString> findingKeys{QStringLiteral("rule"), QStringLiteral("severity"),
                                        QStringLiteral("targets"), QStringLiteral("message"),
                                        QStringLiteral("file"), QStringLiteral("line"),
                                        QStringLiteral("column"), QStringLiteral("fingerprint"),
                                        QStringLiteral("suppressed")};
        const QRegularExpression hex(QStringLiteral("^[0-9a-f]{16}$"));
        QMap<QString, int> counted;
        const QJsonArray findings = root[u"findings"].toArray();
        QVERIFY(!findings.isEmpty());
        for (const QJsonValue &value : findings) {
            QVERIFY(value.isObject());
            const QJsonObject f = value.toObject();
            QCOMPARE(keysOf(f), findingKeys);
            QVERIFY(f[u"rule"].isString() && f[u"message"].isString() && f[u"file"].isString());
            QVERIFY(QStringList({"error", "warning", "info"}).contains(f[u"severity"].toString()));
            QVERIFY(f[u"targets"].isArray() && !f[u"targets"].toArray().isEmpty());
            for (const QJsonValue &t : f[u"targets"].toArray())
                QVERIFY(t.isString());
            QVERIFY(isWholeNumber(f[u"line"]) && isWholeNumber(f[u"column"]));
            QVERIFY(f[u"line"].toInt() > 0);  // every shop finding has a YAML place
            QVERIFY(hex.match(f[u"fingerprint"].toString()).hasMatch());
            QVERIFY(f[u"suppressed"].isBool());
            ++counted[f[u"suppressed"].toBool() ? QStringLiteral("suppressed") : f[u"severity"].toString()];
        }

        const QJsonObject summary = root[u"summary"].toObject();
        QCOMPARE(keysOf(summary), (QSet<QString>{QStringLiteral("error"), QStringLiteral("warning"),
                                                 QStringLiteral("info"), QStringLiteral("suppressed")}));
        for (const QString &key : keysOf(summary)) {
            QVERIFY(isWholeNumber(summary[key]));
            QCOMPARE(summary[key].toInt(), counted.value(key));
        }
    }

    void jsonFindingsMatchTheExampleAndItsAcceptedRisks()
    {
        const CliRun run = validateShop("json");
        const QJsonArray findings = QJsonDocument::fromJson(run.out).object()[u"findings"].toArray();
        QSet<QString> open, suppressed;
        for (const QJsonValue &f : findings)
            (f[u"suppressed"].toBool() ? suppressed : open)
                << f[u"rule"].toString() + u' ' + f[u"targets"][0].toString();

        QSet<QString> expectedOpen;
        for (const auto &[rule, target] : expectedShopFindings())
            expectedOpen << rule + u' ' + target;
        QCOMPARE(open, expectedOpen);

        // Suppressed: exactly the accepted risks still in force on the day.
        const lintel::ModelLoadResult loaded = lintel::loadModelFile(shopModel());
        QVERIFY(loaded.ok());
        const QDate asOf = QDate::fromString(QString::fromLatin1(kShopAsOf), Qt::ISODate);
        QSet<QString> inForce;
        for (const lintel::AcceptedRisk &risk : loaded.model->acceptedRisks)
            if (QDate::fromString(risk.expires, Qt::ISODate) >= asOf)
                inForce << risk.rule + u' ' + risk.target;
        QVERIFY(!inForce.isEmpty());
        QCOMPARE(suppressed, inForce);
    }

    void sarifPassesTheSarifValidator()
    {
        const QString validator = sarifValidator();
        QVERIFY2(QFileInfo(validator).isExecutable(),
                 qPrintable(validator + QStringLiteral(" is missing or not executable: run scripts/setup.sh")));

        const CliRun run = validateShop("sarif");
        QVERIFY2(run.exitCode == 1, run.describe());
        const QString sarifPath = m_dir.filePath(QStringLiteral("shop.sarif"));
        QVERIFY(clitest::writeBytes(sarifPath, run.out));
        QString failure;
        const QJsonObject log = validatorLog(sarifPath, m_dir.filePath(QStringLiteral("shop.log.sarif")), &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY(log[u"runs"][0][u"invocations"][0][u"executionSuccessful"].toBool());
        const QStringList problems = complaints(log);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        // The same check must reject a broken file, or a pass proves nothing.
        QJsonObject broken = QJsonDocument::fromJson(run.out).object();
        broken.insert(QStringLiteral("not-in-the-schema"), 1);
        const QString brokenPath = m_dir.filePath(QStringLiteral("broken.sarif"));
        QVERIFY(clitest::writeBytes(brokenPath, QJsonDocument(broken).toJson()));
        const QJsonObject brokenLog =
            validatorLog(brokenPath, m_dir.filePath(QStringLiteral("broken.log.sarif")), &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY(!complaints(brokenLog).isEmpty());
    }

    void sarifResultsPointAtTheYamlLines()
    {
        const CliRun run = validateShop("sarif");
        const QJsonObject sarif = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(sarif[u"version"].toString(), QStringLiteral("2.1.0"));
        const QJsonArray results = sarif[u"runs"][0][u"results"].toArray();
        const QByteArray yaml = readBytes(shopModel());
        int unsuppressed = 0;
        for (const QJsonValue &result : results) {
            const QJsonValue location = result[u"locations"][0][u"physicalLocation"];
            QVERIFY(location[u"artifactLocation"][u"uri"].toString().endsWith(QStringLiteral("shop.yaml")));
            const QString target = result[u"properties"][u"targets"][0].toString();
            const auto at = idPosition(yaml, target);
            QVERIFY2(at, qPrintable(target));
            QCOMPARE(location[u"region"][u"startLine"].toInt(), at->line);
            QCOMPARE(location[u"region"][u"startColumn"].toInt(), at->column);
            if (result[u"suppressions"].toArray().isEmpty())
                ++unsuppressed;
        }
        QCOMPARE(unsuppressed, int(expectedShopFindings().size()));
    }

    // The reports are written piece by piece (ADR 0016); the result must be
    // exactly what nlohmann's dump(2) of the whole document gives: same
    // keys in the same order, same commas, brackets and indentation.
    void reportsAreTheLibrarysDumpOfTheWholeDocument_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("format");
        const QString lintel = m_dir.filePath(QStringLiteral("shop-for-dump.lintel"));
        QFile::remove(lintel);
        const CliRun converted = runCli({QStringLiteral("convert"), shopModel(), lintel});
        QVERIFY2(converted.exitCode == 0, converted.describe());
        for (const char *format : {"json", "sarif"}) {
            // Lines and suppressions; no findings at all; no lines.
            QTest::addRow("shop.yaml %s", format) << shopModel() << QString::fromLatin1(format);
            QTest::addRow("small.yaml %s", format) << smallModel() << QString::fromLatin1(format);
            QTest::addRow("shop.lintel %s", format) << lintel << QString::fromLatin1(format);
        }
    }
    void reportsAreTheLibrarysDumpOfTheWholeDocument()
    {
        QFETCH(QString, model);
        QFETCH(QString, format);
        const CliRun run = runCli({QStringLiteral("validate"), model, QStringLiteral("--format"), format,
                                   QStringLiteral("--as-of"), QString::fromLatin1(kShopAsOf)});
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, run.describe());
        const auto parsed = nlohmann::ordered_json::parse(run.out.toStdString(), nullptr, false);
        QVERIFY(!parsed.is_discarded());
        const QByteArray whole = QByteArray::fromStdString(parsed.dump(2)) + '\n';
        QCOMPARE(run.out, whole);
    }
};

QTEST_GUILESS_MAIN(TestCliReports)
#include "tst_cli_reports.moc"
