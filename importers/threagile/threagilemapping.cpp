// Step 2 of reading Threagile (threagilereader.h): the checked model as
// Lintel objects.
//
// - trust boundaries -> zones, nested as Threagile nests them; only a
//   "network-dmz" says what trust it has (dmz), the others leave it open;
// - technical assets -> elements: the kind from the technology (a
//   technology Lintel does not know: from the type, and a process is taken
//   as a service with a note); the zone is the boundary the asset is inside;
//   `internet: true` is public exposure; a datastore's stored data assets
//   are its `data`, its `encryption` says whether it is encrypted at rest;
// - communication links -> flows with protocol, authentication, encryption
//   (from the protocol, or a VPN) and the data sent and received;
// - data assets -> data classes (confidentiality -> classification);
// - risk tracking -> accepted risks where a Lintel rule matches
//   (threagilerisks.cpp).
#include "importers/documentvalue.h"
#include "importers/fragmentids.h"
#include "importers/sourcetag.h"
#include "importers/threagile/threagilerisks.h"

#include <QFileInfo>

namespace lintel::threagile {

namespace {

class Mapper {
public:
    Mapper(DocumentTree &doc, const ThreagileIndex &index, QStringList &notes) : m_doc(doc), m_index(index), m_notes(notes)
    {
        m_tag.format = QStringLiteral("threagile");
        m_tag.document = index.title;
        m_tag.file = QFileInfo(doc.fileName()).fileName();
    }

    Model run()
    {
        for (const auto &[id, b] : m_index.trustBoundaries)
            m_zoneIds.insert(id, m_ids.take(id, b.title, QStringLiteral("zone")));
        for (const auto &[id, d] : m_index.dataAssets)
            m_dataIds.insert(id, m_ids.take(id, d.title, QStringLiteral("data")));
        for (const auto &[id, a] : m_index.technicalAssets)
            m_elementIds.insert(id, m_ids.take(id, a.title, QStringLiteral("element")));

        for (const auto &[id, b] : m_index.trustBoundaries)
            m_model.zones.push_back(zone(id, b));
        for (const auto &[id, d] : m_index.dataAssets)
            m_model.data.push_back(dataClass(id, d));
        for (const auto &[id, a] : m_index.technicalAssets)
            m_model.elements.push_back(element(id, a));
        for (const auto &[id, a] : m_index.technicalAssets)
            for (const auto &[title, link] : m_doc.entries(field(m_doc, a.node, "communication_links")))
                m_model.flows.push_back(flow(id, title, link));

        RiskContext context{m_doc, m_tag, m_elementIds, m_notes};
        readRiskTracking(context, m_model);
        for (const char *key : {"shared_runtimes", "individual_risk_categories", "abuse_cases", "security_requirements", "questions"})
            if (const NodeIndex n = m_doc.child(m_doc.root(), key); !m_doc.entries(n).empty())
                note(n, QStringLiteral("\"%1\" is not imported").arg(QLatin1String(key)));
        return std::move(m_model);
    }

private:
    void note(NodeIndex n, const QString &text)
    {
        m_notes << QStringLiteral("%1: note: %2").arg(m_doc.locationOf(n).line).arg(text);
    }

    void tag(Extras &extras, const QString &id) const
    {
        SourceTag t = m_tag;
        t.id = id;
        setSourceTag(extras, t);
    }

    QStringList dataIds(const QStringList &threagileIds) const
    {
        QStringList out;
        for (const QString &id : threagileIds)
            if (const QString mapped = m_dataIds.value(id); !out.contains(mapped))
                out << mapped;
        return out;
    }

    Zone zone(const QString &id, const Named &b)
    {
        Zone z;
        z.id = m_zoneIds.value(id);
        z.name = b.title;
        z.description = fieldText(m_doc, b.node, "description");
        z.parent = m_zoneIds.value(m_index.parentOfBoundary.value(id));
        const QString type = fieldText(m_doc, b.node, "type");
        if (type == u"network-dmz")
            z.trust = Trust::Dmz;
        tag(z.extras, id);
        if (!type.isEmpty())
            setExtra(z.extras, QStringLiteral("x-threagile-type"), textValue(type));
        return z;
    }

    DataClass dataClass(const QString &id, const Named &d)
    {
        DataClass c;
        c.id = m_dataIds.value(id);
        c.name = d.title;
        c.description = fieldText(m_doc, d.node, "description");
        const QString confidentiality = fieldText(m_doc, d.node, "confidentiality");
        c.classification = classificationFor(confidentiality);
        if (!c.classification)
            note(d.node, QStringLiteral("data asset \"%1\" has confidentiality \"%2\", which Threagile does not define; "
                                        "its classification is left open").arg(id, confidentiality));
        tag(c.extras, id);
        YamlValue rating;
        for (const char *key : {"confidentiality", "integrity", "availability"})
            if (const QString value = fieldText(m_doc, d.node, key); !value.isEmpty())
                setEntry(rating, QString::fromLatin1(key), textValue(value));
        if (rating.type == YamlValue::Type::Mapping)
            setExtra(c.extras, QStringLiteral("x-threagile-rating"), rating);
        return c;
    }

