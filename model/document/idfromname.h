#pragma once
// Ids derived from names: "Video consultation" -> "video-consultation".
// People name things; ids are for files, rules and other tools. Deriving one
// from the other saves typing and keeps findings readable ("booking-service"
// rather than "service-1"). Pure functions, no Document.
#include "model/document/collections.h"

#include <QString>

namespace lintel {

// Kebab-case, ASCII-folded ("Café Ümlaut & Co." -> "cafe-umlaut-co"); at
// most about 48 characters, cut at a word. Empty when the name has no
// letter or digit left after folding.
QString idFromName(const QString &name);

// `base` when no object of the model uses it, else "<base>-2", "<base>-3",
// ... (the first that checkNewId accepts). `except` is an id that counts as
// free: the object's own id while it is being renamed.
QString uniqueIdFrom(const Model &model, const QString &base, const QString &except = {});

// The id a new object named `name` gets: derived and made unique, or
// `fallback` (e.g. the kind, "service") made unique when the name gives none.
QString newIdForName(const Model &model, const QString &name, const QString &fallback);

// What the canvas and the command bar call a new flow: "<from>-to-<to>".
QString derivedFlowId(const QString &fromId, const QString &toId);

// True when `id` is what `name` derives to, or that with a "-2", "-3", ...
// suffix: an id nobody has set by hand, which may follow the name.
bool idFollowsName(const QString &id, const QString &name);

// The field that names an object of collection `c` for people: "name",
// "title" for decisions, "text" for questions; empty for accepted risks.
QString nameField(Collection c);

}  // namespace lintel
