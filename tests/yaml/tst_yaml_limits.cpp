// The limits of model/limits.h at their boundary: what the YAML reader
// accepts is saved into a .lintel revision that opens again; one step past,
// the reader refuses it with a message at the place. Also what the reader
// refuses because Lintel could not save it faithfully: non-finite numbers
// and YAML tags.
#include "model/limits.h"
#include "model/storage/binarycodec.h"
#include "model/storage/lintelfile.h"
#include "model/yaml/yamlio.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace lintel;

namespace {

QString render(const Diagnostics &problems)
{
    QStringList lines;
    for (const Diagnostic &d : problems)
        lines << d.toString();
    return lines.join(u'\n');
}

// "LINE:COLUMN: message" of the only problem, or every problem when there
// are several.
QString onlyProblem(const YamlLoadResult &r)
{
    if (r.problems.size() != 1)
        return QStringLiteral("%1 problems: %2").arg(r.problems.size()).arg(render(r.problems));
    const Diagnostic &d = r.problems.front();
    return QStringLiteral("%1:%2: %3").arg(d.line).arg(d.column).arg(d.message);
}

// An `x-` value of exactly `levels` levels as a flow list: levels - 1 lists
// around a scalar, written after `prefix` on one line. `column` is where
// the scalar (the deepest level) starts.
QByteArray nestedLists(int levels, const QByteArray &prefix, int *column)
{
    *column = int(prefix.size() - (prefix.lastIndexOf('\n') + 1)) + levels;
    return prefix + QByteArray(levels - 1, '[') + '1' + QByteArray(levels - 1, ']') + '\n';
}

// The same depth as block mappings, one level per line, starting on line
// `firstLine`: levels - 1 mappings, the last holding the scalar `1`.
QByteArray nestedMappings(int levels, int firstLine, int *line, int *column)
{
    QByteArray out = "x-deep:\n";
    for (int level = 1; level < levels; ++level)
        out += QByteArray(2 * level, ' ') + "a:" + (level + 1 == levels ? " 1\n" : "\n");
    *line = firstLine + levels - 1;
    *column = 2 * (levels - 1) + 4;
    return out;
}

YamlValue nestedValue(int levels)
{
    YamlValue v;
    v.type = YamlValue::Type::Scalar;
    v.scalar = QStringLiteral("1");
    for (int level = 1; level < levels; ++level) {
        YamlValue list;
        list.type = YamlValue::Type::Sequence;
        list.items.push_back(std::move(v));
        v = std::move(list);
    }
    return v;
}

const QByteArray kOperationPrefix = "lintel: 1\napis:\n  - id: a\n    operations:\n      - id: o\n        x-deep: ";

}  // namespace

class TestYamlLimits : public QObject {
    Q_OBJECT
private slots:
    void deepestExtensionReachesALintelFileAndBack_data();
    void deepestExtensionReachesALintelFileAndBack();
    void oneLevelDeeperIsRefusedAtItsPlace_data();
    void oneLevelDeeperIsRefusedAtItsPlace();
    void snapshotDecoderCountsLevelsLikeTheReader();
    void nestingPastTheParserIsExplained();
    void oversizedFileIsRefused();
    void aliasesCannotCopyPastTheSizeLimit();
    void implicitKeyLengthBoundary_data();
    void implicitKeyLengthBoundary();
    void nonFiniteNumbersAreRefused_data();
    void nonFiniteNumbersAreRefused();
    void tagsAreRefused_data();
    void tagsAreRefused();
    void textTagsReadAsQuotedText();
};

void TestYamlLimits::deepestExtensionReachesALintelFileAndBack_data()
{
    QTest::addColumn<QByteArray>("yaml");
    int column = 0, line = 0;
    QTest::newRow("lists at the top level")
        << QByteArray("lintel: 1\n") + nestedLists(limits::kMaxExtensionDepth, "x-deep: ", &column);
    QTest::newRow("lists in an operation")
        << nestedLists(limits::kMaxExtensionDepth, kOperationPrefix, &column);
    QTest::newRow("block mappings")
        << QByteArray("lintel: 1\n") + nestedMappings(limits::kMaxExtensionDepth, 2, &line, &column);
}

