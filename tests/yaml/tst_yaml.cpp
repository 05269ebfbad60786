// The YAML form: every field survives a round trip, output is canonical
// (same model, same bytes), `x-` keys survive, awkward strings are quoted so
// they read back unchanged, and saving is atomic.
#include "model/yaml/yamlio.h"
#include "tests/support/fullmodel.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>
#include <yaml-cpp/yaml.h>

using namespace lintel;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString problemsText(const YamlLoadResult &r)
{
    QStringList lines;
    for (const Diagnostic &d : r.problems)
        lines << d.toString();
    return lines.join(u'\n');
}

Model loadOk(const QByteArray &text)
{
    const YamlLoadResult r = readYaml(text, QStringLiteral("test.yaml"));
    if (!r.ok())
        qWarning().noquote() << problemsText(r) << "\n---\n" << text;
    return r.model.value_or(Model{});
}

const char *const kDataDir = LINTEL_SOURCE_DIR "/tests/data/yaml";

}  // namespace

class TestYaml : public QObject {
    Q_OBJECT
private slots:
    void fullModelSetsEveryField();
    void roundTripKeepsEveryField();
    void writingIsCanonical();
    void lintelWrittenFilesRewriteByteIdentical_data();
    void lintelWrittenFilesRewriteByteIdentical();
    void exactLayout();
    void locationsAreOneBased();
    void extensionKeysSurvive();
    void aliasesAreCopies();
    void handWrittenStylesRead_data();
    void handWrittenStylesRead();
    void stringsRoundTrip_data();
    void stringsRoundTrip();
    void numbersAreShortest_data();
    void numbersAreShortest();
    void failedWriteKeepsOldFile_data();
    void failedWriteKeepsOldFile();
    void unreadableFile();
    void shippedModelsLoad_data();
    void shippedModelsLoad();
};

void TestYaml::fullModelSetsEveryField()
{
    QCOMPARE(test::fieldsLeftEmpty(test::fullModel()), QStringList());
}

void TestYaml::roundTripKeepsEveryField()
{
    const Model full = test::fullModel();
    const Model back = loadOk(writeYaml(full));
    QCOMPARE(back.elements.size(), full.elements.size());
    QCOMPARE(back.elements[0].security.extras, full.elements[0].security.extras);
    QCOMPARE(back.extras, full.extras);
    QVERIFY(back == full);
}

void TestYaml::writingIsCanonical()
{
    const QByteArray first = writeYaml(test::fullModel());
    QVERIFY(first.startsWith("lintel: 1\n"));
    QVERIFY(first.endsWith('\n') && !first.endsWith("\n\n\n"));
    QCOMPARE(writeYaml(loadOk(first)), first);
    QCOMPARE(writeYaml(test::fullModel()), first);
    QCOMPARE(writeYaml(Model{}), QByteArray("lintel: 1\n"));
}

void TestYaml::lintelWrittenFilesRewriteByteIdentical_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = QDir(QString::fromUtf8(kDataDir)).entryList({QStringLiteral("canonical-*.yaml")});
    QVERIFY(!files.isEmpty());
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << QString::fromUtf8(kDataDir) + u'/' + f;
}

void TestYaml::lintelWrittenFilesRewriteByteIdentical()
{
    QFETCH(QString, path);
    const YamlLoadResult r = readYamlFile(path);
    QVERIFY2(r.ok(), qPrintable(problemsText(r)));
    QCOMPARE(writeYaml(*r.model), readAll(path));
}

void TestYaml::exactLayout()
{
    Model m;
    m.system.name = QStringLiteral("Shop");
    Element e;
    e.id = QStringLiteral("api");
    e.kind = ElementKind::Gateway;
    e.tags = {QStringLiteral("edge"), QStringLiteral("public")};
    e.security.rateLimited = true;
    e.description = QStringLiteral("Line one\nLine two");
    m.elements = {e, Element{}};
    m.elements[1].id = QStringLiteral("bare");
    Flow f;
    f.id = QStringLiteral("f");  // required keys are written even when empty
    m.flows = {f};
    View v;
    v.id = QStringLiteral("main");
    v.positions = {{QStringLiteral("api"), {12, 12.5}}};
    m.views = {v};
    m.extras = {{QStringLiteral("x-note"), YamlValue{YamlValue::Type::Scalar, QStringLiteral("hi"), false, {}, {}}}};
    const QByteArray expected = "lintel: 1\n"
                                "system:\n"
                                "  name: Shop\n"
                                "elements:\n"
                                "  - id: api\n"
                                "    kind: gateway\n"
                                "    description: |-\n"
                                "      Line one\n"
                                "      Line two\n"
                                "    tags: [edge, public]\n"
                                "    security:\n"
                                "      rate_limited: true\n"
                                "  - id: bare\n"
                                "    kind: service\n"
                                "flows:\n"
                                "  - id: f\n"
                                "    from: \"\"\n"
                                "    to: \"\"\n"
                                "views:\n"
                                "  - id: main\n"
                                "    positions:\n"
                                "      api: [12, 12.5]\n"
                                "x-note: hi\n";
    QCOMPARE(writeYaml(m), expected);
}

