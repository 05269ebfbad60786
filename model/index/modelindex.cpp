#include "model/index/modelindex.h"

#include "model/index/semantics.h"

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
        byId.insert(objectId(items[i]), int(i));
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
    : m_model(model)
{
}

const QHash<QString, int> &ModelIndex::idsOf(Collection c) const
{
    const auto slot = std::size_t(c);
    std::call_once(m_idsBuilt[slot], [&] {
        m_ids[slot] = withCollectionType(c, [&](auto tag) {
            using T = typename decltype(tag)::type;
            return indexById(CollectionTraits<T>::in(m_model));
        });
    });
    return m_ids[slot];
}

const ModelIndex::FlowFacts &ModelIndex::flows() const
{
    std::call_once(m_flowsBuilt, [&] {
        const std::size_t flowCount = m_model.flows.size();
        FlowFacts &facts = m_flows;
        facts.from.resize(flowCount);
        facts.to.resize(flowCount);
        facts.sync.resize(flowCount);
        facts.encrypted.resize(flowCount);
        facts.outgoing.resize(m_model.elements.size());
        facts.incoming.resize(m_model.elements.size());
        QHash<QString, ProtocolFacts> protocols;
        for (std::size_t i = 0; i < flowCount; ++i) {
            const Flow &f = m_model.flows[i];
            const int from = elementIndex(f.from);
            const int to = elementIndex(f.to);
            facts.from[i] = from;
            facts.to[i] = to;
            if (from >= 0)
                facts.outgoing[std::size_t(from)].push_back(int(i));
            if (to >= 0)
                facts.incoming[std::size_t(to)].push_back(int(i));
            auto known = protocols.constFind(f.protocol);
            if (known == protocols.constEnd())
                known = protocols.insert(f.protocol,
                                         {isEncryptedProtocol(f.protocol), isMessagingProtocol(f.protocol)});
            // The same answers as lintel::isSync and lintel::isEncrypted.
            facts.sync[i] = f.sync.value_or(!known->messaging);
            facts.encrypted[i] = f.encrypted.value_or(known->encrypted);
        }
    });
    return m_flows;
}

const std::vector<std::optional<Trust>> &ModelIndex::elementTrust() const
{
    std::call_once(m_elementTrustBuilt, [&] {
        m_elementTrust.reserve(m_model.elements.size());
        for (const Element &e : m_model.elements)
            m_elementTrust.push_back(trustOfZone(e.zone));
    });
    return m_elementTrust;
}

const ZoneTree &ModelIndex::zoneTree() const
{
    std::call_once(m_zonesBuilt, [&] { m_zoneTree.emplace(m_model); });
    return *m_zoneTree;
}

std::optional<ObjectRef> ModelIndex::findRef(const QString &id) const
{
    for (Collection c : allCollections())
        if (exists(ObjectRef{c, id}))
            return ObjectRef{c, id};
    return std::nullopt;
}

bool ModelIndex::hasObject(const QString &id) const
{
    for (Collection c : allCollections())
        if (c != Collection::AcceptedRisks && idsOf(c).contains(id))
            return true;
    return false;
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
