#include "bench/generator.h"

#include <QRandomGenerator>
#include <QPointF>
#include <QSizeF>

#include <algorithm>
#include <cmath>

namespace lintel::bench {

bool sizeAndRuns(const QStringList &args, SizeAndRuns *out)
{
    out->sizeName = args.size() > 1 ? args[1].toUpper() : QStringLiteral("L");
    if (!sizeByName(out->sizeName, &out->size))
        return false;
    out->runs = args.size() > 2 ? std::max(1, args[2].toInt()) : (out->sizeName == u"XL" ? 1 : 5);
    return true;
}

bool sizeByName(const QString &name, ModelSize *size)
{
    const QString n = name.toUpper();
    if (n == u"S")
        *size = {50, 150, 10, 5};
    else if (n == u"M")
        *size = {500, 2000, 100, 20};
    else if (n == u"L")
        *size = {5000, 20000, 1000, 200};
    else if (n == u"XL")
        *size = {50000, 200000, 10000, 2000};
    else
        return false;
    return true;
}

namespace {

constexpr ElementKind kKinds[] = {ElementKind::Service, ElementKind::Service, ElementKind::Service,
                                  ElementKind::Worker,  ElementKind::Function, ElementKind::Datastore,
                                  ElementKind::Cache,   ElementKind::Queue,    ElementKind::Gateway,
                                  ElementKind::External, ElementKind::Client,  ElementKind::Person};
constexpr const char *kProtocols[] = {"https", "grpcs", "http", "amqps", "kafka", "sql"};
constexpr const char *kAuth[] = {"oauth2", "mtls", "jwt", "none", "api-key"};

QString num(const char *prefix, int i)
{
    return QStringLiteral("%1-%2").arg(QLatin1String(prefix)).arg(i);
}

// Lays `members` out in a square-ish grid with its top left at `origin`;
// returns the grid's size.
QSizeF placeBlock(const std::vector<int> &members, QPointF origin, View &view)
{
    constexpr double cellWidth = 200, cellHeight = 140;
    const int columns = std::max(1, int(std::ceil(std::sqrt(double(members.size())))));
    for (std::size_t i = 0; i < members.size(); ++i) {
        const double x = origin.x() + double(int(i) % columns) * cellWidth;
        const double y = origin.y() + double(int(i) / columns) * cellHeight;
        const QString id = num("el", members[i]);
        view.elements << id;
        view.positions.emplace_back(id, Position{x, y});
    }
    const int rows = (int(members.size()) + columns - 1) / columns;
    return {columns * cellWidth, rows * cellHeight};
}

// The overview as a person would arrange it: each zone's elements together
// in a block, the blocks of nested zones inside their parent's area, the
// four top-level zones side by side. (Interleaved zones would give zone
// frames that cover each other, which no real diagram has.)
View overviewOf(const Model &m, int zones)
{
    std::vector<std::vector<int>> members(static_cast<std::size_t>(zones));
    for (std::size_t i = 0; i < m.elements.size(); ++i)
        members[std::size_t(m.elements[i].zone.section(u'-', 1).toInt())].push_back(int(i));

    View view;
    view.id = QStringLiteral("overview");
    view.name = QStringLiteral("Overview");
    constexpr double zoneGap = 240;  // room for zone frames and titles
    double groupX = 0;
    for (int top = 0; top < 4; ++top) {
        std::vector<int> group{top};
        for (int z = 4; z < zones; ++z)
            if (z % 4 == top)
                group.push_back(z);
        const int blocksPerRow = std::max(1, int(std::ceil(std::sqrt(double(group.size())))));
        double x = groupX, y = 0, rowHeight = 0, groupWidth = 0;
        for (std::size_t b = 0; b < group.size(); ++b) {
            if (b > 0 && b % std::size_t(blocksPerRow) == 0) {
                x = groupX;
                y += rowHeight + zoneGap;
                rowHeight = 0;
            }
            const QSizeF block = placeBlock(members[std::size_t(group[b])], {x, y}, view);
            x += block.width() + zoneGap;
            rowHeight = std::max(rowHeight, block.height());
            groupWidth = std::max(groupWidth, x - groupX);
        }
        groupX += groupWidth + 2 * zoneGap;
    }
    return view;
}

}  // namespace

Model generateModel(const ModelSize &size, unsigned seed)
{
    QRandomGenerator rng(seed);
    Model m;
    m.system.name = QStringLiteral("Synthetic %1").arg(size.elements);
    m.system.description = QStringLiteral("Generated for benchmarks.");
    m.system.version = QStringLiteral("1.0");

    const int teams = std::max(2, size.elements / 50);
    for (int i = 0; i < teams; ++i) {
        Team t;
        t.id = num("team", i);
        t.name = QStringLiteral("Team %1").arg(i);
        t.kind = i % 3 == 0 ? TeamKind::Vendor : TeamKind::InHouse;
        t.contact = QStringLiteral("team%1@example.com").arg(i);
        m.teams.push_back(t);
    }
    const Trust trusts[] = {Trust::Untrusted, Trust::Dmz, Trust::Internal, Trust::Restricted};
    const int zones = std::max(4, size.elements / 100);
    for (int i = 0; i < zones; ++i) {
        Zone z;
        z.id = num("zone", i);
        z.name = QStringLiteral("Zone %1").arg(i);
        z.trust = trusts[i % 4];
        if (i >= 4)
            z.parent = num("zone", i % 4);
        m.zones.push_back(z);
    }
    const Classification classes[] = {Classification::Public, Classification::Internal,
                                      Classification::Confidential, Classification::Restricted};
    for (int i = 0; i < 20; ++i) {
        DataClass d;
        d.id = num("data", i);
        d.name = QStringLiteral("Data %1").arg(i);
        d.classification = classes[i % 4];
        d.pii = i % 3 == 0;
        m.data.push_back(d);
    }
    m.elements.reserve(std::size_t(size.elements));
    for (int i = 0; i < size.elements; ++i) {
        Element e;
        e.id = num("el", i);
        e.name = QStringLiteral("Element %1").arg(i);
        e.kind = kKinds[rng.bounded(int(std::size(kKinds)))];
        e.zone = num("zone", int(rng.bounded(zones)));
        if (rng.bounded(10) != 0)
            e.team = num("team", int(rng.bounded(teams)));
        e.context = QStringLiteral("context-%1").arg(i % 40);
        e.technology = QStringLiteral("Java 21");
        e.description = QStringLiteral("Synthetic element number %1.").arg(i);
        e.tags = {QStringLiteral("generated")};
        e.security.authentication = QStringLiteral("oauth2");
        e.security.rateLimited = rng.bounded(2) == 0;
        e.security.auditLog = rng.bounded(2) == 0;
        e.security.secrets = rng.bounded(8) == 0 ? SecretsStore::Config : SecretsStore::Vault;
        e.operations.logs = true;
        e.operations.metrics = rng.bounded(5) != 0;
        e.operations.healthCheck = true;
        e.operations.runbook = QStringLiteral("https://runbooks.example.com/%1").arg(e.id);
        if (isStore(e.kind)) {
            e.data = {num("data", int(rng.bounded(20)))};
            e.encryptionAtRest = rng.bounded(4) != 0;
            e.backup = e.kind == ElementKind::Datastore ? QStringLiteral("daily") : QString();
        }
        m.elements.push_back(std::move(e));
    }
    // Owners point at a nearby compute element.
    for (std::size_t i = 0; i < m.elements.size(); ++i)
        if (isStore(m.elements[i].kind) && i > 0)
            m.elements[i].owner = m.elements[i - 1].id;

    m.apis.reserve(std::size_t(size.apis));
    for (int i = 0; i < size.apis; ++i) {
        Api a;
        a.id = num("api", i);
        a.name = QStringLiteral("API %1").arg(i);
        a.provider = num("el", int(rng.bounded(size.elements)));
        a.style = ApiStyle::Rest;
        a.version = QStringLiteral("1.%1").arg(i % 10);
        a.visibility = i % 5 == 0 ? Visibility::Public : Visibility::Internal;
        a.status = i % 20 == 0 ? ApiStatus::Deprecated : ApiStatus::Stable;
        a.authentication = QStringLiteral("oauth2");
        a.rateLimit = QStringLiteral("100/s");
        for (int o = 0; o < 3; ++o) {
            ApiOperation op;
            op.id = QStringLiteral("op-%1").arg(o);
            op.method = o == 0 ? QStringLiteral("GET") : QStringLiteral("POST");
            op.path = QStringLiteral("/items/{item-id}/part-%1").arg(o);
            op.summary = QStringLiteral("Operation %1").arg(o);
            op.request = o == 0 ? QString() : QStringLiteral("Item");
            op.responses = {{QStringLiteral("200"), QStringLiteral("Item")}, {QStringLiteral("404"), QString()}};
            a.operations.push_back(op);
        }
        a.schemas = {{QStringLiteral("Item"),
                      {{QStringLiteral("id"), QStringLiteral("string")},
                       {QStringLiteral("count"), QStringLiteral("integer")}}}};
        m.apis.push_back(std::move(a));
    }
    m.flows.reserve(std::size_t(size.flows));
    for (int i = 0; i < size.flows; ++i) {
        Flow f;
        f.id = num("flow", i);
        // Mostly "forward" flows, so synchronous cycles stay rare as in real systems.
        const int from = int(rng.bounded(size.elements));
        const int span = std::max(1, std::min(size.elements - 1 - from, 40));
        const int to = from + 1 + int(rng.bounded(span)) < size.elements ? from + 1 + int(rng.bounded(span))
                                                                         : int(rng.bounded(size.elements));
        f.from = num("el", from);
        f.to = num("el", to);
        f.protocol = QString::fromLatin1(kProtocols[rng.bounded(int(std::size(kProtocols)))]);
        f.authentication = QString::fromLatin1(kAuth[rng.bounded(int(std::size(kAuth)))]);
        if (rng.bounded(3) == 0)
            f.data = {num("data", int(rng.bounded(20)))};
        if (rng.bounded(2) == 0 && size.apis > 0)
            f.api = num("api", int(rng.bounded(size.apis)));
        f.resilience.timeout = QStringLiteral("2s");
        f.resilience.retries = 3;
        m.flows.push_back(std::move(f));
    }
    for (int i = 0; i < size.decisions; ++i) {
        Decision d;
        d.id = num("adr", i + 1);
        d.title = QStringLiteral("Decision %1").arg(i + 1);
        d.status = DecisionStatus::Accepted;
        d.date = QStringLiteral("2026-01-15");
        d.deciders = {QStringLiteral("Architecture board")};
        d.context = QStringLiteral("Why decision %1 was needed.").arg(i + 1);
        d.options = {{{}, QStringLiteral("Option A"), {QStringLiteral("simple")}, {QStringLiteral("slow")}},
                     {{}, QStringLiteral("Option B"), {QStringLiteral("fast")}, {QStringLiteral("complex")}}};
        d.outcome = QStringLiteral("Option A");
        d.affects = {num("el", int(rng.bounded(size.elements)))};
        m.decisions.push_back(std::move(d));
    }
    m.views.push_back(overviewOf(m, zones));
    return m;
}

}  // namespace lintel::bench
