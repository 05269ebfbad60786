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
// Values are read for every object a rule looks at, so making one must not
// allocate: a name from a list points at the shared spelling, and a number
// is written out only when it is shown.
struct FieldValue {
    bool present = false;
    QString text;                   // Text, Bool
    int number = 0;                 // Number, Bool (0/1), Enum and Ordered (position in names)
    QStringList list;               // List
    const QString *name = nullptr;  // Enum and Ordered: the spelling
    bool isNumber = false;

    static FieldValue absent() { return {}; }
    static FieldValue ofText(const QString &t) { return {!t.isEmpty(), t, 0, {}, nullptr, false}; }
    static FieldValue ofBool(bool b)
    {
        return {true, b ? QStringLiteral("true") : QStringLiteral("false"), b, {}, nullptr, false};
    }
    static FieldValue ofNumber(int n) { return {true, {}, n, {}, nullptr, true}; }
    // `name` must outlive the value (the spellings are kept for good).
    static FieldValue ofOrdered(int position, const QString *name) { return {true, {}, position, {}, name, false}; }
    static FieldValue ofList(const QStringList &l) { return {!l.isEmpty(), {}, 0, l, nullptr, false}; }

    // The value as text: a name, a number, true/false, or the text itself.
    QString asText() const
    {
        if (name)
            return *name;
        return isNumber ? QString::number(number) : text;
    }
    // For explanations and message templates: the text, or "absent".
    QString shown() const
    {
        if (!present)
            return QStringLiteral("absent");
        return list.isEmpty() ? asText() : list.join(QStringLiteral(", "));
    }
};

}  // namespace lintel::packs
