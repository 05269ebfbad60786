// The JSON form of `lintel-cli diff`, in the shape docs/diff-format.md
// documents. Keys are only ever added to it, never renamed or removed.
#include "app/cli/diffreport.h"

#include "model/document/collections.h"

namespace lintel::cli {

namespace {

std::string utf8(const QString &s)
{
    return s.toStdString();
}

Json valueJson(const YamlValue &v)
{
    switch (v.type) {
    case YamlValue::Type::Null:
        return nullptr;
    case YamlValue::Type::Scalar:
        return utf8(v.scalar);
    case YamlValue::Type::Sequence: {
        Json out = Json::array();
        for (const YamlValue &item : v.items)
            out.push_back(valueJson(item));
        return out;
    }
    case YamlValue::Type::Mapping: {
        Json out = Json::object();
        for (const auto &[key, item] : v.entries)
            out[utf8(key)] = valueJson(item);
        return out;
    }
    }
    return nullptr;
}

Json strings(const QStringList &list)
{
    Json out = Json::array();
    for (const QString &s : list)
        out.push_back(utf8(s));
    return out;
}

Json fieldJson(const FieldChange &f)
{
    Json out = {{"path", utf8(f.pathText())}, {"before", valueJson(f.before)}, {"after", valueJson(f.after)},
                {"layout", f.isLayout}};
    if (f.isSet) {
        out["added"] = strings(f.added);
        out["removed"] = strings(f.removed);
    }
    return out;
}

Json changeJson(const ObjectChange &c)
{
    Json out = {{"section", utf8(c.section)},
                {"kind", c.collection ? Json(utf8(collectionName(*c.collection))) : Json(nullptr)},
                {"id", utf8(c.id)},
                {"status", utf8(changeStatusName(c.status))}};
    if (c.status == ChangeStatus::Renamed)
        out["oldId"] = utf8(c.oldId);
    if (c.status == ChangeStatus::Changed) {
        out["moved"] = c.movedElements();
        out["placed"] = c.placedElements();
    }
    Json fields = Json::array();
    for (const FieldChange &f : c.fields)
        fields.push_back(fieldJson(f));
    out["fields"] = std::move(fields);
    return out;
}

Json findingJson(const Finding &f)
{
    return {{"rule", utf8(f.rule)},
            {"severity", utf8(enumName(f.severity))},
            {"targets", strings(f.targets)},
            {"message", utf8(f.message)},
            {"fingerprint", utf8(f.fingerprint)}};
}

Json findingsJson(const Findings &findings)
{
    Json out = Json::array();
    for (const Finding &f : findings)
        out.push_back(findingJson(f));
    return out;
}

Json risksJson(const std::vector<AcceptedRisk> &risks)
{
    Json out = Json::array();
    for (const AcceptedRisk &r : risks)
        out.push_back({{"rule", utf8(r.rule)}, {"target", utf8(r.target)}, {"expires", utf8(r.expires)}});
    return out;
}

}  // namespace

Json diffJson(const DiffReport &report)
{
    Json counts = Json::array();
    for (const SectionCounts &row : report.diff.counts())
        counts.push_back({{"section", utf8(row.section)},
                          {"added", row.added},
                          {"removed", row.removed},
                          {"changed", row.changed},
                          {"renamed", row.renamed}});
    Json changes = Json::array();
    for (const ObjectChange &c : report.diff.changes)
        changes.push_back(changeJson(c));
    const RiskDelta &r = report.risk;
    return {{"old", utf8(report.oldLabel)},
            {"new", utf8(report.newLabel)},
            {"same", report.diff.isEmpty()},
            {"counts", std::move(counts)},
            {"changes", std::move(changes)},
            {"findings",
             {{"introduced", findingsJson(r.introduced)},
              {"resolved", findingsJson(r.resolved)},
              {"unchanged", r.unchanged}}},
            {"acceptedRisks",
             {{"added", risksJson(r.risksAdded)},
              {"removed", risksJson(r.risksRemoved)},
              {"expired", risksJson(r.risksExpired)}}}};
}

}  // namespace lintel::cli
