#pragma once
// Where a transition stands on a given day: the phases against their plan,
// each element's ownership stage, knowledge transfer and definition of done,
// stage counts per team, and each leaving team's exit checklist. Computed
// once from the model so `lintel-cli transition` and the handover pack report
// the same numbers (docs/model-format.md, "transition" and "handover").
#include "model/types.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <array>
#include <optional>
#include <vector>

namespace lintel::transition {

// Judged as of a day: an actual date after that day has not happened yet.
enum class PhaseState { Done, InProgress, Overdue, NotStarted };
QString phaseStateName(PhaseState state);  // "done", "in-progress", "overdue", "not-started"

struct PhaseSummary {
    QString id, name;
    std::optional<PhaseKind> kind;
    QString plannedStart, plannedEnd, actualStart, actualEnd;
    PhaseState state = PhaseState::NotStarted;
    // The as-of day falls within the planned dates (the timeline's "today").
    bool containsAsOf = false;
};

// One definition-of-done item with its absent status resolved.
struct DoneItemSummary {
    QString key;    // YAML name: tests, api_docs, observability, rollback_notes, operational_notes
    QString label;  // for people: "tests", "API documentation", ...
    ItemStatus status = ItemStatus::Open;
    bool fromOperations = false;  // observability judged from `operations` (no status given)
    QString note;
};

struct KnowledgeSummary {
    bool walkthrough = false;  // a walkthrough date is recorded
    QString walkthroughDate, walkthroughBy;
    QString documentation;           // where; empty when not recorded
    QStringList questionsAnswered;   // handover.knowledge.questions
    QStringList openQuestions;       // ids of questions about the element not answered
    bool accessTransferred = false;  // access_transferred: true
    // Of the four: walkthrough, documentation, access transferred, no open
    // question.
    int complete() const;
    static constexpr int kItems = 4;
    // The missing ones, for people: "walkthrough", "documentation", ...
    QStringList missing() const;
};

struct ElementSummary {
    QString id, name, team;
    std::optional<int> stage;  // 1-4; absent when not recorded
    QString since;
    KnowledgeSummary knowledge;
    std::vector<DoneItemSummary> done;  // the five items, in the documented order
    int doneComplete() const;           // items done
    int doneApplicable() const;         // items not marked not-applicable
    QStringList openDoneItems() const;  // labels of the items still open
};

// Elements per stage: index 0 counts those without a stage, 1-4 the stages.
struct StageCounts {
    std::array<int, 5> byStage{};
    int total() const;
};

// A bar of `width` cells (fewer for fewer elements: one cell each) for a
// report: the stage's digit, '.' for no stage, most advanced first, so a bar
// of 4s is a team that has handed everything over. Shared by the CLI and the
// handover pack so both draw the same bar.
QString stageBar(const StageCounts &counts, int width = 20);

struct TeamStages {
    QString team;  // team id; empty for elements without a team
    QString name;  // the team's name, or its id
    StageCounts counts;
};

struct ExitItemSummary {
    QString what, element;
    ItemStatus status = ItemStatus::Open;
    QString note;
    bool derived = false;  // added from what the team's elements touch, not written in the model
};

struct TeamExitSummary {
    QString team, name;
    bool outgoing = false;  // the transition's outgoing team
    std::vector<ExitItemSummary> access, credentials;
    int open() const;  // items of both lists neither done nor not applicable
};

struct TransitionSummary {
    QDate asOf;
    QString name, outgoing, incoming, targetDate;
    std::vector<PhaseSummary> phases;
    std::vector<ElementSummary> elements;  // model order
    std::vector<TeamStages> teams;         // model order of teams; elements without a team last
    StageCounts overall;
    std::vector<TeamExitSummary> exits;    // the outgoing team first, then teams with `exit` entries
};

// The model has a transition: any of its fields, or any element's handover
// stage or team exit entry, is set.
bool hasTransition(const Model &model);

TransitionSummary summarizeTransition(const Model &model, QDate asOf);

}  // namespace lintel::transition
