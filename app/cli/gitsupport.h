#pragma once
// Running git for `git-setup`: in the current directory, arguments passed
// as they are (no shell).
#include <QString>
#include <QStringList>
#include <optional>

namespace lintel::cli {

struct GitRun {
    int exitCode = -1;  // -1: git did not start or did not finish
    QString out;        // stdout, trimmed
    QString err;        // stderr, trimmed
};

GitRun runGit(const QStringList &arguments);

}  // namespace lintel::cli