void TestYaml::locationsAreOneBased()
{
    const Model m = loadOk("lintel: 1\n"
                           "elements:\n"
                           "  - id: a\n"
                           "    kind: service\n"
                           "    security:\n"
                           "      audit_log: true\n"
                           "apis:\n"
                           "  - id: p\n"
                           "    operations:\n"
                           "      - {id: get}\n");
    QCOMPARE(m.loc, (SourceLoc{1, 1}));
    QCOMPARE(m.elements[0].loc, (SourceLoc{3, 5}));
    QCOMPARE(m.elements[0].security.loc, (SourceLoc{6, 7}));
    QCOMPARE(m.apis[0].operations[0].loc, (SourceLoc{10, 9}));
}

void TestYaml::extensionKeysSurvive()
{
    const QByteArray text = "lintel: 1\n"
                            "x-top: 1\n"
                            "elements:\n"
                            "  - x-first: yes\n"
                            "    id: a\n"
                            "    kind: service\n"
                            "    security:\n"
                            "      x-reviewed: \"2024-01-01\"\n"
                            "      secrets: vault\n"
                            "    operations: {x-pager: [a, 'b c'], logs: true}\n"
                            "flows:\n"
                            "  - {id: f, from: a, to: a, resilience: {x-budget: {ms: 20, note: ~}}}\n"
                            "x-last:\n"
                            "  - k: v\n"
                            "    list: []\n";
    const Model m = loadOk(text);
    QCOMPARE(m.extras.size(), std::size_t(2));
    QCOMPARE(m.extras[0].first, QStringLiteral("x-top"));
    QCOMPARE(m.extras[1].first, QStringLiteral("x-last"));
    QCOMPARE(m.elements[0].extras[0].second.scalar, QStringLiteral("yes"));
    QVERIFY(m.elements[0].security.extras[0].second.quoted);
    QCOMPARE(m.elements[0].operations.extras[0].second.items.size(), std::size_t(2));
    QCOMPARE(m.flows[0].resilience.extras[0].second.entries.size(), std::size_t(2));
    const QByteArray expected = "lintel: 1\n"
                                "elements:\n"
                                "  - id: a\n"
                                "    kind: service\n"
                                "    security:\n"
                                "      secrets: vault\n"
                                "      x-reviewed: \"2024-01-01\"\n"
                                "    operations:\n"
                                "      logs: true\n"
                                "      x-pager: [a, \"b c\"]\n"
                                "    x-first: yes\n"
                                "flows:\n"
                                "  - id: f\n"
                                "    from: a\n"
                                "    to: a\n"
                                "    resilience:\n"
                                "      x-budget:\n"
                                "        ms: 20\n"
                                "        note: null\n"
                                "x-top: 1\n"
                                "x-last:\n"
                                "  - k: v\n"
                                "    list: []\n";
    QCOMPARE(writeYaml(m), expected);
    QVERIFY(loadOk(expected) == m);
}

void TestYaml::aliasesAreCopies()
{
    const Model m = loadOk("lintel: 1\n"
                           "x-defaults: &tags [core, edge]\n"
                           "elements:\n"
                           "  - id: a\n"
                           "    kind: service\n"
                           "    tags: *tags\n"
                           "    security: &sec {audit_log: true}\n"
                           "  - id: b\n"
                           "    kind: service\n"
                           "    security: *sec\n");
    QCOMPARE(m.elements[0].tags, (QStringList{QStringLiteral("core"), QStringLiteral("edge")}));
    QCOMPARE(m.elements[1].security.auditLog, std::optional<bool>(true));
    // Saving writes the copies out in full: aliases are a reading convenience.
    QVERIFY(!writeYaml(m).contains('*'));
}

