#include "model/compare/modeldiff.h"

#include "model/compare/sections.h"

#include <QHash>
#include <QSet>

namespace lintel {

QString changeStatusName(ChangeStatus status)
{
    switch (status) {
    case ChangeStatus::Added: return QStringLiteral("added");
    case ChangeStatus::Removed: return QStringLiteral("removed");
    case ChangeStatus::Changed: return QStringLiteral("changed");
    case ChangeStatus::Renamed: return QStringLiteral("renamed");
    }
    return QString();
}

int ObjectChange::contentChanges() const
{
    int n = 0;
    for (const FieldChange &f : fields)
        n += f.isLayout ? 0 : 1;
    return n;
}

int ObjectChange::movedElements() const
{
    return int(fields.size()) - contentChanges() - placedElements();
}

int ObjectChange::placedElements() const
{
    int n = 0;
    for (const FieldChange &f : fields)
        n += f.isLayout && f.before.type == YamlValue::Type::Null ? 1 : 0;
    return n;
}

std::vector<SectionCounts> ModelDiff::counts() const
{
    std::vector<SectionCounts> out;
    for (const auto &section : modelSections())
        out.push_back({section->key()});
    for (const ObjectChange &c : changes)
        for (SectionCounts &row : out)
            if (row.section == c.section) {
                (c.status == ChangeStatus::Added     ? row.added
                 : c.status == ChangeStatus::Removed ? row.removed
                 : c.status == ChangeStatus::Renamed ? row.renamed
                                                     : row.changed)++;
            }
    return out;
}

namespace {

QStringList items(const YamlValue &list)
{
    QStringList out;
    for (const YamlValue &item : list.items)
        out << item.scalar;
    return out;
}

bool isLayoutPath(const QString &section, const QStringList &path)
{
    return section == QLatin1String("views") && path.size() == 2 && path.front() == QLatin1String("positions");
}

FieldChange changeOf(const FlatField *before, const FlatField *after)
{
    FieldChange c;
    c.path = after ? after->path : before->path;
    if (before)
        c.before = before->value;
    if (after)
        c.after = after->value;
    c.isSet = (before && before->isSet) || (after && after->isSet);
    if (c.isSet) {
        const QStringList was = before ? items(before->value) : QStringList();
        const QStringList now = after ? items(after->value) : QStringList();
        for (const QString &item : now)
            if (!was.contains(item))
                c.added << item;
        for (const QString &item : was)
            if (!now.contains(item))
                c.removed << item;
    }
    return c;
}

// The content of an object without its id, to recognise a renamed one.
QString contentKey(const FlatFields &fields, const QString &id)
{
    QString key;
    for (const FlatField &f : fields) {
        if (f.path.size() == 1 && f.value.type == YamlValue::Type::Scalar && f.value.scalar == id)
            continue;  // the id field itself
        key += f.pathText() + u'\x1f' + valueText(f.value) + u'\x1e';
    }
    return key;
}

void diffSection(const SectionAccess &section, const Model &before, const Model &after, ModelDiff &out)
{
    const int nBefore = section.count(before);
    const int nAfter = section.count(after);
    QHash<QString, int> beforeById;
    beforeById.reserve(nBefore);
    for (int i = 0; i < nBefore; ++i)
        beforeById.insert(section.idAt(before, i), i);  // a repeated id: the last wins, as in a YAML mapping

    std::vector<bool> matched(std::size_t(nBefore), false);
    std::vector<std::pair<std::size_t, int>> added;  // (position in out.changes, index in after)
    for (int j = 0; j < nAfter; ++j) {
        const QString id = section.idAt(after, j);
        const auto found = beforeById.constFind(id);
        if (found == beforeById.constEnd()) {
            added.emplace_back(out.changes.size(), j);
            out.changes.push_back({section.key(), section.collection(), id, QString(), ChangeStatus::Added, {}});
            continue;
        }
        matched[std::size_t(*found)] = true;
        if (section.sameObject(before, *found, after, j))
            continue;
        std::vector<FieldChange> fields = diffFields(section.flatten(before, *found), section.flatten(after, j));
        if (fields.empty())
            continue;  // only the order of a list changed
        for (FieldChange &f : fields)
            f.isLayout = isLayoutPath(section.key(), f.path);
        out.changes.push_back({section.key(), section.collection(), id, QString(), ChangeStatus::Changed, std::move(fields)});
    }

    // Renames: an object gone and one new with the same content.
    QHash<QString, int> removedByContent;
    std::vector<int> removed;
    for (int i = 0; i < nBefore; ++i)
        if (!matched[std::size_t(i)])
            removed.push_back(i);
    if (section.hasIdField() && !removed.empty() && !added.empty())
        for (int i : removed)
            removedByContent.insert(contentKey(section.flatten(before, i), section.idAt(before, i)), i);

    QSet<int> renamedFrom;
    for (const auto &[k, j] : added) {
        ObjectChange &c = out.changes[k];
        const FlatFields fields = section.flatten(after, j);
        const auto same = removedByContent.constFind(contentKey(fields, c.id));
        if (same != removedByContent.constEnd() && !renamedFrom.contains(*same)) {
            renamedFrom.insert(*same);
            c.status = ChangeStatus::Renamed;
            c.oldId = section.idAt(before, *same);
            continue;
        }
        c.fields = diffFields({}, fields);
    }
    for (int i : removed)
        if (!renamedFrom.contains(i))
            out.changes.push_back({section.key(), section.collection(), section.idAt(before, i), QString(),
                                   ChangeStatus::Removed, {}});
}

}  // namespace

std::vector<FieldChange> diffFields(const FlatFields &before, const FlatFields &after)
{
    std::vector<FieldChange> out;
    const FlatIndex beforeIndex(before), afterIndex(after);
    for (const FlatField &f : after) {
        const FlatField *old = beforeIndex.find(f.path);
        if (!old || !sameValue(*old, f))
            out.push_back(changeOf(old, &f));
    }
    for (const FlatField &f : before)
        if (!afterIndex.find(f.path))
            out.push_back(changeOf(&f, nullptr));
    // A sub-object's marker only matters when nothing under it says more.
    auto explainedByFields = [&](const FieldChange &c) {
        const bool marker = (c.before.type == YamlValue::Type::Mapping && c.before.entries.empty())
            || (c.after.type == YamlValue::Type::Mapping && c.after.entries.empty());
        if (!marker || c.path.size() < 2)
            return false;
        for (const FieldChange &other : out)
            if (other.path.size() > c.path.size() && other.path.mid(0, c.path.size()) == c.path)
                return true;
        return false;
    };
    std::erase_if(out, explainedByFields);
    return out;
}

ModelDiff diffModels(const Model &before, const Model &after)
{
    ModelDiff diff;
    for (const auto &section : modelSections())
        diffSection(*section, before, after, diff);
    return diff;
}

}  // namespace lintel
