// Field paths: raw fields from describe.h, derived facts from ModelIndex.
#include "model/rules/packs/fieldpath.h"

#include "model/describe.h"
#include "model/index/modelindex.h"
#include "model/index/semantics.h"

#include <QHash>
#include <type_traits>

namespace lintel::packs {

namespace {

template <class M> struct IsOptionalEnum : std::false_type {};
template <ModelEnum E> struct IsOptionalEnum<std::optional<E>> : std::true_type {};

template <class E> FieldType enumType(Shorthand shorthand = Shorthand::Equals)
{
    const bool ordered = std::is_same_v<E, Trust> || std::is_same_v<E, Classification>;
    return {ordered ? ValueKind::Ordered : ValueKind::Enum, enumNames<E>(), shorthand};
}

template <class E> FieldValue enumValue(E value)
{
    // Shared strings: reading a name must not allocate, it happens per object.
    static const QStringList names = enumNames<E>();
    return FieldValue::ofOrdered(int(value), &names[qsizetype(value)]);
}

template <class E> FieldValue enumValue(const std::optional<E> &value)
{
    return value ? enumValue(*value) : FieldValue::absent();
}

// The type of a member as a pack sees it; nothing for what a condition
// cannot look at (lists of objects, maps).
template <class M> std::optional<FieldType> typeOfMember()
{
    if constexpr (std::is_same_v<M, QString>)
        return FieldType{ValueKind::Text, {}, Shorthand::Equals};
    else if constexpr (std::is_same_v<M, QStringList>)
        return FieldType{ValueKind::List, {}, Shorthand::Equals};
    else if constexpr (std::is_same_v<M, std::optional<bool>>)
        return FieldType{ValueKind::Bool, {}, Shorthand::Equals};
    else if constexpr (std::is_same_v<M, std::optional<int>>)
        return FieldType{ValueKind::Number, {}, Shorthand::Equals};
    else if constexpr (IsOptionalEnum<M>::value)
        return enumType<typename M::value_type>();
    else if constexpr (ModelEnum<M>)
        return enumType<M>();
    else
        return std::nullopt;
}

template <class M> FieldValue valueOfMember(const M &member)
{
    if constexpr (std::is_same_v<M, QString>)
        return FieldValue::ofText(member);
    else if constexpr (std::is_same_v<M, QStringList>)
        return FieldValue::ofList(member);
    else if constexpr (std::is_same_v<M, std::optional<bool>>)
        return member ? FieldValue::ofBool(*member) : FieldValue::absent();
    else if constexpr (std::is_same_v<M, std::optional<int>>)
        return member ? FieldValue::ofNumber(*member) : FieldValue::absent();
    else if constexpr (IsOptionalEnum<M>::value || ModelEnum<M>)
        return enumValue(member);
    else
        return FieldValue::absent();
}

struct RawField {
    QString name;  // "zone", "security.audit_log"
    FieldType type;
    std::optional<Collection> leadsTo;
    std::size_t offset = 0;  // of the member within its object
    FieldPath::RawRead read = nullptr;
};

template <class M> FieldValue readMember(const char *member)
{
    return valueOfMember(*reinterpret_cast<const M *>(member));
}

template <class T> std::vector<RawField> rawFieldsOf()
{
    std::vector<RawField> out;
    const std::remove_const_t<T> probe{};
    const auto offsetOf = [&probe](const auto &member) {
        return std::size_t(reinterpret_cast<const char *>(&member) - reinterpret_cast<const char *>(&probe));
    };
    auto visit = [&](const char *name, const auto &member, unsigned flags = NoFlags) {
        using M = std::remove_cvref_t<decltype(member)>;
        if constexpr (Described<M>) {
            auto nested = [&](const char *subName, const auto &subMember, unsigned = NoFlags) {
                using S = std::remove_cvref_t<decltype(subMember)>;
                if (const auto type = typeOfMember<S>())
                    out.push_back({QLatin1String(name) + u'.' + QLatin1String(subName), *type, std::nullopt,
                                   offsetOf(subMember), &readMember<S>});
            };
            describe(nested, member);
        } else if (const auto type = typeOfMember<M>()) {
            const FieldReference ref = fieldReference(flags);
            std::optional<Collection> leadsTo;
            if (ref.isReference && ref.collection && std::is_same_v<M, QString>)
                leadsTo = ref.collection;
            out.push_back({QLatin1String(name), *type, leadsTo, offsetOf(member), &readMember<M>});
        }
    };
    describe(visit, probe);
    return out;
}

struct Derived {
    QString name;
    FieldType type;
    FieldPath::DerivedRead read = nullptr;
    std::optional<Collection> leadsTo = std::nullopt;  // a derived reference
    int (*resolve)(const ModelIndex &, int) = nullptr;
};

FieldValue trustValue(std::optional<Trust> trust) { return enumValue(trust); }

std::vector<Derived> derivedFactsOf(Subject subject)
{
    const FieldType boolean{ValueKind::Bool, {}, Shorthand::Equals};
    const FieldType number{ValueKind::Number, {}, Shorthand::Equals};
    const FieldType text{ValueKind::Text, {}, Shorthand::Equals};
    if (subject.operations)
        // The API an operation belongs to, and through it the provider
        // (`api.provider.zone.trust`). An operation is read with its API's
        // position as the index, so that is what `api` leads to.
        return {{QStringLiteral("api"), text,
                 [](const ModelIndex &ix, int api) { return FieldValue::ofText(ix.model().apis[std::size_t(api)].id); },
                 Collection::Apis, [](const ModelIndex &, int api) { return api; }}};
    switch (subject.collection) {
    case Collection::Zones:
        // Effective trust: a zone without its own inherits its parent's.
        return {{QStringLiteral("trust"), enumType<Trust>(),
                 [](const ModelIndex &ix, int i) { return trustValue(ix.trustOfZone(ix.model().zones[std::size_t(i)].id)); }}};
    case Collection::Elements:
        return {
            {QStringLiteral("trust"), enumType<Trust>(), [](const ModelIndex &ix, int i) { return trustValue(ix.trustOf(i)); }},
            {QStringLiteral("holds"), enumType<Classification>(Shorthand::AtLeast),
             [](const ModelIndex &ix, int i) { return enumValue(ix.highestClassification(ix.elementAt(i).data)); }},
            {QStringLiteral("reached-from"), enumType<Trust>(Shorthand::AtMost),
             [](const ModelIndex &ix, int i) {
                 std::optional<Trust> least;
                 for (int f : ix.incoming(i)) {
                     const int from = ix.fromOf(f);
                     const std::optional<Trust> t = from < 0 ? std::nullopt : ix.trustOf(from);
                     if (t && (!least || *t < *least))
                         least = t;
                 }
                 return trustValue(least);
             }},
            {QStringLiteral("provides-api"), boolean,
             [](const ModelIndex &ix, int i) {
                 const QString &id = ix.elementAt(i).id;
                 for (const Api &api : ix.model().apis)
                     if (api.provider == id)
                         return FieldValue::ofBool(true);
                 return FieldValue::ofBool(false);
             }},
            {QStringLiteral("flows-in"), number,
             [](const ModelIndex &ix, int i) { return FieldValue::ofNumber(int(ix.incoming(i).size())); }},
            {QStringLiteral("flows-out"), number,
             [](const ModelIndex &ix, int i) { return FieldValue::ofNumber(int(ix.outgoing(i).size())); }},
        };
    case Collection::Flows:
        return {
            {QStringLiteral("crosses-boundary"), boolean,
             [](const ModelIndex &ix, int i) { return FieldValue::ofBool(ix.crossesBoundary(i)); }},
            {QStringLiteral("sync"), boolean, [](const ModelIndex &ix, int i) { return FieldValue::ofBool(ix.isSync(i)); }},
            {QStringLiteral("encrypted"), boolean,
             [](const ModelIndex &ix, int i) { return FieldValue::ofBool(ix.isEncrypted(i)); }},
            {QStringLiteral("authenticated"), boolean,
             [](const ModelIndex &ix, int i) { return FieldValue::ofBool(hasAuthentication(ix.flowAt(i))); }},
            {QStringLiteral("carries"), enumType<Classification>(Shorthand::AtLeast),
             [](const ModelIndex &ix, int i) { return enumValue(ix.highestClassification(ix.flowAt(i).data)); }},
            {QStringLiteral("to-external"), boolean,
             [](const ModelIndex &ix, int i) {
                 const int to = ix.toOf(i);
                 return FieldValue::ofBool(to >= 0 && ix.elementAt(to).kind == ElementKind::External);
             }},
        };
    default:
        return {};
    }
}

struct Schema {
    std::vector<RawField> raw;
    std::vector<Derived> derived;
};

const std::vector<Subject> &allSubjects()
{
    static const std::vector<Subject> subjects = [] {
        std::vector<Subject> out;
        for (Collection c : {Collection::Teams, Collection::Zones, Collection::Data, Collection::Elements,
                             Collection::Flows, Collection::Apis, Collection::Decisions, Collection::Questions,
                             Collection::Views, Collection::AcceptedRisks})
            out.push_back(c);
        out.push_back(Subject::apiOperations());
        return out;
    }();
    return subjects;
}

int keyOf(Subject subject) { return subject.operations ? -1 : int(subject.collection); }

const Schema &schemaOf(Subject subject)
{
    static const QHash<int, Schema> schemas = [] {
        QHash<int, Schema> out;
        for (Subject subject : allSubjects()) {
            Schema s;
            if (subject.operations)
                s.raw = rawFieldsOf<ApiOperation>();
            else
                s.raw = withCollectionType(subject.collection,
                                           [](auto tag) { return rawFieldsOf<typename decltype(tag)::type>(); });
            s.derived = derivedFactsOf(subject);
            out.insert(keyOf(subject), std::move(s));
        }
        return out;
    }();
    return schemas.find(keyOf(subject)).value();
}

int indexIn(const ModelIndex &index, Collection collection, const QString &id)
{
    return withCollectionType(collection,
                              [&](auto tag) { return index.indexOfObject<typename decltype(tag)::type>(id); });
}

// Where `object` lies in memory, for reading a raw field at its offset.
const char *addressOf(const Model &model, ObjectAt object)
{
    if (object.operation >= 0)
        return reinterpret_cast<const char *>(
            &model.apis[std::size_t(object.index)].operations[std::size_t(object.operation)]);
    return withCollectionType(object.collection, [&](auto tag) {
        using T = typename decltype(tag)::type;
        return reinterpret_cast<const char *>(&CollectionTraits<T>::in(model)[std::size_t(object.index)]);
    });
}

}  // namespace

QStringList fieldNames(Subject subject)
{
    QStringList names;
    const Schema &s = schemaOf(subject);
    for (const Derived &d : s.derived)
        names << d.name;
    for (const RawField &r : s.raw)
        if (!names.contains(r.name))
            names << r.name;
    return names;
}

std::optional<FieldPath> FieldPath::compile(Subject subject, const QString &path, QString *error)
{
    FieldPath out;
    out.m_text = path;
    const QStringList parts = path.split(u'.');
    Subject at = subject;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const Schema &s = schemaOf(at);
        Step step;
        FieldType type;
        bool found = false;
        for (const Derived &d : s.derived)
            if (d.name == parts[i]) {
                step.derived = d.read;
                step.leadsTo = d.leadsTo;
                step.resolve = d.resolve;
                type = d.type;
                found = true;
                break;
            }
        for (std::size_t r = 0; !found && r < s.raw.size(); ++r) {
            const RawField &f = s.raw[r];
            const bool nested = i + 1 < parts.size() && f.name == parts[i] + u'.' + parts[i + 1];
            if (f.name != parts[i] && !nested)
                continue;
            step.raw = f.read;
            step.offset = f.offset;
            step.leadsTo = f.leadsTo;
            if (at == Collection::Flows && f.name == QLatin1String("from"))
                step.resolve = [](const ModelIndex &ix, int flow) { return ix.fromOf(flow); };
            else if (at == Collection::Flows && f.name == QLatin1String("to"))
                step.resolve = [](const ModelIndex &ix, int flow) { return ix.toOf(flow); };
            type = f.type;
            found = true;
            if (nested)
                ++i;
        }
        if (!found) {
            *error = QStringLiteral("unknown field '%1' of %2 (known: %3)")
                         .arg(parts.mid(0, i + 1).join(u'.'), subjectName(at),
                              fieldNames(at).join(QStringLiteral(", ")));
            return std::nullopt;
        }
        const bool last = i + 1 == parts.size();
        if (!last && !step.leadsTo) {
            *error = QStringLiteral("'%1' names no other object, so '%2' cannot go on past it")
                         .arg(parts.mid(0, i + 1).join(u'.'), path);
            return std::nullopt;
        }
        if (!last)
            at = *step.leadsTo;
        else
            out.m_type = type;
        out.m_steps.push_back(std::move(step));
    }
    return out;
}

