#pragma once
// Microsoft's SARIF validator (the multitool pinned in package.json, put in
// node_modules by scripts/setup.sh), for tests that check lintel-cli's
// SARIF output against the standard and its best practices.
#include <QString>
#include <QStringList>

namespace clitest {

QString sarifMultitool();

// What the multitool says about the SARIF log at `sarifPath`: one line per
// result of level error or warning ("RULE: message arguments"). `logPath`
// receives the multitool's own log. When the tool cannot run or writes no
// log, `failure` says why.
QStringList sarifComplaints(const QString &sarifPath, const QString &logPath, QString *failure);

}  // namespace clitest
