#pragma once
// Names for people, ids for machines. Rule messages name objects by id
// ("Service svc-7 has no team"): the CLI prints them so, CI logs diff them
// and fingerprints do not depend on them. On screen people read names, so
// the editor shows each message with the names of the elements, zones and
// teams it mentions in place of their ids ("Service “Video consultation”
// has no team") and keeps the message with ids in the tooltip.
//
// No rule message is written twice for this: an id is swapped for a name
// when it is one of the finding's targets, follows a word that introduces
// an object ("service", "zone", "team", ...), or could not be an ordinary
// word (it has a digit, "-" or "_"). An element called "backup" therefore
// stays "backup" in "has no backup".
#include "model/rules/finding.h"
#include "model/types.h"

namespace lintel {

// The message as shown on screen.
QString displayMessage(const Model &model, const Finding &finding);
// "Video consultation" for an element, zone or team id; "Video
// consultation → Orders service" for a flow (flows have no names of their
// own); `id` itself for anything else or an object without a name.
QString displayName(const Model &model, const QString &id);

}  // namespace lintel
