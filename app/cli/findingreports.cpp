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

bool writeFindingsJson(const Findings &findings, const QString &modelPath)
{
    // The envelope by hand, each finding dumped by nlohmann (jsonstream.h).
    if (!writeStdout(std::string_view("{\n  \"findings\": ")))
        return false;
    JsonArrayWriter list(1);
    for (const Finding &f : findings) {
        Json targets = Json::array();
        for (const QString &target : f.targets)
            targets.push_back(target.toStdString());
        const Json finding = {
            {"rule", f.rule.toStdString()},
            {"severity", enumName(f.severity).toStdString()},
            {"targets", std::move(targets)},
            {"message", f.message.toStdString()},
            {"file", findingFile(f, modelPath).toStdString()},
            {"line", f.line},  // 0: no location (e.g. a model loaded from .lintel)
            {"column", f.column},
            {"fingerprint", f.fingerprint.toStdString()},
            {"suppressed", f.suppressed},
        };
        if (!list.add(finding))
            return false;
    }
    const FindingCounts counts = countFindings(findings);
    const Json summary = {{"error", counts.error}, {"warning", counts.warning}, {"info", counts.info},
                          {"suppressed", counts.suppressed}};
    return list.finish() && writeStdout(std::string_view(",\n  \"summary\": ")) && writeJsonAt(summary, 1)
        && writeStdout(std::string_view("\n}\n"));
}

}  // namespace lintel::cli
