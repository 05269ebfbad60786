#include "richmodel.h"

#include "model/describe.h"

#include <QSet>

namespace lintel::test {

namespace {

YamlValue scalar(const char *text, bool quoted = false)
{
    YamlValue v;
    v.type = YamlValue::Type::Scalar;
    v.scalar = QString::fromUtf8(text);
    v.quoted = quoted;
    return v;
}

// An extension value of every shape: mapping, sequence, nested, null, and
// scalars that must stay numbers, booleans or strings.
YamlValue nestedExtension()
{
    YamlValue list;
    list.type = YamlValue::Type::Sequence;
    list.items = {scalar("1"), scalar("two"), scalar("3", true), YamlValue{}};
    YamlValue inner;
    inner.type = YamlValue::Type::Mapping;
    inner.entries = {{QStringLiteral("enabled"), scalar("true")}, {QStringLiteral("note"), scalar("a\nb", true)}};
    YamlValue deep;
    deep.type = YamlValue::Type::Sequence;
    deep.items = {inner, list};
    YamlValue map;
    map.type = YamlValue::Type::Mapping;
    map.entries = {{QStringLiteral("owner"), scalar("ops")},
                   {QStringLiteral("ratio"), scalar("0.5")},
                   {QStringLiteral("list"), list},
                   {QStringLiteral("deep"), deep},
                   {QStringLiteral("empty-map"), YamlValue{YamlValue::Type::Mapping, {}, false, {}, {}}},
                   {QStringLiteral("empty-list"), YamlValue{YamlValue::Type::Sequence, {}, false, {}, {}}},
                   {QStringLiteral("nothing"), YamlValue{}}};
    return map;
}

Extras extras(const char *key) { return {{QString::fromLatin1(key), scalar("kept")}}; }

}  // namespace

Model richModel()
{
    Model m;
    m.extras = {{QStringLiteral("x-generator"), scalar("hand")}, {QStringLiteral("x-meta"), nestedExtension()}};
    m.system = {};
    m.system.name = QStringLiteral("Shop");
    m.system.description = QStringLiteral("Online shop.\nSecond line.\n");
    m.system.version = QStringLiteral("2.1");
    m.system.extras = extras("x-system");

    Team team;
    team.id = QStringLiteral("payments-team");
    team.name = QStringLiteral("Payments");
    team.kind = TeamKind::Vendor;
    team.contact = QStringLiteral("pay@example.com");
    team.extras = extras("x-team");
    m.teams = {team};

    Zone dmz;
    dmz.id = QStringLiteral("dmz");
    dmz.name = QStringLiteral("DMZ");
    dmz.trust = Trust::Dmz;
    dmz.parent = QStringLiteral("internet");
    dmz.description = QStringLiteral("Edge: reverse proxies");
    m.zones = {dmz};

    DataClass card;
    card.id = QStringLiteral("card-data");
    card.name = QStringLiteral("Card data");
    card.classification = Classification::Restricted;
    card.pii = true;
    card.description = QStringLiteral("PAN # and CVV");
    m.data = {card};

    Element db;
    db.id = QStringLiteral("orders-db");
    db.name = QStringLiteral("Orders DB");
    db.kind = ElementKind::Datastore;
    db.zone = QStringLiteral("dmz");
    db.team = QStringLiteral("payments-team");
    db.context = QStringLiteral("ordering");
    db.technology = QStringLiteral("PostgreSQL 16");
    db.description = QStringLiteral("  indented first line\nsecond");
    db.tags = {QStringLiteral("core"), QStringLiteral("true"), QStringLiteral("a, b"), QStringLiteral("")};
    db.exposure = Exposure::Internal;
    db.stateful = true;
    db.replicas = 3;
    db.security.authentication = QStringLiteral("mtls");
    db.security.rateLimited = false;
    db.security.auditLog = true;
    db.security.secrets = SecretsStore::Vault;
    db.security.extras = extras("x-security");
    db.operations.logs = true;
    db.operations.metrics = false;
    db.operations.traces = true;
    db.operations.healthCheck = true;
    db.operations.runbook = QStringLiteral("https://runbooks.example.com/orders-db");
    db.operations.extras = extras("x-operations");
    db.data = {QStringLiteral("card-data")};
    db.owner = QStringLiteral("orders");
    db.encryptionAtRest = true;
    db.backup = QStringLiteral("daily");
    db.extras = {{QStringLiteral("x-cost"), scalar("12.5")}, {QStringLiteral("x-meta"), nestedExtension()}};
    Element orders;
    orders.id = QStringLiteral("orders");
    orders.kind = ElementKind::Service;
    m.elements = {db, orders};

    Flow flow;
    flow.id = QStringLiteral("orders-to-db");
    flow.from = QStringLiteral("orders");
    flow.to = QStringLiteral("orders-db");
    flow.description = QStringLiteral("Writes orders");
    flow.protocol = QStringLiteral("postgres");
    flow.sync = true;
    flow.encrypted = false;
    flow.authentication = QStringLiteral("password");
    flow.data = {QStringLiteral("card-data")};
    flow.api = QStringLiteral("orders-api");
    flow.resilience.timeout = QStringLiteral("2s");
    flow.resilience.retries = 0;
    flow.resilience.circuitBreaker = true;
    flow.resilience.extras = extras("x-resilience");
    m.flows = {flow};

    ApiOperation get;
    get.id = QStringLiteral("get-order");
    get.method = QStringLiteral("GET");
    get.path = QStringLiteral("/orders/{id}");
    get.summary = QStringLiteral("Fetch: one order");
    get.request = QStringLiteral("OrderQuery");
    get.responses = {{QStringLiteral("200"), QStringLiteral("Order")}, {QStringLiteral("404"), QString()}};
    get.idempotent = true;
    get.extras = extras("x-operation");
    ApiOperation sameIdOtherApi = get;  // operation ids are unique per API only
    Api api;
    api.id = QStringLiteral("orders-api");
    api.name = QStringLiteral("Orders API");
    api.provider = QStringLiteral("orders");
    api.description = QStringLiteral("REST");
    api.style = ApiStyle::Rest;
    api.version = QStringLiteral("1.0");
    api.visibility = Visibility::Partner;
    api.status = ApiStatus::Deprecated;
    api.sunset = QStringLiteral("2026-01-31");
    api.authentication = QStringLiteral("oauth2");
    api.rateLimit = QStringLiteral("100/s");
    api.operations = {get};
    api.schemas = {{QStringLiteral("Order"), {{QStringLiteral("id"), QStringLiteral("string")}}},
                   {QStringLiteral("Empty"), {}}};
    Api other;
    other.id = QStringLiteral("legacy-api");
    other.operations = {sameIdOtherApi};
    m.apis = {api, other};

    DecisionOption option;
    option.name = QStringLiteral("PostgreSQL");
    option.pros = {QStringLiteral("known")};
    option.cons = {QStringLiteral("ops: effort")};
    option.extras = extras("x-option");
    Decision decision;
    decision.id = QStringLiteral("use-postgres");
    decision.title = QStringLiteral("Use PostgreSQL");
    decision.status = DecisionStatus::Superseded;
    decision.date = QStringLiteral("2024-02-29");
    decision.deciders = {QStringLiteral("alice"), QStringLiteral("bob")};
    decision.context = QStringLiteral("We need a store.\n\nIt must be ACID.\n\n");
    decision.options = {option};
    decision.outcome = QStringLiteral("PostgreSQL");
    decision.consequences = QStringLiteral("Run backups");
    decision.affects = {QStringLiteral("orders-db")};
    decision.supersedes = QStringLiteral("use-mysql");
    decision.supersededBy = QStringLiteral("use-cockroach");
    m.decisions = {decision};

    Question question;
    question.id = QStringLiteral("q-retention");
    question.text = QStringLiteral("How long do we keep orders?");
    question.about = {QStringLiteral("orders-db")};
    question.owner = QStringLiteral("alice");
    question.status = QuestionStatus::Answered;
    question.answer = QStringLiteral("7 years");
    m.questions = {question};

    View view;
    view.id = QStringLiteral("overview");
    view.name = QStringLiteral("Overview");
    view.elements = {QStringLiteral("orders"), QStringLiteral("orders-db")};
    view.positions = {{QStringLiteral("orders"), {12, 12.5}}, {QStringLiteral("orders-db"), {-0.1, 1e21}}};
    m.views = {view};

    m.rules.disable = {QStringLiteral("isolated-element")};
    m.rules.severity = {{QStringLiteral("missing-owner"), Severity::Info}};
    m.rules.params = {{QStringLiteral("max-fan-out"), {{QStringLiteral("limit"), QStringLiteral("10")}}}};
    m.rules.extras = extras("x-rules");

    AcceptedRisk risk;
    risk.rule = QStringLiteral("unencrypted-flow");
    risk.target = QStringLiteral("orders-to-db");
    risk.reason = QStringLiteral("Same host");
    risk.acceptedBy = QStringLiteral("alice");
    risk.expires = QStringLiteral("2030-12-31");
    m.acceptedRisks = {risk};
    return m;
}

namespace {

// Collects which field paths are set somewhere, walking describe().
struct SetFieldCollector {
    QSet<QString> all, set;

