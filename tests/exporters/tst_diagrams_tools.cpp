// Shared helpers of tst_diagrams: models, running exporters, golden files and
// external tools.
#include "tests/exporters/tst_diagrams.h"

#include "model/rules/validator.h"
#include "model/yaml/yamlio.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <map>
#include <memory>

namespace diagrams {

using namespace lintel;

static QString sourcePath(const QString &relative)
{
    return QDir(QStringLiteral(LINTEL_SOURCE_DIR)).filePath(relative);
}

const LoadedModel *loadModel(const QString &relativePath)
{
    static std::map<QString, std::unique_ptr<LoadedModel>> cache;
    if (auto it = cache.find(relativePath); it != cache.end())
        return it->second.get();
    const QString path = sourcePath(relativePath);
    YamlLoadResult result = readYamlFile(path);
    if (!result.ok()) {
        QStringList problems;
        for (const auto &p : result.problems)
            problems << p.message;
        qWarning("%s does not load: %s", qPrintable(path), qPrintable(problems.join(u'\n')));
        return nullptr;
    }
    auto loaded = std::make_unique<LoadedModel>();
    loaded->model = std::move(*result.model);
    ValidationOptions options;
    options.asOf = QDate(2026, 6, 1);
    options.sourceFile = path;
    loaded->findings = validate(loaded->model, options);
    return cache.emplace(relativePath, std::move(loaded)).first->second.get();
}

static Element element(const QString &id, const QString &name, ElementKind kind, const QString &zone)
{
    Element e;
    e.id = id;
    e.name = name;
    e.kind = kind;
    e.zone = zone;
    return e;
}

static Flow flow(const QString &id, const QString &from, const QString &to, const QString &protocol)
{
    Flow f;
    f.id = id;
    f.from = from;
    f.to = to;
    f.protocol = protocol;
    return f;
}

Model realisticModel()
{
    Model m;
    m.system.name = QStringLiteral("Test shop");
    Zone internet{{}, QStringLiteral("internet"), QStringLiteral("Internet"), Trust::Untrusted, {}, {}};
    Zone dmz{{}, QStringLiteral("dmz"), QStringLiteral("Edge"), Trust::Dmz, {}, {}};
    Zone core{{}, QStringLiteral("core"), QStringLiteral("Core"), Trust::Internal, {}, {}};
    Zone vault{{}, QStringLiteral("vault"), QStringLiteral("Card vault"), Trust::Restricted,
               QStringLiteral("core"), {}};
    m.zones = {internet, dmz, core, vault};
    DataClass cards;
    cards.id = QStringLiteral("cards");
    cards.name = QStringLiteral("Cards");
    cards.classification = Classification::Restricted;
    DataClass orders = cards;
    orders.id = QStringLiteral("orders");
    orders.classification = Classification::Confidential;
    m.data = {cards, orders};

    m.elements = {
        element(QStringLiteral("buyer"), QStringLiteral("Buyer"), ElementKind::Person, QStringLiteral("internet")),
        element(QStringLiteral("app"), QStringLiteral("Mobile app"), ElementKind::Client, QStringLiteral("internet")),
        element(QStringLiteral("gw"), QStringLiteral("Gateway"), ElementKind::Gateway, QStringLiteral("dmz")),
        element(QStringLiteral("orders"), QStringLiteral("Orders"), ElementKind::Service, QStringLiteral("core")),
        element(QStringLiteral("thumbs"), QStringLiteral("Thumbnails"), ElementKind::Function, QStringLiteral("core")),
        element(QStringLiteral("sync"), QStringLiteral("Stock sync"), ElementKind::Worker, QStringLiteral("core")),
        element(QStringLiteral("db"), QStringLiteral("Orders DB"), ElementKind::Datastore, QStringLiteral("core")),
        element(QStringLiteral("cache"), QStringLiteral("Sessions"), ElementKind::Cache, QStringLiteral("core")),
        element(QStringLiteral("events"), QStringLiteral("Events"), ElementKind::Queue, QStringLiteral("core")),
        element(QStringLiteral("vaultdb"), QStringLiteral("Card store"), ElementKind::Datastore, QStringLiteral("vault")),
        element(QStringLiteral("psp"), QStringLiteral("PSP"), ElementKind::External, QString()),
    };
    m.elements[1].technology = QStringLiteral("Kotlin");
    m.elements[6].data = {QStringLiteral("orders")};
    m.elements[9].data = {QStringLiteral("orders"), QStringLiteral("cards")};

    Flow login = flow(QStringLiteral("app-gw"), QStringLiteral("app"), QStringLiteral("gw"), QStringLiteral("https"));
    login.authentication = QStringLiteral("OIDC");
    Flow plain = flow(QStringLiteral("gw-orders"), QStringLiteral("gw"), QStringLiteral("orders"), QStringLiteral("http"));
    Flow store = flow(QStringLiteral("orders-db"), QStringLiteral("orders"), QStringLiteral("db"), QStringLiteral("sql"));
    Flow publish = flow(QStringLiteral("orders-events"), QStringLiteral("orders"), QStringLiteral("events"), QStringLiteral("kafka"));
    Flow cardsIn = flow(QStringLiteral("orders-vault"), QStringLiteral("orders"), QStringLiteral("vaultdb"), QStringLiteral("postgres+tls"));
    cardsIn.authentication = QStringLiteral("mTLS");
    m.flows = {login, plain, store, publish, cardsIn};

    View all;
    all.id = QStringLiteral("all");
    all.name = QStringLiteral("Everything");
    all.elements = {QStringLiteral("internet"), QStringLiteral("gw"), QStringLiteral("core"), QStringLiteral("psp")};
    View inner;
    inner.id = QStringLiteral("inner");
    inner.name = QStringLiteral("Card vault only");
    inner.elements = {QStringLiteral("vaultdb")};
    m.views = {all, inner};
    return m;
}

Model hostileModel()
{
    Model m;
    m.system.name = QStringLiteral("Hostile \"model\" <&>");
    const QString nasty = QStringLiteral("A \"quoted\" <b>name</b> & 'co' | end # {x} [y] `z` \\ $HOME %s -- ** // é 日本 🚀\nsecond line");
    Zone outer{{}, QStringLiteral("zone \"outer\"\\"), nasty, Trust::Untrusted, {}, {}};
    Zone inner{{}, QStringLiteral("end"), QStringLiteral("subgraph end"), std::nullopt, {}, {}};
    m.zones = {outer, inner};
    m.elements = {
        element(QStringLiteral("a b"), nasty, ElementKind::Service, outer.id),
        element(QStringLiteral("a_b"), QString(300, QLatin1Char('W')), ElementKind::Queue, outer.id),
        element(QStringLiteral("end"), QStringLiteral("graph TD; A-->B"), ElementKind::Datastore, inner.id),
        element(QStringLiteral("1\"; rankdir=TB; x=\""), QStringLiteral("}; node [shape=box]; {"),
                ElementKind::External, QString()),
    };
    m.elements[0].technology = nasty;
    Flow f = flow(QStringLiteral("f \"1\""), QStringLiteral("a b"), QStringLiteral("end"), QStringLiteral("<proto> & \"x\""));
    f.description = nasty;
    Flow g = flow(QStringLiteral("f2"), QStringLiteral("a_b"), m.elements[3].id, QStringLiteral("http"));
    m.flows = {f, g};
    return m;
}

ExportRun runExport(const QString &exporterId, const Model &model, const QMap<QString, QString> &options,
                    const Findings &findings, const QString &outName)
{
    ExportRun run;
    Exporter *exporter = findExporter(exporterId);
    if (!exporter) {
        run.error = QStringLiteral("no exporter %1").arg(exporterId);
        return run;
    }
    const ExportContext context{model, findings, options, QString(), QDate(2026, 6, 1), {}, nullptr};
    run.ok = exporter->run(context, run.files, run.messages, &run.error);
    if (const QString keep = qEnvironmentVariable("LINTEL_DIAGRAMS_OUT"); !keep.isEmpty() && !outName.isEmpty()) {
        for (const QString &m : run.messages)
            qInfo("%s", qPrintable(m));
        FolderSink folder(QDir(keep).filePath(outName));
        for (const auto &[name, bytes] : run.files.files()) {
            QString error;
            folder.writeBytes(name, bytes, &error);
        }
    }
    return run;
}

QByteArray fileEndingWith(const ExportRun &run, const QString &suffix)
{
    for (const auto &[name, bytes] : run.files.files())
        if (name.endsWith(suffix))
            return bytes;
    return {};
}

bool matchesGolden(const QString &relativePath, const QByteArray &actual)
{
    const QString path = sourcePath(QStringLiteral("tests/data/golden/") + relativePath);
    if (qEnvironmentVariable("LINTEL_UPDATE_GOLDEN") == u"1") {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            qWarning("cannot write %s", qPrintable(path));
            return false;
        }
        return file.write(actual) == actual.size();
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("golden file %s is missing; run with LINTEL_UPDATE_GOLDEN=1", qPrintable(path));
        return false;
    }
    const QByteArray expected = file.readAll();
    if (expected == actual)
        return true;
    const QList<QByteArray> a = actual.split('\n'), e = expected.split('\n');
    for (qsizetype i = 0; i < std::max(a.size(), e.size()); ++i) {
        const QByteArray al = i < a.size() ? a[i] : QByteArray("<end>");
        const QByteArray el = i < e.size() ? e[i] : QByteArray("<end>");
        if (al != el) {
            qWarning("%s differs at line %lld:\n  expected: %s\n  actual:   %s\n(LINTEL_UPDATE_GOLDEN=1 "
                     "regenerates)", qPrintable(path), static_cast<long long>(i + 1), el.constData(),
                     al.constData());
            break;
        }
    }
    return false;
}

QString findTool(const QString &name)
{
    return QStandardPaths::findExecutable(name);
}

ToolResult runOnFile(const QString &program, QStringList arguments, const QString &fileName,
                     const QByteArray &input)
{
    ToolResult result;
    QTemporaryDir dir;
    QFile file(dir.filePath(fileName));
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly) || file.write(input) != input.size()) {
        result.output = QStringLiteral("cannot write %1").arg(file.fileName());
        return result;
    }
    file.close();
    for (QString &a : arguments)
        a.replace(QStringLiteral("{}"), file.fileName());
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(dir.path());
    process.start(program, arguments);
    if (!process.waitForFinished(300000)) {
        result.output = QStringLiteral("%1 did not finish: %2").arg(program, process.errorString());
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.output = QString::fromUtf8(process.readAll());
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

}  // namespace diagrams
