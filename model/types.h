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

struct Team : Node {
    QString id, name;
    std::optional<TeamKind> kind;
    QString contact;
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
