// Every kind of bad input gives a diagnostic at the right line and column
// with a useful message, all problems are reported in one go, sorted by
// line, and no model is handed out.
#include "model/yaml/yamlio.h"

#include <QFile>
#include <QTest>

using namespace lintel;

class TestYamlErrors : public QObject {
    Q_OBJECT
private slots:
    void badInput_data();
    void badInput();
    void allProblemsAtOnce();
    void noModelOnProblems();
    void errorFiles_data();
    void errorFiles();
};

namespace {

QString render(const Diagnostics &problems)
{
    QStringList lines;
    for (const Diagnostic &d : problems)
        lines << d.toString();
    return lines.join(u'\n');
}

QByteArray head(const char *rest)
{
    return QByteArray("lintel: 1\n") + rest;
}

}  // namespace

void TestYamlErrors::badInput_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("expected");  // "LINE:COLUMN: start of message"

    QTest::newRow("empty file") << QByteArray() << "0:0: file is empty";
    QTest::newRow("only comments") << QByteArray("# nothing\n") << "0:0: file is empty";
    QTest::newRow("binary") << QByteArray("lintel: 1\nab\0cd", 15) << "2:3: binary file";
    QTest::newRow("invalid UTF-8") << head("system:\n  name: caf\xe9\n") << "3:12: not valid UTF-8";
    QTest::newRow("control character") << head("system:\n  name: a\x19" "b\n") << "3:10: control character U+0019 in the text; YAML allows it only escaped inside double quotes, like \"\\x19\"";
    QTest::newRow("syntax error") << head("system:\n  name: [a, b\n") << "4:1: YAML syntax error";
    QTest::newRow("tab indentation") << head("system:\n\tname: x\n") << "3:1: YAML syntax error: found character that cannot start any token";
    QTest::newRow("second document") << head("---\nlintel: 1\n") << "2:1: a model file holds one YAML document";
    QTest::newRow("top level is a list") << QByteArray("- lintel: 1\n")
                                         << "1:1: the top level must be a mapping that starts with `lintel: 1`";
    QTest::newRow("top level is text") << QByteArray("hello\n") << "1:1: the top level must be a mapping";
    QTest::newRow("no lintel key") << QByteArray("system:\n  name: x\n")
                                   << "1:1: missing `lintel: 1` as the first key";
    QTest::newRow("lintel not first") << QByteArray("system:\n  name: x\nlintel: 1\n")
                                      << "3:1: `lintel` must be the first key";
    QTest::newRow("newer version") << QByteArray("lintel: 2\nfuture: {}\n")
                                   << "1:9: written by a newer Lintel (format 2); this version reads format 1";
    QTest::newRow("bad version") << QByteArray("lintel: one\n") << "1:9: unsupported format version \"one\"";
    QTest::newRow("unknown top key") << head("elemnts: []\n")
                                     << "2:1: unknown key \"elemnts\"; did you mean \"elements\"? Allowed keys: system, teams,";
    QTest::newRow("unknown element key") << head("elements:\n  - id: a\n    kind: service\n    nmae: A\n")
                                         << "5:5: unknown key \"nmae\" in an item of \"elements\"; did you mean \"name\"? Allowed keys: id, name, kind,";
    QTest::newRow("unknown nested key") << head("elements:\n  - id: a\n    kind: service\n    security:\n      rate-limited: true\n")
                                        << "6:7: unknown key \"rate-limited\" in \"security\"; did you mean \"rate_limited\"?";
    QTest::newRow("unknown key, no guess") << head("system:\n  colour: red\n")
                                           << "3:3: unknown key \"colour\" in \"system\". Allowed keys: name, description, version (and x-...";
    QTest::newRow("list for text") << head("system:\n  name: [a]\n") << "3:9: \"name\" must be text, not a list";
    QTest::newRow("mapping for text") << head("system:\n  name: {a: 1}\n") << "3:9: \"name\" must be text, not a mapping";
    QTest::newRow("replicas: many") << head("elements:\n  - {id: a, kind: service, replicas: many}\n")
                                    << "3:38: \"replicas\" must be a whole number, not \"many\"";
    QTest::newRow("replicas: 1.5") << head("elements:\n  - {id: a, kind: service, replicas: 1.5}\n")
                                   << "3:38: \"replicas\" must be a whole number, not \"1.5\"";
    QTest::newRow("bool: yes") << head("elements:\n  - {id: a, kind: service, stateful: yes}\n")
                               << "3:38: \"stateful\" must be true or false, not \"yes\"";
    QTest::newRow("text for list") << head("elements:\n  - {id: a, kind: service, tags: core}\n")
                                   << "3:34: \"tags\" must be a list of strings, like [a, b], not \"core\"";
    QTest::newRow("nested list in list") << head("elements:\n  - {id: a, kind: service, tags: [[x]]}\n")
                                         << "3:35: each item of \"tags\" must be text, not a list";
    QTest::newRow("section not a list") << head("elements: {}\n") << "2:11: \"elements\" must be a list, not a mapping";
    QTest::newRow("item not a mapping") << head("teams:\n  - ops\n") << "3:5: each item of \"teams\" must be a mapping, not \"ops\"";
    QTest::newRow("empty nested object is fine, empty item is not") << head("elements:\n  - id: a\n    kind: service\n    security:\n  -\n")
        << "6:4: each item of \"elements\" must be a mapping, not empty";
    QTest::newRow("nested not a mapping") << head("elements:\n  - {id: a, kind: service, security: 3}\n")
                                          << "3:38: \"security\" must be a mapping, not \"3\"";
    QTest::newRow("bad position") << head("views:\n  - id: v\n    positions:\n      a: [1]\n")
                                  << "5:10: \"a\" must be a position [x, y], not a list";
    QTest::newRow("bad enum") << head("elements:\n  - id: a\n    kind: servce\n")
                              << "4:11: \"kind\" has unknown value \"servce\"; did you mean \"service\"? Allowed: person, client, gateway, service,";
    QTest::newRow("bad optional enum") << head("zones:\n  - {id: z, trust: high}\n")
                                       << "3:20: \"trust\" has unknown value \"high\". Allowed: untrusted, dmz, internal, restricted";
    QTest::newRow("empty required enum") << head("elements:\n  - id: a\n    kind:\n")
                                         << "4:10: \"kind\" needs a value. Allowed: person,";
    QTest::newRow("bad severity") << head("rules:\n  severity:\n    some-rule: fatal\n")
                                  << "4:16: \"some-rule\" has unknown value \"fatal\"";
    QTest::newRow("missing required") << head("flows:\n  - id: f\n    from: a\n") << "3:5: missing required key \"to\"";
    QTest::newRow("missing id") << head("teams:\n  - name: Ops\n") << "3:5: missing required key \"id\"";
    QTest::newRow("empty id") << head("teams:\n  - id: \"\"\n") << "3:9: \"id\" must not be empty";
    QTest::newRow("id not kebab") << head("teams:\n  - id: Team_Ops\n") << "3:9: id \"Team_Ops\" is not kebab-case";
    QTest::newRow("id double hyphen") << head("teams:\n  - id: a--b\n") << "3:9: id \"a--b\" is not kebab-case";
    QTest::newRow("duplicate id across sections")
        << head("teams:\n  - id: shop\nelements:\n  - id: shop\n    kind: service\n")
        << "5:9: duplicate id \"shop\"; already used in teams at line 3, column 9";
    QTest::newRow("duplicate operation id")
        << head("apis:\n  - id: a\n    operations:\n      - id: get\n      - id: get\n")
        << "6:13: duplicate id \"get\"; already used in operations at line 5, column 13";
    QTest::newRow("duplicate key") << head("system:\n  name: a\n  name: b\n")
                                   << "4:3: duplicate key \"name\"; it is already at line 3, column 3";
    QTest::newRow("duplicate map key") << head("views:\n  - id: v\n    positions:\n      a: [0, 0]\n      a: [1, 1]\n")
                                       << "6:7: duplicate key \"a\"";
    QTest::newRow("non-text key") << head("system:\n  [a]: b\n") << "3:3: keys must be plain text";
    QTest::newRow("impossible date") << head("decisions:\n  - id: d\n    date: 2023-02-29\n")
                                     << "4:11: \"date\" must be a date written YYYY-MM-DD, not \"2023-02-29\"";
    QTest::newRow("date format") << head("accepted_risks:\n  - {rule: r, target: t, expires: 31.12.2030}\n")
                                 << "3:35: \"expires\" must be a date written YYYY-MM-DD";
    QTest::newRow("unknown alias") << head("system:\n  name: *nowhere\n") << "3:9: YAML syntax error";
    QTest::newRow("alias bomb")
        << head("x-a: &a [x, x, x, x, x, x, x, x, x, x]\nx-b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                "x-c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nx-d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                "x-e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nx-f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
                "x-g: [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]\n")
        << "7:38: aliases copy more than 1000000 nodes in all";
}