// The reported bug: a model that loaded from YAML was appended to a .lintel
// file, which then could not be opened.
void TestYamlLimits::deepestExtensionReachesALintelFileAndBack()
{
    QFETCH(QByteArray, yaml);
    const YamlLoadResult r = readYaml(yaml, QStringLiteral("deep.yaml"));
    QVERIFY2(r.ok(), qPrintable(render(r.problems)));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("deep.lintel"));
    Diagnostic error;
    QCOMPARE(saveRevision(path, Model{}, QStringLiteral("t"), QStringLiteral("empty"), &error), 1);
    QCOMPARE(saveRevision(path, *r.model, QStringLiteral("t"), QStringLiteral("deep"), &error), 2);
    const auto file = LintelFile::open(path, LintelFile::Access::ReadOnly, &error);
    QVERIFY2(file, qPrintable(error.toString()));
    const std::optional<Model> back = file->loadRevision(2, &error);
    QVERIFY2(back, qPrintable(error.toString()));
    QVERIFY(*back == *r.model);
    // And out again as the same YAML.
    QCOMPARE(writeYaml(*back), writeYaml(*r.model));
    const YamlLoadResult again = readYaml(writeYaml(*back), QStringLiteral("again.yaml"));
    QVERIFY2(again.ok() && *again.model == *back, qPrintable(render(again.problems)));
}

void TestYamlLimits::oneLevelDeeperIsRefusedAtItsPlace_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    const int tooDeep = limits::kMaxExtensionDepth + 1;
    int column = 0, line = 0;
    QByteArray yaml = QByteArray("lintel: 1\n") + nestedLists(tooDeep, "x-deep: ", &column);
    QTest::newRow("lists at the top level") << yaml << 2 << column;
    yaml = nestedLists(tooDeep, kOperationPrefix, &column);
    QTest::newRow("lists in an operation") << yaml << 6 << column;
    yaml = QByteArray("lintel: 1\n") + nestedMappings(tooDeep, 2, &line, &column);
    QTest::newRow("block mappings") << yaml << line << column;
    // Many nodes past the limit still give one message, at the first.
    yaml = QByteArray("lintel: 1\nx-deep: ") + QByteArray(tooDeep - 2, '[') + "[1, 2, 3, [4]]"
        + QByteArray(tooDeep - 2, ']') + '\n';
    QTest::newRow("wide at the bottom") << yaml << 2 << 8 + tooDeep;
}

void TestYamlLimits::oneLevelDeeperIsRefusedAtItsPlace()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(int, column);
    const YamlLoadResult r = readYaml(yaml, QStringLiteral("deep.yaml"));
    QVERIFY(!r.ok());
    const QString expected = QStringLiteral("%1:%2: this `x-` value nests more than %3 levels deep")
                                 .arg(line)
                                 .arg(column)
                                 .arg(limits::kMaxExtensionDepth);
    QVERIFY2(onlyProblem(r).startsWith(expected), qPrintable(onlyProblem(r)));
}

// A model built in memory can hold any depth; the decoder takes exactly
// the depths the reader takes.
void TestYamlLimits::snapshotDecoderCountsLevelsLikeTheReader()
{
    Model deepest;
    deepest.extras = {{QStringLiteral("x-deep"), nestedValue(limits::kMaxExtensionDepth)}};
    QString error;
    const std::optional<Model> back = decodeModel(encodeModel(deepest), &error);
    QVERIFY2(back && *back == deepest, qPrintable(error));

    Model tooDeep;
    tooDeep.extras = {{QStringLiteral("x-deep"), nestedValue(limits::kMaxExtensionDepth + 1)}};
    QVERIFY(!decodeModel(encodeModel(tooDeep), &error));
    QVERIFY2(error.contains(QStringLiteral("more than %1 levels").arg(limits::kMaxExtensionDepth)), qPrintable(error));
    // The YAML reader refuses the same model when it is written out.
    const YamlLoadResult r = readYaml(writeYaml(tooDeep), QStringLiteral("deep.yaml"));
    QVERIFY(!r.ok());
}

