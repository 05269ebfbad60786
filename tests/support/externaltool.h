#pragma once
// Running the external programs that check exported files (dot, xmllint,
// pdfinfo, PlantUML, redocly, markdownlint, ...).
#include <QByteArray>
#include <QString>
#include <QStringList>

namespace lintel::test {

// The absolute path of a program, or empty when it is not installed: a name
// with a slash ("node_modules/.bin/redocly") is taken inside the source
// tree, any other name is looked up on PATH.
QString findTool(const QString &name);

struct ToolResult {
    int exitCode = -1;  // -1 when it crashed, hung or did not start
    QString output;     // stdout and stderr together
};

// Runs `program` in `workDir`, with colours and update notices of node tools
// turned off so the output shown on failure is plain text.
ToolResult runTool(const QString &program, const QStringList &arguments, const QString &workDir);

// Runs `program` with `input` written to a file named `fileName` in a
// temporary folder (the file's path replaces "{}" in `arguments`).
ToolResult runOnFile(const QString &program, QStringList arguments, const QString &fileName,
                     const QByteArray &input);

}  // namespace lintel::test