void TestYamlErrors::badInput()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, expected);
    const YamlLoadResult r = readYaml(yaml, QStringLiteral("m.yaml"));
    QVERIFY(!r.ok());
    QVERIFY2(r.problems.size() == 1, qPrintable(render(r.problems)));
    const Diagnostic &d = r.problems.front();
    QCOMPARE(d.file, QStringLiteral("m.yaml"));
    const QString actual = QStringLiteral("%1:%2: %3").arg(d.line).arg(d.column).arg(d.message);
    QVERIFY2(actual.startsWith(expected), qPrintable(actual));
}

void TestYamlErrors::allProblemsAtOnce()
{
    const QByteArray yaml = head("elements:\n"
                                 "  - id: Bad_Id\n"
                                 "    kind: servce\n"
                                 "    replicas: lots\n"
                                 "flows:\n"
                                 "  - {id: f, from: a, to: b, sync: maybe}\n"
                                 "system:\n"
                                 "  nmae: x\n");
    const YamlLoadResult r = readYaml(yaml, QStringLiteral("m.yaml"));
    QVERIFY(!r.ok());
    QStringList where;
    for (const Diagnostic &d : r.problems)
        where << QStringLiteral("%1:%2").arg(d.line).arg(d.column);
    QCOMPARE(where, (QStringList{"3:9", "4:11", "5:15", "7:35", "9:3"}));
    QVERIFY(r.problems[0].toString().startsWith(QStringLiteral("m.yaml:3:9: id \"Bad_Id\"")));
}

