#include "importers/merge/importmerge.h"

#include "importers/merge/fieldmerge.h"
#include "importers/merge/sourcematch.h"
#include "importers/sourcetag.h"
#include "model/document/collections.h"
#include "model/document/idfromname.h"
#include "model/document/references.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace lintel {

namespace {

using Kind = ImportChange::Kind;
using namespace mergedetail;

// fragment id -> id in the model, per collection, so that references among
// imported objects follow the ids their matches already have.
using IdMap = QHash<QString, QString>;
QString mapKey(Collection c, const QString &id) { return QString::number(int(c)) + u':' + id; }

template <class T> void planIds(const Model &model, const Model &fragment, const QSet<QString> &sources, IdMap &ids,
                                QSet<QString> &taken)
{
    constexpr Collection c = CollectionTraits<T>::collection;
    QHash<QString, QString> existing;  // source key -> model id
    for (const T &o : CollectionTraits<T>::in(model)) {
        QString key;
        if (fromSources(o.extras, sources, &key))
            existing.insert(key, o.id);
    }
    for (const T &o : CollectionTraits<T>::in(fragment)) {
        const auto tag = sourceTagOf(o.extras);
        QString id;
        if (tag && existing.contains(tag->key())) {
            id = existing.value(tag->key());
        } else {
            // A new object must not take an id the user (or another new object) has.
            id = uniqueIdFrom(model, o.id);
            for (int n = 2; taken.contains(mapKey(c, id)); ++n)
                id = uniqueIdFrom(model, o.id + u'-' + QString::number(n));
        }
        taken.insert(mapKey(c, id));
        ids.insert(mapKey(c, o.id), id);
    }
}

template <class T> void remap(T &object, const IdMap &ids)
{
    constexpr Collection c = CollectionTraits<T>::collection;
    object.id = ids.value(mapKey(c, object.id), object.id);
    forEachReference(object, [&](const char *, QString &id, const FieldReference &ref) {
        if (ref.collection) {
            id = ids.value(mapKey(*ref.collection, id), id);
            return;
        }
        for (Collection any : {Collection::Zones, Collection::Data, Collection::Elements, Collection::Flows,
                               Collection::Apis, Collection::Views})
            if (ids.contains(mapKey(any, id))) {
                id = ids.value(mapKey(any, id));
                return;
            }
    });
}

QString whatOf(Collection c) { return collectionName(c); }

class Merger {
public:
    Merger(Model &model, const MergeOptions &options, const QSet<QString> &sources)
        : m_model(model), m_options(options), m_sources(sources) {}

    template <class T> void mergeCollection(const Model &fragment, const IdMap &ids)
    {
        auto &target = CollectionTraits<T>::in(m_model);
        constexpr Collection c = CollectionTraits<T>::collection;
        QSet<QString> importedKeys;
        for (T object : CollectionTraits<T>::in(fragment)) {
            remap(object, ids);
            const auto tag = sourceTagOf(object.extras);
            if (tag)
                importedKeys.insert(tag->key());
            T *match = nullptr;
            for (T &o : target) {
                QString key;
                if (tag && fromSources(o.extras, m_sources, &key) && key == tag->key())
                    match = &o;
            }
            if (!match) {
                record(Kind::Added, whatOf(c), object.id);
                if constexpr (std::is_same_v<T, Api>)
                    for (const ApiOperation &op : object.operations)
                        record(Kind::Added, QStringLiteral("operation"), object.id + u'/' + op.id);
                target.push_back(std::move(object));
                continue;
            }
            if constexpr (std::is_same_v<T, Api>) {
                object.operations = mergeOperations(object.id, object.operations, match->operations);
                object.schemas = mergeSchemas(object, *match);
            }
            keepFieldsTheImportLeavesEmpty(object, *match);
            object.extras = mergedExtras(match->extras, object.extras);
            object.loc = match->loc;
            keepFileWhenUnchanged(object, *match);
            if (contentEquals(object, *match))
                ++m_report.unchanged;
            else
                record(Kind::Changed, whatOf(c), object.id);
            *match = std::move(object);  // an API's operations may have changed all the same
        }
        // What the source no longer has.
        for (auto it = target.begin(); it != target.end();) {
            QString key;
            if (!fromSources(it->extras, m_sources, &key) || importedKeys.contains(key)) {
                ++it;
                continue;
            }
            record(m_options.prune ? Kind::Removed : Kind::Vanished, whatOf(c), it->id);
            it = m_options.prune ? target.erase(it) : it + 1;
        }
    }

