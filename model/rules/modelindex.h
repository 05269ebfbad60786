#pragma once
// Lookups the rules need, built once per validation so that every rule can
// stay linear: id -> object for each collection, the flows into and out of
// each element, each flow's resolved ends and derived facts (sync,
// encrypted), each zone's effective trust and each data class's
// classification.
//
// Elements and flows are addressed by their position in model.elements and
// model.flows (int, -1 = not found): cheaper than ids in the inner loops.
// When an id occurs twice the first object wins; duplicates are the
// reader's to report.
#include "model/rules/zonetree.h"
#include "model/types.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace lintel {

class ModelIndex {
public:
    explicit ModelIndex(const Model &model);
    ModelIndex(const ModelIndex &) = delete;
    ModelIndex &operator=(const ModelIndex &) = delete;

    const Model &model() const { return m_model; }

    // --- by id; nullptr / -1 when there is no such object
    int elementIndex(const QString &id) const { return m_elementById.value(id, -1); }
    int flowIndex(const QString &id) const { return m_flowById.value(id, -1); }
    const Element *element(const QString &id) const;
    const Flow *flow(const QString &id) const;
    const Zone *zone(const QString &id) const { return lookup(m_model.zones, m_zoneById, id); }
    const Team *team(const QString &id) const { return lookup(m_model.teams, m_teamById, id); }
    const DataClass *dataClass(const QString &id) const { return lookup(m_model.data, m_dataById, id); }
    const Api *api(const QString &id) const { return lookup(m_model.apis, m_apiById, id); }
    const Decision *decision(const QString &id) const { return lookup(m_model.decisions, m_decisionById, id); }
    const Question *question(const QString &id) const { return lookup(m_model.questions, m_questionById, id); }
    const View *view(const QString &id) const { return lookup(m_model.views, m_viewById, id); }
    // Any object with an id of its own: team, zone, data class, element,
    // flow, API, decision, question or view.
    bool hasObject(const QString &id) const;

    // --- flows
    int fromOf(int flow) const { return m_from[std::size_t(flow)]; }
    int toOf(int flow) const { return m_to[std::size_t(flow)]; }
    const std::vector<int> &outgoing(int element) const { return m_outgoing[std::size_t(element)]; }
    const std::vector<int> &incoming(int element) const { return m_incoming[std::size_t(element)]; }
    bool isSync(int flow) const { return m_sync[std::size_t(flow)]; }
    bool isEncrypted(int flow) const { return m_encrypted[std::size_t(flow)]; }
    // Both ends exist, both have a zone, and the zones differ.
    bool crossesBoundary(int flow) const;

    // --- zones and data
    // Parents, loops and effective trust of every zone, resolved once.
    const ZoneTree &zoneTree() const { return m_zoneTree; }
    std::optional<Trust> trustOfZone(const QString &zoneId) const { return m_zoneTree.trustOf(zoneId); }
    std::optional<Trust> trustOf(int element) const { return trustOfZone(elementAt(element).zone); }
    std::optional<Classification> classification(const QString &dataId) const;
    std::optional<Classification> highestClassification(const QStringList &dataIds) const;
    // The ids among `dataIds` classified at least `minimum`, sorted, without
    // duplicates.
    QStringList dataAtLeast(const QStringList &dataIds, Classification minimum) const;

    const Element &elementAt(int element) const { return m_model.elements[std::size_t(element)]; }
    const Flow &flowAt(int flow) const { return m_model.flows[std::size_t(flow)]; }

private:
    template <class T>
    static const T *lookup(const std::vector<T> &items, const QHash<QString, int> &byId, const QString &id)
    {
        const auto it = byId.constFind(id);
        return it == byId.constEnd() ? nullptr : &items[std::size_t(*it)];
    }

    const Model &m_model;
    QHash<QString, int> m_elementById, m_flowById, m_zoneById, m_teamById, m_dataById, m_apiById,
        m_decisionById, m_questionById, m_viewById;
    std::vector<int> m_from, m_to;
    std::vector<std::vector<int>> m_outgoing, m_incoming;
    std::vector<bool> m_sync, m_encrypted;
    ZoneTree m_zoneTree;
};

}  // namespace lintel
