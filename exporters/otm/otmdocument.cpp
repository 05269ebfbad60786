// A model as OTM 0.2.0:
//
// - zones -> trust zones (trustRating from the trust level, or the rating an
//   OTM import kept when it still reads as the same level; nesting as a
//   trust-zone parent);
// - elements -> components in their zone. OTM requires every component to
//   have a parent, so elements without a zone go into one extra trust zone,
//   "lintel-unzoned", and a note says so;
// - flows -> dataflows with the data they carry; Lintel's protocol,
//   encryption and authentication go into `attributes`;
// - data classes -> assets (confidentiality from the classification);
// - `x-otm-threats` kept by an import -> top-level threats and mitigations
//   again, referred to from the components and dataflows.
#include "exporters/otm/otmdocument.h"

#include "model/document/idfromname.h"

#include <QSet>
#include <cmath>

namespace lintel::otm {

using Json = nlohmann::ordered_json;

namespace {

const QString kUnzoned = QStringLiteral("lintel-unzoned");

std::string str(const QString &text) { return text.toStdString(); }

const YamlValue *extra(const Extras &extras, const char *key)
{
    for (const auto &[k, v] : extras)
        if (k == QLatin1String(key))
            return &v;
    return nullptr;
}

const YamlValue *entry(const YamlValue *mapping, const char *key)
{
    if (!mapping || mapping->type != YamlValue::Type::Mapping)
        return nullptr;
    for (const auto &[k, v] : mapping->entries)
        if (k == QLatin1String(key))
            return &v;
    return nullptr;
}

std::optional<double> numberOf(const YamlValue *v)
{
    if (!v || v->type != YamlValue::Type::Scalar || v->quoted)
        return std::nullopt;
    bool ok = false;
    const double d = v->scalar.toDouble(&ok);
    return ok && std::isfinite(d) ? std::optional<double>(d) : std::nullopt;
}

QString textOf(const YamlValue *v) { return v && v->type == YamlValue::Type::Scalar ? v->scalar : QString(); }

// Kept `x-` data back as JSON: plain scalars that read as numbers or
// booleans are numbers and booleans again, everything else text.
Json jsonOf(const YamlValue &v)
{
    switch (v.type) {
    case YamlValue::Type::Null:
        return nullptr;
    case YamlValue::Type::Scalar:
        if (!v.quoted) {
            if (v.scalar == u"true" || v.scalar == u"false")
                return v.scalar == u"true";
            if (const auto n = numberOf(&v))
                return *n == std::floor(*n) && std::abs(*n) < 1e15 ? Json(std::int64_t(*n)) : Json(*n);
        }
        return str(v.scalar);
    case YamlValue::Type::Sequence: {
        Json list = Json::array();
        for (const YamlValue &item : v.items)
            list.push_back(jsonOf(item));
        return list;
    }
    case YamlValue::Type::Mapping: {
        Json object = Json::object();
        for (const auto &[key, value] : v.entries)
            object[str(key)] = jsonOf(value);
        return object;
    }
    }
    return nullptr;
}

Json textList(const QStringList &texts)
{
    Json list = Json::array();
    for (const QString &t : texts)
        list.push_back(str(t));
    return list;
}

QStringList textsOf(const YamlValue *v)
{
    QStringList out;
    if (v && v->type == YamlValue::Type::Sequence)
        for (const YamlValue &item : v->items)
            if (item.type == YamlValue::Type::Scalar)
                out << item.scalar;
    return out;
}

QString projectId(const Model &model)
{
    const QString id = idFromName(model.system.name);
    return id.isEmpty() ? QStringLiteral("model") : id;
}

class Builder {
public:
    explicit Builder(const Model &model) : m_model(model) {}