void TestYaml::handWrittenStylesRead_data()
{
    QTest::addColumn<QByteArray>("yaml");
    const QByteArray plain = "lintel: 1\nsystem:\n  name: Shop\nteams:\n  - id: ops\n    kind: in-house\n";
    QTest::newRow("canonical") << plain;
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF") + plain;
    QTest::newRow("CRLF line ends") << QByteArray(plain).replace("\n", "\r\n");
    QTest::newRow("comments, quotes, flow") << QByteArray("# model\nlintel: 1 # format\n'system': {\"name\": 'Shop'}\n"
                                                          "teams: [{id: ops, kind: \"in-house\"}]\n...\n");
    QTest::newRow("document marker, no indent for lists") << QByteArray("---\nlintel: 1\nsystem:\n  name: Shop\n"
                                                                        "teams:\n- id: ops\n  kind: in-house\n");
}

void TestYaml::handWrittenStylesRead()
{
    QFETCH(QByteArray, yaml);
    const Model m = loadOk(yaml);
    QCOMPARE(m.system.name, QStringLiteral("Shop"));
    QCOMPARE(m.teams.size(), std::size_t(1));
    QCOMPARE(m.teams[0].kind, std::optional<TeamKind>(TeamKind::InHouse));
    QCOMPARE(writeYaml(m), QByteArray("lintel: 1\nsystem:\n  name: Shop\nteams:\n  - id: ops\n    kind: in-house\n"));
}

void TestYaml::stringsRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    const char *const strings[] = {
        "true", "False", "yes", "no", "on", "y", "N", "~", "null", "Null", "NULL", "123", "-1", "+1", "0x1F",
        "0o17", "017", "1_000", "1.5", "1e5", ".5", ".inf", "-.inf", ".nan", "12:30", "2024-01-15", "1.2.3",
        "", " ", " leading", "trailing ", "a: b", "a:b", "ends with:", "a #b", "a#b", "#hash", "- dash",
        "-dash", "? q", ": colon", "[x]", "{x}", "x, y", "&anchor", "*alias", "!tag", "|pipe", ">fold",
        "'single'", "\"double\"", "it's", "say \"hi\"", "back\\slash", "%percent", "@at", "`tick`", "=", "<<",
        "Zürich", "日本語", "emoji 🚀👩‍💻", "tab\there", "cr\rlf", "nul\x01", "del\x7f", "nbsp\u00a0x",
        "ls\u2028ps\u2029", "nel\u0085", "bom\ufeff", "one\ntwo", "trailing newline\n", "two newlines\n\n",
        "\nleading newline", "  indented\nblock", "\ttab first\nline", "spaces \n after", "blank\n\nline",
        "only\n   \nspaces", "\n", "\n\n", "---", "...", "--- doc", "a\n---\nb", "line\r\nwindows",
        // One element split for length; the parentheses tell clang it is meant.
        ("very long " "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"),
    };
    for (const char *s : strings)
        QTest::newRow(QByteArray(s).toPercentEncoding(" ").constData()) << QString::fromUtf8(s);
    // Longer than YAML's 1024-character limit for implicit keys.
    QTest::newRow("2000 characters") << QString(2000, u'k');
    QTest::newRow("2000 characters, quoted") << QStringLiteral("true ") + QString(2000, u'\u00e9');
}

void TestYaml::stringsRoundTrip()
{
    QFETCH(QString, text);
    Model m;
    m.system.name = text;
    m.system.description = QStringLiteral("x");  // keeps `system` present when name is ""
    Element e;
    e.id = QStringLiteral("e");
    e.tags = {text, QStringLiteral("after")};
    e.owner = text;
    m.elements = {e};
    ApiOperation op;
    op.id = QStringLiteral("op");
    op.responses = {{text.isEmpty() ? QStringLiteral("k") : text, text}};
    Api api;
    api.id = QStringLiteral("api");
    api.operations = {op};
    m.apis = {api};
    m.extras = {{QStringLiteral("x-s"), YamlValue{YamlValue::Type::Scalar, text, true, {}, {}}}};

    const QByteArray yaml = writeYaml(m);
    const Model back = loadOk(yaml);
    QCOMPARE(back.system.name, text);
    QCOMPARE(back.elements.at(0).tags, e.tags);
    QCOMPARE(back.elements.at(0).owner, text);
    QCOMPARE(back.apis.at(0).operations.at(0).responses, op.responses);
    QCOMPARE(back.extras, m.extras);
    QCOMPARE(writeYaml(back), yaml);

    // Any YAML reader must see a string, not null, a bool or a number: check
    // with yaml-cpp's own node API that the value was not left plain when
    // plain would change its meaning.
    const YAML::Node doc = YAML::Load(yaml.toStdString());
    const YAML::Node name = doc["system"]["name"];
    if (!text.isEmpty()) {
        QCOMPARE(QString::fromStdString(name.as<std::string>()), text);
        const bool plain = name.Tag() == "?";
        const bool ambiguous = QRegularExpression(QStringLiteral(R"(^([-+]?\.?[0-9].*|[-+]?\.inf|\.nan|~|null|true|false|yes|no|on|off|y|n)$)"),
                                                  QRegularExpression::CaseInsensitiveOption)
                                   .match(text)
                                   .hasMatch();
        if (ambiguous && text != u"2024-01-15")
            QVERIFY2(!plain, yaml.constData());
    }
}

