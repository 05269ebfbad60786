// fullModel(): see fullmodel.h. Values mix what the storage and YAML suites
// each need to see survive; comments say why a value is odd.
#include "tests/support/fullmodel.h"

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

YamlValue collection(YamlValue::Type type) { return YamlValue{type, {}, false, {}, {}}; }

// An extension value of every shape: mapping, sequence, nested, empty, null,
// and scalars that must stay numbers, booleans or (quoted) strings.
YamlValue nestedExtension()
{
    YamlValue list = collection(YamlValue::Type::Sequence);
    list.items = {scalar(QStringLiteral("1")), scalar(QStringLiteral("two")), scalar(QStringLiteral("3"), true),
                  scalar(QStringLiteral("yes"), true), YamlValue{}};
    YamlValue inner = collection(YamlValue::Type::Mapping);
    inner.entries = {{QStringLiteral("enabled"), scalar(QStringLiteral("true"))},
                     {QStringLiteral("note"), scalar(QStringLiteral("a\nb"), true)}};
    YamlValue deep = collection(YamlValue::Type::Sequence);
    deep.items = {inner, list};
    YamlValue map = collection(YamlValue::Type::Mapping);
    map.entries = {{QStringLiteral("owner"), scalar(QStringLiteral("ops"))},
                   {QStringLiteral("ratio"), scalar(QStringLiteral("0.5"))},
                   {QStringLiteral("list"), list},
                   {QStringLiteral("deep"), deep},
                   {QStringLiteral("empty-map"), collection(YamlValue::Type::Mapping)},
                   {QStringLiteral("empty-list"), collection(YamlValue::Type::Sequence)},
                   {QStringLiteral("nothing"), YamlValue{}}};
    return map;
}

// Every struct gets its own `x-<tag>` key (non-ASCII text) and the nested value.
template <class T> T withExtras(T object, const QString &tag)
{
    object.extras = {{QStringLiteral("x-") + tag, scalar(QStringLiteral("Grüße, ✓ ") + tag)},
                     {QStringLiteral("x-meta"), nestedExtension()}};
    return object;
}

Element fullElement()
{
    Element e = withExtras(Element{}, QStringLiteral("element"));
    e.id = QStringLiteral("orders-db");
    e.name = QStringLiteral("Orders DB");
    e.kind = ElementKind::Datastore;
    e.zone = QStringLiteral("dmz");
    e.team = QStringLiteral("payments");
    e.context = QStringLiteral("ordering");
    e.technology = QStringLiteral("PostgreSQL 16");
    e.description = QStringLiteral("  indented first line\nline two with \"quotes\" and: colons # not a comment");
    // Strings YAML would read as other things, an empty one and a null one.
    e.tags = {QStringLiteral("pci"), QStringLiteral("true"), QStringLiteral("a, b"), QStringLiteral(""), QString()};
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
    e.operations.runbook = QStringLiteral("https://runbooks.example.com/orders-db");
    e.data = {QStringLiteral("card"), QStringLiteral("order")};
    e.owner = QStringLiteral("orders");
    e.encryptionAtRest = false;
    e.backup = QStringLiteral("");  // empty, not missing: kept apart from null
    e.handover = withExtras(Handover{}, QStringLiteral("handover"));
    e.handover.stage = 3;
    e.handover.since = QStringLiteral("2026-11-02");
    e.handover.note = QStringLiteral("Back from 4: the restore test failed");
    StageRecord earlier = withExtras(StageRecord{}, QStringLiteral("stage-record"));
    earlier.since = QStringLiteral("2026-09-01");
    earlier.stage = 1;
    earlier.note = QStringLiteral("Audit done");
    e.handover.history = {earlier, StageRecord{}};  // an empty record survives too
    e.handover.knowledge = withExtras(KnowledgeTransfer{}, QStringLiteral("knowledge"));
    e.handover.knowledge.walkthrough = withExtras(Walkthrough{}, QStringLiteral("walkthrough"));
    e.handover.knowledge.walkthrough.date = QStringLiteral("2026-10-14");
    e.handover.knowledge.walkthrough.by = QStringLiteral("Kestrel: J. Ahn");
    e.handover.knowledge.documentation = QStringLiteral("https://wiki.example/orders-db");
    e.handover.knowledge.questions = {QStringLiteral("q-retention")};
    e.handover.knowledge.accessTransferred = false;
    e.handover.knowledge.access = QStringLiteral("read replica: yes");
    e.handover.done = withExtras(DefinitionOfDone{}, QStringLiteral("done"));
    e.handover.done.tests = withExtras(DoneItem{}, QStringLiteral("done-item"));
    e.handover.done.tests.status = ItemStatus::Done;
    e.handover.done.tests.note = QStringLiteral("CI green");
    const struct {
        DoneItem *item;
        const char *tag;
        ItemStatus status;
        const char *note;
    } items[] = {{&e.handover.done.apiDocs, "api-docs", ItemStatus::Open, "v2 pages missing"},
                 {&e.handover.done.observability, "observability", ItemStatus::Done, "dashboards moved"},
                 {&e.handover.done.rollbackNotes, "rollback", ItemStatus::NotApplicable, "no deploys left"},
                 {&e.handover.done.operationalNotes, "ops-notes", ItemStatus::Open, "migrations: run in order"}};
    for (const auto &[item, tag, status, note] : items) {
        *item = withExtras(DoneItem{}, QString::fromLatin1(tag));
        item->status = status;
        item->note = QString::fromLatin1(note);
    }
    return e;
}