    OtmBuild run()
    {
        Json doc = Json::object();
        doc["otmVersion"] = "0.2.0";
        const QString name = m_model.system.name.isEmpty() ? QStringLiteral("Lintel model") : m_model.system.name;
        Json project = {{"name", str(name)}, {"id", str(projectId(m_model))}};
        if (!m_model.system.description.isEmpty())
            project["description"] = str(m_model.system.description);
        doc["project"] = project;

        Json zones = Json::array();
        for (const Zone &z : m_model.zones)
            zones.push_back(trustZone(z));
        Json components = Json::array();
        for (const Element &e : m_model.elements)
            components.push_back(component(e));
        if (m_unzoned > 0) {
            zones.push_back({{"id", str(kUnzoned)},
                             {"name", "Outside any zone"},
                             {"description", "Lintel elements that have no zone; OTM needs a parent for every component."},
                             {"risk", {{"trustRating", 0}}}});
            m_notes << QStringLiteral("%1 element(s) have no zone; they are in the trust zone \"%2\" (trust rating 0), "
                                      "since OTM requires a parent for every component").arg(m_unzoned).arg(kUnzoned);
        }
        Json assets = Json::array();
        for (const DataClass &d : m_model.data)
            assets.push_back(asset(d));
        Json dataflows = Json::array();
        for (const Flow &f : m_model.flows)
            dataflows.push_back(dataflow(f));

        doc["assets"] = assets;
        doc["components"] = components;
        doc["dataflows"] = dataflows;
        doc["trustZones"] = zones;
        doc["threats"] = m_threats;
        doc["mitigations"] = m_mitigations;
        if (m_defaultRatings > 0)
            m_notes << QStringLiteral("%1 data class(es) have no integrity and availability ratings in the model; "
                                      "written as 50, the middle of OTM's scale").arg(m_defaultRatings);
        return {doc, m_notes};
    }

private:
    Json trustZone(const Zone &z)
    {
        Json zone = {{"id", str(z.id)}, {"name", str(z.name.isEmpty() ? z.id : z.name)}};
        if (const QString type = textOf(extra(z.extras, "x-otm-type")); !type.isEmpty())
            zone["type"] = str(type);
        if (!z.description.isEmpty())
            zone["description"] = str(z.description);
        const auto kept = numberOf(extra(z.extras, "x-otm-trust-rating"));
        double rating = 50;
        if (z.trust)
            rating = kept && trustLevelOf(*kept) == *z.trust ? *kept : trustRatingFor(*z.trust);
        else if (kept)
            rating = *kept;
        else
            m_notes << QStringLiteral("zone \"%1\" has no trust level; written with trust rating 50").arg(z.id);
        zone["risk"] = {{"trustRating", number(rating)}};
        if (!z.parent.isEmpty())
            zone["parent"] = {{"trustZone", str(z.parent)}};
        return zone;
    }

    Json component(const Element &e)
    {
        QString type = textOf(extra(e.extras, "x-otm-type"));
        if (type.isEmpty())
            type = enumName(e.kind);
        Json c = {{"id", str(e.id)}, {"name", str(e.name.isEmpty() ? e.id : e.name)}, {"type", str(type)}};
        if (!e.description.isEmpty())
            c["description"] = str(e.description);
        if (e.zone.isEmpty())
            ++m_unzoned;
        c["parent"] = {{"trustZone", str(e.zone.isEmpty() ? kUnzoned : e.zone)}};
        if (!e.tags.isEmpty())
            c["tags"] = textList(e.tags);
        const QStringList processed = textsOf(extra(e.extras, "x-otm-processes"));
        QStringList stored = e.data;
        for (const QString &id : textsOf(extra(e.extras, "x-otm-stores")))
            if (!stored.contains(id))
                stored << id;
        if (!processed.isEmpty() || !stored.isEmpty()) {
            Json assets = Json::object();
            if (!processed.isEmpty())
                assets["processed"] = textList(processed);
            if (!stored.isEmpty())
                assets["stored"] = textList(stored);
            c["assets"] = assets;
        }
        if (Json threats = threatInstances(e.id, e.extras); !threats.empty())
            c["threats"] = threats;
        Json attributes = Json::object();
        attributes["lintel-kind"] = str(enumName(e.kind));
        if (!e.technology.isEmpty())
            attributes["technology"] = str(e.technology);
        c["attributes"] = attributes;
        return c;
    }

    Json dataflow(const Flow &f)
    {
        const QString name = f.description.isEmpty() ? QStringLiteral("%1 to %2").arg(f.from, f.to) : f.description;
        Json d = {{"id", str(f.id)}, {"name", str(name)}, {"source", str(f.from)}, {"destination", str(f.to)}};
        if (const YamlValue *both = extra(f.extras, "x-otm-bidirectional"); both && jsonOf(*both).is_boolean())
            d["bidirectional"] = jsonOf(*both);
        if (!f.data.isEmpty())
            d["assets"] = textList(f.data);
        if (const QStringList tags = textsOf(extra(f.extras, "x-otm-tags")); !tags.isEmpty())
            d["tags"] = textList(tags);
        if (Json threats = threatInstances(f.id, f.extras); !threats.empty())
            d["threats"] = threats;
        Json attributes = Json::object();
        if (!f.protocol.isEmpty())
            attributes["protocol"] = str(f.protocol);
        if (f.encrypted)
            attributes["encrypted"] = *f.encrypted;
        if (!f.authentication.isEmpty())
            attributes["authentication"] = str(f.authentication);
        if (!attributes.empty())
            d["attributes"] = attributes;
        return d;
    }

