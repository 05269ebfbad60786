#pragma once
// The model's index: every question about one state of the model that would
// otherwise need a search, answered in constant time. Id -> object for every
// collection, the flows into and out of each element, each flow's resolved
// ends and derived facts (sync, encrypted), each zone's parent and effective
// trust, each data class's classification. The rules, the exporters and the
// canvas all ask here (ADR 0021).
//
// It answers the lookups of model/index/lookup.h (indexOfObject, findObject,
// findRef, exists) under the same names with the same answers, including
// which object wins when an id occurs twice (the first in model order).
//
// Each part is built on first use, once, and is safe to ask from several
// threads: drawing flows builds only the element ids, validating builds
// everything. The index points into the Model it was built from: keep that
// model alive and unchanged while using it, and build a new index after an
// edit (a live document asks lookup.h instead).
//
// Elements and flows are also addressed by their position in model.elements
// and model.flows (int, -1 = not found): cheaper than ids in inner loops.
#include "model/index/lookup.h"
#include "model/index/zonetree.h"
#include "model/types.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <array>
#include <mutex>
#include <optional>
#include <vector>

namespace lintel {

class ModelIndex {
public:
    explicit ModelIndex(const Model &model);
    ModelIndex(const ModelIndex &) = delete;
    ModelIndex &operator=(const ModelIndex &) = delete;

    const Model &model() const { return m_model; }

    // --- by id, as in lookup.h; nullptr / -1 / empty when there is none
    template <class T> int indexOfObject(const QString &id) const
    {
        return idsOf(CollectionTraits<T>::collection).value(id, -1);
    }
    template <class T> const T *findObject(const QString &id) const
    {
        const int i = indexOfObject<T>(id);
        return i < 0 ? nullptr : &CollectionTraits<T>::in(m_model)[std::size_t(i)];
    }
    std::optional<ObjectRef> findRef(const QString &id) const;
    bool exists(const ObjectRef &ref) const { return idsOf(ref.collection).contains(ref.id); }

    // Shorthands the rules read best with.
    int elementIndex(const QString &id) const { return indexOfObject<Element>(id); }
    int flowIndex(const QString &id) const { return indexOfObject<Flow>(id); }
    const Element *element(const QString &id) const { return findObject<Element>(id); }
    const Flow *flow(const QString &id) const { return findObject<Flow>(id); }
    const Zone *zone(const QString &id) const { return findObject<Zone>(id); }
    const Team *team(const QString &id) const { return findObject<Team>(id); }
    const DataClass *dataClass(const QString &id) const { return findObject<DataClass>(id); }
    const Api *api(const QString &id) const { return findObject<Api>(id); }
    const Decision *decision(const QString &id) const { return findObject<Decision>(id); }
    const Question *question(const QString &id) const { return findObject<Question>(id); }
    const View *view(const QString &id) const { return findObject<View>(id); }
    // Any object with an id of its own: team, zone, data class, element,
    // flow, API, decision, question or view (not an accepted risk).
    bool hasObject(const QString &id) const;

    // --- flows
    int fromOf(int flow) const { return flows().from[std::size_t(flow)]; }
    int toOf(int flow) const { return flows().to[std::size_t(flow)]; }
    const std::vector<int> &outgoing(int element) const { return flows().outgoing[std::size_t(element)]; }
    const std::vector<int> &incoming(int element) const { return flows().incoming[std::size_t(element)]; }
    bool isSync(int flow) const { return flows().sync[std::size_t(flow)]; }
    bool isEncrypted(int flow) const { return flows().encrypted[std::size_t(flow)]; }
    // Both ends exist, both have a zone, and the zones differ.
    bool crossesBoundary(int flow) const;

    // --- zones and data
    // Parents, loops and effective trust of every zone, resolved once.
    const ZoneTree &zoneTree() const;
    std::optional<Trust> trustOfZone(const QString &zoneId) const { return zoneTree().trustOf(zoneId); }
    // The trust of an element's zone, resolved once for all elements (rule
    // packs ask it several times per flow).
    std::optional<Trust> trustOf(int element) const { return elementTrust()[std::size_t(element)]; }
    std::optional<Classification> classification(const QString &dataId) const;
    std::optional<Classification> highestClassification(const QStringList &dataIds) const;
    // The ids among `dataIds` classified at least `minimum`, sorted, without
    // duplicates.
    QStringList dataAtLeast(const QStringList &dataIds, Classification minimum) const;

    const Element &elementAt(int element) const { return m_model.elements[std::size_t(element)]; }
    const Flow &flowAt(int flow) const { return m_model.flows[std::size_t(flow)]; }

private:
    static constexpr std::size_t kCollectionCount = std::size_t(Collection::AcceptedRisks) + 1;

    struct FlowFacts {
        std::vector<int> from, to;
        std::vector<std::vector<int>> outgoing, incoming;
        std::vector<bool> sync, encrypted;
    };

    const QHash<QString, int> &idsOf(Collection c) const;
    const FlowFacts &flows() const;
    const std::vector<std::optional<Trust>> &elementTrust() const;

    const Model &m_model;
    // Built on first use (std::call_once): const questions from any thread.
    mutable std::array<std::once_flag, kCollectionCount> m_idsBuilt;
    mutable std::array<QHash<QString, int>, kCollectionCount> m_ids;
    mutable std::once_flag m_flowsBuilt;
    mutable FlowFacts m_flows;
    mutable std::once_flag m_zonesBuilt;
    mutable std::optional<ZoneTree> m_zoneTree;
    mutable std::once_flag m_elementTrustBuilt;
    mutable std::vector<std::optional<Trust>> m_elementTrust;
};

}  // namespace lintel
