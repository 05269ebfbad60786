// "set <object> <field> [to] <value>": changing one field from the keyboard,
// so a facilitator can fix a finding ("Service video-consultation has no
// team") without leaving the command bar. Fields, their types and the
// collections they refer to all come from describe.h via listFields(), so
// every field the inspector can edit can be set here too.
#include "model/document/fieldaccess.h"
#include "model/sentence/objectlookup.h"
#include "model/sentence/sentence.h"
#include "model/sentence/setsentence.h"
#include "model/yaml/closestmatch.h"

namespace lintel::sentence {

namespace {

Result failure(const QString &error) { return Result{std::nullopt, error}; }

std::vector<FieldInfo> fieldsOf(Collection c)
{
    return withCollectionType(c, [](auto tag) { return listFields<typename decltype(tag)::type>(); });
}

// The field `word` names: its whole path ("security.authentication") or its
// last part ("authentication") when only one field ends that way.
const FieldInfo *fieldNamed(const std::vector<FieldInfo> &fields, const QString &word)
{
    const FieldInfo *byLastPart = nullptr;
    int lastPartMatches = 0;
    for (const FieldInfo &f : fields) {
        if (f.type == FieldType::Object || f.type == FieldType::Structured)
            continue;
        if (f.path.compare(word, Qt::CaseInsensitive) == 0)
            return &f;
        if (f.path.section(u'.', -1).compare(word, Qt::CaseInsensitive) == 0) {
            byLastPart = &f;
            ++lastPartMatches;
        }
    }
    return lastPartMatches == 1 ? byLastPart : nullptr;
}

// "an element", "a flow": the collection's name as a message says it.
QString aOrAn(Collection c)
{
    const QString name = collectionName(c);
    return (QStringLiteral("aeiou").contains(name.left(1)) ? QStringLiteral("an ") : QStringLiteral("a ")) + name;
}

QStringList settableNames(const std::vector<FieldInfo> &fields)
{
    QStringList names;
    for (const FieldInfo &f : fields)
        if (f.type != FieldType::Object && f.type != FieldType::Structured && !(f.flags & IsId))
            names << f.path;
    return names;
}

// A name or id typed for a field that refers to another collection becomes
// that object's id.
bool resolveReference(const Model &model, const FieldInfo &field, QString *text, QString *error)
{
    const FieldReference reference = fieldReference(field.flags);
    if (!reference.isReference || !reference.collection || text->isEmpty())
        return true;
    const Lookup target = lookUp(model, *text, {*reference.collection}, collectionName(*reference.collection));
    if (!target.found()) {
        *error = target.error;
        return false;
    }
    *text = target.ref.id;
    return true;
}

bool toValue(const Model &model, const FieldInfo &field, const QString &text, QVariant *value, QString *error)
{
    const bool unset = text.compare(QStringLiteral("none"), Qt::CaseInsensitive) == 0
                       || text.compare(QStringLiteral("unset"), Qt::CaseInsensitive) == 0;
    switch (field.type) {
    case FieldType::Bool: {
        static const QStringList yes{QStringLiteral("yes"), QStringLiteral("true"), QStringLiteral("on")};
        static const QStringList no{QStringLiteral("no"), QStringLiteral("false"), QStringLiteral("off")};
        if (unset)
            *value = QVariant();
        else if (yes.contains(text, Qt::CaseInsensitive))
            *value = true;
        else if (no.contains(text, Qt::CaseInsensitive))
            *value = false;
        else
            return *error = QStringLiteral("%1 is yes or no, not '%2'").arg(field.path, text), false;
        return true;
    }
    case FieldType::Integer: {
        bool ok = false;
        const int number = text.toInt(&ok);
        if (unset)
            *value = QVariant();
        else if (!ok)
            return *error = QStringLiteral("%1 is a whole number, not '%2'").arg(field.path, text), false;
        else
            *value = number;
        return true;
    }
    case FieldType::Enum: {
        if (unset && field.optionalEnum) {
            *value = QString();
            return true;
        }
        for (const QString &name : field.enumValues)
            if (name.compare(text, Qt::CaseInsensitive) == 0)
                return *value = name, true;
        const QString suggestion = yaml::closestMatch(text.toLower(), field.enumValues);
        *error = suggestion.isEmpty()
                     ? QStringLiteral("%1 is one of %2").arg(field.path, field.enumValues.join(QStringLiteral(", ")))
                     : QStringLiteral("'%1' is not a %2 — did you mean %3?").arg(text, field.path, suggestion);
        return false;
    }
    case FieldType::StringList: {
        QStringList items;
        for (QString item : text.split(u',', Qt::SkipEmptyParts)) {
            item = item.trimmed();
            if (!resolveReference(model, field, &item, error))
                return false;
            items << item;
        }
        *value = unset ? QStringList() : items;
        return true;
    }
    case FieldType::Text: {
        QString resolved = unset ? QString() : text;
        if (!resolveReference(model, field, &resolved, error))
            return false;
        *value = resolved;
        return true;
    }
    case FieldType::Object:
    case FieldType::Structured:
        break;
    }
    *error = QStringLiteral("%1 is edited in the inspector").arg(field.path);
    return false;
}

}  // namespace

Result setField(const Model &model, const QString &rest)
{
    static const QString usage = QStringLiteral("say what to set: 'set booking-service team platform'");
    const QStringList words = rest.simplified().split(u' ', Qt::SkipEmptyParts);
    // The object's name may have several words: try each split, shortest
    // object first, and take the first whose next word is one of its fields.
    QString lastError = usage;
    for (qsizetype split = 1; split < words.size(); ++split) {
        const QString objectText = words.mid(0, split).join(u' ');
        const Lookup target = lookUp(model, objectText, settableCollections(), QStringLiteral("object"));
        if (!target.found()) {
            if (split == 1)
                lastError = target.error;
            continue;
        }
        const std::vector<FieldInfo> fields = fieldsOf(target.ref.collection);
        const QString fieldWord = words[split];
        const FieldInfo *field = fieldNamed(fields, fieldWord);
        if (!field || (field->flags & IsId)) {
            const QString suggestion = yaml::closestMatch(fieldWord.toLower(), settableNames(fields));
            lastError = suggestion.isEmpty()
                            ? QStringLiteral("%1 has no field '%2'").arg(aOrAn(target.ref.collection), fieldWord)
                            : QStringLiteral("%1 has no field '%2' — did you mean %3?")
                                  .arg(aOrAn(target.ref.collection), fieldWord, suggestion);
            continue;
        }
        QStringList valueWords = words.mid(split + 1);
        if (!valueWords.isEmpty() && (valueWords.first().compare(QStringLiteral("to"), Qt::CaseInsensitive) == 0
                                      || valueWords.first() == QLatin1String("=")))
            valueWords.removeFirst();
        if (valueWords.isEmpty())
            return failure(QStringLiteral("set %1 to what? ('none' clears it)").arg(field->path));
        Plan plan;
        plan.action = Action::SetField;
        plan.target = target.ref;
        plan.field = field->path;
        plan.name = valueWords.join(u' ');
        QString error;
        if (!toValue(model, *field, plan.name, &plan.value, &error))
            return failure(error);
        return {plan, {}};
    }
    return failure(lastError);
}

const std::vector<Collection> &settableCollections()
{
    static const std::vector<Collection> collections{
        Collection::Elements, Collection::Flows,     Collection::Zones,     Collection::Teams, Collection::Data,
        Collection::Apis,     Collection::Decisions, Collection::Questions, Collection::Views};
    return collections;
}

}  // namespace lintel::sentence
