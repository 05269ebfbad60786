#pragma once
// A compiled `where` or `require` condition of a pack rule, and how it is
// judged on one object. Besides the verdict it records the clauses that
// decided it, with the values seen, which is what a finding's explanation
// says ("to.trust is internal, required restricted").
#include "model/rules/packs/fieldpath.h"

#include <QRegularExpression>
#include <QStringList>
#include <vector>

namespace lintel::packs {

struct Condition {
    enum class Op { All, Any, Not, Equals, OneOf, Absent, Present, Matches, Contains, Less, LessEq, Greater, GreaterEq };
    Op op = Op::All;
    std::vector<Condition> children;  // All, Any, Not (one child)
    std::optional<FieldPath> field;   // every other operator
    QStringList values;               // Equals, OneOf, Contains: as written
    int number = 0;                   // comparisons: the number, or the position in the field's order
    QList<int> positions;             // Equals, OneOf on names, flags and numbers: compared as numbers
    QRegularExpression pattern;       // Matches
    // The fixed parts of this clause's line in an explanation, made once:
    // "FIELD is " before the value seen, ", required ..." after it if it failed.
    QString seenText, requiredText;
};

// Fills in a field condition's seenText and requiredText (the reader does,
// once the condition is complete).
void prepareExplanation(Condition &condition);

// Judges `condition` on `object`. `reasons` (if given) receives, for a
// condition that holds, the clauses that made it hold, and for one that
// fails, the clauses that failed - each as "FIELD is VALUE" plus what was
// required, with `prefix` in front.
bool evaluate(const Condition &condition, const ModelIndex &index, ObjectAt object, QStringList *reasons,
              QStringView prefix = {});

// "equals", "one-of", "<", ... as packs write them.
QString opName(Condition::Op op);

}  // namespace lintel::packs