    Element element(const QString &id, const Named &a)
    {
        Element e;
        e.id = m_elementIds.value(id);
        e.name = a.title;
        e.description = fieldText(m_doc, a.node, "description");
        e.technology = fieldText(m_doc, a.node, "technology");
        e.tags = fieldTexts(m_doc, a.node, "tags");
        e.zone = m_zoneIds.value(m_index.boundaryOfAsset.value(id));
        e.kind = kindOf(id, a);
        if (m_doc.text(field(m_doc, a.node, "internet")) == u"true")
            e.exposure = Exposure::Public;
        const QStringList stored = dataIds(fieldTexts(m_doc, a.node, "data_assets_stored"));
        const QStringList processed = dataIds(fieldTexts(m_doc, a.node, "data_assets_processed"));
        tag(e.extras, id);
        if (isStore(e.kind)) {
            e.data = stored;
            const QString encryption = fieldText(m_doc, a.node, "encryption");
            if (!encryption.isEmpty())
                e.encryptionAtRest = encryption != u"none";
        } else if (!stored.isEmpty()) {
            setExtra(e.extras, QStringLiteral("x-threagile-stores"), listValue(stored));
        }
        if (!processed.isEmpty())
            setExtra(e.extras, QStringLiteral("x-threagile-processes"), listValue(processed));
        if (m_doc.text(field(m_doc, a.node, "out_of_scope")) == u"true")
            setExtra(e.extras, QStringLiteral("x-threagile-out-of-scope"),
                     textValue(fieldText(m_doc, a.node, "justification_out_of_scope")));
        return e;
    }

    ElementKind kindOf(const QString &id, const Named &a)
    {
        const QString technology = fieldText(m_doc, a.node, "technology");
        const QString type = fieldText(m_doc, a.node, "type");
        const std::optional<ElementKind> byTechnology = kindForTechnology(technology);
        // An external entity is outside the system whatever it runs, unless
        // it is the client someone uses.
        if (type == u"external-entity" && !(byTechnology && isActor(*byTechnology)) && byTechnology != ElementKind::Client)
            return ElementKind::External;
        if (byTechnology)
            return *byTechnology;
        if (type == u"datastore")
            return ElementKind::Datastore;
        note(a.node, QStringLiteral("technical asset \"%1\" has technology \"%2\", which does not say what kind of "
                                    "element it is; imported as a service").arg(id, technology));
        return ElementKind::Service;
    }

    Flow flow(const QString &sourceId, const QString &title, NodeIndex link)
    {
        Flow f;
        f.from = m_elementIds.value(sourceId);
        f.to = m_elementIds.value(fieldText(m_doc, link, "target"));
        f.id = m_ids.take(QString(), title, f.from + QStringLiteral("-to-") + f.to);
        f.description = fieldText(m_doc, link, "description");
        if (f.description.isEmpty())
            f.description = title;
        f.protocol = fieldText(m_doc, link, "protocol");
        f.encrypted = encryptedForProtocol(f.protocol);
        if (m_doc.text(field(m_doc, link, "vpn")) == u"true")
            f.encrypted = true;  // the tunnel encrypts whatever runs inside it
        f.authentication = fieldText(m_doc, link, "authentication");
        const QStringList sent = dataIds(fieldTexts(m_doc, link, "data_assets_sent"));
        const QStringList received = dataIds(fieldTexts(m_doc, link, "data_assets_received"));
        f.data = sent;
        for (const QString &id : received)
            if (!f.data.contains(id))
                f.data << id;
        // A Lintel flow's data has no direction; what comes back is kept.
        tag(f.extras, sourceId + QStringLiteral("/communication_links/") + title);
        if (!received.isEmpty())
            setExtra(f.extras, QStringLiteral("x-threagile-data-received"), listValue(received));
        return f;
    }

    DocumentTree &m_doc;
    const ThreagileIndex &m_index;
    QStringList &m_notes;
    SourceTag m_tag;
    Model m_model;
    FragmentIds m_ids;
    QHash<QString, QString> m_zoneIds, m_dataIds, m_elementIds;
};

}  // namespace

Model mapThreagile(DocumentTree &doc, const ThreagileIndex &index, QStringList &notes)
{
    return Mapper(doc, index, notes).run();
}

}  // namespace lintel::threagile
