#pragma once
// What the libFuzzer targets in tests/fuzz share: a property that does not
// hold is a finding, so it aborts with a message (libFuzzer then saves the
// input as crash-*), and the checks every user-facing error must pass.
#include "model/diagnostic.h"

#include <QByteArray>
#include <QDebug>
#include <QString>
#include <cstdio>
#include <cstdlib>

namespace lintel::fuzz {

[[noreturn]] inline void propertyFailed(const char *target, const QString &why)
{
    std::fprintf(stderr, "%s: property failed: %s\n", target, qPrintable(why));
    std::abort();
}

// An error the user sees names the file it is about and says something;
// a line, when given, lies inside the input (the line after the last one is
// where "ends early" problems point).
inline void checkDiagnostic(const char *target, const Diagnostic &d, const QString &file,
                            const QByteArray &input)
{
    if (d.file != file)
        propertyFailed(target, QStringLiteral("an error names '%1' instead of '%2': %3")
                                   .arg(d.file, file, d.toString()));
    if (d.message.trimmed().isEmpty())
        propertyFailed(target, QStringLiteral("an error has no message: %1").arg(d.toString()));
    const qsizetype lines = input.count('\n') + 1;
    if (d.line < 0 || d.line > lines + 1 || d.column < 0)
        propertyFailed(target, QStringLiteral("an error points outside the input (%1 lines): %2")
                                   .arg(lines)
                                   .arg(d.toString()));
}

// Damaged input makes Qt warn on every run (qUncompress: "Input data is
// corrupted"). That is expected, and thousands of such lines would bury the
// report that matters, so only critical and fatal messages are printed.
inline void keepQtQuiet()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtCriticalMsg || type == QtFatalMsg)
            std::fprintf(stderr, "%s\n", qPrintable(message));
    });
}

}  // namespace lintel::fuzz
