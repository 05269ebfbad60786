// Step 2 of reading OTM (otmreader.h): the checked document as Lintel
// objects.
//
// - trust zones -> zones: trust from `risk.trustRating`, nesting from a
//   trust-zone parent; the rating and OTM's zone type are kept as
//   `x-otm-trust-rating` and `x-otm-type` so an export gives them back;
// - components -> elements: the kind from the type (or, when the type says
//   nothing, the tags) where that is clear, else a service with a note;
//   the zone is the nearest trust zone above, a component parent becomes
//   the `context`; stored assets are a store's `data`; the trust zone
//   "lintel-unzoned" of Lintel's own export stands for "no zone";
// - dataflows -> flows carrying their assets; one that starts or ends at a
//   trust zone cannot be drawn and is noted;
// - assets -> data classes, classified by `risk.confidentiality`;
// - threats with their mitigations -> `x-otm-threats` on each component or
//   flow they are attached to, with the state OTM gives them there.
#include "importers/documentvalue.h"
#include "importers/fragmentids.h"
#include "importers/otm/otmreader.h"
#include "importers/sourcetag.h"

#include <QFileInfo>
#include <QSet>

namespace lintel::otm {

namespace {

class Mapper {
public:
    Mapper(DocumentTree &doc, const OtmIndex &index, QStringList &notes) : m_doc(doc), m_index(index), m_notes(notes)
    {
        m_tag.format = QStringLiteral("otm");
        m_tag.document = index.project;
        m_tag.file = QFileInfo(doc.fileName()).fileName();
    }

    Model run()
    {
        // Ids first: objects refer to others further down the document.
        for (const NodeIndex n : list("trustZones"))
            if (!isLintelsUnzoned(n))
                m_zoneIds.insert(otmId(n), m_ids.take(otmId(n), name(n), QStringLiteral("zone")));
        for (const NodeIndex n : list("assets"))
            m_dataIds.insert(otmId(n), m_ids.take(otmId(n), name(n), QStringLiteral("data")));
        for (const NodeIndex n : list("components"))
            m_elementIds.insert(otmId(n), m_ids.take(otmId(n), name(n), QStringLiteral("element")));

        for (const NodeIndex n : list("trustZones"))
            if (!isLintelsUnzoned(n))
                m_model.zones.push_back(zone(n));
        for (const NodeIndex n : list("assets"))
            m_model.data.push_back(dataClass(n));
        for (const NodeIndex n : list("components"))
            m_model.elements.push_back(element(n));
        for (const NodeIndex n : list("dataflows"))
            if (auto f = flow(n))
                m_model.flows.push_back(std::move(*f));

        for (const NodeIndex n : list("threats"))
            if (!m_usedThreats.contains(otmId(n)))
                note(n, QStringLiteral("threat \"%1\" is attached to no component or dataflow; not imported").arg(otmId(n)));
        for (const NodeIndex n : list("mitigations"))
            if (!m_usedMitigations.contains(otmId(n)))
                note(n, QStringLiteral("mitigation \"%1\" is used by no threat instance; not imported").arg(otmId(n)));
        if (const NodeIndex r = m_doc.child(m_doc.root(), "representations"); !m_doc.items(r).empty())
            note(r, QStringLiteral("\"representations\" (diagram shapes, code locations) are not imported"));
        return std::move(m_model);
    }

private:
    std::vector<NodeIndex> list(const char *key) const { return m_doc.items(m_doc.child(m_doc.root(), key)); }
    QString otmId(NodeIndex n) const { return m_doc.text(n, "id"); }
    // The trust zone `export otm` makes for elements without a zone (OTM
    // wants a parent for every component): its components get no zone back.
    bool isLintelsUnzoned(NodeIndex n) const { return otmId(n) == u"lintel-unzoned"; }
    QString name(NodeIndex n) const { return m_doc.text(n, "name").trimmed(); }
    QString description(NodeIndex n) const { return m_doc.text(n, "description").trimmed(); }

    QStringList texts(NodeIndex n) const
    {
        QStringList out;
        for (const NodeIndex item : m_doc.items(n))
            if (const QString t = m_doc.text(item); !t.isEmpty())
                out << t;
        return out;
    }

