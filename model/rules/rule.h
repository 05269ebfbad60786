#pragma once
// The interface every rule implements, and what the engine hands it.
//
// A rule only looks at the model and reports raw findings (targets, message,
// location). Everything that is the same for all rules - the rule id, the
// severity after overrides, fingerprints, file names, accepted risks and
// ordering - is done once by the engine (validator.cpp), so no rule can get
// it subtly different.
#include "model/rules/validator.h"
#include "model/types.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace lintel {

class ModelIndex;

// One problem as a rule reports it, before the engine completes it into a
// Finding.
struct RawFinding {
    QStringList targets;                 // ids; the first is the main one
    QString message;
    SourceLoc loc;                       // of the first target's object
    std::optional<Severity> severity;    // only when a rule escalates (deprecated-api-in-use)
    QStringList explanation;             // pack rules: which clauses held and failed
};

// Collects what one rule reports.
class FindingSink {
public:
    // `subject` is the object the first target names: its location becomes
    // the finding's file position.
    void report(const Node &subject, QStringList targets, QString message)
    {
        m_items.push_back({std::move(targets), std::move(message), subject.loc, std::nullopt, {}});
    }
    // For rules whose severity depends on the case rather than on the rule.
    void report(const Node &subject, Severity severity, QStringList targets, QString message)
    {
        m_items.push_back({std::move(targets), std::move(message), subject.loc, severity, {}});
    }
    // For findings about something that is not an object of its own (a key
    // of the `rules` section, an accepted risk).
    void reportAt(SourceLoc loc, QStringList targets, QString message)
    {
        m_items.push_back({std::move(targets), std::move(message), loc, std::nullopt, {}});
    }

    // For pack rules, which say why the finding holds.
    void reportExplained(const Node &subject, QStringList targets, QString message, QStringList explanation)
    {
        m_items.push_back({std::move(targets), std::move(message), subject.loc, std::nullopt, std::move(explanation)});
    }

    const std::vector<RawFinding> &items() const { return m_items; }
    std::vector<RawFinding> take() { return std::move(m_items); }

private:
    std::vector<RawFinding> m_items;
};

// What a rule may look at. Built by the engine for each rule.
struct RuleContext {
    const Model &model;
    const ModelIndex &index;
    QDate asOf;
    // This rule's parameters, defaults already applied and values checked.
    QHash<QString, int> params;
    // Only for rules that run after accepted risks were applied
    // (Rule::Phase::AfterSuppression): the risks that matched no finding.
    std::vector<const AcceptedRisk *> unmatchedRisks;
    // Ids of the rules loaded from packs for this run, which the rules
    // section and accepted risks may name as well as the built-in ones.
    const QSet<QString> *packRuleIds = nullptr;

    int param(const QString &name) const { return params.value(name); }
};

class Rule {
public:
    // Nearly every rule looks at the model only. A few judge the other
    // findings (stale-accepted-risk) and run once those are final.
    enum class Phase { Model, AfterSuppression };

    explicit Rule(RuleInfo info) : m_info(std::move(info)) {}
    virtual ~Rule() = default;
    Rule(const Rule &) = delete;
    Rule &operator=(const Rule &) = delete;

    const RuleInfo &info() const { return m_info; }
    const QString &id() const { return m_info.id; }
    Severity defaultSeverity() const { return m_info.defaultSeverity; }
    const QString &title() const { return m_info.title; }
    const QString &rationale() const { return m_info.rationale; }
    const QString &remediation() const { return m_info.remediation; }
    const std::vector<RuleParam> &parameters() const { return m_info.params; }

    virtual Phase phase() const { return Phase::Model; }
    virtual void check(const RuleContext &context, FindingSink &sink) const = 0;

private:
    RuleInfo m_info;
};

}  // namespace lintel
