#include "app/cli/findingreports.h"

#include "app/cli/jsonstream.h"
#include "app/cli/standardoutput.h"

namespace lintel::cli {

FindingCounts countFindings(const Findings &findings)
{
    FindingCounts counts;
    for (const Finding &f : findings) {
        if (f.suppressed)
            ++counts.suppressed;
        else if (f.severity == Severity::Error)
            ++counts.error;
        else if (f.severity == Severity::Warning)
            ++counts.warning;
        else
            ++counts.info;
    }
    return counts;
}

QString findingFile(const Finding &finding, const QString &modelPath)
{
    return finding.file.isEmpty() ? modelPath : finding.file;
}

QString findingLine(const Finding &finding, const QString &modelPath)
{
    QString where = findingFile(finding, modelPath);
    if (finding.line > 0)
        where += QStringLiteral(":%1:%2").arg(finding.line).arg(std::max(finding.column, 1));
    return QStringLiteral("%1: %2: %3 [%4]")
        .arg(where, enumName(finding.severity), finding.message, finding.rule);
}

QString summaryLine(const FindingCounts &counts, const QString &modelPath)
{
    const auto plural = [](int n, const char *word) {
        return QStringLiteral("%1 %2%3").arg(n).arg(QLatin1String(word)).arg(n == 1 ? "" : "s");
    };
    return QStringLiteral("%1: %2, %3, %4 info; %5 suppressed by accepted risks")
        .arg(modelPath, plural(counts.error, "error"), plural(counts.warning, "warning"))
        .arg(counts.info)
        .arg(counts.suppressed);
}

namespace {

// One entry of "findings", filled in place for each finding in turn (see
// setUtf8): the keys and their order are set up once, here.
class FindingObject {
public:
    FindingObject()
        : m_value({{"rule", ""}, {"severity", ""}, {"targets", Json::array()}, {"message", ""},
                   {"file", ""},
                   {"line", 0},  // 0: no location (e.g. a model loaded from .lintel)
                   {"column", 0}, {"fingerprint", ""}, {"suppressed", false}})
        , m_rule(m_value["rule"]), m_severity(m_value["severity"]), m_targets(m_value["targets"])
        , m_message(m_value["message"]), m_file(m_value["file"]), m_line(m_value["line"])
        , m_column(m_value["column"]), m_fingerprint(m_value["fingerprint"]), m_suppressed(m_value["suppressed"])
    {
    }

    const Json &fill(const Finding &f, const QString &modelPath)
    {
        setUtf8(m_rule, f.rule);
        setUtf8(m_severity, enumName(f.severity));
        setUtf8List(m_targets, f.targets);
        setUtf8(m_message, f.message);
        setUtf8(m_file, findingFile(f, modelPath));
        m_line = f.line;
        m_column = f.column;
        setUtf8(m_fingerprint, f.fingerprint);
        m_suppressed = f.suppressed;
        return m_value;
    }

private:
    Json m_value;
    // Into m_value, whose keys never change after construction.
    Json &m_rule, &m_severity, &m_targets, &m_message, &m_file, &m_line, &m_column, &m_fingerprint,
        &m_suppressed;
};

}  // namespace

bool writeFindingsJson(const Findings &findings, const QString &modelPath,
                       const std::vector<BaselineState> *baselineStates)
{
    // The envelope by hand, each finding dumped by nlohmann (jsonstream.h).
    if (!writeStdout(std::string_view("{\n  \"findings\": ")))
        return false;
    FindingObject finding;
    JsonArrayWriter list(1);
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const Finding &f = findings[i];
        const Json &filled = finding.fill(f, modelPath);
        if (!baselineStates && f.explanation.isEmpty()) {
            if (!list.add(filled))
                return false;
            continue;
        }
        // Pack findings say why (docs/rule-packs.md); with a baseline each
        // finding says whether it is new. Built-in ones keep the keys above.
        Json extended = filled;
        if (!f.explanation.isEmpty()) {
            Json &lines = extended["explanation"] = Json::array();
            for (const QString &line : f.explanation)
                lines.push_back(line.toStdString());
        }
        if (baselineStates)
            extended["baselineState"] = baselineStateName(baselineStates->at(i)).toStdString();
        if (!list.add(extended))
            return false;
    }
    const FindingCounts counts = countFindings(findings);
    const Json summary = {{"error", counts.error}, {"warning", counts.warning}, {"info", counts.info},
                          {"suppressed", counts.suppressed}};
    return list.finish() && writeStdout(std::string_view(",\n  \"summary\": ")) && writeJsonAt(summary, 1)
        && writeStdout(std::string_view("\n}\n"));
}

}  // namespace lintel::cli
