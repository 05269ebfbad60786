#pragma once
// Shared by the lintel-cli tests: running the built executable and finding
// things in the example models. Every test drives the real program through
// QProcess, as a CI pipeline would.
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>
#include <vector>

namespace clitest {

struct CliRun {
    int exitCode = -1;  // -1: did not start, crashed or hung
    QByteArray out;
    QByteArray err;
    // For QVERIFY2 messages: the command's stderr, readable.
    QByteArray describe() const;
};

// Where the program's standard output goes.
enum class Stdout {
    Captured,    // a pipe the test reads: CliRun::out
    FullDisk,    // /dev/full: every write fails with ENOSPC
    BrokenPipe,  // a pipe whose reading end is closed before the program starts
};

// Runs lintel-cli with `arguments` in `workingDirectory` (default: current).
CliRun runCli(const QStringList &arguments, const QString &workingDirectory = {},
              Stdout stdoutTo = Stdout::Captured);

// A file in the source tree, e.g. "resources/examples/shop.yaml".
QString sourcePath(const QString &relative);
QString shopModel();
QString smallModel();

QByteArray readBytes(const QString &path);
bool writeBytes(const QString &path, const QByteArray &bytes);

// Where `- id: ID` (or `id: ID` inside a mapping) stands in YAML text:
// 1-based line and column of the `id` key. Empty when the id is not found
// or is found more than once.
struct YamlPosition {
    int line = 0;
    int column = 0;
    friend bool operator==(const YamlPosition &, const YamlPosition &) = default;
};
std::optional<YamlPosition> idPosition(const QByteArray &yaml, const QString &id);

// resources/examples/shop.expected-findings.txt: (rule, target) pairs.
std::vector<std::pair<QString, QString>> expectedShopFindings();

// The day the example's expected findings are judged on (its accepted risks
// and API sunsets depend on it).
inline const char kShopAsOf[] = "2026-11-23";

}  // namespace clitest
