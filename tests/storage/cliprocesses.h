#pragma once
// Shared by the concurrency and kill tests of .lintel documents: starting
// the real lintel-cli as separate processes (as two editors or CI jobs on
// one file would), and checking what a folder holds afterwards.
#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <memory>

namespace storagetest {

// resources/examples/NAME in the source tree.
QString exampleModel(const QString &name);

// Starts `lintel-cli convert IN OUT -m MESSAGE --author tester`; returns
// once the program runs (or failed to start: state() is NotRunning).
std::unique_ptr<QProcess> startConvert(const QString &in, const QString &out, const QString &message);

struct Outcome {
    bool exitedNormally = false;  // false: killed, crashed or hung
    int exitCode = -1;
    QByteArray err;
    bool succeeded() const { return exitedNormally && exitCode == 0; }
    QByteArray describe() const;
};

// Waits for the process to end (a generous bound, only so a hang fails the
// test instead of blocking the suite) and says how it ended.
Outcome finish(QProcess &process);

// Entries in `folder` other than `expected`: temporary files, journals and
// anything else a save left behind.
QStringList strayFiles(const QString &folder, const QStringList &expected);

}  // namespace storagetest
