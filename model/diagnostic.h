#pragma once
#include <QString>
#include <vector>

namespace lintel {

// A problem found while reading a file. Printed as `FILE:LINE:COLUMN: message`
// like a compiler, so editors and CI logs can jump to it.
struct Diagnostic {
    QString file;
    int line = 0;    // 1-based; 0 when the problem is about the whole file
    int column = 0;  // 1-based
    QString message;

    QString toString() const
    {
        if (line <= 0)
            return QStringLiteral("%1: %2").arg(file, message);
        return QStringLiteral("%1:%2:%3: %4").arg(file).arg(line).arg(column).arg(message);
    }
};

using Diagnostics = std::vector<Diagnostic>;

}  // namespace lintel