    // Accepted risks have no id of their own (a risk is its rule and
    // target); they are matched by x-source like everything else, and
    // their target follows the ids the other objects got.
    void mergeAcceptedRisks(const Model &fragment, const IdMap &ids)
    {
        auto &target = m_model.acceptedRisks;
        const auto name = [](const AcceptedRisk &r) { return r.rule + u' ' + r.target; };
        QSet<QString> importedKeys;
        for (AcceptedRisk risk : fragment.acceptedRisks) {
            for (Collection any : {Collection::Zones, Collection::Data, Collection::Elements, Collection::Flows,
                                   Collection::Apis, Collection::Views})
                if (ids.contains(mapKey(any, risk.target))) {
                    risk.target = ids.value(mapKey(any, risk.target));
                    break;
                }
            const auto tag = sourceTagOf(risk.extras);
            if (tag)
                importedKeys.insert(tag->key());
            AcceptedRisk *match = nullptr;
            for (AcceptedRisk &r : target) {
                QString key;
                if (tag && fromSources(r.extras, m_sources, &key) && key == tag->key())
                    match = &r;
            }
            if (!match) {
                record(Kind::Added, QStringLiteral("accepted risk"), name(risk));
                target.push_back(std::move(risk));
                continue;
            }
            keepFieldsTheImportLeavesEmpty(risk, *match);
            risk.extras = mergedExtras(match->extras, risk.extras);
            risk.loc = match->loc;
            keepFileWhenUnchanged(risk, *match);
            if (risk == *match)
                ++m_report.unchanged;
            else
                record(Kind::Changed, QStringLiteral("accepted risk"), name(risk));
            *match = std::move(risk);
        }
        for (auto it = target.begin(); it != target.end();) {
            QString key;
            if (!fromSources(it->extras, m_sources, &key) || importedKeys.contains(key)) {
                ++it;
                continue;
            }
            record(m_options.prune ? Kind::Removed : Kind::Vanished, QStringLiteral("accepted risk"), name(*it));
            it = m_options.prune ? target.erase(it) : it + 1;
        }
    }

    ImportReport take() { return std::move(m_report); }

private:
    // An API's operations are compared one by one, so the report names the
    // operations that changed rather than the whole contract.
    template <class T> bool contentEquals(const T &a, const T &b)
    {
        if constexpr (std::is_same_v<T, Api>) {
            Api x = a, y = b;
            x.operations.clear();
            y.operations.clear();
            return x == y;
        } else {
            return a == b;
        }
    }

