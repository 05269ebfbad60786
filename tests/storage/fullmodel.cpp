#include "tests/storage/fullmodel.h"

#include "model/describe.h"

namespace lintel::test {

namespace {

YamlValue scalar(const QString &text, bool quoted = false)
{
    YamlValue v;
    v.type = YamlValue::Type::Scalar;
    v.scalar = text;
    v.quoted = quoted;
    return v;
}

// Every YamlValue shape, nested, so extras survive exactly.
Extras sampleExtras(const QString &tag)
{
    YamlValue list;
    list.type = YamlValue::Type::Sequence;
    list.items = {scalar(QStringLiteral("1")), scalar(QStringLiteral("yes"), true), YamlValue{}};
    YamlValue map;
    map.type = YamlValue::Type::Mapping;
    map.entries = {{QStringLiteral("nested"), list}, {QStringLiteral("empty"), YamlValue{}}};
    return {{QStringLiteral("x-") + tag, scalar(QStringLiteral("Grüße, ✓ ") + tag)},
            {QStringLiteral("x-map"), map}};
}

template <class T> T withExtras(T object, const QString &tag)
{
    object.extras = sampleExtras(tag);
    return object;
}

Element fullElement()
{
    Element e = withExtras(Element{}, QStringLiteral("element"));
    e.id = QStringLiteral("orders-db");
    e.name = QStringLiteral("Orders DB");
    e.kind = ElementKind::Datastore;
    e.zone = QStringLiteral("core");
    e.team = QStringLiteral("payments");
    e.context = QStringLiteral("ordering");
    e.technology = QStringLiteral("PostgreSQL 16");
    e.description = QStringLiteral("Line one\nline two with \"quotes\" and: colons");
    e.tags = {QStringLiteral("pci"), QString()};  // a null entry in a list survives too
    e.exposure = Exposure::Internal;
    e.stateful = true;
    e.replicas = -3;
    e.security = withExtras(Security{}, QStringLiteral("security"));
    e.security.authentication = QStringLiteral("mtls");
    e.security.rateLimited = false;
    e.security.auditLog = true;
    e.security.secrets = SecretsStore::Code;
    e.operations = withExtras(Operations{}, QStringLiteral("operations"));
    e.operations.logs = true;
    e.operations.metrics = false;
    e.operations.traces = true;
    e.operations.healthCheck = false;
    e.operations.runbook = QStringLiteral("https://runbooks.invalid/orders-db");
    e.data = {QStringLiteral("card"), QStringLiteral("order")};
    e.owner = QStringLiteral("checkout");
    e.encryptionAtRest = false;
    e.backup = QStringLiteral("");  // empty, not missing: kept apart from null
    return e;
}

Api fullApi()
{
    Api a = withExtras(Api{}, QStringLiteral("api"));
    a.id = QStringLiteral("orders-api");
    a.name = QStringLiteral("Orders");
    a.provider = QStringLiteral("checkout");
    a.description = QStringLiteral("Place and track orders");
    a.style = ApiStyle::Rest;
    a.version = QStringLiteral("2.1");
    a.visibility = Visibility::Partner;
    a.status = ApiStatus::Deprecated;
    a.sunset = QStringLiteral("2027-01-31");
    a.authentication = QStringLiteral("oauth2");
    a.rateLimit = QStringLiteral("100/s");
    ApiOperation op = withExtras(ApiOperation{}, QStringLiteral("operation"));
    op.id = QStringLiteral("create-order");
    op.method = QStringLiteral("POST");
    op.path = QStringLiteral("/orders/{id}");
    op.summary = QStringLiteral("Create an order");
    op.request = QStringLiteral("Order");
    op.responses = {{QStringLiteral("201"), QStringLiteral("Order")}, {QStringLiteral("204"), QString()}};
    op.idempotent = false;
    a.operations = {op};
    a.schemas = {{QStringLiteral("Order"), {{QStringLiteral("id"), QStringLiteral("string")},
                                            {QStringLiteral("total"), QStringLiteral("number")}}}};
    return a;
}

Decision fullDecision()
{
    Decision d = withExtras(Decision{}, QStringLiteral("decision"));
    d.id = QStringLiteral("adr-7");
    d.title = QStringLiteral("Use PostgreSQL");
    d.status = DecisionStatus::Superseded;
    d.date = QStringLiteral("2026-03-01");
    d.deciders = {QStringLiteral("ana"), QStringLiteral("bo")};
    d.context = QStringLiteral("We need transactions");
    DecisionOption option = withExtras(DecisionOption{}, QStringLiteral("option"));
    option.name = QStringLiteral("PostgreSQL");
    option.pros = {QStringLiteral("mature")};
    option.cons = {QStringLiteral("ops effort")};
    d.options = {option, DecisionOption{}};
    d.outcome = QStringLiteral("PostgreSQL");
    d.consequences = QStringLiteral("Run backups");
    d.affects = {QStringLiteral("orders-db")};
    d.supersedes = QStringLiteral("adr-3");
    d.supersededBy = QStringLiteral("adr-9");
    return d;
}

}  // namespace

Model fullModel()
{
    Model m = withExtras(Model{}, QStringLiteral("model"));
    m.system = withExtras(System{}, QStringLiteral("system"));
    m.system.name = QStringLiteral("Shop");
    m.system.description = QStringLiteral("Online shop ∑");
    m.system.version = QStringLiteral("3");

    Team team = withExtras(Team{}, QStringLiteral("team"));
    team.id = QStringLiteral("payments");
    team.name = QStringLiteral("Payments");
    team.kind = TeamKind::Vendor;
    team.contact = QStringLiteral("#payments");
    m.teams = {team};

    Zone zone = withExtras(Zone{}, QStringLiteral("zone"));
    zone.id = QStringLiteral("core");
    zone.name = QStringLiteral("Core");
    zone.trust = Trust::Restricted;
    zone.parent = QStringLiteral("dc");
    zone.description = QStringLiteral("Inner network");
    m.zones = {zone};

    DataClass data = withExtras(DataClass{}, QStringLiteral("data"));
    data.id = QStringLiteral("card");
    data.name = QStringLiteral("Card data");
    data.classification = Classification::Restricted;
    data.pii = true;
    data.description = QStringLiteral("PAN and expiry");
    m.data = {data};

    m.elements = {fullElement(), Element{}};

    Flow flow = withExtras(Flow{}, QStringLiteral("flow"));
    flow.id = QStringLiteral("checkout-to-db");
    flow.from = QStringLiteral("checkout");
    flow.to = QStringLiteral("orders-db");
    flow.description = QStringLiteral("Writes orders");
    flow.protocol = QStringLiteral("postgres");
    flow.sync = true;
    flow.encrypted = false;
    flow.authentication = QStringLiteral("password");
    flow.data = {QStringLiteral("order")};
    flow.api = QStringLiteral("orders-api");
    flow.resilience = withExtras(Resilience{}, QStringLiteral("resilience"));
    flow.resilience.timeout = QStringLiteral("2s");
    flow.resilience.retries = 0;
    flow.resilience.circuitBreaker = true;
    m.flows = {flow};

    m.apis = {fullApi()};
    m.decisions = {fullDecision()};

    Question q = withExtras(Question{}, QStringLiteral("question"));
    q.id = QStringLiteral("q-1");
    q.text = QStringLiteral("Who owns refunds?");
    q.about = {QStringLiteral("checkout")};
    q.owner = QStringLiteral("ana");
    q.status = QuestionStatus::Answered;
    q.answer = QStringLiteral("Payments");
    m.questions = {q};

    View view = withExtras(View{}, QStringLiteral("view"));
    view.id = QStringLiteral("overview");
    view.name = QStringLiteral("Overview");
    view.elements = {QStringLiteral("orders-db")};
    view.positions = {{QStringLiteral("orders-db"), {12.5, -0.1}}, {QStringLiteral("x"), {1e-300, 7e300}}};
    m.views = {view};

    m.rules = withExtras(RuleSettings{}, QStringLiteral("rules"));
    m.rules.disable = {QStringLiteral("isolated-element")};
    m.rules.severity = {{QStringLiteral("shared-datastore"), Severity::Info}};
    m.rules.params = {{QStringLiteral("deep-sync-chain"), {{QStringLiteral("max-depth"), QStringLiteral("4")}}}};

    AcceptedRisk risk = withExtras(AcceptedRisk{}, QStringLiteral("risk"));
    risk.rule = QStringLiteral("shared-datastore");
    risk.target = QStringLiteral("orders-db");
    risk.reason = QStringLiteral("Migration in Q3");
    risk.acceptedBy = QStringLiteral("cto");
    risk.expires = QStringLiteral("2027-06-30");
    m.acceptedRisks = {risk};
    return m;
}

namespace {

// Visits the first object of every list, which the builder fills completely.
struct EmptyFieldFinder {
    QString path;
    QStringList *empty;

    void note(const char *name, bool isEmpty)
    {
        if (isEmpty)
            empty->append(path + QLatin1String(name));
    }
    template <class T> void operator()(const char *name, const T &value, unsigned = NoFlags)
    {
        if constexpr (Described<T>) {
            if (value.extras.empty())
                empty->append(path + QLatin1String(name) + QLatin1String(".x-*"));
            EmptyFieldFinder inner{path + QLatin1String(name) + QLatin1Char('.'), empty};
            describe(inner, value);
        } else if constexpr (requires { value.front().extras; }) {  // std::vector of structs
            note(name, value.empty());
            if (!value.empty())
                (*this)(name, value.front());
        } else if constexpr (requires { value.has_value(); }) {
            note(name, !value.has_value());
        } else if constexpr (requires { value.isNull(); }) {  // QString
            note(name, value.isNull());
        } else if constexpr (requires { value.empty(); }) {  // lists and ordered maps
            note(name, value.empty());
        }
    }
};

}  // namespace

QStringList fieldsLeftEmpty(const Model &model)
{
    QStringList empty;
    EmptyFieldFinder finder{QString(), &empty};
    describe(finder, model);
    return empty;
}

}  // namespace lintel::test
