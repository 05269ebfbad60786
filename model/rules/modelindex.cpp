#include "model/rules/modelindex.h"

#include "model/rules/semantics.h"

#include <algorithm>

namespace lintel {

namespace {

template <class T> QHash<QString, int> indexById(const std::vector<T> &items)
{
    QHash<QString, int> byId;
    byId.reserve(qsizetype(items.size()));
    // Backwards, so that of duplicate ids the first one is inserted last
    // and wins, with one hash operation per object.
    for (std::size_t i = items.size(); i-- > 0;)
        byId.insert(items[i].id, int(i));
    return byId;
}

// What a protocol implies. Flows share a handful of protocols, so each
// distinct spelling is judged once per validation.
struct ProtocolFacts {
    bool encrypted = false;
    bool messaging = false;
};

}  // namespace

ModelIndex::ModelIndex(const Model &model)
    : m_model(model),
      m_elementById(indexById(model.elements)),
      m_flowById(indexById(model.flows)),
      m_zoneById(indexById(model.zones)),
      m_teamById(indexById(model.teams)),
      m_dataById(indexById(model.data)),
      m_apiById(indexById(model.apis)),
      m_decisionById(indexById(model.decisions)),
      m_questionById(indexById(model.questions)),
      m_viewById(indexById(model.views)),
      m_zoneTree(model)
{
    const std::size_t flowCount = model.flows.size();
    m_from.resize(flowCount);
    m_to.resize(flowCount);
    m_sync.resize(flowCount);
    m_encrypted.resize(flowCount);
    m_outgoing.resize(model.elements.size());
    m_incoming.resize(model.elements.size());
    QHash<QString, ProtocolFacts> protocols;
    for (std::size_t i = 0; i < flowCount; ++i) {
        const Flow &f = model.flows[i];
        const int from = elementIndex(f.from);
        const int to = elementIndex(f.to);
        m_from[i] = from;
        m_to[i] = to;
        if (from >= 0)
            m_outgoing[std::size_t(from)].push_back(int(i));
        if (to >= 0)
            m_incoming[std::size_t(to)].push_back(int(i));
        auto facts = protocols.constFind(f.protocol);
        if (facts == protocols.constEnd())
            facts = protocols.insert(f.protocol, {isEncryptedProtocol(f.protocol), isMessagingProtocol(f.protocol)});
        // The same answers as lintel::isSync and lintel::isEncrypted.
        m_sync[i] = f.sync.value_or(!facts->messaging);
        m_encrypted[i] = f.encrypted.value_or(facts->encrypted);
    }
}

const Element *ModelIndex::element(const QString &id) const
{
    const int i = elementIndex(id);
    return i < 0 ? nullptr : &elementAt(i);
}

const Flow *ModelIndex::flow(const QString &id) const
{
    const int i = flowIndex(id);
    return i < 0 ? nullptr : &flowAt(i);
}

bool ModelIndex::hasObject(const QString &id) const
{
    return m_elementById.contains(id) || m_flowById.contains(id) || m_zoneById.contains(id)
        || m_teamById.contains(id) || m_dataById.contains(id) || m_apiById.contains(id)
        || m_decisionById.contains(id) || m_questionById.contains(id) || m_viewById.contains(id);
}

bool ModelIndex::crossesBoundary(int flow) const
{
    const int from = fromOf(flow);
    const int to = toOf(flow);
    return from >= 0 && to >= 0 && lintel::crossesBoundary(elementAt(from), elementAt(to));
}

std::optional<Classification> ModelIndex::classification(const QString &dataId) const
{
    const DataClass *d = dataClass(dataId);
    return d ? d->classification : std::nullopt;
}

std::optional<Classification> ModelIndex::highestClassification(const QStringList &dataIds) const
{
    std::optional<Classification> highest;
    for (const QString &id : dataIds) {
        const auto c = classification(id);
        if (c && (!highest || *c > *highest))
            highest = c;
    }
    return highest;
}

QStringList ModelIndex::dataAtLeast(const QStringList &dataIds, Classification minimum) const
{
    QStringList out;
    for (const QString &id : dataIds) {
        const auto c = classification(id);
        if (c && *c >= minimum)
            out << id;
    }
    out.sort();
    out.removeDuplicates();
    return out;
}

}  // namespace lintel
