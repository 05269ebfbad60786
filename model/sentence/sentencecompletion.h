#pragma once
// What the command bar offers while a sentence is typed: whole lines, each
// the text so far with the word being typed completed (a kind, an id or
// name, a protocol), so a plain prefix-filtering completer can show them.
#include "model/types.h"

#include <QStringList>

namespace lintel::sentence {

QStringList completions(const Model &model, const QString &text);

}  // namespace lintel::sentence
