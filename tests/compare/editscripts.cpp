#include "editscripts.h"

#include "model/compare/conflicts.h"
#include "model/compare/flatfields.h"
#include "model/compare/sections.h"

#include <QSet>

namespace lintel::test {

namespace {

YamlValue listOf(const QStringList &items)
{
    YamlValue v;
    v.type = YamlValue::Type::Sequence;
    for (const QString &i : items)
        v.items.push_back(scalarValue(i));
    return v;
}

QStringList itemsOf(const YamlValue &v)
{
    QStringList out;
    for (const YamlValue &i : v.items)
        out << i.scalar;
    return out;
}

// Values a scalar field might take: unset, another text, the other bool,
// the next number, another object's value of the same field.
std::vector<YamlValue> scalarCandidates(const Model &base, const SectionAccess &section, const FlatField &field,
                                        QRandomGenerator &random)
{
    const QString was = field.value.scalar;
    std::vector<YamlValue> out{YamlValue{}, scalarValue(was + QStringLiteral("-e%1").arg(random.bounded(1000))),
                               scalarValue(was == QLatin1String("true") ? QStringLiteral("false") : QStringLiteral("true")),
                               scalarValue(QString::number(was.toInt() + 1 + random.bounded(5)))};
    for (int tries = 0; tries < 4 && section.count(base) > 0; ++tries) {
        const FlatFields other = section.flatten(base, random.bounded(section.count(base)));
        if (const FlatField *f = findField(other, field.path))
            out.push_back(f->value);
    }
    for (std::size_t i = out.size(); i > 1; --i)
        std::swap(out[i - 1], out[std::size_t(random.bounded(int(i)))]);
    return out;
}

// The field edit is valid: it applies, keeps the object's id and changes it.
bool fits(const Model &base, const Edit &edit)
{
    Model copy = base;
    if (!applyEdit(copy, edit))
        return false;
    const SectionAccess *section = findSection(edit.section);
    const int index = indexOfId(*section, copy, edit.id);
    return index >= 0 && !sameFields(section->flatten(copy, index), section->flatten(base, indexOfId(*section, base, edit.id)));
}

std::optional<Edit> fieldEdit(const Model &base, const SectionAccess &section, const QString &id,
                              const FlatField &field, QRandomGenerator &random, const YamlValue *notThis = nullptr)
{
    Edit edit{Edit::Kind::SetField, section.key(), id, field.pathText(), {}, field.isSet};
    if (field.isSet) {
        QStringList items = itemsOf(field.value);
        if (!items.isEmpty() && random.bounded(2) == 0)
            items.removeAt(random.bounded(int(items.size())));
        else
            items << QStringLiteral("p%1").arg(random.bounded(100000));
        edit.value = items.isEmpty() ? YamlValue{} : listOf(items);
        return fits(base, edit) ? std::optional<Edit>(edit) : std::nullopt;
    }
    for (const YamlValue &candidate : scalarCandidates(base, section, field, random)) {
        if (notThis && candidate == *notThis)
            continue;
        edit.value = candidate;
        if (fits(base, edit))
            return edit;
    }
    return std::nullopt;
}

// A field that may be edited: not a marker, not what identifies the object.
bool editable(const FlatField &f, const QString &id)
{
    if (f.isMarker() || f.path == QStringList{QStringLiteral("id")})
        return false;
    if (f.path.size() > 2 && f.value.scalar == f.path[f.path.size() - 2])
        return false;  // a sub-object's key
    return !(f.path.size() == 1 && f.value.type == YamlValue::Type::Scalar && id.contains(f.value.scalar)
             && !f.value.scalar.isEmpty() && (f.path.front() == QLatin1String("rule") || f.path.front() == QLatin1String("target")));
}

}  // namespace

bool applyEdit(Model &model, const Edit &edit)
{
    switch (edit.kind) {
    case Edit::Kind::SetField:
        return setObjectField(model, edit.section, edit.id, edit.field, edit.value);
    case Edit::Kind::Delete:
        return setObjectField(model, edit.section, edit.id, QString(), YamlValue{});
    case Edit::Kind::Add:
        return setObjectField(model, edit.section, edit.id, QString(), edit.value);
    }
    return false;
}

Model applied(Model model, const EditScript &script)
{
    for (const Edit &e : script)
        applyEdit(model, e);
    return model;
}

EditScript randomScript(const Model &base, QRandomGenerator &random, int count, const EditScript &avoid)
{
    QSet<QString> taken, wholeObjects, touchedObjects;
    for (const Edit &e : avoid) {
        taken.insert(e.footprint());
        touchedObjects.insert(e.objectKey());
        if (e.kind != Edit::Kind::SetField)
            wholeObjects.insert(e.objectKey());
    }
    const auto &sections = modelSections();
    EditScript script;
    for (int attempt = 0; attempt < count * 20 && int(script.size()) < count; ++attempt) {
        const SectionAccess &section = *sections[std::size_t(random.bounded(int(sections.size())))];
        if (section.count(base) == 0)
            continue;
        const int index = random.bounded(section.count(base));
        const QString id = section.idAt(base, index);
        const QString key = section.key() + u'\n' + id;
        if (wholeObjects.contains(key))
            continue;
        const int dice = random.bounded(10);
        if (dice == 0 && !section.isSingleton() && section.hasIdField()) {
            if (touchedObjects.contains(key))
                continue;
            Edit del{Edit::Kind::Delete, section.key(), id, {}, {}, false};
            script.push_back(del);
            wholeObjects.insert(key);
            touchedObjects.insert(key);
            continue;
        }
        if (dice == 1 && !section.isSingleton() && section.hasIdField()) {
            const QString newId = QStringLiteral("added-%1").arg(random.bounded(1'000'000));
            YamlValue object;
            object.type = YamlValue::Type::Mapping;
            for (const FlatField &f : section.flatten(base, index))
                object.entries.emplace_back(f.pathText(), f.path == QStringList{QStringLiteral("id")} ? scalarValue(newId) : f.value);
            Edit add{Edit::Kind::Add, section.key(), newId, {}, object, false};
            if (indexOfId(section, base, newId) >= 0 || touchedObjects.contains(add.objectKey()))
                continue;
            script.push_back(add);
            wholeObjects.insert(add.objectKey());
            touchedObjects.insert(add.objectKey());
            continue;
        }
        const FlatFields fields = section.flatten(base, index);
        if (fields.empty())
            continue;
        const FlatField &field = fields[std::size_t(random.bounded(int(fields.size())))];
        if (!editable(field, id))
            continue;
        const std::optional<Edit> edit = fieldEdit(base, section, id, field, random);
        if (!edit || taken.contains(edit->footprint()))
            continue;
        taken.insert(edit->footprint());
        touchedObjects.insert(key);
        script.push_back(*edit);
    }
    return script;
}

EditScript overlappingEdits(const Model &base, const EditScript &script, QRandomGenerator &random)
{
    EditScript out;
    for (const Edit &e : script) {
        if (e.kind != Edit::Kind::SetField || e.isSet)
            continue;
        const SectionAccess *section = findSection(e.section);
        const FlatFields fields = section->flatten(base, indexOfId(*section, base, e.id));
        const FlatField *field = findField(fields, e.field.split(u'.'));
        FlatField original = field ? *field : FlatField{e.field.split(u'.'), {}, false};
        if (const std::optional<Edit> other = fieldEdit(base, *section, e.id, original, random, &e.value))
            if (!(other->value == e.value))
                out.push_back(*other);
    }
    return out;
}

}  // namespace lintel::test
