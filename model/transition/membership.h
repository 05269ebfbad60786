#pragma once
// Which elements take part in the transition: the outgoing team's services
// and stores (what is being handed over), and any element given a stage.
// The Transition panel, the stage colouring and the reports all ask this.
#include "model/types.h"

namespace lintel {

inline bool isInTransition(const Model &model, const Element &element)
{
    if (element.handover.stage)
        return true;
    const bool handsOver = isCompute(element.kind) || isStore(element.kind);
    return handsOver && !model.transition.outgoing.isEmpty() && element.team == model.transition.outgoing;
}

}  // namespace lintel
