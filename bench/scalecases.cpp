#include "bench/scalecases.h"

#include <algorithm>

namespace lintel::bench {

namespace {

QString num(const char *prefix, int i)
{
    return QStringLiteral("%1-%2").arg(QLatin1String(prefix)).arg(i);
}

Element service(const QString &id, const QString &zone = {})
{
    Element e;
    e.id = id;
    e.name = id;
    e.kind = ElementKind::Service;
    e.zone = zone;
    e.team = QStringLiteral("team");
    return e;
}

Flow call(const QString &from, const QString &to)
{
    Flow f;
    f.id = from + QStringLiteral("-to-") + to;
    f.from = from;
    f.to = to;
    f.protocol = QStringLiteral("https");
    f.authentication = QStringLiteral("mtls");
    return f;
}

Model base(const QString &name)
{
    Model m;
    m.system.name = name;
    m.system.version = QStringLiteral("1.0");
    Team t;
    t.id = QStringLiteral("team");
    t.name = QStringLiteral("Team");
    m.teams.push_back(t);
    return m;
}

Model deepZones(int n)
{
    Model m = base(QStringLiteral("Deep zones %1").arg(n));
    // Innermost first: the order that made walking up from each zone slowest.
    for (int i = n - 1; i >= 0; --i) {
        Zone z;
        z.id = num("zone", i);
        z.name = QStringLiteral("Zone %1").arg(i);
        if (i > 0)
            z.parent = num("zone", i - 1);
        else
            z.trust = Trust::Internal;
        m.zones.push_back(z);
    }
    m.elements.push_back(service(QStringLiteral("inner"), num("zone", n - 1)));
    m.elements.push_back(service(QStringLiteral("outer"), num("zone", 0)));
    m.flows.push_back(call(QStringLiteral("outer"), QStringLiteral("inner")));
    return m;
}

Model zoneLoop(int n)
{
    Model m = base(QStringLiteral("Zone loop %1").arg(n));
    for (int i = 0; i < n; ++i) {
        Zone z;
        z.id = num("zone", i);
        z.parent = num("zone", (i + 1) % n);
        if (i % 100 == 0)
            z.trust = Trust::Internal;
        m.zones.push_back(z);
    }
    for (int i = 0; i < std::min(n, 10); ++i)
        m.elements.push_back(service(num("svc", i), num("zone", i)));
    for (int i = 0; i + 1 < std::min(n, 10); ++i)
        m.flows.push_back(call(num("svc", i), num("svc", i + 1)));
    return m;
}

Model syncRing(int n)
{
    Model m = base(QStringLiteral("Sync ring %1").arg(n));
    for (int i = 0; i < n; ++i)
        m.elements.push_back(service(num("svc", i)));
    for (int i = 0; i < n; ++i)
        m.flows.push_back(call(num("svc", i), num("svc", (i + 1) % n)));
    return m;
}

Model syncDense(int n)
{
    Model m = base(QStringLiteral("Dense sync graph %1").arg(n));
    for (int i = 0; i < n; ++i)
        m.elements.push_back(service(num("svc", i)));
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j)
            if (i != j)
                m.flows.push_back(call(num("svc", i), num("svc", j)));
    return m;
}

Model bigText(int mebibytes)
{
    Model m = syncRing(3);
    m.system.name = QStringLiteral("Big description");
    // Lines of ordinary words, so the text is laid out, not just stored.
    const QString line = QStringLiteral("The quick brown fox jumps over the lazy dog while the team reviews "
                                        "the architecture once more. ");
    QString text;
    text.reserve(qsizetype(mebibytes) * 1024 * 1024 + line.size());
    while (text.size() < qsizetype(mebibytes) * 1024 * 1024)
        text += line;
    m.system.description = text;
    return m;
}

}  // namespace

bool scaleCaseByName(const QString &spec, Model *model)
{
    const QStringList parts = spec.split(u':');
    bool ok = false;
    const int n = parts.size() == 2 ? parts[1].toInt(&ok) : 0;
    if (!ok || n < 1)
        return false;
    const QString name = parts[0].toLower();
    if (name == u"deep-zones")
        *model = deepZones(n);
    else if (name == u"zone-loop")
        *model = zoneLoop(n);
    else if (name == u"sync-ring")
        *model = syncRing(n);
    else if (name == u"sync-dense")
        *model = syncDense(n);
    else if (name == u"big-text")
        *model = bigText(n);
    else
        return false;
    return true;
}

}  // namespace lintel::bench
