#pragma once
// What a rule pack can ask about an object: a value of one of a few kinds,
// typed so that the loader can refuse an operator that makes no sense for
// the field (`matches` on a number, `<` on a name) before any model is seen.
#include <QString>
#include <QStringList>

namespace lintel::packs {

enum class ValueKind {
    Text,     // free text or an id: equals, one-of, matches, absent, present
    Enum,     // one of a closed list of names (kind, exposure): equals, one-of
    Ordered,  // trust or classification: also <, <=, >, >= in their order
    Bool,
    Number,   // replicas, counts: equals and the comparisons
    List,     // tags, data: contains, absent (empty), present
};

// What a scalar written straight after a field means (`carries: confidential`
// is "at least confidential", `reached-from: dmz` is "at most dmz").
enum class Shorthand { Equals, AtLeast, AtMost };

struct FieldType {
    ValueKind kind = ValueKind::Text;
    QStringList names;  // Enum and Ordered: the spellings, least first for Ordered
    Shorthand shorthand = Shorthand::Equals;
};

// One value as seen on one object. `present` is false for a field left out
// (and for an empty text or list: the model does not tell them apart).
struct FieldValue {
    bool present = false;
    QString text;      // Text, Enum, Ordered (its name)
    int number = 0;    // Number, Bool (0/1), Ordered (position in names)
    QStringList list;  // List

    static FieldValue absent() { return {}; }
    static FieldValue ofText(const QString &t) { return {!t.isEmpty(), t, 0, {}}; }
    static FieldValue ofBool(bool b) { return {true, b ? QStringLiteral("true") : QStringLiteral("false"), b, {}}; }
    static FieldValue ofNumber(int n) { return {true, QString::number(n), n, {}}; }
    static FieldValue ofOrdered(int position, const QString &name) { return {true, name, position, {}}; }
    static FieldValue ofList(const QStringList &l) { return {!l.isEmpty(), {}, 0, l}; }

    // For explanations and message templates: the text, or "absent".
    QString shown() const
    {
        if (!present)
            return QStringLiteral("absent");
        return list.isEmpty() ? text : list.join(QStringLiteral(", "));
    }
};

}  // namespace lintel::packs