std::vector<Api> fullApis()
{
    Api a = withExtras(Api{}, QStringLiteral("api"));
    a.id = QStringLiteral("orders-api");
    a.name = QStringLiteral("Orders");
    a.provider = QStringLiteral("orders");
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
    op.summary = QStringLiteral("Create: one order");
    op.request = QStringLiteral("Order");
    op.responses = {{QStringLiteral("201"), QStringLiteral("Order")}, {QStringLiteral("204"), QString()}};
    op.idempotent = false;
    op.deprecated = true;
    a.operations = {op};
    a.schemas = {{QStringLiteral("Order"), {{QStringLiteral("id"), QStringLiteral("string")},
                                            {QStringLiteral("total"), QStringLiteral("number")}}},
                 {QStringLiteral("Empty"), {}}};
    Api legacy;
    legacy.id = QStringLiteral("legacy-api");
    legacy.operations = {op};  // operation ids are unique per API only
    return {a, legacy};
}

Decision fullDecision()
{
    Decision d = withExtras(Decision{}, QStringLiteral("decision"));
    d.id = QStringLiteral("adr-7");
    d.title = QStringLiteral("Use PostgreSQL");
    d.status = DecisionStatus::Superseded;
    d.date = QStringLiteral("2024-02-29");
    d.deciders = {QStringLiteral("ana"), QStringLiteral("bo")};
    d.context = QStringLiteral("We need transactions.\n\nIt must be ACID.\n\n");
    DecisionOption option = withExtras(DecisionOption{}, QStringLiteral("option"));
    option.name = QStringLiteral("PostgreSQL");
    option.pros = {QStringLiteral("mature")};
    option.cons = {QStringLiteral("ops: effort")};
    d.options = {option, DecisionOption{}};  // an empty struct in a list survives too
    d.outcome = QStringLiteral("PostgreSQL");
    d.consequences = QStringLiteral("Run backups");
    d.affects = {QStringLiteral("orders-db")};
    d.supersedes = QStringLiteral("adr-3");
    d.supersededBy = QStringLiteral("adr-9");
    return d;
}

Flow fullFlow()
{
    Flow flow = withExtras(Flow{}, QStringLiteral("flow"));
    flow.id = QStringLiteral("orders-to-db");
    flow.from = QStringLiteral("orders");
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
    return flow;
}

}  // namespace