int FieldPath::target(const ModelIndex &index, ObjectAt object) const
{
    const FieldValue id = read(index, object);
    if (!leadsTo() || !id.present)
        return -1;
    return indexIn(index, *leadsTo(), id.text);
}

const std::vector<FieldPath> &allFieldPaths(Subject subject)
{
    static const QHash<int, std::vector<FieldPath>> paths = [] {
        QHash<int, std::vector<FieldPath>> out;
        for (Subject at : allSubjects()) {
            std::vector<FieldPath> list;
            for (const QString &name : fieldNames(at)) {
                QString error;
                if (std::optional<FieldPath> path = FieldPath::compile(at, name, &error))
                    list.push_back(std::move(*path));
            }
            out.insert(keyOf(at), std::move(list));
        }
        return out;
    }();
    return paths.find(keyOf(subject)).value();
}

FieldValue FieldPath::read(const ModelIndex &index, ObjectAt object) const
{
    const std::size_t last = m_steps.size() - 1;
    for (std::size_t s = 0;; ++s) {
        const Step &step = m_steps[s];
        if (step.resolve && s < last) {
            object = {*step.leadsTo, step.resolve(index, object.index)};
            if (object.index < 0)
                return FieldValue::absent();
            continue;
        }
        if (s == last)
            return step.derived ? step.derived(index, object.index)
                                : step.raw(addressOf(index.model(), object) + step.offset);
        // A reference without a shortcut: look the id up.
        const FieldValue id = step.derived ? step.derived(index, object.index)
                                           : step.raw(addressOf(index.model(), object) + step.offset);
        if (!id.present)
            return FieldValue::absent();
        object = {*step.leadsTo, indexIn(index, *step.leadsTo, id.text)};
        if (object.index < 0)
            return FieldValue::absent();
    }
}

}  // namespace lintel::packs
