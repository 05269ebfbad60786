#pragma once
// Reading one version of a model, named as `lintel-cli diff`, `merge` and
// `validate --baseline` and the editor's Compare With… name it:
//
//   FILE       a YAML model or a .lintel document's latest revision; a file
//              whose name says neither (git's temporary merge files) is
//              recognised by its content
//   FILE@N     revision N of a .lintel document, numbered as `lintel-cli
//              revisions` lists them
//   REV:PATH   PATH as git revision REV has it (`git show REV:PATH`), e.g.
//              HEAD~1:model.yaml; a Windows drive (C:\...) is a FILE
//
// Problems name the argument as typed, so a message about `main:shop.yaml`
// says so rather than naming a temporary file.
#include "model/diagnostic.h"
#include "model/types.h"

#include <QString>
#include <optional>

namespace lintel {

struct VersionLoad {
    std::optional<Model> model;
    Diagnostics problems;
};

// `gitDirectory`: where git runs for REV:PATH (the current directory when
// empty); a PATH starting with ./ is relative to it.
VersionLoad loadModelVersion(const QString &argument, const QString &gitDirectory = {});

}  // namespace lintel