Model fullModel()
{
    Model m = withExtras(Model{}, QStringLiteral("model"));
    m.system = withExtras(System{}, QStringLiteral("system"));
    m.system.name = QStringLiteral("Shop");
    m.system.description = QStringLiteral("Online shop ∑.\nSecond line.\n");
    m.system.version = QStringLiteral("3");

    Team team = withExtras(Team{}, QStringLiteral("team"));
    team.id = QStringLiteral("payments");
    team.name = QStringLiteral("Payments");
    team.kind = TeamKind::Vendor;
    team.contact = QStringLiteral("#payments");
    team.exit = withExtras(TeamExit{}, QStringLiteral("exit"));
    ExitItem access = withExtras(ExitItem{}, QStringLiteral("exit-item"));
    access.what = QStringLiteral("Production cluster: kubectl");
    access.status = ItemStatus::Done;
    access.note = QStringLiteral("revoked 2026-11-30");
    access.element = QStringLiteral("orders");
    ExitItem credential = withExtras(ExitItem{}, QStringLiteral("credential"));
    credential.note = QStringLiteral("rotate after the last deploy");
    credential.what = QStringLiteral("orders-db admin password");
    credential.element = QStringLiteral("orders-db");
    credential.status = ItemStatus::Open;
    team.exit.access = {access};
    team.exit.credentials = {credential};
    m.teams = {team};

    Zone zone = withExtras(Zone{}, QStringLiteral("zone"));
    zone.id = QStringLiteral("dmz");
    zone.name = QStringLiteral("DMZ");
    zone.trust = Trust::Dmz;
    zone.parent = QStringLiteral("internet");
    zone.description = QStringLiteral("Edge: reverse proxies");
    m.zones = {zone};

    DataClass data = withExtras(DataClass{}, QStringLiteral("data"));
    data.id = QStringLiteral("card");
    data.name = QStringLiteral("Card data");
    data.classification = Classification::Restricted;
    data.pii = true;
    data.description = QStringLiteral("PAN # and expiry");
    m.data = {data};

    Element orders;
    orders.id = QStringLiteral("orders");
    orders.kind = ElementKind::Service;
    m.elements = {fullElement(), orders};
    m.flows = {fullFlow()};
    m.apis = fullApis();
    m.decisions = {fullDecision()};

    Question q = withExtras(Question{}, QStringLiteral("question"));
    q.id = QStringLiteral("q-retention");
    q.text = QStringLiteral("How long do we keep orders?");
    q.about = {QStringLiteral("orders-db")};
    q.owner = QStringLiteral("ana");
    q.status = QuestionStatus::Answered;
    q.answer = QStringLiteral("7 years");
    m.questions = {q};

    View view = withExtras(View{}, QStringLiteral("view"));
    view.id = QStringLiteral("overview");
    view.name = QStringLiteral("Overview");
    view.elements = {QStringLiteral("orders"), QStringLiteral("orders-db")};
    view.positions = {{QStringLiteral("orders"), {12, 1e21}},
                      {QStringLiteral("orders-db"), {12.5, -0.1}},
                      {QStringLiteral("x"), {1e-300, 7e300}}};
    m.views = {view};

    m.transition = withExtras(Transition{}, QStringLiteral("transition"));
    m.transition.name = QStringLiteral("Payments back in house");
    m.transition.outgoing = QStringLiteral("payments");
    m.transition.incoming = QStringLiteral("payments");  // one team in the model: the ids only need to resolve
    m.transition.targetDate = QStringLiteral("2027-03-31");
    TransitionPhase phase = withExtras(TransitionPhase{}, QStringLiteral("phase"));
    phase.id = QStringLiteral("kt");
    phase.name = QStringLiteral("Knowledge transfer: 8 weeks");
    phase.kind = PhaseKind::KnowledgeTransfer;
    phase.plannedStart = QStringLiteral("2026-10-01");
    phase.plannedEnd = QStringLiteral("2026-11-30");
    phase.actualStart = QStringLiteral("2026-10-05");
    TransitionPhase later;
    later.id = QStringLiteral("shift");
    later.actualEnd = QStringLiteral("2027-02-28");
    phase.actualEnd = QStringLiteral("2026-12-04");
    m.transition.phases = {phase, later};

    m.rules = withExtras(RuleSettings{}, QStringLiteral("rules"));
    m.rules.packs = {QStringLiteral("rules/house-rules.yaml")};
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

}  // namespace lintel::test
