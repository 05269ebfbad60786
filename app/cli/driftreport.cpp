#include "app/cli/driftreport.h"

#include "app/cli/jsonstream.h"
#include "app/cli/standardoutput.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace lintel::cli {

namespace {

std::string utf8(const QString &s) { return s.toStdString(); }

// As validate's SARIF does: relative to the working directory (the
// repository root in CI), else an absolute file: URI.
std::string artifactUri(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString relative = QDir::current().relativeFilePath(absolute);
    if (relative == QLatin1String("..") || relative.startsWith(QLatin1String("../")))
        return QUrl::fromLocalFile(absolute).toString(QUrl::FullyEncoded).toStdString();
    return QUrl::toPercentEncoding(relative, "/").toStdString();
}

}  // namespace

bool writeDriftText(const std::vector<DriftPair> &pairs, const QString &modelPath)
{
    QByteArray out;
    int total = 0;
    for (const DriftPair &pair : pairs) {
        for (const Drift &d : pair.drifts) {
            const QString where = d.loc.isValid()
                ? QStringLiteral("%1:%2:%3").arg(modelPath).arg(d.loc.line).arg(d.loc.column)
                : modelPath;
            out += QStringLiteral("%1: drift [%2] %3: %4 (compared with %5)\n")
                       .arg(where, d.kind, pair.apiId, d.message, pair.specFile).toUtf8();
        }
        total += int(pair.drifts.size());
    }
    out += QStringLiteral("%1 drift(s) in %2 contract(s) compared\n").arg(total).arg(pairs.size()).toUtf8();
    return writeStdout(out);
}

bool writeDriftJson(const std::vector<DriftPair> &pairs, const QString &modelPath)
{
    Json contracts = Json::array();
    for (const DriftPair &pair : pairs) {
        Json drifts = Json::array();
        for (const Drift &d : pair.drifts) {
            Json item = {{"kind", utf8(d.kind)}, {"subject", utf8(d.subject)}, {"message", utf8(d.message)}};
            if (d.loc.isValid())
                item["line"] = d.loc.line, item["column"] = d.loc.column;
            drifts.push_back(item);
        }
        contracts.push_back({{"api", utf8(pair.apiId)}, {"document", utf8(pair.specFile)}, {"drifts", drifts}});
    }
    const Json doc = {{"model", utf8(modelPath)}, {"contracts", contracts}};
    return writeStdout(QByteArray::fromStdString(doc.dump(2) + "\n"));
}

bool writeDriftSarif(const std::vector<DriftPair> &pairs, const QString &modelPath)
{
    Json rules = Json::array();
    for (const DriftKind &kind : driftKinds())
        rules.push_back({{"id", kind.id}, {"shortDescription", {{"text", kind.description}}},
                         {"defaultConfiguration", {{"level", "warning"}}}});
    const std::string uri = artifactUri(modelPath);
    Json results = Json::array();
    for (const DriftPair &pair : pairs) {
        for (const Drift &d : pair.drifts) {
            std::size_t index = 0;
            while (index < driftKinds().size() && d.kind != QLatin1String(driftKinds()[index].id))
                ++index;
            Json physical = {{"artifactLocation", {{"uri", uri}}}};
            if (d.loc.isValid())
                physical["region"] = {{"startLine", d.loc.line}, {"startColumn", std::max(d.loc.column, 1)}};
            results.push_back({{"ruleId", utf8(d.kind)},
                               {"ruleIndex", index},
                               {"level", "warning"},
                               {"message", {{"text", utf8(QStringLiteral("%1: %2").arg(pair.apiId, d.message))}}},
                               {"locations", Json::array({{{"physicalLocation", physical}}})},
                               {"properties", {{"api", utf8(pair.apiId)}, {"document", utf8(pair.specFile)}}}});
        }
    }
    const Json log = {
        {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
        {"version", "2.1.0"},
        {"runs", Json::array({{{"tool", {{"driver", {{"name", "lintel-drift"},
                                                      {"version", LINTEL_VERSION},
                                                      {"informationUri", "https://github.com/lintel-architecture/lintel"},
                                                      {"rules", rules}}}}},
                               {"results", results}}})}};
    return writeStdout(QByteArray::fromStdString(log.dump(2) + "\n"));
}

}  // namespace lintel::cli
