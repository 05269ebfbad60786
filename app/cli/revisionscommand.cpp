// lintel-cli revisions FILE.lintel: the saved revisions, oldest first.
#include "app/cli/clisupport.h"
#include "app/cli/command.h"
#include "app/cli/standardoutput.h"
#include "model/storage/lintelfile.h"

#include <memory>

namespace lintel::cli {

namespace {

// Keeps one revision on one line whatever its message holds.
QString oneLine(QString text)
{
    for (QChar &c : text)
        if (c == u'\n' || c == u'\r' || c == u'\t')
            c = u' ';
    return text;
}

int runRevisions(const std::string &file)
{
    const QString path = fromArgument(file);
    Diagnostic error;
    const auto document = LintelFile::open(path, LintelFile::Access::ReadOnly, &error);
    const auto revisions = document ? document->revisions(&error) : std::nullopt;
    if (!revisions) {
        printError(error.toString());
        return kExitError;
    }
    for (const RevisionInfo &r : *revisions) {
        const QString line = QStringLiteral("%1\t%2\t%3\t%4\n")
                                 .arg(r.number)
                                 .arg(r.createdAt.toString(Qt::ISODate), oneLine(r.author), oneLine(r.message));
        if (!writeStdout(line.toUtf8()))
            break;  // main() reports the failed write
    }
    return kExitOk;
}

}  // namespace

Command setupRevisionsCommand(CLI::App &parent)
{
    auto file = std::make_shared<std::string>();
    CLI::App *cmd = parent.add_subcommand("revisions", "List the revisions saved in a .lintel document");
    cmd->add_option("FILE", *file, "The .lintel document")->required();
    cmd->footer("One revision a line, oldest first, tab-separated:\n"
                "  NUMBER  TIME (UTC, ISO 8601)  AUTHOR  MESSAGE");
    return {cmd, [file] { return runRevisions(*file); }};
}

}  // namespace lintel::cli
