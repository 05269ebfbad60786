#pragma once
// The command bar's language: short sentences that each become one undo
// step. Grammar (docs/workshop-guide.md, ADR 0024):
//
//   <kind> <name> [in <zone>]          service Video consultation in app-network
//   zone <name> [in <zone>]            zone Partner network in internet
//   team <name>                        team Platform
//   <element> -> <element> [<protocol>] [async|sync]
//                                      booking-service -> records-service https
//   question [for <team or element>]: <text>
//                                      question for payments-vendor: who rotates the keys?
//   decision <title>                   decision Use SMS reminders
//   rename <object> to <new name>      rename booking-service to Bookings
//   set <object> <field> [to] <value>  set booking-service team platform
//
// Objects are named by id or by name (any case); a name may be quoted
// ("Sign in page") when it holds a word of the grammar. Parsing reads the
// model but never changes it; makeSentenceCommand turns the result into a
// command.
#include "model/document/commands.h"

#include <functional>
#include <optional>

namespace lintel::sentence {

enum class Action { AddElement, AddZone, AddTeam, AddFlow, AddQuestion, AddDecision, Rename, SetField };

struct Plan {
    Action action = Action::AddElement;
    ElementKind kind = ElementKind::Service;  // AddElement
    QString name;      // element, zone or team name; decision title; question text; new name;
                       // SetField: the value as typed
    QString id;        // the id the new object gets; for Rename, the id after it
    QString zone;      // AddElement, AddZone: the zone (parent) id, may be empty
    QString from, to;  // AddFlow: element ids
    QString protocol;  // AddFlow
    std::optional<bool> sync;  // AddFlow: "async" -> false, "sync" -> true
    QString owner;     // AddQuestion: team id
    QStringList about; // AddQuestion: element ids
    ObjectRef target;  // Rename, SetField: the object changed
    QString field;     // SetField: the field's path ("security.authentication")
    QVariant value;    // SetField: the new value, as SetFieldCommand takes it
};

struct Result {
    std::optional<Plan> plan;
    QString error;  // in words, for the command bar; empty when plan is set
    bool ok() const { return plan.has_value(); }
};

// Reads one sentence against `model`.
Result interpret(const Model &model, const QString &text);

// What the command bar says it will do ("Add service video-consultation in
// app-network"), for its preview and the undo text.
QString describe(const Plan &plan);

// Where new elements and zones go on the canvas. `positionFor` gets the
// zone id (may be empty) and returns the centre to give the new object in
// view `viewId`; without a view or a position, the object is added to the
// model only.
struct Placement {
    QString viewId;
    std::function<std::optional<Position>(const QString &zoneId)> positionFor;
};

// One command for the whole sentence (children of one parent), or nullptr
// for a plan that no longer fits the model.
QUndoCommand *makeCommand(Document *document, const Plan &plan, const Placement &placement = {});

// The object a plan adds or renames (for selecting it afterwards).
ObjectRef subjectOf(const Plan &plan);

}  // namespace lintel::sentence
