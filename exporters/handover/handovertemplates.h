#pragma once
// The handover's templates: built into the program as Qt resources, and
// replaceable file by file from a folder the user names (`--template DIR`),
// so a company can restyle the document or reorder its sections without
// rebuilding Lintel.
#include "exporters/handover/handoverdata.h"

#include <QString>
#include <QStringList>

namespace lintel::handover {

struct Templates {
    QString markdown;  // handover.md.mustache
    QString html;      // handover.html.mustache
    QString css;       // handover.css
};

// Loads the built-in templates, then any of the three files found in
// `folder` (or in `folder`/handover). `messages` says which were replaced.
// Fails when `folder` is given but holds none of them or cannot be read.
bool loadTemplates(const QString &folder, Templates &out, QStringList &messages, QString *error);

enum class Escape { None, Html };

// Renders a mustache template. Fails, naming `what`, when the template does
// not parse.
bool renderTemplate(const QString &what, const QString &tmpl, const Data &data, Escape escape,
                    QString &out, QString *error);

}  // namespace lintel::handover
