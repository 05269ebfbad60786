#include "model/compare/conflicts.h"

#include "model/compare/flatfields.h"
#include "model/compare/sections.h"

#include <algorithm>

namespace lintel {

namespace {

const YamlValue *entry(const YamlValue &mapping, const char *key)
{
    for (const auto &[k, v] : mapping.entries)
        if (k == QLatin1String(key))
            return &v;
    return nullptr;
}

QString scalarOf(const YamlValue *v)
{
    return v && v->type == YamlValue::Type::Scalar ? v->scalar : QString();
}

YamlValue quoted(const QString &text)
{
    YamlValue v = scalarValue(text);
    v.quoted = true;  // ids and paths stay strings whatever they look like
    return v;
}

// The flat field at `field` (dotted) in `fields`: matched on the joined
// path, so keys that hold dots still resolve.
QStringList pathOf(const FlatFields &fields, const QString &field)
{
    for (const FlatField &f : fields)
        if (f.pathText() == field)
            return f.path;
    return field.split(u'.');
}

FlatFields fieldsFromMapping(const YamlValue &mapping)
{
    FlatFields out;
    for (const auto &[path, value] : mapping.entries)
        out.push_back({path.split(u'.'), value, value.type == YamlValue::Type::Sequence});
    return out;
}

}  // namespace

std::vector<MergeConflict> readConflicts(const Model &model, int *malformed)
{
    std::vector<MergeConflict> out;
    int bad = 0;
    for (const auto &[key, value] : model.extras) {
        if (key != QLatin1String(kConflictsKey))
            continue;
        for (const YamlValue &item : value.items) {
            const YamlValue *section = item.type == YamlValue::Type::Mapping ? entry(item, "section") : nullptr;
            if (!section) {
                ++bad;
                continue;
            }
            MergeConflict c;
            c.section = scalarOf(section);
            c.id = scalarOf(entry(item, "id"));
            c.field = scalarOf(entry(item, "field"));
            for (auto [name, side] : {std::pair{"base", &c.base}, {"ours", &c.ours}, {"theirs", &c.theirs}})
                if (const YamlValue *v = entry(item, name))
                    *side = *v;
            out.push_back(std::move(c));
        }
        if (value.type != YamlValue::Type::Sequence)
            ++bad;
    }
    if (malformed)
        *malformed = bad;
    return out;
}

void writeConflicts(Model &model, const std::vector<MergeConflict> &conflicts)
{
    YamlValue list;
    list.type = YamlValue::Type::Sequence;
    for (const MergeConflict &c : conflicts) {
        YamlValue item;
        item.type = YamlValue::Type::Mapping;
        item.entries = {{QStringLiteral("section"), quoted(c.section)},
                        {QStringLiteral("id"), quoted(c.id)},
                        {QStringLiteral("field"), quoted(c.field)},
                        {QStringLiteral("base"), c.base},
                        {QStringLiteral("ours"), c.ours},
                        {QStringLiteral("theirs"), c.theirs}};
        list.items.push_back(std::move(item));
    }
    auto &extras = model.extras;
    for (auto it = extras.begin(); it != extras.end(); ++it)
        if (it->first == QLatin1String(kConflictsKey)) {
            if (conflicts.empty())
                extras.erase(it);
            else
                it->second = std::move(list);
            return;
        }
    if (!conflicts.empty())
        extras.emplace_back(QString::fromLatin1(kConflictsKey), std::move(list));
}

bool setObjectField(Model &model, const QString &sectionKey, const QString &id, const QString &field,
                    const YamlValue &value)
{
    const SectionAccess *section = findSection(sectionKey);
    if (!section)
        return false;
    const int index = indexOfId(*section, model, id);
    if (field.isEmpty()) {
        if (value.type == YamlValue::Type::Null) {
            if (index < 0 || section->isSingleton())
                return false;
            section->removeAt(model, index);
            return true;
        }
        if (value.type != YamlValue::Type::Mapping)
            return false;
        const FlatFields fields = fieldsFromMapping(value);
        return index >= 0 ? section->replaceFlat(model, index, fields) : section->appendFlat(model, fields);
    }
    if (index < 0)
        return false;
    FlatFields fields = section->flatten(model, index);
    const QStringList path = pathOf(fields, field);
    // In place, so a map entry (a view's position) keeps its order.
    const FlatField wanted{path, value, value.type == YamlValue::Type::Sequence};
    const auto existing = std::find_if(fields.begin(), fields.end(), [&](const FlatField &f) { return f.path == path; });
    if (value.type == YamlValue::Type::Null) {
        if (existing != fields.end())
            fields.erase(existing);
    } else if (existing != fields.end()) {
        existing->value = value;
    } else {
        fields.push_back(wanted);
    }
    Model changed = model;
    if (!section->replaceFlat(changed, index, fields))
        return false;
    // A path the object does not have is dropped by the rebuild: refuse it
    // rather than report a change that did not happen.
    const FlatFields rebuilt = section->flatten(changed, index);
    const FlatField *now = findField(rebuilt, path);
    if (value.type == YamlValue::Type::Null ? now != nullptr : (!now || !sameValue(*now, wanted)))
        return false;
    model = std::move(changed);
    return true;
}

bool resolveConflict(Model &model, std::size_t index, const YamlValue &value)
{
    std::vector<MergeConflict> conflicts = readConflicts(model);
    if (index >= conflicts.size())
        return false;
    Model changed = model;
    const MergeConflict &c = conflicts[index];
    if (!setObjectField(changed, c.section, c.id, c.field, value))
        return false;
    conflicts.erase(conflicts.begin() + std::ptrdiff_t(index));
    writeConflicts(changed, conflicts);
    model = std::move(changed);
    return true;
}

}  // namespace lintel
