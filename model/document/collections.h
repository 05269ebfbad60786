#pragma once
// Generic access to the model's id-bearing collections, so commands and views
// can address any object as (collection, id) without a switch per type.
#include "model/types.h"

#include <QString>
#include <type_traits>

namespace lintel {

enum class Collection { Teams, Zones, Data, Elements, Flows, Apis, Decisions, Questions, Views, AcceptedRisks };

template <class T> struct CollectionTraits;
#define LINTEL_COLLECTION(T, C, member)                                        \
    template <> struct CollectionTraits<T> {                                   \
        static constexpr Collection collection = Collection::C;                \
        static std::vector<T> &in(Model &m) { return m.member; }               \
        static const std::vector<T> &in(const Model &m) { return m.member; }   \
    };
LINTEL_COLLECTION(Team, Teams, teams)
LINTEL_COLLECTION(Zone, Zones, zones)
LINTEL_COLLECTION(DataClass, Data, data)
LINTEL_COLLECTION(Element, Elements, elements)
LINTEL_COLLECTION(Flow, Flows, flows)
LINTEL_COLLECTION(Api, Apis, apis)
LINTEL_COLLECTION(Decision, Decisions, decisions)
LINTEL_COLLECTION(Question, Questions, questions)
LINTEL_COLLECTION(View, Views, views)
LINTEL_COLLECTION(AcceptedRisk, AcceptedRisks, acceptedRisks)
#undef LINTEL_COLLECTION

// Accepted risks have no id of their own; they are addressed by what they
// accept, which is also what makes two of them the same risk.
inline QString objectId(const AcceptedRisk &r) { return r.rule + u'@' + r.target; }
template <class T> QString objectId(const T &object) { return object.id; }

template <class T> struct TypeTag { using type = T; };

// Calls `f(TypeTag<T>{})` with the struct type stored in collection `c`.
template <class F> decltype(auto) withCollectionType(Collection c, F &&f)
{
    switch (c) {
    case Collection::Teams: return f(TypeTag<Team>{});
    case Collection::Zones: return f(TypeTag<Zone>{});
    case Collection::Data: return f(TypeTag<DataClass>{});
    case Collection::Elements: return f(TypeTag<Element>{});
    case Collection::Flows: return f(TypeTag<Flow>{});
    case Collection::Apis: return f(TypeTag<Api>{});
    case Collection::Decisions: return f(TypeTag<Decision>{});
    case Collection::Questions: return f(TypeTag<Question>{});
    case Collection::Views: return f(TypeTag<View>{});
    case Collection::AcceptedRisks: return f(TypeTag<AcceptedRisk>{});
    }
    return f(TypeTag<Element>{});
}

// Finding an object by id: model/index/lookup.h (one object, live model) and
// model/index/modelindex.h (many lookups in one state of the model).

// An object named by collection and id: what commands and views hold on to
// instead of pointers, which move when a vector grows.
struct ObjectRef {
    Collection collection = Collection::Elements;
    QString id;
    friend bool operator==(const ObjectRef &, const ObjectRef &) = default;
};

QString collectionName(Collection c);  // "element", "flow", ... for messages

}  // namespace lintel
