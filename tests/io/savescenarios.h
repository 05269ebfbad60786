#pragma once
// Every way Lintel saves a file, as the fault tests run them: each one
// prepares what a user would already have on disk, saves, and can tell a
// file holding the complete new content from anything else.
#include <QDir>
#include <QMap>
#include <QString>
#include <functional>
#include <vector>

namespace savetest {

struct SaveScenario {
    QString name;
    // Puts the "old" files in `dir` (may leave it empty: a new file).
    std::function<void(const QDir &dir)> prepare;
    // The save under test; false with `error` set on failure.
    std::function<bool(const QDir &dir, QString *error)> save;
    // True when `path` (inside `dir`) holds exactly what the save writes there.
    std::function<bool(const QDir &dir, const QString &relativePath)> holdsNewContent;
};

const std::vector<SaveScenario> &saveScenarios();
const SaveScenario *findScenario(const QString &name);

// Every file below `dir` (hidden ones too), by path relative to it.
QMap<QString, QByteArray> snapshot(const QDir &dir);

}  // namespace savetest
