#pragma once
// The JavaScript `expression` of a pack rule, run by Qt's QJSEngine.
//
// The expression sees one object as `it`: a frozen copy of its fields and
// derived facts (the same names conditions use), with the objects its
// references name (`it.to.zone.trust`) and, for elements, the flows in and
// out (`it.flowsIn`, `it.flowsOut`). The engine has only the ECMAScript
// built-ins: no file, network, timer or console. Each evaluation has a time
// budget; past it the engine is interrupted from a watchdog thread.
#include "model/rules/packs/fieldpath.h"

#include <QString>
#include <memory>
#include <optional>

namespace lintel::packs {

// A syntax error in `expression`, with its line within the expression
// (1-based), or nothing. Compiles without running it.
struct ExpressionSyntaxError {
    int line = 1;
    QString message;
};
std::optional<ExpressionSyntaxError> checkExpressionSyntax(const QString &expression);

class ExpressionEvaluator {
public:
    ExpressionEvaluator(const QString &expression, Subject target, int budgetMs);
    ~ExpressionEvaluator();
    ExpressionEvaluator(const ExpressionEvaluator &) = delete;
    ExpressionEvaluator &operator=(const ExpressionEvaluator &) = delete;

    struct Outcome {
        enum class Kind { Holds, Fails, Threw, TimedOut };
        Kind kind = Kind::Holds;
        QString detail;  // Fails: what the expression returned, if text; Threw: the error
    };
    Outcome evaluate(const ModelIndex &index, ObjectAt object);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

}  // namespace lintel::packs
