// Judging conditions, and saying why.
#include "model/rules/packs/condition.h"

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

bool evaluate(const Condition &c, const ModelIndex &index, ObjectAt object, QStringList *reasons)
{
    switch (c.op) {
    case Op::All: {
        // Holds: every child's reasons. Fails: the first failing child's.
        QStringList held;
        for (const Condition &child : c.children) {
            QStringList childReasons;
            if (!evaluate(child, index, object, reasons ? &childReasons : nullptr)) {
                if (reasons)
                    *reasons << childReasons;
                return false;
            }
            held << childReasons;
        }
        if (reasons)
            *reasons << held;
        return true;
    }
    case Op::Any: {
        // Holds: the first holding child's reasons. Fails: every child's.
        QStringList failed;
        for (const Condition &child : c.children) {
            QStringList childReasons;
            if (evaluate(child, index, object, reasons ? &childReasons : nullptr)) {
                if (reasons)
                    *reasons << childReasons;
                return true;
            }
            failed << childReasons;
        }
        if (reasons)
            *reasons << failed;
        return false;
    }
    case Op::Not: {
        QStringList inner;
        const bool held = evaluate(c.children.front(), index, object, reasons ? &inner : nullptr);
        if (reasons)
            for (const QString &r : inner)
                *reasons << QStringLiteral("not (%1)").arg(r);
        return !held;
    }
    default: break;
    }
    const FieldValue value = c.field->read(index, object);
    const bool held = holdsOn(c, value);
    if (reasons) {
        // Concatenation rather than arg(): this runs once per clause of
        // every finding, tens of thousands of times on a large model.
        const QString seen = c.field->text() + QLatin1String(" is ") + value.shown();
        *reasons << (held ? seen : seen + QLatin1String(", ") + requirement(c));
    }
    return held;
}

}  // namespace lintel::packs