void TestYamlErrors::noModelOnProblems()
{
    const YamlLoadResult r = readYaml(head("system:\n  name: ok\n  colour: red\n"), QStringLiteral("m.yaml"));
    QVERIFY(!r.model.has_value());
    QCOMPARE(r.problems.size(), std::size_t(1));
    // A clean file has no problems and a model.
    const YamlLoadResult good = readYaml(head("system:\n  name: ok\n"), QStringLiteral("m.yaml"));
    QVERIFY(good.ok());
    QVERIFY(good.problems.empty());
}

void TestYamlErrors::errorFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("three errors") << QStringLiteral("three-errors.yaml")
                                  << QStringList{"three-errors.yaml:4:11: \"kind\" has unknown value \"databse\"",
                                                 "three-errors.yaml:8:7: unknown key \"timout\" in \"resilience\"",
                                                 "three-errors.yaml:11:9: duplicate id \"orders\""};
}

void TestYamlErrors::errorFiles()
{
    QFETCH(QString, file);
    QFETCH(QStringList, expected);
    const QString dir = QStringLiteral(LINTEL_SOURCE_DIR "/tests/data/yaml/");
    YamlLoadResult r = readYamlFile(dir + file);
    QVERIFY(!r.ok());
    QCOMPARE(r.problems.size(), std::size_t(expected.size()));
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QString actual = r.problems[std::size_t(i)].toString().mid(dir.size());
        QVERIFY2(actual.startsWith(expected[i]), qPrintable(actual));
    }
}

QTEST_GUILESS_MAIN(TestYamlErrors)
#include "tst_yaml_errors.moc"
