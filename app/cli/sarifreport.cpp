#include "app/cli/sarifreport.h"

#include "app/cli/findingreports.h"
#include "app/cli/jsonstream.h"
#include "app/cli/standardoutput.h"
#include "model/rules/validator.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QUrl>
#include <array>
#include <memory>

namespace lintel::cli {

namespace {

constexpr const char *kSchema = "https://json.schemastore.org/sarif-2.1.0.json";
constexpr const char *kInformationUri = "https://github.com/lintel-architecture/lintel";
// partialFingerprints key; versioned in case the fingerprint recipe changes.
constexpr const char *kFingerprintKey = "lintelFindingFingerprint/v1";

std::string utf8(const QString &s)
{
    return s.toStdString();
}

const char *sarifLevel(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return "error";
    case Severity::Warning:
        return "warning";
    case Severity::Info:
        return "note";
    }
    return "warning";
}

// Code scanning matches results to files by repository-relative URI. Paths
// outside the working directory keep an absolute file: URI instead.
std::string artifactUri(const QString &path, const QDir &workingDirectory)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString relative = workingDirectory.relativeFilePath(absolute);
    if (relative == QLatin1String("..") || relative.startsWith(QLatin1String("../")))
        return QUrl::fromLocalFile(absolute).toString(QUrl::FullyEncoded).toStdString();
    return QUrl::toPercentEncoding(relative, "/").toStdString();
}

// Findings name a handful of files, thousands of times each: each URI is
// worked out once (it asks the system for the working directory).
class ArtifactUris {
public:
    const std::string &of(const QString &path)
    {
        auto known = m_uris.find(path);
        if (known == m_uris.end())
            known = m_uris.insert(path, artifactUri(path, m_workingDirectory));
        return *known;
    }

private:
    QDir m_workingDirectory = QDir::current();
    QHash<QString, std::string> m_uris;
};

Json ruleDescriptor(const RuleInfo &rule)
{
    Json out = {{"id", utf8(rule.id)}, {"shortDescription", {{"text", utf8(rule.title)}}}};
    if (!rule.rationale.isEmpty())
        out["fullDescription"] = {{"text", utf8(rule.rationale)}};
    if (!rule.remediation.isEmpty())
        out["help"] = {{"text", utf8(rule.remediation)}};
    out["defaultConfiguration"] = {{"level", sarifLevel(rule.defaultSeverity)}};
    return out;
}

Json result(const Finding &finding, std::size_t ruleIndex, const std::string &uri)
{
    Json physical = {{"artifactLocation", {{"uri", uri}}}};
    if (finding.line > 0)
        physical["region"] = {{"startLine", finding.line},
                              {"startColumn", std::max(finding.column, 1)}};
    Json targets = Json::array();
    for (const QString &target : finding.targets)
        targets.push_back(utf8(target));

    Json out = {
        {"ruleId", utf8(finding.rule)},
        {"ruleIndex", ruleIndex},
        {"level", sarifLevel(finding.severity)},
        {"message", {{"text", utf8(finding.message)}}},
        {"locations", Json::array({{{"physicalLocation", std::move(physical)}}})},
        {"partialFingerprints", {{kFingerprintKey, utf8(finding.fingerprint)}}},
    };
    if (finding.suppressed) {
        Json suppression = {{"kind", "external"}, {"status", "accepted"}};
        if (!finding.suppressionNote.isEmpty())
            suppression["justification"] = utf8(finding.suppressionNote);
        out["suppressions"] = Json::array({std::move(suppression)});
    }
    out["properties"] = {{"targets", std::move(targets)}};
    return out;
}

// The results, filled in place for each finding in turn (see setUtf8). Which
// keys a result has depends on whether it has a region, a suppression and a
// justification: one template per such shape, made by result() the first
// time that shape comes up, so both always agree on keys and their order.
class ResultObjects {
public:
    const Json &fill(const Finding &finding, std::size_t ruleIndex, const std::string &uri)
    {
        const bool region = finding.line > 0;
        const bool justified = finding.suppressed && !finding.suppressionNote.isEmpty();
        std::unique_ptr<Shape> &shape = m_shapes[std::size_t(region) | std::size_t(finding.suppressed) << 1
                                                 | std::size_t(justified) << 2];
        if (!shape)
            shape = std::make_unique<Shape>(result(finding, ruleIndex, uri));
        Shape &s = *shape;
        setUtf8(*s.ruleId, finding.rule);
        *s.ruleIndex = ruleIndex;
        s.level->get_ref<std::string &>().assign(sarifLevel(finding.severity));
        setUtf8(*s.message, finding.message);
        s.uri->get_ref<std::string &>().assign(uri);
        if (region) {
            *s.startLine = finding.line;
            *s.startColumn = std::max(finding.column, 1);
        }
        setUtf8(*s.fingerprint, finding.fingerprint);
        if (justified)
            setUtf8(*s.justification, finding.suppressionNote);
        setUtf8List(*s.targets, finding.targets);
        return s.value;
    }

private:
    struct Shape {
        explicit Shape(Json model) : value(std::move(model))
        {
            ruleId = &value["ruleId"];
            ruleIndex = &value["ruleIndex"];
            level = &value["level"];
            message = &value["message"]["text"];
            Json &physical = value["locations"][0]["physicalLocation"];
            uri = &physical["artifactLocation"]["uri"];
            if (physical.contains("region")) {
                startLine = &physical["region"]["startLine"];
                startColumn = &physical["region"]["startColumn"];
            }
            fingerprint = &value["partialFingerprints"][kFingerprintKey];
            if (value.contains("suppressions") && value["suppressions"][0].contains("justification"))
                justification = &value["suppressions"][0]["justification"];
            targets = &value["properties"]["targets"];
        }
        Json value;
        // Into `value`, whose keys never change after construction.
        Json *ruleId, *ruleIndex, *level, *message, *uri, *fingerprint, *targets;
        Json *startLine = nullptr, *startColumn = nullptr, *justification = nullptr;
    };
    std::array<std::unique_ptr<Shape>, 8> m_shapes;
};

