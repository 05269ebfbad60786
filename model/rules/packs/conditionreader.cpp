// Conditions as packs write them:
//   field: value            equals (or "at least"/"at most" for carries,
//                           holds, reached-from)
//   field: [a, b]           one of
//   field: {op: value, ...} operators: equals, one-of, absent, present,
//                           matches, contains, <, <=, >, >=
//   all: [...], any: [...], not: {...}
// Several keys in one mapping must all hold.
#include "model/rules/packs/conditionreader.h"

namespace lintel::packs {

namespace {

using Op = Condition::Op;
using yaml::NodeIndex;
using yaml::NodeKind;

QString kindName(ValueKind kind)
{
    switch (kind) {
    case ValueKind::Text: return QStringLiteral("text");
    case ValueKind::Enum: return QStringLiteral("a name from a list");
    case ValueKind::Ordered: return QStringLiteral("an ordered level");
    case ValueKind::Bool: return QStringLiteral("true or false");
    case ValueKind::Number: return QStringLiteral("a number");
    case ValueKind::List: return QStringLiteral("a list");
    }
    return {};
}

QList<Op> operatorsFor(ValueKind kind)
{
    switch (kind) {
    case ValueKind::Text: return {Op::Equals, Op::OneOf, Op::Absent, Op::Present, Op::Matches};
    case ValueKind::Enum: return {Op::Equals, Op::OneOf, Op::Absent, Op::Present};
    case ValueKind::Ordered:
    case ValueKind::Number:
        return {Op::Equals, Op::OneOf, Op::Absent, Op::Present, Op::Less, Op::LessEq, Op::Greater, Op::GreaterEq};
    case ValueKind::Bool: return {Op::Equals, Op::Absent, Op::Present};
    case ValueKind::List: return {Op::Contains, Op::Absent, Op::Present};
    }
    return {};
}

std::optional<Op> parseOperator(const QString &name)
{
    for (Op op : {Op::Equals, Op::OneOf, Op::Absent, Op::Present, Op::Matches, Op::Contains, Op::Less, Op::LessEq,
                  Op::Greater, Op::GreaterEq})
        if (opName(op) == name)
            return op;
    return std::nullopt;
}

class Reader {
public:
    Reader(PackReader &r, Subject target) : m_r(r), m_target(target) {}

    std::optional<Condition> condition(NodeIndex node)
    {
        const std::size_t before = m_r.problemCount();
        Condition all;
        all.op = Op::All;
        for (const PackEntry &e : m_r.entries(node, {}, QStringLiteral("a condition"))) {
            if (e.key == QLatin1String("all") || e.key == QLatin1String("any")) {
                Condition group;
                group.op = e.key == QLatin1String("all") ? Op::All : Op::Any;
                for (NodeIndex item : m_r.items(e.value, QStringLiteral("'%1'").arg(e.key)))
                    if (auto c = condition(item))
                        group.children.push_back(std::move(*c));
                all.children.push_back(std::move(group));
            } else if (e.key == QLatin1String("not")) {
                if (auto c = condition(e.value)) {
                    Condition negation;
                    negation.op = Op::Not;
                    negation.children.push_back(std::move(*c));
                    all.children.push_back(std::move(negation));
                }
            } else {
                fieldCondition(e, all.children);
            }
        }
        if (m_r.problemCount() != before)
            return std::nullopt;
        if (all.children.size() == 1)
            return std::move(all.children.front());
        return all;
    }

private:
    void fieldCondition(const PackEntry &e, std::vector<Condition> &out)
    {
        QString error;
        const std::optional<FieldPath> path = FieldPath::compile(m_target, e.key, &error);
        if (!path) {
            m_r.report(e.keyNode, error);
            return;
        }
        switch (m_r.kindOf(e.value)) {
        case NodeKind::Mapping:
            for (const PackEntry &o : m_r.entries(e.value, {}, QStringLiteral("the operators of '%1'").arg(e.key))) {
                const std::optional<Op> op = parseOperator(o.key);
                if (!op) {
                    m_r.report(o.keyNode, QStringLiteral("unknown operator '%1' (known: equals, one-of, absent, present, "
                                                         "matches, contains, <, <=, >, >=)")
                                              .arg(o.key));
                    continue;
                }
                if (auto c = operand(*path, *op, o.keyNode, o.value))
                    out.push_back(std::move(*c));
            }
            break;
        case NodeKind::Sequence:
            if (auto c = operand(*path, Op::OneOf, e.keyNode, e.value))
                out.push_back(std::move(*c));
            break;
        default: {
            Op op = Op::Equals;
            if (path->type().shorthand == Shorthand::AtLeast)
                op = Op::GreaterEq;
            else if (path->type().shorthand == Shorthand::AtMost)
                op = Op::LessEq;
            else if (path->type().kind == ValueKind::List)
                op = Op::Contains;  // `tags: pci` reads as "tags contain pci"
            if (auto c = operand(*path, op, e.keyNode, e.value))
                out.push_back(std::move(*c));
        }
        }
    }

