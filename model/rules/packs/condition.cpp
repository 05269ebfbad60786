// Judging conditions, and saying why.
#include "model/rules/packs/condition.h"

#include "model/rules/packs/textpieces.h"

namespace lintel::packs {

namespace {

using Op = Condition::Op;

bool compare(Op op, int seen, int wanted)
{
    switch (op) {
    case Op::Less: return seen < wanted;
    case Op::LessEq: return seen <= wanted;
    case Op::Greater: return seen > wanted;
    case Op::GreaterEq: return seen >= wanted;
    default: return false;
    }
}

bool holdsOn(const Condition &c, const FieldValue &v)
{
    const ValueKind kind = c.field->type().kind;
    switch (c.op) {
    case Op::Absent: return !v.present;
    case Op::Present: return v.present;
    case Op::Equals:
    case Op::OneOf:
        if (!v.present)
            return false;
        if (!c.positions.isEmpty())
            return c.positions.contains(v.number);
        return c.op == Op::Equals ? v.text == c.values.constFirst() : c.values.contains(v.text);
    case Op::Matches: return v.present && c.pattern.match(v.text).hasMatch();
    case Op::Contains: return v.list.contains(c.values.constFirst());
    case Op::Less:
    case Op::LessEq:
    case Op::Greater:
    case Op::GreaterEq:
        // An absent trust or count is not less or more than anything: the
        // rule should say `absent` if it cares.
        return v.present && (kind == ValueKind::Ordered || kind == ValueKind::Number) && compare(c.op, v.number, c.number);
    default: return false;
    }
}

// "required restricted", "required one of a, b", "required >= internal"
QString requirement(const Condition &c)
{
    switch (c.op) {
    case Op::Absent: return QStringLiteral("required absent");
    case Op::Present: return QStringLiteral("required present");
    case Op::Equals: return QLatin1String("required ") + c.values.constFirst();
    case Op::OneOf: return QStringLiteral("required one of %1").arg(c.values.join(QStringLiteral(", ")));
    case Op::Matches: return QStringLiteral("required to match %1").arg(c.pattern.pattern());
    case Op::Contains: return QStringLiteral("required to contain %1").arg(c.values.value(0));
    default: return QStringLiteral("required %1 %2").arg(opName(c.op), c.values.value(0));
    }
}

}  // namespace

QString opName(Op op)
{
    switch (op) {
    case Op::All: return QStringLiteral("all");
    case Op::Any: return QStringLiteral("any");
    case Op::Not: return QStringLiteral("not");
    case Op::Equals: return QStringLiteral("equals");
    case Op::OneOf: return QStringLiteral("one-of");
    case Op::Absent: return QStringLiteral("absent");
    case Op::Present: return QStringLiteral("present");
    case Op::Matches: return QStringLiteral("matches");
    case Op::Contains: return QStringLiteral("contains");
    case Op::Less: return QStringLiteral("<");
    case Op::LessEq: return QStringLiteral("<=");
    case Op::Greater: return QStringLiteral(">");
    case Op::GreaterEq: return QStringLiteral(">=");
    }
    return {};
}

namespace {

// Where the clauses that decided go: one line each, `prefix` in front.
// Lines are written straight into the caller's list, and those of clauses
// that turn out not to have decided are taken out again; a finding's
// explanation is built for every finding, so this avoids a list per clause.
struct Reasons {
    QStringList &lines;
    QStringView prefix;
};

bool judge(const Condition &c, const ModelIndex &index, ObjectAt object, Reasons *reasons)
{
    const qsizetype start = reasons ? reasons->lines.size() : 0;
    switch (c.op) {
    case Op::All:
        // Holds: every child's reasons. Fails: the first failing child's.
        for (const Condition &child : c.children) {
            const qsizetype childStart = reasons ? reasons->lines.size() : 0;
            if (!judge(child, index, object, reasons)) {
                if (reasons)
                    reasons->lines.remove(start, childStart - start);
                return false;
            }
        }
        return true;
    case Op::Any:
        // Holds: the first holding child's reasons. Fails: every child's.
        for (const Condition &child : c.children) {
            const qsizetype childStart = reasons ? reasons->lines.size() : 0;
            if (judge(child, index, object, reasons)) {
                if (reasons)
                    reasons->lines.remove(start, childStart - start);
                return true;
            }
        }
        return false;
    case Op::Not: {
        const bool held = judge(c.children.front(), index, object, reasons);
        if (reasons) {
            const qsizetype cut = reasons->prefix.size();
            for (qsizetype i = start; i < reasons->lines.size(); ++i) {
                QString &line = reasons->lines[i];
                line = joinPieces(std::initializer_list<QStringView>{QStringView(line).left(cut), u"not (",
                                                                     QStringView(line).mid(cut), u")"});
            }
        }
        return !held;
    }
    default: break;
    }
    const FieldValue value = c.field->read(index, object);
    const bool held = holdsOn(c, value);
    if (reasons) {
        const QString shown = value.shown();
        reasons->lines.append(joinPieces(std::initializer_list<QStringView>{
            reasons->prefix, c.seenText, shown, held ? QStringView() : QStringView(c.requiredText)}));
    }
    return held;
}

}  // namespace

void prepareExplanation(Condition &c)
{
    c.seenText = c.field->text() + QLatin1String(" is ");
    c.requiredText = QLatin1String(", ") + requirement(c);
}

bool evaluate(const Condition &c, const ModelIndex &index, ObjectAt object, QStringList *reasons,
              QStringView prefix)
{
    if (!reasons)
        return judge(c, index, object, nullptr);
    Reasons r{*reasons, prefix};
    return judge(c, index, object, &r);
}

}  // namespace lintel::packs