void TestYamlLimits::nestingPastTheParserIsExplained()
{
    const QByteArray yaml = "lintel: 1\nx-deep: " + QByteArray(limits::kYamlParserDepth + 10, '[') + '\n';
    const YamlLoadResult r = readYaml(yaml, QStringLiteral("deep.yaml"));
    QVERIFY(!r.ok());
    const QString problem = onlyProblem(r);
    // yaml-cpp gives the place it has read up to, the end of the brackets.
    QVERIFY2(r.problems[0].line >= 2 && r.problems[0].column > 0, qPrintable(problem));
    QVERIFY2(problem.contains(QStringLiteral("nested more than %1 levels deep").arg(limits::kYamlParserDepth - 1)),
             qPrintable(problem));
    QVERIFY2(problem.contains(QStringLiteral("%1 levels").arg(limits::kMaxExtensionDepth)), qPrintable(problem));
}

void TestYamlLimits::oversizedFileIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A sparse file: the reader must refuse it by its size, before reading it.
    const QString path = dir.filePath(QStringLiteral("huge.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write("lintel: 1\n") == 10);
    QVERIFY(file.resize(limits::kMaxModelBytes + 1));
    file.close();
    const YamlLoadResult fromFile = readYamlFile(path);
    QVERIFY(!fromFile.ok());
    QCOMPARE(fromFile.problems.size(), std::size_t(1));
    QCOMPARE(fromFile.problems[0].file, path);
    QCOMPARE(fromFile.problems[0].line, 0);
    QVERIFY2(fromFile.problems[0].message.contains(QStringLiteral("at most 134217728 (128 MiB)")),
             qPrintable(fromFile.problems[0].message));

    // In memory, one byte over is refused by size; exactly at the limit the
    // text is read (and here fails on the syntax error it starts with).
    QByteArray bytes("lintel: 1\n]\n");
    bytes.resize(limits::kMaxModelBytes + 1, '#');
    const YamlLoadResult inMemory = readYaml(bytes, QStringLiteral("huge.yaml"));
    QVERIFY(!inMemory.ok());
    QVERIFY2(onlyProblem(inMemory).startsWith(QStringLiteral("0:0: the file has 134217729 bytes")),
             qPrintable(onlyProblem(inMemory)));
    bytes.resize(limits::kMaxModelBytes);
    const YamlLoadResult atLimit = readYaml(bytes, QStringLiteral("huge.yaml"));
    QVERIFY2(onlyProblem(atLimit).startsWith(QStringLiteral("2:1: YAML syntax error")), qPrintable(onlyProblem(atLimit)));
}

void TestYamlLimits::aliasesCannotCopyPastTheSizeLimit()
{
    // A one-MiB text, and more aliases to it than the limit leaves room for.
    const qint64 mib = 1024 * 1024;
    const QByteArray text = "lintel: 1\nx-text: &t " + QByteArray(mib, 'a') + "\nx-copies:\n";
    const auto withCopies = [&](int copies) {
        QByteArray yaml = text;
        for (int i = 0; i < copies; ++i)
            yaml += "  - *t\n";
        return yaml;
    };
    const QByteArray yaml = withCopies(int(limits::kMaxModelBytes / mib) + 1);
    // The file's own bytes count too: the first alias past the limit is the
    // one that fails, on line 3 + its number.
    int first = 1;
    while (yaml.size() + first * mib <= limits::kMaxModelBytes)
        ++first;
    const YamlLoadResult r = readYaml(yaml, QStringLiteral("bomb.yaml"));
    QVERIFY(!r.ok());
    const QString problem = onlyProblem(r);
    QVERIFY2(problem.startsWith(QStringLiteral("%1:5: aliases copy more than 128 MiB of text").arg(3 + first)),
             qPrintable(problem));
    // A few copies are fine (more would take a copy's memory each).
    const YamlLoadResult few = readYaml(withCopies(4), QStringLiteral("bomb.yaml"));
    QVERIFY2(few.ok(), qPrintable(render(few.problems)));
    QCOMPARE(few.model->extras.at(1).second.items.size(), std::size_t(4));
}

void TestYamlLimits::implicitKeyLengthBoundary_data()
{
    QTest::addColumn<int>("length");
    for (int length : {limits::kMaxImplicitKeyBytes - 3, limits::kMaxImplicitKeyBytes - 2,
                       limits::kMaxImplicitKeyBytes - 1, limits::kMaxImplicitKeyBytes, 1024, 1025})
        QTest::newRow(qPrintable(QString::number(length))) << length;
}

void TestYamlLimits::implicitKeyLengthBoundary()
{
    QFETCH(int, length);
    for (const QString &key : {QString(length, u'k'), QStringLiteral("true") + QString(length - 6, u'k')}) {
        View v;
        v.id = QStringLiteral("v");
        v.positions = {{key, {1, 2}}};
        Model m;
        m.views = {v};
        const QByteArray yaml = writeYaml(m);
        const YamlLoadResult r = readYaml(yaml, QStringLiteral("keys.yaml"));
        QVERIFY2(r.ok(), qPrintable(render(r.problems)));
        QVERIFY(*r.model == m);
    }
}

void TestYamlLimits::nonFiniteNumbersAreRefused_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("expected");
    const QByteArray view = "lintel: 1\nviews:\n  - id: v\n    positions:\n      api: ";
    QTest::newRow(".nan") << view + "[.nan, 1]\n" << "5:13: \"api\" must be a position [x, y] of finite numbers, not \".nan\"";
    QTest::newRow(".NaN") << view + "[.NaN, 1]\n" << "5:13: \"api\" must be a position [x, y] of finite numbers, not \".NaN\"";
    QTest::newRow(".inf") << view + "[1, .inf]\n" << "5:16: \"api\" must be a position [x, y] of finite numbers, not \".inf\"";
    QTest::newRow("-.Inf") << view + "[-.Inf, 0]\n" << "5:13: \"api\" must be a position [x, y] of finite numbers, not \"-.Inf\"";
    QTest::newRow("+.INF") << view + "[0, +.INF]\n" << "5:16: \"api\" must be a position [x, y] of finite numbers, not \"+.INF\"";
    QTest::newRow("too large for a double") << view + "[1e999, 0]\n"
                                            << "5:13: \"api\" must be a position [x, y] of finite numbers, not \"1e999\"";
    QTest::newRow("block list") << view + "\n        - 0\n        - .inf\n"
                                << "7:11: \"api\" must be a position [x, y] of finite numbers, not \".inf\"";
    QTest::newRow("replicas") << QByteArray("lintel: 1\nelements:\n  - {id: a, kind: service, replicas: .inf}\n")
                              << "3:38: \"replicas\" must be a whole number, not \".inf\"";
    QTest::newRow("retries") << QByteArray("lintel: 1\nflows:\n  - {id: f, from: a, to: b, resilience: {retries: .nan}}\n")
                             << "3:51: \"retries\" must be a whole number, not \".nan\"";
}

