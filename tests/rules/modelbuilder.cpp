#include "tests/rules/modelbuilder.h"

#include <QtGlobal>

namespace lintel::test {

Team &ModelBuilder::team(const QString &id)
{
    Team t;
    t.loc = next();
    t.id = id;
    t.name = id;
    m_model.teams.push_back(t);
    return m_model.teams.back();
}

Zone &ModelBuilder::zone(const QString &id, std::optional<Trust> trust, const QString &parent)
{
    Zone z;
    z.loc = next();
    z.id = id;
    z.trust = trust;
    z.parent = parent;
    m_model.zones.push_back(z);
    return m_model.zones.back();
}

DataClass &ModelBuilder::data(const QString &id, Classification classification)
{
    DataClass d;
    d.loc = next();
    d.id = id;
    d.classification = classification;
    m_model.data.push_back(d);
    return m_model.data.back();
}

Element &ModelBuilder::element(const QString &id, ElementKind kind, const QString &zone, const QString &team)
{
    Element e;
    e.loc = next();
    e.id = id;
    e.name = id;
    e.kind = kind;
    e.zone = zone;
    e.team = team;
    if (isCompute(kind)) {
        e.operations.logs = true;
        e.operations.metrics = true;
    }
    m_model.elements.push_back(e);
    return m_model.elements.back();
}

Flow &ModelBuilder::flow(const QString &id, const QString &from, const QString &to, const QString &protocol)
{
    Flow f;
    f.loc = next();
    f.id = id;
    f.from = from;
    f.to = to;
    f.protocol = protocol;
    m_model.flows.push_back(f);
    return m_model.flows.back();
}

Api &ModelBuilder::api(const QString &id, const QString &provider, std::optional<Visibility> visibility)
{
    Api a;
    a.loc = next();
    a.id = id;
    a.provider = provider;
    a.visibility = visibility;
    m_model.apis.push_back(a);
    return m_model.apis.back();
}

Decision &ModelBuilder::decision(const QString &id, DecisionStatus status)
{
    Decision d;
    d.loc = next();
    d.id = id;
    d.status = status;
    m_model.decisions.push_back(d);
    return m_model.decisions.back();
}

Question &ModelBuilder::question(const QString &id)
{
    Question q;
    q.loc = next();
    q.id = id;
    m_model.questions.push_back(q);
    return m_model.questions.back();
}

View &ModelBuilder::view(const QString &id)
{
    View v;
    v.loc = next();
    v.id = id;
    m_model.views.push_back(v);
    return m_model.views.back();
}

AcceptedRisk &ModelBuilder::risk(const QString &rule, const QString &target, const QString &expires)
{
    AcceptedRisk r;
    r.loc = next();
    r.rule = rule;
    r.target = target;
    r.expires = expires;
    r.acceptedBy = QStringLiteral("Ada");
    r.reason = QStringLiteral("vendor fixes it in release 2");
    m_model.acceptedRisks.push_back(r);
    return m_model.acceptedRisks.back();
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
