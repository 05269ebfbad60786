#pragma once
// The architecture model as plain data. No behaviour lives here beyond
// comparisons: rules, storage and editing are separate so each can be tested
// on its own. The field names and their YAML spelling are declared once, in
// describe.h.
#include "enums.h"
#include "yamlvalue.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <utility>
#include <vector>

namespace lintel {

// Where an object was read from, when it came from YAML (1-based; 0 = unknown).
struct SourceLoc {
    int line = 0;
    int column = 0;
    bool isValid() const { return line > 0; }
    friend bool operator==(const SourceLoc &, const SourceLoc &) = default;
};

// A map that keeps its keys in model order, so saving is canonical and
// git-friendly (a std::map would reorder what the user wrote).
template <class T> using OrderedMap = std::vector<std::pair<QString, T>>;

template <class T> const T *findIn(const OrderedMap<T> &map, const QString &key)
{
    for (const auto &[k, v] : map)
        if (k == key)
            return &v;
    return nullptr;
}

// Every mapping in the file derives from this: its location and its `x-` keys.
// Neither takes part in equality of the model's content.
struct Node {
    SourceLoc loc;
    Extras extras;
    friend bool operator==(const Node &a, const Node &b) { return a.extras == b.extras; }
};

struct Position {
    double x = 0;
    double y = 0;
    friend bool operator==(const Position &, const Position &) = default;
};

struct System : Node {
    QString name, description, version;
    friend bool operator==(const System &, const System &) = default;
};

// One thing a leaving team must give back: an access to revoke or a
// credential to rotate (docs/model-format.md, "exit").
struct ExitItem : Node {
    QString what;
    QString element;  // the element it concerns, when it is one element's
    std::optional<ItemStatus> status;
    QString note;
    friend bool operator==(const ExitItem &, const ExitItem &) = default;
};

// A leaving vendor's exit checklist.
struct TeamExit : Node {
    std::vector<ExitItem> access, credentials;
    friend bool operator==(const TeamExit &, const TeamExit &) = default;
};

struct Team : Node {
    QString id, name;
    std::optional<TeamKind> kind;
    QString contact;
    TeamExit exit;
    friend bool operator==(const Team &, const Team &) = default;
};

struct Zone : Node {
    QString id, name;
    std::optional<Trust> trust;
    QString parent;
    QString description;
    friend bool operator==(const Zone &, const Zone &) = default;
};

struct DataClass : Node {
    QString id, name;
    std::optional<Classification> classification;
    std::optional<bool> pii;
    QString description;
    friend bool operator==(const DataClass &, const DataClass &) = default;
};

struct Security : Node {
    QString authentication;
    std::optional<bool> rateLimited, auditLog;
    std::optional<SecretsStore> secrets;
    friend bool operator==(const Security &, const Security &) = default;
};

struct Operations : Node {
    std::optional<bool> logs, metrics, traces, healthCheck;
    QString runbook;
    friend bool operator==(const Operations &, const Operations &) = default;
};

// An earlier ownership stage of an element, kept when the stage changes.
struct StageRecord : Node {
    QString since;  // first: the history is keyed by date when compared
    std::optional<int> stage;
    QString note;
    friend bool operator==(const StageRecord &, const StageRecord &) = default;
};

struct Walkthrough : Node {
    QString date, by;
    friend bool operator==(const Walkthrough &, const Walkthrough &) = default;
};

// What the incoming team has been given about an element.
struct KnowledgeTransfer : Node {
    Walkthrough walkthrough;
    QString documentation;  // where: a link or a path
    QStringList questions;  // ids of the questions answered for it
    std::optional<bool> accessTransferred;
    QString access;  // what access was handed over
    friend bool operator==(const KnowledgeTransfer &, const KnowledgeTransfer &) = default;
};

struct DoneItem : Node {
    std::optional<ItemStatus> status;
    QString note;
    friend bool operator==(const DoneItem &, const DoneItem &) = default;
};

// What an operator signs before taking an element over. Observability
// without a status of its own is judged from the element's `operations`.
struct DefinitionOfDone : Node {
    DoneItem tests, apiDocs, observability, rollbackNotes, operationalNotes;
    friend bool operator==(const DefinitionOfDone &, const DefinitionOfDone &) = default;
};

// An element's place in the transition: its ownership stage (1 the outgoing
// team leads, 2 shared, 3 the incoming team leads, 4 the incoming team owns
// it alone), what was transferred, and how done it is.
struct Handover : Node {
    std::optional<int> stage;
    QString since;  // the date the stage was reached
    QString note;   // why, required when the stage moved back
    std::vector<StageRecord> history;
    KnowledgeTransfer knowledge;
    DefinitionOfDone done;
    friend bool operator==(const Handover &, const Handover &) = default;
};

struct Element : Node {
    QString id, name;
    ElementKind kind = ElementKind::Service;
    QString zone, team, context, technology, description;
    QStringList tags;
    std::optional<Exposure> exposure;
    std::optional<bool> stateful;
    std::optional<int> replicas;
    Security security;
    Operations operations;
    // Stores (datastore, cache, queue) only:
    QStringList data;
    QString owner;
    std::optional<bool> encryptionAtRest;
    QString backup;
    Handover handover;  // compute and stores, during a transition
    friend bool operator==(const Element &, const Element &) = default;
};

struct Resilience : Node {
    QString timeout;
    std::optional<int> retries;
    std::optional<bool> circuitBreaker;
    friend bool operator==(const Resilience &, const Resilience &) = default;
};

struct Flow : Node {
    QString id, from, to, description, protocol;
    std::optional<bool> sync, encrypted;
    QString authentication;
    QStringList data;
    QString api;
    Resilience resilience;
    friend bool operator==(const Flow &, const Flow &) = default;
};

struct ApiOperation : Node {
    QString id, method, path, summary, request;
    OrderedMap<QString> responses;  // status code -> schema name ("" = no body)
    std::optional<bool> idempotent;
    std::optional<bool> deprecated;  // clients should stop calling it
    friend bool operator==(const ApiOperation &, const ApiOperation &) = default;
};

struct Api : Node {
    QString id, name, provider, description;
    std::optional<ApiStyle> style;
    QString version;
    std::optional<Visibility> visibility;
    std::optional<ApiStatus> status;
    QString sunset, authentication, rateLimit;
    std::vector<ApiOperation> operations;
    OrderedMap<OrderedMap<QString>> schemas;  // schema -> field -> type
    friend bool operator==(const Api &, const Api &) = default;
};

struct DecisionOption : Node {
    QString name;
    QStringList pros, cons;
    friend bool operator==(const DecisionOption &, const DecisionOption &) = default;
};

struct Decision : Node {
    QString id, title;
    std::optional<DecisionStatus> status;
    QString date;
    QStringList deciders;
    QString context;
    std::vector<DecisionOption> options;
    QString outcome, consequences;
    QStringList affects;
    QString supersedes, supersededBy;
    friend bool operator==(const Decision &, const Decision &) = default;
};

struct Question : Node {
    QString id, text;
    QStringList about;
    QString owner;
    std::optional<QuestionStatus> status;
    QString answer;
    friend bool operator==(const Question &, const Question &) = default;
};

struct TransitionPhase : Node {
    QString id, name;
    std::optional<PhaseKind> kind;
    QString plannedStart, plannedEnd, actualStart, actualEnd;
    friend bool operator==(const TransitionPhase &, const TransitionPhase &) = default;
};

// A system changing hands: from the outgoing team to the incoming one, in
// phases (docs/model-format.md, "transition").
struct Transition : Node {
    QString name;
    QString outgoing, incoming;  // team ids
    QString targetDate;
    std::vector<TransitionPhase> phases;
    friend bool operator==(const Transition &, const Transition &) = default;
};

struct View : Node {
    QString id, name;
    QStringList elements;
    OrderedMap<Position> positions;
    friend bool operator==(const View &, const View &) = default;
};

struct RuleSettings : Node {
    QStringList packs;  // rule pack files, relative to the model file (docs/rule-packs.md)
    QStringList disable;
    OrderedMap<Severity> severity;
    OrderedMap<OrderedMap<QString>> params;
    friend bool operator==(const RuleSettings &, const RuleSettings &) = default;
};

struct AcceptedRisk : Node {
    QString rule, target, reason, acceptedBy, expires;
    friend bool operator==(const AcceptedRisk &, const AcceptedRisk &) = default;
};

struct Model : Node {
    System system;
    std::vector<Team> teams;
    std::vector<Zone> zones;
    std::vector<DataClass> data;
    std::vector<Element> elements;
    std::vector<Flow> flows;
    std::vector<Api> apis;
    std::vector<Decision> decisions;
    std::vector<Question> questions;
    Transition transition;
    std::vector<View> views;
    RuleSettings rules;
    std::vector<AcceptedRisk> acceptedRisks;
    friend bool operator==(const Model &, const Model &) = default;
};

inline constexpr int kFormatVersion = 1;

// Kind groups the rules speak of: the group column of the kind table.
inline bool isCompute(ElementKind k) { return kindRow(k).group == KindGroup::Compute; }
inline bool isStore(ElementKind k) { return kindRow(k).group == KindGroup::Store; }
inline bool isActor(ElementKind k) { return kindRow(k).group == KindGroup::Actor; }

}  // namespace lintel
