#pragma once
// The one interface every importer implements. An importer reads a document
// in a foreign format (OpenAPI, Structurizr, ...) and returns the Lintel
// objects it describes as a model *fragment*: objects only, each carrying an
// `x-source` key (importers/sourcetag.h) saying where it came from. Merging
// the fragment into a model is not the importer's job (importers/merge/),
// so every format gets the same update, prune and report behaviour.
//
// Importers depend only on model/: the CLI and the editor both go through
// the registry below, headless.
#include "model/diagnostic.h"
#include "model/types.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

namespace lintel {

struct ImportRequest {
    QByteArray bytes;   // the document as read from disk
    QString fileName;   // as given on the command line: used in diagnostics
};

struct ImportResult {
    Model fragment;      // the imported objects; nothing else is set
    Diagnostics errors;  // malformed input: FILE:LINE:COL; when not empty nothing is imported
    QStringList notes;   // what was read but could not be represented: "FILE[:LINE]: note: ..."
    bool ok() const { return errors.empty(); }
};

class Importer {
public:
    virtual ~Importer() = default;
    virtual QString id() const = 0;           // "openapi": the CLI's FORMAT and x-source's format
    virtual QString description() const = 0; // one sentence for --help
    virtual ImportResult read(const ImportRequest &request) const = 0;
};

// All importers, in the order `lintel-cli import --help` lists them;
// registered explicitly in registry.cpp.
const std::vector<std::unique_ptr<Importer>> &importers();
const Importer *findImporter(const QString &id);

}  // namespace lintel
