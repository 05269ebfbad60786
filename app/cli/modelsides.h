#pragma once
// The versions of a model that `diff`, `merge` and `validate --baseline`
// read (through model/compare/modelversion.h, shared with the editor)
// compare. One argument names one version:
//
//   FILE       a YAML model or a .lintel document's latest revision; a file
//              whose name says neither (git's temporary merge files) is
//              recognised by its content
//   FILE@N     revision N of a .lintel document, numbered as `lintel-cli
//              revisions` lists them
//   REV:PATH   PATH as git revision REV has it (`git show REV:PATH` in the
//              current directory), e.g. HEAD~1:model.yaml; a Windows drive
//              (C:\...) is a FILE, not a revision
#include "model/types.h"

#include <QString>
#include <optional>
#include <vector>

namespace lintel::cli {

struct ModelSide {
    Model model;
    QString label;  // the argument as typed: the file name findings and diagnostics give
};

// On failure prints every problem on stderr as FILE:LINE:COLUMN: message
// (FILE being the argument) and returns nothing.
std::optional<ModelSide> loadSideOrReport(const QString &argument);

// Several sides at once, each on its own thread (two L models from YAML
// take half the time); problems are printed afterwards in argument order.
std::vector<std::optional<ModelSide>> loadSidesOrReport(const QStringList &arguments);

}  // namespace lintel::cli
