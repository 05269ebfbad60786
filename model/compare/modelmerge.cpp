#include "model/compare/modelmerge.h"

#include "model/compare/flatfields.h"
#include "model/compare/sections.h"

#include <QHash>

namespace lintel {

namespace {

YamlValue valueOf(const FlatField *f)
{
    return f ? f->value : YamlValue{};
}

// A whole object as one conflict value: its fields by dotted path.
YamlValue objectValue(const FlatFields &fields)
{
    YamlValue v;
    v.type = YamlValue::Type::Mapping;
    for (const FlatField &f : fields)
        v.entries.emplace_back(f.pathText(), f.value);
    return v;
}

bool same(const FlatField *a, const FlatField *b)
{
    if (!a || !b)
        return !a && !b;
    return sameValue(*a, *b);
}

QStringList itemsOf(const FlatField *f)
{
    QStringList out;
    if (f)
        for (const YamlValue &item : f->value.items)
            out << item.scalar;
    return out;
}

// Sets never conflict: OURS' items less THEIRS' removals, then THEIRS' additions.
FlatField mergeSet(const FlatField *b, const FlatField *o, const FlatField *t)
{
    const QStringList base = itemsOf(b), ours = itemsOf(o), theirs = itemsOf(t);
    QStringList merged;
    for (const QString &item : ours)
        if (!(base.contains(item) && !theirs.contains(item)) && !merged.contains(item))
            merged << item;
    for (const QString &item : theirs)
        if (!base.contains(item) && !merged.contains(item))
            merged << item;
    FlatField out = o ? *o : t ? *t : *b;
    out.value.type = YamlValue::Type::Sequence;
    out.value.items.clear();
    for (const QString &item : merged)
        out.value.items.push_back(scalarValue(item));
    return out;
}

struct ObjectMerge {
    FlatFields fields;
    std::vector<MergeConflict> conflicts;
};

// Field by field; `base` is empty for an object both sides added.
ObjectMerge mergeFields(const QString &section, const QString &id, const FlatFields &base,
                        const FlatFields &ours, const FlatFields &theirs)
{
    ObjectMerge out;
    const FlatIndex inBase(base), inOurs(ours), inTheirs(theirs);
    auto mergeOne = [&](const QStringList &path) {
        const FlatField *b = inBase.find(path), *o = inOurs.find(path), *t = inTheirs.find(path);
        const FlatField *taken = o;
        if (same(o, t) || same(t, b)) {
            taken = o;
        } else if (same(o, b)) {
            taken = t;
        } else if ((o && o->isSet) || (t && t->isSet)) {
            FlatField merged = mergeSet(b, o, t);
            if (!merged.value.items.empty())
                out.fields.push_back(std::move(merged));
            return;
        } else {
            out.conflicts.push_back({section, id, path.join(u'.'), valueOf(b), valueOf(o), valueOf(t)});
        }
        if (taken)
            out.fields.push_back(*taken);
    };
    for (const FlatField &f : ours)
        mergeOne(f.path);
    for (const FlatField &f : theirs)
        if (!inOurs.find(f.path))
            mergeOne(f.path);
    for (const FlatField &f : base)
        if (!inOurs.find(f.path) && !inTheirs.find(f.path))
            mergeOne(f.path);  // gone on both sides: stays gone, but keeps the logic in one place
    return out;
}

QHash<QString, int> indexById(const SectionAccess &section, const Model &model)
{
    QHash<QString, int> out;
    const int n = section.count(model);
    out.reserve(n);
    for (int i = 0; i < n; ++i)
        out.insert(section.idAt(model, i), i);
    return out;
}

int lookup(const QHash<QString, int> &index, const QString &id)
{
    return index.value(id, -1);
}

void mergeSection(const SectionAccess &section, const Model &base, const Model &ours, const Model &theirs,
                  MergeResult &result)
{
    const QHash<QString, int> inBase = indexById(section, base);
    const QHash<QString, int> inOurs = indexById(section, ours);
    const QHash<QString, int> inTheirs = indexById(section, theirs);
    Model &out = result.model;
    section.clear(out);

    auto deletedAgainstChange = [&](const QString &id, int b, const Model &keeper, int k, bool oursDeleted) {
        if (section.sameObject(base, b, keeper, k))
            return false;  // deleted on one side, unchanged on the other: deleted
        const YamlValue kept = objectValue(section.flatten(keeper, k));
        result.conflicts.push_back({section.key(), id, QString(), objectValue(section.flatten(base, b)),
                                    oursDeleted ? YamlValue{} : kept, oursDeleted ? kept : YamlValue{}});
        return true;
    };

    auto mergeObject = [&](const QString &id, int b, int o, int t) {
        if (o >= 0 && t >= 0) {
            if (section.sameObject(ours, o, theirs, t) || (b >= 0 && section.sameObject(base, b, theirs, t)))
                return section.appendCopy(out, ours, o);
            if (b >= 0 && section.sameObject(base, b, ours, o))
                return section.appendCopy(out, theirs, t);
            const FlatFields baseFields = b >= 0 ? section.flatten(base, b) : FlatFields{};
            ObjectMerge merged = mergeFields(section.key(), id, baseFields, section.flatten(ours, o),
                                             section.flatten(theirs, t));
            for (MergeConflict &c : merged.conflicts)
                result.conflicts.push_back(std::move(c));
            if (!section.appendFlat(out, merged.fields))
                section.appendCopy(out, ours, o);  // cannot happen with values from the inputs
            return;
        }
        if (o >= 0) {  // only in ours: added by ours, or deleted by theirs
            if (b < 0 || deletedAgainstChange(id, b, ours, o, false))
                section.appendCopy(out, ours, o);
            return;
        }
        if (t >= 0) {  // only in theirs: added by theirs, or deleted by ours (OURS wins a conflict)
            if (b < 0)
                section.appendCopy(out, theirs, t);
            else
                deletedAgainstChange(id, b, theirs, t, true);
        }
    };

    const int nOurs = section.count(ours);
    for (int o = 0; o < nOurs; ++o) {
        const QString id = section.idAt(ours, o);
        mergeObject(id, lookup(inBase, id), o, lookup(inTheirs, id));
    }
    const int nTheirs = section.count(theirs);
    for (int t = 0; t < nTheirs; ++t) {
        const QString id = section.idAt(theirs, t);
        if (!inOurs.contains(id))
            mergeObject(id, lookup(inBase, id), -1, t);
    }
}

}  // namespace

MergeResult mergeModels(const Model &base, const Model &ours, const Model &theirs)
{
    MergeResult result;
    for (const auto &section : modelSections())
        mergeSection(*section, base, ours, theirs, result);
    return result;
}

MergeResult mergeModelsRecordingConflicts(const Model &base, const Model &ours, const Model &theirs)
{
    MergeResult result = mergeModels(base, ours, theirs);
    if (!result.isClean())
        writeConflicts(result.model, result.conflicts);
    return result;
}

}  // namespace lintel
