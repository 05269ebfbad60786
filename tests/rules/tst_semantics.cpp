// The shared meaning of optional fields (model/index/semantics.h).
#include "tests/rules/modelbuilder.h"
#include "tests/rules/tst_rules.h"

#include "model/index/modelindex.h"
#include "model/index/semantics.h"

#include <QTest>

using namespace lintel;
using namespace lintel::test;

namespace {

Flow flowWith(const QString &protocol, std::optional<bool> encrypted = {}, std::optional<bool> sync = {})
{
    Flow f;
    f.protocol = protocol;
    f.encrypted = encrypted;
    f.sync = sync;
    return f;
}

}  // namespace

void TestRules::encryption_data()
{
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<int>("encrypted");  // -1 = not given
    QTest::addColumn<bool>("expected");
    for (const char *p : {"https", "HTTPS", " grpcs ", "amqps", "wss", "tls", "mqtts", "ldaps", "sftp", "kafka+ssl",
                          "ssl", "postgres+tls", "kafka+sasl_ssl", "ssh", "mtls"})
        QTest::newRow(p) << QString::fromLatin1(p) << -1 << true;
    for (const char *p : {"http", "grpc", "amqp", "ws", "kafka", "mqtt", "ldap", "ftp", "sql", "tcp", "",
                          "kafka+sasl_plaintext", "httpsx"})
        QTest::newRow(*p ? p : "(none)") << QString::fromLatin1(p) << -1 << false;
    QTest::newRow("http marked encrypted") << QStringLiteral("http") << 1 << true;
    QTest::newRow("https marked unencrypted") << QStringLiteral("https") << 0 << false;
}

void TestRules::encryption()
{
    QFETCH(QString, protocol);
    QFETCH(int, encrypted);
    QFETCH(bool, expected);
    const Flow f = flowWith(protocol, encrypted < 0 ? std::nullopt : std::optional<bool>(encrypted == 1));
    QCOMPARE(isEncrypted(f), expected);
}

void TestRules::synchrony_data()
{
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<int>("sync");  // -1 = not given
    QTest::addColumn<bool>("expected");
    for (const char *p : {"amqp", "amqps", "kafka", "Kafka", "kafka+ssl", "mqtt", "mqtts", "sqs", "sns", "nats", "events"})
        QTest::newRow(p) << QString::fromLatin1(p) << -1 << false;
    for (const char *p : {"https", "http", "grpc", "grpcs", "sql", "", "ws"})
        QTest::newRow(*p ? p : "(none)") << QString::fromLatin1(p) << -1 << true;
    QTest::newRow("kafka marked sync") << QStringLiteral("kafka") << 1 << true;
    QTest::newRow("https marked async") << QStringLiteral("https") << 0 << false;
}

void TestRules::synchrony()
{
    QFETCH(QString, protocol);
    QFETCH(int, sync);
    QFETCH(bool, expected);
    const Flow f = flowWith(protocol, {}, sync < 0 ? std::nullopt : std::optional<bool>(sync == 1));
    QCOMPARE(isSync(f), expected);
}

void TestRules::authentication_data()
{
    QTest::addColumn<QString>("authentication");
    QTest::addColumn<bool>("expected");
    QTest::newRow("absent") << QString() << false;
    QTest::newRow("none") << QStringLiteral("none") << false;
    QTest::newRow("None, padded") << QStringLiteral(" None ") << false;
    QTest::newRow("mtls") << QStringLiteral("mtls") << true;
    QTest::newRow("oauth2") << QStringLiteral("oauth2") << true;
}

void TestRules::authentication()
{
    QFETCH(QString, authentication);
    QFETCH(bool, expected);
    Flow f;
    f.authentication = authentication;
    QCOMPARE(hasAuthentication(f), expected);
}

void TestRules::classificationAndTrust()
{
    ModelBuilder b;
    b.data(QStringLiteral("name"), Classification::Internal);
    b.data(QStringLiteral("card"), Classification::Restricted);
    b.data(QStringLiteral("email"), Classification::Confidential);
    b.zone(QStringLiteral("core"), Trust::Internal);
    b.zone(QStringLiteral("core-db"), std::nullopt, QStringLiteral("core"));
    b.zone(QStringLiteral("loose"), std::nullopt);
    b.zone(QStringLiteral("loop-a"), std::nullopt, QStringLiteral("loop-b"));
    b.zone(QStringLiteral("loop-b"), std::nullopt, QStringLiteral("loop-a"));
    const Model m = b.build();
    const ModelIndex index(m);

    const QStringList some = {QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("unknown")};
    QCOMPARE(highestClassification(m, some), std::optional(Classification::Confidential));
    QCOMPARE(index.highestClassification(some), std::optional(Classification::Confidential));
    QCOMPARE(index.highestClassification(some + QStringList{QStringLiteral("card")}),
             std::optional(Classification::Restricted));
    QCOMPARE(highestClassification(m, {QStringLiteral("unknown")}), std::nullopt);
    QVERIFY(isSensitive(Classification::Confidential) && isSensitive(Classification::Restricted));
    QVERIFY(!isSensitive(Classification::Internal) && !isSensitive(Classification::Public));

    // A zone without trust inherits its parent's; a parent loop ends.
    QCOMPARE(effectiveTrust(m, QStringLiteral("core-db")), std::optional(Trust::Internal));
    QCOMPARE(index.trustOfZone(QStringLiteral("core-db")), std::optional(Trust::Internal));
    QCOMPARE(index.trustOfZone(QStringLiteral("loose")), std::nullopt);
    QCOMPARE(effectiveTrust(m, QStringLiteral("loop-a")), std::nullopt);
    QCOMPARE(index.trustOfZone(QStringLiteral("loop-a")), std::nullopt);
}
