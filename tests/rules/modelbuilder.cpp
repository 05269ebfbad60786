#include "tests/rules/modelbuilder.h"

#include <QtGlobal>

namespace lintel::test {

template <class T> T &ModelBuilder::append(std::vector<T> &items)
{
    T &item = items.emplace_back();
    item.loc = next();
    return item;
}

template <class T> T &ModelBuilder::appendWithId(std::vector<T> &items, const QString &id)
{
    T &item = append(items);
    item.id = id;
    return item;
}

Team &ModelBuilder::team(const QString &id)
{
    Team &t = appendWithId(m_model.teams, id);
    t.name = id;
    return t;
}

Zone &ModelBuilder::zone(const QString &id, std::optional<Trust> trust, const QString &parent)
{
    Zone &z = appendWithId(m_model.zones, id);
    z.trust = trust;
    z.parent = parent;
    return z;
}

DataClass &ModelBuilder::data(const QString &id, Classification classification)
{
    DataClass &d = appendWithId(m_model.data, id);
    d.classification = classification;
    return d;
}

Element &ModelBuilder::element(const QString &id, ElementKind kind, const QString &zone, const QString &team)
{
    Element &e = appendWithId(m_model.elements, id);
    e.name = id;
    e.kind = kind;
    e.zone = zone;
    e.team = team;
    if (isCompute(kind)) {
        e.operations.logs = true;
        e.operations.metrics = true;
    }
    return e;
}

Flow &ModelBuilder::flow(const QString &id, const QString &from, const QString &to, const QString &protocol)
{
    Flow &f = appendWithId(m_model.flows, id);
    f.from = from;
    f.to = to;
    f.protocol = protocol;
    return f;
}

Api &ModelBuilder::api(const QString &id, const QString &provider, std::optional<Visibility> visibility)
{
    Api &a = appendWithId(m_model.apis, id);
    a.provider = provider;
    a.visibility = visibility;
    return a;
}

Decision &ModelBuilder::decision(const QString &id, DecisionStatus status)
{
    Decision &d = appendWithId(m_model.decisions, id);
    d.status = status;
    return d;
}

Question &ModelBuilder::question(const QString &id) { return appendWithId(m_model.questions, id); }

View &ModelBuilder::view(const QString &id) { return appendWithId(m_model.views, id); }

AcceptedRisk &ModelBuilder::risk(const QString &rule, const QString &target, const QString &expires)
{
    AcceptedRisk &r = append(m_model.acceptedRisks);
    r.rule = rule;
    r.target = target;
    r.expires = expires;
    r.acceptedBy = QStringLiteral("Ada");
    r.reason = QStringLiteral("vendor fixes it in release 2");
    return r;
}

int ModelBuilder::lineOf(const QString &id) const
{
    auto find = [&](const auto &items) -> int {
        for (const auto &item : items)
            if (item.id == id)
                return item.loc.line;
        return 0;
    };
    for (int line : {find(m_model.elements), find(m_model.flows), find(m_model.zones), find(m_model.teams),
                     find(m_model.data), find(m_model.apis), find(m_model.decisions), find(m_model.questions),
                     find(m_model.views)})
        if (line)
            return line;
    return 0;
}

template <class T> static T &byId(std::vector<T> &items, const QString &id)
{
    for (T &item : items)
        if (item.id == id)
            return item;
    qFatal("test model has no object %s", qPrintable(id));
}

Element &elementIn(Model &model, const QString &id) { return byId(model.elements, id); }
Flow &flowIn(Model &model, const QString &id) { return byId(model.flows, id); }
Api &apiIn(Model &model, const QString &id) { return byId(model.apis, id); }
Decision &decisionIn(Model &model, const QString &id) { return byId(model.decisions, id); }

}  // namespace lintel::test
