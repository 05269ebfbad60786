#include "app/cli/sarifreport.h"

#include "app/cli/findingreports.h"
#include "app/cli/jsonstream.h"
#include "app/cli/standardoutput.h"
#include "model/rules/validator.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QUrl>

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
std::string artifactUri(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString relative = QDir::current().relativeFilePath(absolute);
    if (relative == QLatin1String("..") || relative.startsWith(QLatin1String("../")))
        return QUrl::fromLocalFile(absolute).toString(QUrl::FullyEncoded).toStdString();
    return QUrl::toPercentEncoding(relative, "/").toStdString();
}

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

Json result(const Finding &finding, std::size_t ruleIndex, const QString &modelPath)
{
    Json physical = {{"artifactLocation", {{"uri", artifactUri(findingFile(finding, modelPath))}}}};
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

// Rules in catalogue order, so ruleIndex is stable from run to run; a rule
// id the catalogue does not know still gets a descriptor, after the others.
// All are known before the first result is written: the rules come first
// in the log.
struct RuleTable {
    std::vector<RuleInfo> rules = ruleCatalogue();
    QHash<QString, std::size_t> indexById;

    explicit RuleTable(const Findings &findings)
    {
        for (std::size_t i = 0; i < rules.size(); ++i)
            indexById.insert(rules[i].id, i);
        for (const Finding &finding : findings) {
            if (indexById.contains(finding.rule))
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

Json tool(const std::vector<RuleInfo> &rules)
{
    Json descriptors = Json::array();
    for (const RuleInfo &rule : rules)
        descriptors.push_back(ruleDescriptor(rule));
    return {{"driver",
             {
                 {"name", "Lintel"},
                 {"version", LINTEL_VERSION},
                 {"informationUri", kInformationUri},
                 {"rules", std::move(descriptors)},
             }}};
}

}  // namespace

bool writeFindingsSarif(const Findings &findings, const QString &modelPath)
{
    // The envelope (one run) by hand; the tool and each result dumped by
    // nlohmann at their depth (jsonstream.h).
    const RuleTable table(findings);
    // kSchema holds nothing JSON would escape.
    const std::string opening = std::string("{\n  \"$schema\": \"") + kSchema
        + "\",\n  \"version\": \"2.1.0\",\n  \"runs\": [\n    {\n      \"tool\": ";
    if (!writeStdout(opening) || !writeJsonAt(tool(table.rules), 3)
        || !writeStdout(std::string_view(",\n      \"results\": ")))
        return false;
    JsonArrayWriter results(3);
    for (const Finding &finding : findings)
        if (!results.add(result(finding, table.indexById.value(finding.rule), modelPath)))
            return false;
    return results.finish() && writeStdout(std::string_view("\n    }\n  ]\n}\n"));
}

}  // namespace lintel::cli