    QStringList dataIds(NodeIndex n) const
    {
        QStringList out;
        for (const QString &asset : texts(n))
            if (const QString id = m_dataIds.value(asset); !out.contains(id))
                out << id;
        return out;
    }

    std::optional<double> number(NodeIndex n) const
    {
        bool ok = false;
        const double value = m_doc.text(n).toDouble(&ok);
        return ok && !m_doc.isQuoted(n) ? std::optional<double>(value) : std::nullopt;
    }

    void note(NodeIndex n, const QString &text)
    {
        m_notes << QStringLiteral("%1: note: %2").arg(m_doc.locationOf(n).line).arg(text);
    }

    void tag(Extras &extras, NodeIndex n) const
    {
        SourceTag t = m_tag;
        t.id = otmId(n);
        setSourceTag(extras, t);
    }

    Zone zone(NodeIndex n)
    {
        Zone z;
        z.id = m_zoneIds.value(otmId(n));
        z.name = name(n);
        z.description = description(n);
        tag(z.extras, n);
        const NodeIndex rating = m_doc.child(m_doc.child(n, "risk"), "trustRating");
        if (const auto value = number(rating)) {
            z.trust = trustForRating(*value);
            setExtra(z.extras, QStringLiteral("x-otm-trust-rating"), documentValue(m_doc, rating));
        } else {
            note(n, QStringLiteral("trust zone \"%1\" has no numeric \"risk.trustRating\"; its trust is left open").arg(otmId(n)));
        }
        if (const QString type = m_doc.text(n, "type"); !type.isEmpty())
            setExtra(z.extras, QStringLiteral("x-otm-type"), textValue(type));
        const NodeIndex parent = m_doc.child(n, "parent");
        z.parent = m_zoneIds.value(m_doc.text(parent, "trustZone"));
        if (m_doc.child(parent, "component") != kNoNode)
            note(parent, QStringLiteral("trust zone \"%1\" sits inside a component; Lintel zones nest in zones only, "
                                        "so it is a top-level zone").arg(otmId(n)));
        return z;
    }

    DataClass dataClass(NodeIndex n)
    {
        DataClass d;
        d.id = m_dataIds.value(otmId(n));
        d.name = name(n);
        d.description = description(n);
        tag(d.extras, n);
        const NodeIndex risk = m_doc.child(n, "risk");
        if (const auto value = number(m_doc.child(risk, "confidentiality")))
            d.classification = classificationForConfidentiality(*value);
        else
            note(n, QStringLiteral("asset \"%1\" has no numeric \"risk.confidentiality\"; its classification is left open").arg(otmId(n)));
        if (risk != kNoNode)
            setExtra(d.extras, QStringLiteral("x-otm-risk"), documentValue(m_doc, risk));
        return d;
    }

    Element element(NodeIndex n)
    {
        Element e;
        e.id = m_elementIds.value(otmId(n));
        e.name = name(n);
        e.description = description(n);
        e.tags = texts(m_doc.child(n, "tags"));
        tag(e.extras, n);
        const QString type = m_doc.text(n, "type");
        if (const auto kind = kindForComponent(type, e.tags)) {
            e.kind = *kind;
        } else {
            e.kind = ElementKind::Service;
            note(n, QStringLiteral("component \"%1\" of type \"%2\": its type and tags do not say clearly what kind "
                                   "of element it is; imported as a service").arg(otmId(n), type));
        }
        if (!type.isEmpty())
            setExtra(e.extras, QStringLiteral("x-otm-type"), textValue(type));
        placeInZone(e, n);

        const NodeIndex assets = m_doc.child(n, "assets");
        const QStringList stored = dataIds(m_doc.child(assets, "stored"));
        const QStringList processed = dataIds(m_doc.child(assets, "processed"));
        if (isStore(e.kind))
            e.data = stored;
        else if (!stored.isEmpty())
            setExtra(e.extras, QStringLiteral("x-otm-stores"), listValue(stored));
        if (!processed.isEmpty())
            setExtra(e.extras, QStringLiteral("x-otm-processes"), listValue(processed));
        keepThreats(e.extras, n);
        return e;
    }

