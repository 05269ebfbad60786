#include "app/cli/sarifreport.h"

#include "app/cli/findingreports.h"
#include "model/rules/validator.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>
#include <nlohmann/json.hpp>

namespace lintel::cli {

namespace {

using Json = nlohmann::ordered_json;

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

}  // namespace

QByteArray findingsSarif(const Findings &findings, const QString &modelPath)
{
    // Rules in catalogue order, so ruleIndex is stable from run to run; a
    // rule id the catalogue does not know still gets a descriptor.
    std::vector<RuleInfo> rules = ruleCatalogue();
    const auto indexOf = [&rules](const QString &id) {
        for (std::size_t i = 0; i < rules.size(); ++i)
            if (rules[i].id == id)
                return i;
        RuleInfo unknown;
        unknown.id = id;
        unknown.defaultSeverity = Severity::Warning;
        unknown.title = id;
        rules.push_back(std::move(unknown));
        return rules.size() - 1;
    };
    Json results = Json::array();
    for (const Finding &finding : findings)
        results.push_back(result(finding, indexOf(finding.rule), modelPath));

    Json descriptors = Json::array();
    for (const RuleInfo &rule : rules)
        descriptors.push_back(ruleDescriptor(rule));
    const Json driver = {
        {"name", "Lintel"},
        {"version", LINTEL_VERSION},
        {"informationUri", kInformationUri},
        {"rules", std::move(descriptors)},
    };
    const Json log = {
        {"$schema", kSchema},
        {"version", "2.1.0"},
        {"runs", Json::array({{{"tool", {{"driver", driver}}}, {"results", std::move(results)}}})},
    };
    return QByteArray::fromStdString(log.dump(2, ' ', false, Json::error_handler_t::replace)) + '\n';
}

}  // namespace lintel::cli