    Json asset(const DataClass &d)
    {
        Json a = {{"id", str(d.id)}, {"name", str(d.name.isEmpty() ? d.id : d.name)}};
        if (!d.description.isEmpty())
            a["description"] = str(d.description);
        const YamlValue *kept = extra(d.extras, "x-otm-risk");
        const auto keptConfidentiality = numberOf(entry(kept, "confidentiality"));
        double confidentiality = 0;
        if (d.classification)
            confidentiality = keptConfidentiality && classificationOf(*keptConfidentiality) == *d.classification
                ? *keptConfidentiality
                : confidentialityFor(*d.classification);
        else if (keptConfidentiality)
            confidentiality = *keptConfidentiality;
        else
            m_notes << QStringLiteral("data class \"%1\" has no classification; written with confidentiality 0").arg(d.id);
        const auto integrity = numberOf(entry(kept, "integrity"));
        const auto availability = numberOf(entry(kept, "availability"));
        if (!integrity || !availability)
            ++m_defaultRatings;
        Json risk = {{"confidentiality", number(confidentiality)},
                     {"integrity", number(integrity.value_or(50))},
                     {"availability", number(availability.value_or(50))}};
        if (const QString comment = textOf(entry(kept, "comment")); !comment.isEmpty())
            risk["comment"] = str(comment);
        a["risk"] = risk;
        return a;
    }

    // An object's kept threats as OTM threat instances; each threat and
    // mitigation is listed once at the top level.
    Json threatInstances(const QString &owner, const Extras &extras)
    {
        Json instances = Json::array();
        const YamlValue *kept = extra(extras, "x-otm-threats");
        if (!kept || kept->type != YamlValue::Type::Sequence)
            return instances;
        for (const YamlValue &threat : kept->items) {
            Json definition = jsonOf(threat);
            if (!definition.is_object() || !definition.contains("id") || !definition.contains("name")
                || !definition.contains("risk") || !definition["risk"].is_object()
                || !definition["risk"].contains("likelihood") || !definition["risk"].contains("impact")
                || !definition["risk"]["impact"].is_number()) {
                m_notes << QStringLiteral("%1: a threat in x-otm-threats lacks the id, name or risk (likelihood, impact) "
                                          "OTM requires; left out").arg(owner);
                continue;
            }
            definition["id"] = textOf(entry(&threat, "id")).toStdString();
            Json instance = {{"threat", definition["id"]},
                             {"state", definition.contains("state") && definition["state"].is_string()
                                           ? definition["state"] : Json("exposed")}};
            Json mitigations = Json::array();
            if (definition.contains("mitigations") && definition["mitigations"].is_array())
                for (Json m : definition["mitigations"]) {
                    if (!m.is_object() || !m.contains("id") || !m.contains("name") || !m.contains("riskReduction")
                        || !m["riskReduction"].is_number()) {
                        m_notes << QStringLiteral("%1: a mitigation in x-otm-threats lacks the id, name or riskReduction "
                                                  "OTM requires; left out").arg(owner);
                        continue;
                    }
                    m["id"] = m["id"].is_string() ? m["id"] : Json(m["id"].dump());
                    mitigations.push_back({{"mitigation", m["id"]},
                                           {"state", m.contains("state") && m["state"].is_string() ? m["state"] : Json("required")}});
                    m.erase("state");
                    addOnce(m_mitigations, m_mitigationIds, m);
                }
            if (!mitigations.empty())
                instance["mitigations"] = mitigations;
            definition.erase("state");
            definition.erase("mitigations");
            addOnce(m_threats, m_threatIds, definition);
            instances.push_back(instance);
        }
        return instances;
    }

    static void addOnce(Json &list, QSet<QString> &ids, const Json &object)
    {
        const QString id = QString::fromStdString(object["id"].get<std::string>());
        if (ids.contains(id))
            return;
        ids.insert(id);
        list.push_back(object);
    }

    static Json number(double value)
    {
        return value == std::floor(value) ? Json(std::int64_t(value)) : Json(value);
    }

    // The levels the importer reads back (importers/otm/otmkinds.cpp).
    static Trust trustLevelOf(double rating)
    {
        return rating < 25 ? Trust::Untrusted : rating < 50 ? Trust::Dmz : rating < 75 ? Trust::Internal : Trust::Restricted;
    }
    static Classification classificationOf(double c)
    {
        return c < 25 ? Classification::Public
                      : c < 50 ? Classification::Internal : c < 75 ? Classification::Confidential : Classification::Restricted;
    }

    const Model &m_model;
    QStringList m_notes;
    Json m_threats = Json::array(), m_mitigations = Json::array();
    QSet<QString> m_threatIds, m_mitigationIds;
    int m_unzoned = 0;
    int m_defaultRatings = 0;
};

}  // namespace

int trustRatingFor(Trust trust)
{
    switch (trust) {
    case Trust::Untrusted: return 0;
    case Trust::Dmz: return 40;
    case Trust::Internal: return 70;
    case Trust::Restricted: return 100;
    }
    return 50;
}

int confidentialityFor(Classification classification)
{
    switch (classification) {
    case Classification::Public: return 0;
    case Classification::Internal: return 30;
    case Classification::Confidential: return 60;
    case Classification::Restricted: return 100;
    }
    return 0;
}

QString otmDocumentPath(const Model &model)
{
    return QStringLiteral("otm/%1.otm.json").arg(projectId(model));
}

OtmBuild buildOtmDocument(const Model &model)
{
    return Builder(model).run();
}

}  // namespace lintel::otm
