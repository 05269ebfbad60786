// Helpers of tst_diagrams that only the diagram tests need: models built in
// code and running an exporter. Loading, golden files and external tools
// come from tests/support.
#include "tests/exporters/tst_diagrams.h"

#include <QDir>

namespace diagrams {

using namespace lintel;

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
    const QString keep = qEnvironmentVariable("LINTEL_DIAGRAMS_OUT");
    const QString keepFolder = keep.isEmpty() || outName.isEmpty() ? QString() : QDir(keep).filePath(outName);
    return test::runExporter(exporterId, model, findings, options, QString(), keepFolder);
}

QByteArray fileEndingWith(const ExportRun &run, const QString &suffix)
{
    for (const auto &[name, bytes] : run.files.files())
        if (name.endsWith(suffix))
            return bytes;
    return {};
}

}  // namespace diagrams