    // The nearest trust zone above a component; a component parent also
    // gives the element its context.
    void placeInZone(Element &e, NodeIndex n)
    {
        QSet<QString> seen;
        for (NodeIndex at = n; at != kNoNode && !seen.contains(otmId(at));) {
            seen.insert(otmId(at));
            const NodeIndex parent = m_doc.child(at, "parent");
            if (const QString zone = m_doc.text(parent, "trustZone"); !zone.isEmpty()) {
                e.zone = m_zoneIds.value(zone);
                return;
            }
            const QString component = m_doc.text(parent, "component");
            at = m_index.components.value(component, kNoNode);
            if (at != kNoNode && e.context.isEmpty())
                e.context = name(at);
        }
    }

    std::optional<Flow> flow(NodeIndex n)
    {
        const QString source = m_doc.text(n, "source"), destination = m_doc.text(n, "destination");
        if (!m_elementIds.contains(source) || !m_elementIds.contains(destination)) {
            note(n, QStringLiteral("dataflow \"%1\" starts or ends at a trust zone; Lintel flows join elements, "
                                   "so it is not imported").arg(otmId(n)));
            return std::nullopt;
        }
        Flow f;
        f.from = m_elementIds.value(source);
        f.to = m_elementIds.value(destination);
        f.id = m_ids.take(otmId(n), name(n), f.from + QStringLiteral("-to-") + f.to);
        f.description = description(n).isEmpty() ? name(n) : description(n);
        f.data = dataIds(m_doc.child(n, "assets"));
        tag(f.extras, n);
        if (m_doc.isTrue(n, "bidirectional"))
            setExtra(f.extras, QStringLiteral("x-otm-bidirectional"), documentValue(m_doc, m_doc.child(n, "bidirectional")));
        if (const QStringList tags = texts(m_doc.child(n, "tags")); !tags.isEmpty())
            setExtra(f.extras, QStringLiteral("x-otm-tags"), listValue(tags));
        keepThreats(f.extras, n);
        return f;
    }

    // Each threat instance as the threat's own description with the state
    // it has here, and its mitigations likewise.
    void keepThreats(Extras &extras, NodeIndex object)
    {
        YamlValue threats;
        threats.type = YamlValue::Type::Sequence;
        for (const NodeIndex instance : m_doc.items(m_doc.child(object, "threats"))) {
            const QString threatId = m_doc.text(instance, "threat");
            m_usedThreats.insert(threatId);
            YamlValue threat = withoutEmptyEntries(documentValue(m_doc, m_index.threats.value(threatId)));
            setEntry(threat, QStringLiteral("state"), documentValue(m_doc, m_doc.child(instance, "state")));
            YamlValue mitigations;
            mitigations.type = YamlValue::Type::Sequence;
            for (const NodeIndex m : m_doc.items(m_doc.child(instance, "mitigations"))) {
                const QString mitigationId = m_doc.text(m, "mitigation");
                m_usedMitigations.insert(mitigationId);
                YamlValue mitigation = withoutEmptyEntries(documentValue(m_doc, m_index.mitigations.value(mitigationId)));
                setEntry(mitigation, QStringLiteral("state"), documentValue(m_doc, m_doc.child(m, "state")));
                mitigations.items.push_back(std::move(mitigation));
            }
            if (!mitigations.items.empty())
                setEntry(threat, QStringLiteral("mitigations"), std::move(mitigations));
            threats.items.push_back(std::move(threat));
        }
        if (!threats.items.empty())
            setExtra(extras, QStringLiteral("x-otm-threats"), std::move(threats));
    }

    // `attributes:` with nothing after it says nothing; it is left out.
    static YamlValue withoutEmptyEntries(YamlValue mapping)
    {
        std::erase_if(mapping.entries, [](const auto &entry) { return entry.second.type == YamlValue::Type::Null; });
        return mapping;
    }

    DocumentTree &m_doc;
    const OtmIndex &m_index;
    QStringList &m_notes;
    SourceTag m_tag;
    Model m_model;
    FragmentIds m_ids;
    QHash<QString, QString> m_zoneIds, m_dataIds, m_elementIds;
    QSet<QString> m_usedThreats, m_usedMitigations;
};

}  // namespace

Model mapOtm(DocumentTree &doc, const OtmIndex &index, QStringList &notes)
{
    return Mapper(doc, index, notes).run();
}

}  // namespace lintel::otm