    std::optional<Condition> operand(const FieldPath &path, Op op, NodeIndex opNode, NodeIndex value)
    {
        const FieldType &type = path.type();
        if (!operatorsFor(type.kind).contains(op)) {
            QStringList allowed;
            for (Op a : operatorsFor(type.kind))
                allowed << opName(a);
            m_r.report(opNode, QStringLiteral("operator '%1' does not apply to %2, which is %3 (use %4)")
                                   .arg(opName(op), path.text(), kindName(type.kind), allowed.join(QStringLiteral(", "))));
            return std::nullopt;
        }
        Condition c;
        c.op = op;
        c.field = path;
        if (op == Op::Absent || op == Op::Present) {
            QString text;
            if (!m_r.scalar(value, text, opName(op)) || (text != QLatin1String("true"))) {
                m_r.report(value, QStringLiteral("write '%1: true'").arg(opName(op)));
                return std::nullopt;
            }
            prepareExplanation(c);
            return c;
        }
        std::vector<NodeIndex> nodes;
        if (op == Op::OneOf)
            nodes = m_r.items(value, QStringLiteral("one-of"));
        else
            nodes.push_back(value);
        for (NodeIndex n : nodes) {
            QString text;
            if (!m_r.scalar(n, text, path.text()) || !checkValue(path, op, n, text))
                return std::nullopt;
            c.values << text;
        }
        if (op == Op::Matches) {
            c.pattern = QRegularExpression(c.values.value(0));
            if (!c.pattern.isValid()) {
                m_r.report(value, QStringLiteral("the regular expression does not compile: %1 at offset %2")
                                      .arg(c.pattern.errorString())
                                      .arg(c.pattern.patternErrorOffset()));
                return std::nullopt;
            }
        }
        if ((op == Op::Equals || op == Op::OneOf) && (type.kind == ValueKind::Enum || type.kind == ValueKind::Ordered))
            for (const QString &name : c.values)
                c.positions << int(type.names.indexOf(name));
        if ((op == Op::Equals || op == Op::OneOf) && type.kind == ValueKind::Number)
            for (const QString &number : c.values)
                c.positions << number.toInt();
        if (op == Op::Equals && type.kind == ValueKind::Bool)
            c.positions << (c.values.constFirst() == QLatin1String("true") ? 1 : 0);
        if (op == Op::Less || op == Op::LessEq || op == Op::Greater || op == Op::GreaterEq)
            c.number = type.kind == ValueKind::Number ? c.values.value(0).toInt()
                                                      : int(type.names.indexOf(c.values.value(0)));
        prepareExplanation(c);
        return c;
    }

    bool checkValue(const FieldPath &path, Op op, NodeIndex node, QString &text)
    {
        const FieldType &type = path.type();
        switch (type.kind) {
        case ValueKind::Enum:
        case ValueKind::Ordered:
            if (type.names.contains(text))
                return true;
            m_r.report(node, QStringLiteral("%1 is never '%2' (it is one of %3)")
                                 .arg(path.text(), text, type.names.join(QStringLiteral(", "))));
            return false;
        case ValueKind::Bool:
            if (text == QLatin1String("true") || text == QLatin1String("false"))
                return true;
            m_r.report(node, QStringLiteral("%1 is true or false, not '%2'").arg(path.text(), text));
            return false;
        case ValueKind::Number: {
            bool ok = false;
            const int n = text.toInt(&ok);
            if (!ok) {
                m_r.report(node, QStringLiteral("%1 is a whole number, not '%2'").arg(path.text(), text));
                return false;
            }
            text = QString::number(n);  // compared as the reader shows it
            return true;
        }
        case ValueKind::Text:
        case ValueKind::List:
            Q_UNUSED(op);
            return true;
        }
        return true;
    }

    PackReader &m_r;
    Subject m_target;
};

}  // namespace

std::optional<Condition> readCondition(PackReader &reader, NodeIndex node, Subject target)
{
    return Reader(reader, target).condition(node);
}

}  // namespace lintel::packs