    template <class T> void walk(const T &object, const QString &prefix)
    {
        auto visit = [&](const char *name, const auto &member, unsigned = NoFlags) {
            field(prefix + QLatin1String(name), member);
        };
        describe(visit, object);
    }

    template <class M> void field(const QString &path, const M &member)
    {
        all.insert(path);
        bool isSet = false;
        if constexpr (std::is_same_v<M, QString> || std::is_same_v<M, QStringList>)
            isSet = !member.isEmpty();
        else if constexpr (ModelEnum<M> || std::is_same_v<M, Position>)
            isSet = true;
        else if constexpr (Described<M>) {
            isSet = true;
            walk(member, path + u'.');
        } else if constexpr (requires { member.has_value(); })
            isSet = member.has_value();
        else {
            isSet = !member.empty();
            if constexpr (Described<typename M::value_type>)
                for (const auto &item : member)
                    walk(item, path + u'.');
        }
        if (isSet)
            set.insert(path);
    }
};

}  // namespace

QStringList unsetFieldPaths(const Model &model)
{
    SetFieldCollector c;
    c.walk(model, QString());
    QStringList missing;
    for (const QString &path : c.all)
        if (!c.set.contains(path))
            missing << path;
    missing.sort();
    return missing;
}

}  // namespace lintel::test