void TestYamlLimits::nonFiniteNumbersAreRefused()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, expected);
    const YamlLoadResult r = readYaml(yaml, QStringLiteral("m.yaml"));
    QVERIFY(!r.ok());
    QCOMPARE(onlyProblem(r), expected);
}

void TestYamlLimits::tagsAreRefused_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("expected");  // "LINE:COLUMN: tag" of each problem
    const QByteArray head = "lintel: 1\n";
    QTest::newRow("!!binary text") << head + "system:\n  name: !!binary aGk=\n" << "3:9: !!binary";
    QTest::newRow("custom tag on a mapping") << head + "x-a: !custom {a: 1}\n" << "2:6: !custom";
    QTest::newRow("tag on an empty value") << head + "x-a: !custom\nx-b: 1\n" << "2:6: !custom";
    QTest::newRow("tag in a flow list") << head + "elements:\n  - {id: a, kind: service, tags: [x, !t a]}\n"
                                        << "3:38: !t";
    QTest::newRow("!!int on a number") << head + "elements:\n  - {id: a, kind: service, replicas: !!int 3}\n"
                                       << "3:38: !!int";
    QTest::newRow("!!seq on a list") << head + "elements:\n  - id: a\n    kind: service\n    tags: !!seq [a]\n"
                                     << "5:11: !!seq";
    QTest::newRow("!!str on a mapping") << head + "x-a: !!str {a: 1}\n" << "2:6: !!str";
    QTest::newRow("!!null") << head + "x-a: !!null\n" << "2:6: !!null";
    QTest::newRow("verbatim") << head + "x-a: !<tag:example.com,2026:x> v\n" << "2:6: !<tag:example.com,2026:x>";
    QTest::newRow("with an anchor") << head + "x-a: &a !custom v\nx-b: *a\n" << "2:6: !custom";
    QTest::newRow("on the document") << QByteArray("--- !model\nlintel: 1\n") << "1:5: !model";
    QTest::newRow("two tags, two problems") << head + "x-a: !one 1\nx-b: [!two 2]\n" << "2:6: !one\n3:7: !two";
}

