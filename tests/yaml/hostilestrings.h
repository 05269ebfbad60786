#pragma once
// Strings that YAML can misread, and a model that carries one of them in
// every text and string-list field, map key and `x-` value (for the
// round-trip property tests).
#include "model/types.h"

#include <QString>
#include <QStringList>

namespace lintel::test {

// Every character that is special in YAML flow or block context, alone and
// at the start, middle and end of a word, with and without a space next to
// it; edge spaces, empty text, words that read as null, booleans, numbers
// or dates; line breaks, tabs, every control character, non-printable and
// invisible Unicode, lone surrogates, byte order marks, document markers
// and keys too long to be implicit.
QStringList hostileStrings();

// What a UTF-8 file can hold of `text`: lone surrogates have no UTF-8 form
// and become U+FFFD.
QString storable(const QString &text);

// One object in every list, each text field (except ids and dates, which
// are checked at load) set to `text`, each string list to [text, "after"],
// each map with `text` as key and value, and every mapping's `x-` keys
// holding `text` as a quoted scalar, a list item and a mapping key.
Model modelFilledWith(const QString &text);

}  // namespace lintel::test
