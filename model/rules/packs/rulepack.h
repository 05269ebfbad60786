#pragma once
// A rule pack as loaded from its YAML file (docs/rule-packs.md): its rules,
// already compiled, and its tests.
#include "model/diagnostic.h"
#include "model/rules/packs/condition.h"
#include "model/rules/rule.h"
#include "model/types.h"

#include <QString>
#include <memory>
#include <optional>
#include <vector>

namespace lintel::packs {

// A piece of a `message` template: literal text, or a field to fill in.
struct MessagePart {
    QString text;
    std::optional<FieldPath> field;
};

struct PackRuleDefinition {
    RuleInfo info;                 // id, severity, title, description (rationale), help (remediation)
    QString file;                  // the pack it came from
    SourceLoc loc;                 // of its `id`
    Subject target = Collection::Elements;  // what `for` names
    QList<ElementKind> kinds;      // for elements: only these kinds (empty: all)
    std::optional<Condition> where;
    std::optional<Condition> require;
    std::vector<MessagePart> message;
    QString expression;            // JavaScript, when the conditions cannot say it (expression.h)
    int budgetMs = 100;            // for each evaluation of the expression
};

// One `tests:` entry: a model snippet and the findings it must and must not give.
struct PackTest {
    QString name;
    SourceLoc loc;
    Model model;
    struct Expected {
        QString rule, target;
    };
    std::vector<Expected> expect, absent;
};

struct RulePack {
    QString file;
    std::vector<PackRuleDefinition> rules;
    std::vector<PackTest> tests;
};

// The engine's view of one pack rule (model/rules/rule.h).
class PackRule final : public Rule {
public:
    explicit PackRule(PackRuleDefinition definition);
    const PackRuleDefinition &definition() const { return m_definition; }
    void check(const RuleContext &context, FindingSink &sink) const override;

private:
    PackRuleDefinition m_definition;
};

}  // namespace lintel::packs
