// saveRevision: adds a revision whether or not the document exists yet, and
// stays correct when several programs save the same new file at once: the
// first one to give its file the name wins, the others add their revision
// to the winner's file (ADR 0012).
#include "model/io/atomicsave.h"
#include "model/storage/lintelfile.h"
#include "model/storage/lintelschema.h"

#include <QFileInfo>

namespace lintel {

int saveRevision(const QString &path, const Model &model, const QString &author,
                 const QString &message, Diagnostic *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = Diagnostic{path, 0, 0, why};
        return 0;
    };
    if (!QFileInfo::exists(path)) {
        QString why;
        const std::optional<QByteArray> bytes = schema::newDocument(model, author, message, &why);
        if (!bytes)
            return fail(QStringLiteral("cannot be created (%1)").arg(why));
        switch (createFileAtomically(path, *bytes, &why)) {
        case NewFileOutcome::Created:
            return 1;
        case NewFileOutcome::AlreadyExists:
            break;  // another program created it a moment ago: add to its file
        case NewFileOutcome::Failed:
            return fail(why);
        }
    }
    auto file = LintelFile::open(path, LintelFile::Access::ReadWrite, error);
    return file ? file->appendRevision(model, author, message, error) : 0;
}

}  // namespace lintel
