#pragma once
// The one place where the model's fields get their YAML names and order.
//
// Each `describe(v, object)` calls `v(name, member, flags)` for every field in
// canonical order. The YAML reader and writer, the binary (.lintel) codec and
// the inspector's generic property access are all visitors over these
// functions, so adding a field here adds it everywhere at once.
//
// `T` is deduced as either `X` or `const X`, so the same description serves
// readers (which assign) and writers (which only look).
//
// The flags say what a field means beyond its C++ type, so that code which
// cares (the rename cascade, the dangling-reference rule, the inspector)
// visits the description instead of keeping its own list of fields.
#include "model/document/collections.h"
#include "types.h"

#include <optional>
#include <type_traits>

namespace lintel {

enum FieldFlag : unsigned {
    NoFlags = 0,
    Required = 1u << 0,     // missing key is a load error
    IsDate = 1u << 1,       // YYYY-MM-DD
    IsId = 1u << 2,         // the object's own id: kebab-case, unique
    MultiLine = 1u << 3,    // prose: edited in a multi-line box
    RefersToAny = 1u << 4,  // holds ids of objects of any collection
    // With refersTo(): the ids are only offered in the inspector; the field
    // may hold other text (a person's name), so it is neither renamed nor
    // checked.
    OffersOnly = 1u << 5,
    IsStage = 1u << 6,  // an ownership stage: 1, 2, 3 or 4
};

// A field holding ids of objects of collection `c`: a string, a list of
// strings, or the keys of an ordered map (a view's positions). The
// collection rides in the flags' second byte, stored as c + 1 so that 0
// means "not a reference".
constexpr unsigned refersTo(Collection c) { return (unsigned(c) + 1u) << 8; }
constexpr unsigned offersIdsOf(Collection c) { return refersTo(c) | OffersOnly; }

// What a field's flags say it refers to.
struct FieldReference {
    bool isReference = false;               // renamed with its target, checked for dangling
    bool offered = false;                   // the inspector offers ids (true for every reference)
    std::optional<Collection> collection;   // nullopt: any collection
};

constexpr FieldReference fieldReference(unsigned flags)
{
    const unsigned stored = (flags >> 8) & 0xffu;
    if (stored == 0 && !(flags & RefersToAny))
        return {};
    const bool checked = !(flags & OffersOnly);
    if (stored == 0)
        return {checked, true, std::nullopt};
    return {checked, true, Collection(stored - 1)};
}

template <class T, class U>
concept SameOrConst = std::is_same_v<std::remove_const_t<T>, U>;

template <class V, SameOrConst<System> T> void describe(V &v, T &s)
{
    v("name", s.name);
    v("description", s.description, MultiLine);
    v("version", s.version);
}

template <class V, SameOrConst<ExitItem> T> void describe(V &v, T &i)
{
    v("what", i.what, Required);
    v("element", i.element, refersTo(Collection::Elements));
    v("status", i.status);
    v("note", i.note, MultiLine);
}

template <class V, SameOrConst<TeamExit> T> void describe(V &v, T &e)
{
    v("access", e.access);
    v("credentials", e.credentials);
}

template <class V, SameOrConst<Team> T> void describe(V &v, T &t)
{
    v("id", t.id, Required | IsId);
    v("name", t.name);
    v("kind", t.kind);
    v("contact", t.contact);
    v("exit", t.exit);
}

template <class V, SameOrConst<Zone> T> void describe(V &v, T &z)
{
    v("id", z.id, Required | IsId);
    v("name", z.name);
    v("trust", z.trust);
    v("parent", z.parent, refersTo(Collection::Zones));
    v("description", z.description, MultiLine);
}

template <class V, SameOrConst<DataClass> T> void describe(V &v, T &d)
{
    v("id", d.id, Required | IsId);
    v("name", d.name);
    v("classification", d.classification);
    v("pii", d.pii);
    v("description", d.description, MultiLine);
}

template <class V, SameOrConst<Security> T> void describe(V &v, T &s)
{
    v("authentication", s.authentication);
    v("rate_limited", s.rateLimited);
    v("audit_log", s.auditLog);
    v("secrets", s.secrets);
}

template <class V, SameOrConst<Operations> T> void describe(V &v, T &o)
{
    v("logs", o.logs);
    v("metrics", o.metrics);
    v("traces", o.traces);
    v("health_check", o.healthCheck);
    v("runbook", o.runbook);
}

template <class V, SameOrConst<StageRecord> T> void describe(V &v, T &r)
{
    v("since", r.since, IsDate);
    v("stage", r.stage, IsStage);
    v("note", r.note, MultiLine);
}

template <class V, SameOrConst<Walkthrough> T> void describe(V &v, T &w)
{
    v("date", w.date, IsDate);
    v("by", w.by);
}

template <class V, SameOrConst<KnowledgeTransfer> T> void describe(V &v, T &k)
{
    v("walkthrough", k.walkthrough);
    v("documentation", k.documentation);
    v("questions", k.questions, refersTo(Collection::Questions));
    v("access_transferred", k.accessTransferred);
    v("access", k.access);
}

template <class V, SameOrConst<DoneItem> T> void describe(V &v, T &d)
{
    v("status", d.status);
    v("note", d.note, MultiLine);
}

template <class V, SameOrConst<DefinitionOfDone> T> void describe(V &v, T &d)
{
    v("tests", d.tests);
    v("api_docs", d.apiDocs);
    v("observability", d.observability);
    v("rollback_notes", d.rollbackNotes);
    v("operational_notes", d.operationalNotes);
}

template <class V, SameOrConst<Handover> T> void describe(V &v, T &h)
{
    v("stage", h.stage, IsStage);
    v("since", h.since, IsDate);
    v("note", h.note, MultiLine);
    v("history", h.history);
    v("knowledge", h.knowledge);
    v("done", h.done);
}

template <class V, SameOrConst<Element> T> void describe(V &v, T &e)
{
    v("id", e.id, Required | IsId);
    v("name", e.name);
    v("kind", e.kind, Required);
    v("zone", e.zone, refersTo(Collection::Zones));
    v("team", e.team, refersTo(Collection::Teams));
    v("context", e.context);
    v("technology", e.technology);
    v("description", e.description, MultiLine);
    v("tags", e.tags);
    v("exposure", e.exposure);
    v("stateful", e.stateful);
    v("replicas", e.replicas);
    v("security", e.security);
    v("operations", e.operations);
    v("data", e.data, refersTo(Collection::Data));
    v("owner", e.owner, refersTo(Collection::Elements));
    v("encryption_at_rest", e.encryptionAtRest);
    v("backup", e.backup);
    v("handover", e.handover);
}

template <class V, SameOrConst<Resilience> T> void describe(V &v, T &r)
{
    v("timeout", r.timeout);
    v("retries", r.retries);
    v("circuit_breaker", r.circuitBreaker);
}

template <class V, SameOrConst<Flow> T> void describe(V &v, T &f)
{
    v("id", f.id, Required | IsId);
    v("from", f.from, Required | refersTo(Collection::Elements));
    v("to", f.to, Required | refersTo(Collection::Elements));
    v("description", f.description, MultiLine);
    v("protocol", f.protocol);
    v("sync", f.sync);
    v("encrypted", f.encrypted);
    v("authentication", f.authentication);
    v("data", f.data, refersTo(Collection::Data));
    v("api", f.api, refersTo(Collection::Apis));
    v("resilience", f.resilience);
}

template <class V, SameOrConst<ApiOperation> T> void describe(V &v, T &o)
{
    v("id", o.id, Required | IsId);
    v("method", o.method);
    v("path", o.path);
    v("summary", o.summary);
    v("request", o.request);
    v("responses", o.responses);
    v("idempotent", o.idempotent);
    v("deprecated", o.deprecated);
}

template <class V, SameOrConst<Api> T> void describe(V &v, T &a)
{
    v("id", a.id, Required | IsId);
    v("name", a.name);
    v("provider", a.provider, refersTo(Collection::Elements));
    v("description", a.description, MultiLine);
    v("style", a.style);
    v("version", a.version);
    v("visibility", a.visibility);
    v("status", a.status);
    v("sunset", a.sunset, IsDate);
    v("authentication", a.authentication);
    v("rate_limit", a.rateLimit);
    v("operations", a.operations);
    v("schemas", a.schemas);
}

template <class V, SameOrConst<DecisionOption> T> void describe(V &v, T &o)
{
    v("name", o.name, Required);
    v("pros", o.pros);
    v("cons", o.cons);
}

template <class V, SameOrConst<Decision> T> void describe(V &v, T &d)
{
    v("id", d.id, Required | IsId);
    v("title", d.title);
    v("status", d.status);
    v("date", d.date, IsDate);
    v("deciders", d.deciders);
    v("context", d.context, MultiLine);
    v("options", d.options);
    v("outcome", d.outcome, MultiLine);
    v("consequences", d.consequences, MultiLine);
    v("affects", d.affects, RefersToAny);
    v("supersedes", d.supersedes, refersTo(Collection::Decisions));
    v("superseded_by", d.supersededBy, refersTo(Collection::Decisions));
}

template <class V, SameOrConst<Question> T> void describe(V &v, T &q)
{
    v("id", q.id, Required | IsId);
    v("text", q.text, MultiLine);
    v("about", q.about, RefersToAny);
    v("owner", q.owner, offersIdsOf(Collection::Teams));
    v("status", q.status);
    v("answer", q.answer, MultiLine);
}

template <class V, SameOrConst<TransitionPhase> T> void describe(V &v, T &p)
{
    v("id", p.id, Required | IsId);
    v("name", p.name);
    v("kind", p.kind);
    v("planned_start", p.plannedStart, IsDate);
    v("planned_end", p.plannedEnd, IsDate);
    v("actual_start", p.actualStart, IsDate);
    v("actual_end", p.actualEnd, IsDate);
}

template <class V, SameOrConst<Transition> T> void describe(V &v, T &t)
{
    v("name", t.name);
    v("outgoing", t.outgoing, refersTo(Collection::Teams));
    v("incoming", t.incoming, refersTo(Collection::Teams));
    v("target_date", t.targetDate, IsDate);
    v("phases", t.phases);
}

template <class V, SameOrConst<View> T> void describe(V &v, T &w)
{
    v("id", w.id, Required | IsId);
    v("name", w.name);
    v("elements", w.elements, refersTo(Collection::Elements));
    v("positions", w.positions, refersTo(Collection::Elements));
}

template <class V, SameOrConst<RuleSettings> T> void describe(V &v, T &r)
{
    v("packs", r.packs);
    v("disable", r.disable);
    v("severity", r.severity);
    v("params", r.params);
}

template <class V, SameOrConst<AcceptedRisk> T> void describe(V &v, T &a)
{
    v("rule", a.rule, Required);
    v("target", a.target, Required | RefersToAny);
    v("reason", a.reason, MultiLine);
    v("accepted_by", a.acceptedBy);
    v("expires", a.expires, IsDate);
}

// The top level, after the `lintel: <version>` key, which readers and
// writers handle themselves because it must come first.
template <class V, SameOrConst<Model> T> void describe(V &v, T &m)
{
    v("system", m.system);
    v("teams", m.teams);
    v("zones", m.zones);
    v("data", m.data);
    v("elements", m.elements);
    v("flows", m.flows);
    v("apis", m.apis);
    v("decisions", m.decisions);
    v("questions", m.questions);
    v("transition", m.transition);
    v("views", m.views);
    v("rules", m.rules);
    v("accepted_risks", m.acceptedRisks);
}

// True for the structs above (they have a describe overload and derive Node).
template <class T>
concept Described = std::is_base_of_v<Node, std::remove_const_t<T>>;

}  // namespace lintel
