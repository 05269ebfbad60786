#pragma once
// Facts about the transition that more than one reader needs: the rules
// (model/rules/transitionrules.cpp), `lintel-cli transition` and the
// handover pack. Kept here, small and free of wording, so that a status
// report and a rule can never disagree about, say, whether knowledge
// transfer has begun or which done items are open.
//
// Dates in the model are ISO text; an empty or malformed date counts as
// absent (the loader reports malformed ones).
#include "model/types.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <vector>

namespace lintel::transition {

// The date a model field holds, or a null QDate when there is none.
QDate dateOf(const QString &text);

// The outgoing team named by the transition section, or null when the model
// has no transition or the id names no team.
const Team *outgoingTeam(const Model &model);

// Compute elements and stores take part in a handover; people, clients and
// externals do not.
bool canBeHandedOver(const Element &element);

// Which elements take part in the transition at all is
// model/transition/membership.h (isInTransition), shared with the editor.

// A phase has begun once it has an actual start on or before `asOf`, and is
// overdue when its planned end is before `asOf` and it has no actual end.
// Actual dates, not planned ones, say "begun": a plan does not move work.
bool hasBegun(const TransitionPhase &phase, QDate asOf);
bool isOverdue(const TransitionPhase &phase, QDate asOf);
// Whether any phase of that kind has begun as of the date.
bool phaseOfKindHasBegun(const Model &model, PhaseKind kind, QDate asOf);

// Observability as `operations` describes it: logs, metrics and a health
// check all there. Judges the done item that has no status of its own.
bool operationsShowObservability(const Element &element);

// The definition-of-done items still open, by their YAML key (`tests`,
// `api_docs`, `observability`, `rollback_notes`, `operational_notes`), in
// that order. An item without a status is open, except observability,
// which is then judged from `operations`; `not-applicable` is settled.
QStringList openDoneItems(const Element &element);

// The outgoing team's credentials still to rotate that concern the element:
// items for it, and items for the whole team (no element). Done and
// not-applicable items are settled; an item without a status is open.
std::vector<const ExitItem *> credentialsToRotateFor(const Model &model, const Element &element);

}  // namespace lintel::transition