void TestYaml::numbersAreShortest_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("y");
    QTest::addColumn<QByteArray>("written");
    QTest::newRow("integers") << 12.0 << -40.0 << QByteArray("[12, -40]");
    QTest::newRow("halves") << 12.5 << 0.1 << QByteArray("[12.5, 0.1]");
    QTest::newRow("tiny and huge") << 1e-7 << 1e21 << QByteArray("[1e-07, 1e+21]");
    QTest::newRow("thirds") << 1.0 / 3 << 2.0 / 3 << QByteArray("[0.3333333333333333, 0.6666666666666666]");
}

void TestYaml::numbersAreShortest()
{
    QFETCH(double, x);
    QFETCH(double, y);
    QFETCH(QByteArray, written);
    View v;
    v.id = QStringLiteral("v");
    v.positions = {{QStringLiteral("e"), {x, y}}};
    Model m;
    m.views = {v};
    const QByteArray yaml = writeYaml(m);
    QVERIFY2(yaml.contains("e: " + written + '\n'), yaml.constData());
    const Position p = loadOk(yaml).views.at(0).positions.at(0).second;
    QCOMPARE(p.x, x);
    QCOMPARE(p.y, y);
}

void TestYaml::failedWriteKeepsOldFile_data()
{
    QTest::addColumn<QString>("setup");
    QTest::newRow("missing directory") << QStringLiteral("missing-dir");
    QTest::newRow("parent is a file") << QStringLiteral("parent-is-file");
    QTest::newRow("read-only directory") << QStringLiteral("read-only");
}

void TestYaml::failedWriteKeepsOldFile()
{
    QFETCH(QString, setup);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString oldPath = dir.filePath(QStringLiteral("model.yaml"));
    QString error;
    QVERIFY(writeYamlFile(Model{}, oldPath, &error));
    const QByteArray old = readAll(oldPath);

    QString target = oldPath;
    if (setup == u"missing-dir") {
        target = dir.filePath(QStringLiteral("no/such/dir/model.yaml"));
    } else if (setup == u"parent-is-file") {
        target = oldPath + QStringLiteral("/model.yaml");
    } else {
        if (geteuid() == 0)
            QSKIP("root ignores directory permissions");
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
    }
    error.clear();
    const bool written = writeYamlFile(test::fullModel(), target, &error);
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(!written);
    QVERIFY2(error.contains(QDir::toNativeSeparators(target)), qPrintable(error));
    QCOMPARE(readAll(oldPath), old);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot), QStringList{QStringLiteral("model.yaml")});
}

void TestYaml::unreadableFile()
{
    const QString path = QStringLiteral("/nonexistent/model.yaml");
    const YamlLoadResult r = readYamlFile(path);
    QVERIFY(!r.ok());
    QCOMPARE(r.problems.size(), std::size_t(1));
    QCOMPARE(r.problems[0].line, 0);
    QCOMPARE(r.problems[0].file, path);
    QVERIFY(r.problems[0].toString().startsWith(path + QStringLiteral(": cannot read file")));
    QVERIFY(!readYamlFile(QDir::tempPath()).ok());  // a directory
}

void TestYaml::shippedModelsLoad_data()
{
    QTest::addColumn<QString>("path");
    const QString source = QStringLiteral(LINTEL_SOURCE_DIR);
    const QStringList dirs = {source + QStringLiteral("/resources/examples"), source + QStringLiteral("/tests/data")};
    int rows = 0;
    for (const QString &d : dirs)
        for (const QString &f : QDir(d).entryList({QStringLiteral("*.yaml")}, QDir::Files)) {
            QTest::newRow(qPrintable(f)) << d + u'/' + f;
            ++rows;
        }
    if (rows == 0)
        QTest::newRow("none yet") << QString();
}

void TestYaml::shippedModelsLoad()
{
    QFETCH(QString, path);
    if (path.isEmpty())
        QSKIP("no example models yet");
    const YamlLoadResult r = readYamlFile(path);
    QVERIFY2(r.ok(), qPrintable(problemsText(r)));
    // Lintel reads back what it writes from them.
    QVERIFY(loadOk(writeYaml(*r.model)) == *r.model);
}

QTEST_GUILESS_MAIN(TestYaml)
#include "tst_yaml.moc"
