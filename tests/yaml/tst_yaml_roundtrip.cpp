// The round-trip property (tests/support/roundtrip.h) over every model file
// in the source tree and over models that carry a hostile string in every
// field: what Lintel saves, it reads back as the same model, and saving
// that again gives the same bytes.
#include "model/yaml/yamlio.h"
#include "tests/support/roundtrip.h"
#include "tests/yaml/hostilestrings.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

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

// A row name that survives control characters and long strings.
QByteArray rowName(int index, const QString &text)
{
    return QByteArray::number(index) + ": " + text.left(40).toUtf8().toPercentEncoding(" ,:-?[]{}#");
}

}  // namespace

class TestYamlRoundTrip : public QObject {
    Q_OBJECT
private slots:
    void modelFiles_data();
    void modelFiles();
    void hostileStringsInEveryField_data();
    void hostileStringsInEveryField();
    void plainExtensionTextStaysText_data();
    void plainExtensionTextStaysText();
    void propertyExplainsItsAnswer();
};

void TestYamlRoundTrip::modelFiles_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("isModel");  // must load; other YAML files (OpenAPI goldens, error cases) need not
    const QString source = QStringLiteral(LINTEL_SOURCE_DIR);
    QStringList files;
    for (const QString &dir : {QStringLiteral("/resources/examples"), QStringLiteral("/tests/data")}) {
        QDirIterator it(source + dir, {QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    files.sort();
    QVERIFY(files.contains(source + QStringLiteral("/tests/data/torture.yaml")));
    for (const QString &path : files) {
        const bool isModel = readAll(path).startsWith("lintel:") && !path.contains(QStringLiteral("error"));
        QTest::newRow(qPrintable(path.mid(source.size() + 1))) << path << isModel;
    }
}

void TestYamlRoundTrip::modelFiles()
{
    QFETCH(QString, path);
    QFETCH(bool, isModel);
    const QByteArray yaml = readAll(path);
    if (isModel) {
        const YamlLoadResult r = readYaml(yaml, path);
        QVERIFY2(r.ok(), qPrintable(problemsText(r)));
    }
    QString why;
    QVERIFY2(test::roundTrips(yaml, &why), qPrintable(why));
}

void TestYamlRoundTrip::hostileStringsInEveryField_data()
{
    QTest::addColumn<QString>("text");
    const QStringList strings = test::hostileStrings();
    QVERIFY(strings.size() > 300);
    for (int i = 0; i < strings.size(); ++i)
        QTest::newRow(rowName(i, strings[i]).constData()) << strings[i];
}

void TestYamlRoundTrip::hostileStringsInEveryField()
{
    QFETCH(QString, text);
    const Model model = test::modelFilledWith(text);
    const QByteArray yaml = writeYaml(model);
    const YamlLoadResult back = readYaml(yaml, QStringLiteral("hostile.yaml"));
    QVERIFY2(back.ok(), qPrintable(problemsText(back) + QStringLiteral("\n---\n") + QString::fromUtf8(yaml)));
    QVERIFY2(*back.model == test::modelFilledWith(test::storable(text)), yaml.constData());
    QCOMPARE(writeYaml(*back.model), yaml);
    QString why;
    QVERIFY2(test::roundTrips(yaml, &why), qPrintable(why));
}

// An `x-` scalar that was plain in the file stays plain when it can; when
// plain would read back as null (or not at all), it is quoted: the text is
// kept either way.
void TestYamlRoundTrip::plainExtensionTextStaysText_data()
{
    hostileStringsInEveryField_data();
}

void TestYamlRoundTrip::plainExtensionTextStaysText()
{
    QFETCH(QString, text);
    Model model;
    YamlValue plain;
    plain.type = YamlValue::Type::Scalar;
    plain.scalar = text;
    YamlValue list;
    list.type = YamlValue::Type::Sequence;
    list.items = {plain, plain};
    model.extras = {{QStringLiteral("x-plain"), plain}, {QStringLiteral("x-list"), list}};
    const QByteArray yaml = writeYaml(model);
    const YamlLoadResult back = readYaml(yaml, QStringLiteral("plain.yaml"));
    QVERIFY2(back.ok(), qPrintable(problemsText(back) + QStringLiteral("\n---\n") + QString::fromUtf8(yaml)));
    const Extras &extras = back.model->extras;
    QCOMPARE(extras.size(), std::size_t(2));
    QCOMPARE(int(extras[0].second.type), int(YamlValue::Type::Scalar));
    QCOMPARE(extras[0].second.scalar, test::storable(text));
    QCOMPARE(extras[1].second.items.size(), std::size_t(2));
    QCOMPARE(int(extras[1].second.items[1].type), int(YamlValue::Type::Scalar));
    QCOMPARE(extras[1].second.items[1].scalar, test::storable(text));
    QCOMPARE(writeYaml(*back.model), yaml);
}

// A model that round-trips leaves no explanation; text that does not load
// is no counterexample, and the answer says why it was not checked.
void TestYamlRoundTrip::propertyExplainsItsAnswer()
{
    QString why;
    QVERIFY(test::roundTrips("lintel: 1\nsystem: {name: Shop}\n", &why));
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QVERIFY(test::roundTrips("not: a model\n", &why));
    QVERIFY2(why.startsWith(QStringLiteral("not a model: input.yaml:1:1:")), qPrintable(why));
}

QTEST_GUILESS_MAIN(TestYamlRoundTrip)
#include "tst_yaml_roundtrip.moc"
