// lintel-cli git-setup [--pattern P]...: makes git merge Lintel models with
// `lintel-cli merge` and show their changes with `lintel-cli git-diff`, in
// the current repository. Safe to run again: what is there already is left
// as it is, and it says what it did.
#include "app/cli/clisupport.h"
#include "app/cli/command.h"
#include "app/cli/gitsupport.h"
#include "app/cli/standardoutput.h"
#include "model/io/atomicsave.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <memory>

namespace lintel::cli {

namespace {

constexpr char kDefaultPattern[] = "*.lintel.yaml";
constexpr char kAttributes[] = "merge=lintel diff=lintel";

const char kHelp[] = R"(Run inside a git work tree. It sets, in the repository's .git/config:
  merge.lintel.driver    lintel-cli merge %O %A %B -o %A
  diff.lintel.command    lintel-cli git-diff   (the semantic diff in `git diff`)
  diff.lintel.textconv   lintel-cli git-diff --textconv   (canonical YAML
                         for `git log -p` and `git show`)
and adds `PATTERN merge=lintel diff=lintel` lines to the top-level
.gitattributes for *.lintel.yaml and each --pattern. The program is named
by its absolute path, so git finds it without PATH.

Exit status: 0 done (or nothing to do), 2 not in a git work tree or a
file could not be written.)";

// A value for git's config that a shell (git runs drivers through one)
// reads back as the one word `text`.
QString shellQuoted(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

// Sets `key` to `value` unless it has that value. False when git failed.
bool ensureConfig(const QString &key, const QString &value, QStringList *done)
{
    const GitRun current = runGit({QStringLiteral("config"), QStringLiteral("--local"), QStringLiteral("--get"), key});
    if (current.exitCode == 0 && current.out == value)
        return true;
    const GitRun set = runGit({QStringLiteral("config"), QStringLiteral("--local"), key, value});
    if (set.exitCode != 0) {
        printError(QStringLiteral("git config %1: %2").arg(key, set.err));
        return false;
    }
    done->append(QStringLiteral("set %1 in .git/config").arg(key));
    return true;
}

// Adds `pattern merge=lintel diff=lintel` for each pattern not yet there.
bool ensureAttributes(const QString &topLevel, const QStringList &patterns, QStringList *done)
{
    const QString path = QDir(topLevel).filePath(QStringLiteral(".gitattributes"));
    QFile file(path);
    QByteArray text;
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            printError(QStringLiteral("%1: cannot be read: %2").arg(path, file.errorString()));
            return false;
        }
        text = file.readAll();
        file.close();
    }
    QStringList lines = QString::fromUtf8(text).split(u'\n');
    QStringList added;
    for (const QString &pattern : patterns) {
        const QString line = pattern + u' ' + QLatin1String(kAttributes);
        bool present = false;
        for (const QString &existing : lines)
            present = present || existing.simplified() == line;
        if (!present)
            added << line;
    }
    if (added.isEmpty())
        return true;
    if (!text.isEmpty() && !text.endsWith('\n'))
        text += '\n';
    for (const QString &line : added) {
        text += line.toUtf8() + '\n';
        done->append(QStringLiteral("added \"%1\" to .gitattributes").arg(line));
    }
    QString reason;
    if (!saveFileAtomically(path, text, ExistingFile::Replace, &reason)) {
        printError(QStringLiteral("%1: %2").arg(path, reason));
        return false;
    }
    return true;
}

int runGitSetup(const std::vector<std::string> &extraPatterns)
{
    const GitRun top = runGit({QStringLiteral("rev-parse"), QStringLiteral("--show-toplevel")});
    if (top.exitCode != 0 || top.out.isEmpty()) {
        printError(QStringLiteral("%1: not inside a git work tree (%2)")
                       .arg(QDir::currentPath(), top.err.isEmpty() ? QStringLiteral("git failed") : top.err));
        return kExitError;
    }
    const QString program = shellQuoted(QCoreApplication::applicationFilePath());
    QStringList done;
    const bool configured =
        ensureConfig(QStringLiteral("merge.lintel.name"), QStringLiteral("Lintel semantic merge"), &done)
        && ensureConfig(QStringLiteral("merge.lintel.driver"), program + QStringLiteral(" merge %O %A %B -o %A"), &done)
        && ensureConfig(QStringLiteral("diff.lintel.command"), program + QStringLiteral(" git-diff"), &done)
        && ensureConfig(QStringLiteral("diff.lintel.textconv"), program + QStringLiteral(" git-diff --textconv"), &done);
    if (!configured)
        return kExitError;
    QStringList patterns{QString::fromLatin1(kDefaultPattern)};
    for (const std::string &p : extraPatterns)
        if (!patterns.contains(fromArgument(p)))
            patterns << fromArgument(p);
    if (!ensureAttributes(top.out, patterns, &done))
        return kExitError;
    if (done.isEmpty())
        done << QStringLiteral("already set up: nothing to do");
    for (const QString &line : done)
        writeStdout((line + u'\n').toUtf8());
    return kExitOk;
}

}  // namespace

Command setupGitSetupCommand(CLI::App &parent)
{
    auto patterns = std::make_shared<std::vector<std::string>>();
    CLI::App *cmd = parent.add_subcommand("git-setup", "Make git merge and diff Lintel models semantically");
    cmd->add_option("--pattern", *patterns, "Another file pattern for .gitattributes (repeatable)");
    cmd->footer(kHelp);
    return {cmd, [patterns] { return runGitSetup(*patterns); }};
}

}  // namespace lintel::cli