    std::vector<ApiOperation> mergeOperations(const QString &apiId, const std::vector<ApiOperation> &imported,
                                              const std::vector<ApiOperation> &existing)
    {
        std::vector<ApiOperation> out;
        QSet<QString> importedKeys;
        QSet<QString> usedIds;
        for (ApiOperation op : imported) {
            const auto tag = sourceTagOf(op.extras);
            if (tag)
                importedKeys.insert(tag->key());
            const ApiOperation *match = nullptr;
            for (const ApiOperation &e : existing) {
                QString key;
                if (tag && fromSources(e.extras, m_sources, &key) && key == tag->key())
                    match = &e;
            }
            if (match) {
                op.id = match->id;
                keepFieldsTheImportLeavesEmpty(op, *match);
                op.extras = mergedExtras(match->extras, op.extras);
                op.loc = match->loc;
                keepFileWhenUnchanged(op, *match);
                if (op == *match)
                    ++m_report.unchanged;
                else
                    record(Kind::Changed, QStringLiteral("operation"), apiId + u'/' + op.id);
            } else {
                record(Kind::Added, QStringLiteral("operation"), apiId + u'/' + op.id);
            }
            usedIds.insert(op.id);
            out.push_back(std::move(op));
        }
        for (const ApiOperation &e : existing) {
            QString key;
            const bool ours = fromSources(e.extras, m_sources, &key);
            if (ours && importedKeys.contains(key))
                continue;
            if (ours) {
                record(m_options.prune ? Kind::Removed : Kind::Vanished, QStringLiteral("operation"), apiId + u'/' + e.id);
                if (m_options.prune)
                    continue;
            }
            ApiOperation kept = e;
            for (int n = 2; usedIds.contains(kept.id); ++n)  // an import took the user's operation id
                kept.id = e.id + u'-' + QString::number(n);
            usedIds.insert(kept.id);
            out.push_back(std::move(kept));
        }
        return out;
    }

    // Schemas have no x-source of their own: the API lists the names its
    // source gave it (x-source-schemas), so a schema the user added is kept
    // and only one the source used to have is pruned.
    OrderedMap<OrderedMap<QString>> mergeSchemas(const Api &imported, const Api &existing)
    {
        QStringList owned;
        for (const auto &[key, value] : existing.extras)
            if (key == sourceSchemasKeyName())
                for (const YamlValue &item : value.items)
                    owned << item.scalar;
        OrderedMap<OrderedMap<QString>> out = imported.schemas;
        for (const auto &[name, fields] : existing.schemas) {
            if (findIn(imported.schemas, name))
                continue;
            if (owned.contains(name)) {
                record(m_options.prune ? Kind::Removed : Kind::Vanished, QStringLiteral("schema"), imported.id + u'/' + name);
                if (m_options.prune)
                    continue;
            }
            out.emplace_back(name, fields);
        }
        return out;
    }

    void record(Kind kind, const QString &what, const QString &id) { m_report.changes.push_back({kind, what, id}); }

    Model &m_model;
    const MergeOptions &m_options;
    const QSet<QString> &m_sources;
    ImportReport m_report;
};

}  // namespace

int ImportReport::count(ImportChange::Kind kind) const
{
    return int(std::count_if(changes.begin(), changes.end(), [&](const ImportChange &c) { return c.kind == kind; }));
}

QString changeKindName(ImportChange::Kind kind)
{
    switch (kind) {
    case Kind::Added: return QStringLiteral("added");
    case Kind::Changed: return QStringLiteral("changed");
    case Kind::Removed: return QStringLiteral("removed");
    case Kind::Vanished: return QStringLiteral("gone from the source (kept; --prune removes it)");
    }
    return {};
}

ImportReport mergeImport(Model &model, const Model &fragment, const MergeOptions &options)
{
    const QSet<QString> sources = sourcesOf(fragment);
    IdMap ids;
    QSet<QString> taken;
    planIds<Zone>(model, fragment, sources, ids, taken);
    planIds<DataClass>(model, fragment, sources, ids, taken);
    planIds<Element>(model, fragment, sources, ids, taken);
    planIds<Flow>(model, fragment, sources, ids, taken);
    planIds<Api>(model, fragment, sources, ids, taken);
    planIds<View>(model, fragment, sources, ids, taken);

    Merger merger(model, options, sources);
    merger.mergeCollection<Zone>(fragment, ids);
    merger.mergeCollection<DataClass>(fragment, ids);
    merger.mergeCollection<Element>(fragment, ids);
    merger.mergeCollection<Flow>(fragment, ids);
    merger.mergeCollection<Api>(fragment, ids);
    merger.mergeCollection<View>(fragment, ids);
    merger.mergeAcceptedRisks(fragment, ids);
    return merger.take();
}

}  // namespace lintel
