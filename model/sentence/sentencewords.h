#pragma once
// The fixed words of the sentence language, shared by the parser and the
// completion so they can never disagree.
#include "model/document/collections.h"
#include "model/sentence/sentence.h"

#include <QStringList>

namespace lintel::sentence {

// What a sentence may start with: every element kind (from the kind table),
// then zone, team, question, decision, rename.
QStringList firstWords();

// Protocols offered after a flow's target; any other word is accepted too.
QStringList commonProtocols();

// A name to show in "give the service a name, e.g. ..." messages.
QString exampleName(Action action);

// What `rename` can rename: everything that has an id and a name or title.
const std::vector<Collection> &renameableCollections();

}  // namespace lintel::sentence