void TestYamlLimits::tagsAreRefused()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, expected);
    const YamlLoadResult r = readYaml(yaml, QStringLiteral("m.yaml"));
    QVERIFY(!r.ok());
    QStringList actual;
    for (const Diagnostic &d : r.problems) {
        const QString prefix = QStringLiteral("YAML tag \"");
        QVERIFY2(d.message.startsWith(prefix), qPrintable(d.toString()));
        QVERIFY2(d.message.contains(QStringLiteral("Lintel does not keep YAML tags")), qPrintable(d.toString()));
        const QString tag = d.message.mid(prefix.size()).section(u'"', 0, 0);
        actual << QStringLiteral("%1:%2: %3").arg(d.line).arg(d.column).arg(tag);
    }
    QCOMPARE(actual.join(u'\n'), expected);
}

// `!!str` and the bare `!` only say "this is text", which quoting says
// too: they load, and the value is saved quoted.
void TestYamlLimits::textTagsReadAsQuotedText()
{
    const YamlLoadResult r = readYaml("lintel: 1\nsystem:\n  name: !!str 123\n  version: ! 1.0\n"
                                      "x-a: !!str 12\nx-b: ! true\n",
                                      QStringLiteral("m.yaml"));
    QVERIFY2(r.ok(), qPrintable(render(r.problems)));
    QCOMPARE(r.model->system.name, QStringLiteral("123"));
    QCOMPARE(r.model->system.version, QStringLiteral("1.0"));
    QCOMPARE(r.model->extras.size(), std::size_t(2));
    QVERIFY(r.model->extras[0].second.quoted);
    QVERIFY(r.model->extras[1].second.quoted);
    QCOMPARE(writeYaml(*r.model), QByteArray("lintel: 1\nsystem:\n  name: \"123\"\n  version: \"1.0\"\n"
                                             "x-a: \"12\"\nx-b: \"true\"\n"));
}

QTEST_GUILESS_MAIN(TestYamlLimits)
#include "tst_yaml_limits.moc"