// Rules in catalogue order, so ruleIndex is stable from run to run; a rule
// id the catalogue does not know still gets a descriptor, after the others.
// All are known before the first result is written: the rules come first
// in the log.
struct RuleTable {
    std::vector<RuleInfo> rules = ruleCatalogue();
    QHash<QString, std::size_t> indexById;

    template <class PackRules> RuleTable(const Findings &findings, const PackRules &packRules)
    {
        for (std::size_t i = 0; i < rules.size(); ++i)
            indexById.insert(rules[i].id, i);
        for (const Finding &finding : findings) {
            if (indexById.contains(finding.rule) || packRules.contains(finding.rule))
                continue;
            RuleInfo unknown;
            unknown.id = finding.rule;
            unknown.defaultSeverity = Severity::Warning;
            unknown.title = finding.rule;
            indexById.insert(finding.rule, rules.size());
            rules.push_back(std::move(unknown));
        }
    }
};

Json tool(const std::vector<RuleInfo> &rules, const std::vector<SarifExtension> &extensions)
{
    Json descriptors = Json::array();
    for (const RuleInfo &rule : rules)
        descriptors.push_back(ruleDescriptor(rule));
    Json out = {{"driver",
                 {
                     {"name", "Lintel"},
                     {"version", LINTEL_VERSION},
                     {"informationUri", kInformationUri},
                     {"rules", std::move(descriptors)},
                 }}};
    if (!extensions.empty()) {
        Json list = Json::array();
        for (const SarifExtension &e : extensions) {
            Json packRules = Json::array();
            for (const RuleInfo &rule : e.rules)
                packRules.push_back(ruleDescriptor(rule));
            list.push_back({{"name", utf8(e.name)}, {"rules", std::move(packRules)}});
        }
        out["extensions"] = std::move(list);
    }
    return out;
}

// Where each pack rule is: its extension and its place in that one's rules.
struct ExtensionRule {
    std::size_t extension;
    std::size_t index;
};

QHash<QString, ExtensionRule> extensionRules(const std::vector<SarifExtension> &extensions)
{
    QHash<QString, ExtensionRule> out;
    for (std::size_t e = 0; e < extensions.size(); ++e)
        for (std::size_t r = 0; r < extensions[e].rules.size(); ++r)
            out.insert(extensions[e].rules[r].id, {e, r});
    return out;
}

// A result of a pack rule: few, so built whole rather than from a shape.
Json packResult(const Finding &finding, ExtensionRule rule, const std::string &uri)
{
    Json out = result(finding, 0, uri);
    // A rule of an extension is named by `rule` alone (id, index and the
    // tool component); ruleId or ruleIndex beside it would repeat it, which
    // the SARIF multitool flags (SARIF2004).
    out.erase("ruleIndex");
    out.erase("ruleId");
    out["rule"] = {{"id", utf8(finding.rule)},
                   {"index", rule.index},
                   {"toolComponent", {{"index", rule.extension}}}};
    Json explanation = Json::array();
    for (const QString &line : finding.explanation)
        explanation.push_back(utf8(line));
    out["properties"]["explanation"] = std::move(explanation);
    return out;
}

}  // namespace

bool writeFindingsSarif(const Findings &findings, const QString &modelPath, const SarifBaseline *baseline,
                        const std::vector<SarifExtension> &extensions)
{
    const QHash<QString, ExtensionRule> packRules = extensionRules(extensions);
    // The envelope (one run) by hand; the tool and each result dumped by
    // nlohmann at their depth (jsonstream.h).
    Findings all = findings;
    if (baseline)
        all.insert(all.end(), baseline->absent.begin(), baseline->absent.end());
    const RuleTable table(all, packRules);
    // kSchema holds nothing JSON would escape.
    const std::string opening = std::string("{\n  \"$schema\": \"") + kSchema
        + "\",\n  \"version\": \"2.1.0\",\n  \"runs\": [\n    {\n      \"tool\": ";
    if (!writeStdout(opening) || !writeJsonAt(tool(table.rules, extensions), 3)
        || !writeStdout(std::string_view(",\n      \"results\": ")))
        return false;
    ArtifactUris uris;
    ResultObjects objects;
    JsonArrayWriter results(3);
    for (std::size_t i = 0; i < all.size(); ++i) {
        const Finding &finding = all[i];
        const bool absent = i >= findings.size();
        const std::string &uri = uris.of(findingFile(finding, absent ? baseline->absentPath : modelPath));
        const auto pack = packRules.constFind(finding.rule);
        if (pack == packRules.constEnd() && !baseline) {
            // The common case, without a copy: the filled object is reused.
            if (!results.add(objects.fill(finding, table.indexById.value(finding.rule), uri)))
                return false;
            continue;
        }
        Json result = pack != packRules.constEnd() ? packResult(finding, *pack, uri)
                                                   : Json(objects.fill(finding, table.indexById.value(finding.rule), uri));
        if (baseline) {
            const BaselineState state = absent ? BaselineState::Absent : baseline->states.at(i);
            result["baselineState"] = baselineStateName(state).toStdString();
        }
        if (!results.add(result))
            return false;
    }
    return results.finish() && writeStdout(std::string_view("\n    }\n  ]\n}\n"));
}

}  // namespace lintel::cli
