#include "model/compare/sections.h"

#include "model/compare/flattencodec.h"

#include <cstring>

namespace lintel {

namespace {

using namespace compare_detail;

template <Described T> bool describesId()
{
    bool found = false;
    T probe{};
    auto look = [&](const char *, auto &, unsigned flags = NoFlags) { found = found || (flags & IsId); };
    describe(look, probe);
    return found;
}

// The member of `model` that describe(Model) calls `key`: sections reach
// their data through the description rather than naming members.
template <class M, class ModelT> M &memberNamed(ModelT &model, const char *key)
{
    M *found = nullptr;
    auto look = [&](const char *name, auto &member, unsigned = NoFlags) {
        if constexpr (std::is_same_v<std::remove_cvref_t<decltype(member)>, M>)
            if (!found && std::strcmp(name, key) == 0)
                found = const_cast<M *>(&member);
    };
    describe(look, model);
    return *found;  // the key came from the same description
}

// A section that is a list of objects with ids (`elements`, `flows`, ...).
template <Described T> class ListSection final : public SectionAccess {
public:
    explicit ListSection(const char *key) : m_key(key) {}

    QString key() const override { return QString::fromLatin1(m_key); }
    std::optional<Collection> collection() const override { return CollectionTraits<T>::collection; }
    int count(const Model &m) const override { return int(of(m).size()); }
    QString idAt(const Model &m, int i) const override { return objectId(at(m, i)); }
    SourceLoc locAt(const Model &m, int i) const override { return at(m, i).loc; }
    bool sameObject(const Model &a, int ia, const Model &b, int ib) const override { return at(a, ia) == at(b, ib); }
    FlatFields flatten(const Model &m, int i) const override { return flattenObject(at(m, i)); }
    bool hasIdField() const override { return describesId<T>(); }
    void clear(Model &m) const override { of(m).clear(); }
    void appendCopy(Model &to, const Model &from, int i) const override { of(to).push_back(at(from, i)); }
    bool appendFlat(Model &to, const FlatFields &fields) const override
    {
        T object{};
        if (!unflattenObject(fields, object))
            return false;
        of(to).push_back(std::move(object));
        return true;
    }
    bool replaceFlat(Model &m, int i, const FlatFields &fields) const override
    {
        T &target = of(m)[std::size_t(i)];
        const SourceLoc loc = target.loc;
        if (!unflattenObject(fields, target))
            return false;
        target.loc = loc;
        return true;
    }
    void removeAt(Model &m, int i) const override { of(m).erase(of(m).begin() + i); }

private:
    std::vector<T> &of(Model &m) const { return memberNamed<std::vector<T>>(m, m_key); }
    const std::vector<T> &of(const Model &m) const { return memberNamed<std::vector<T>>(m, m_key); }
    const T &at(const Model &m, int i) const { return of(m)[std::size_t(i)]; }

    const char *m_key;
};

// A section that is one object (`system`, `rules`).
template <Described T> class SingleSection final : public SectionAccess {
public:
    explicit SingleSection(const char *key) : m_key(key) {}

    QString key() const override { return QString::fromLatin1(m_key); }
    std::optional<Collection> collection() const override { return std::nullopt; }
    int count(const Model &) const override { return 1; }
    QString idAt(const Model &, int) const override { return QString(); }
    SourceLoc locAt(const Model &m, int) const override { return of(m).loc; }
    bool sameObject(const Model &a, int, const Model &b, int) const override { return of(a) == of(b); }
    FlatFields flatten(const Model &m, int) const override { return flattenObject(of(m)); }
    bool hasIdField() const override { return false; }
    void clear(Model &m) const override { of(m) = T{}; }
    void appendCopy(Model &to, const Model &from, int) const override { of(to) = of(from); }
    bool appendFlat(Model &to, const FlatFields &fields) const override { return unflattenObject(fields, of(to)); }
    bool replaceFlat(Model &m, int, const FlatFields &fields) const override { return appendFlat(m, fields); }
    void removeAt(Model &m, int) const override { clear(m); }

private:
    T &of(Model &m) const { return memberNamed<T>(m, m_key); }
    const T &of(const Model &m) const { return memberNamed<T>(m, m_key); }

    const char *m_key;
};

// The document's own top-level `x-` keys.
class DocumentExtrasSection final : public SectionAccess {
public:
    QString key() const override { return QString::fromLatin1(kDocumentExtrasSection); }
    std::optional<Collection> collection() const override { return std::nullopt; }
    int count(const Model &) const override { return 1; }
    QString idAt(const Model &, int) const override { return QString(); }
    SourceLoc locAt(const Model &m, int) const override { return m.loc; }
    bool sameObject(const Model &a, int, const Model &b, int) const override { return a.extras == b.extras; }
    FlatFields flatten(const Model &m, int) const override
    {
        FlatFields out;
        for (const auto &[key, value] : m.extras)
            out.push_back({{key}, value, false});
        return out;
    }
    bool hasIdField() const override { return false; }
    void clear(Model &m) const override { m.extras.clear(); }
    void appendCopy(Model &to, const Model &from, int) const override { to.extras = from.extras; }
    bool appendFlat(Model &to, const FlatFields &fields) const override
    {
        to.extras.clear();
        for (const FlatField &f : fields)
            if (f.path.size() == 1)
                to.extras.emplace_back(f.path.front(), f.value);
        return true;
    }
    bool replaceFlat(Model &m, int, const FlatFields &fields) const override { return appendFlat(m, fields); }
    void removeAt(Model &m, int) const override { clear(m); }
};

}  // namespace

const std::vector<std::unique_ptr<SectionAccess>> &modelSections()
{
    static const std::vector<std::unique_ptr<SectionAccess>> sections = [] {
        std::vector<std::unique_ptr<SectionAccess>> out;
        Model probe;
        auto add = [&](const char *name, auto &member, unsigned = NoFlags) {
            using M = std::remove_cvref_t<decltype(member)>;
            if constexpr (IsObjectList<M>::value)
                out.push_back(std::make_unique<ListSection<typename M::value_type>>(name));
            else
                out.push_back(std::make_unique<SingleSection<M>>(name));
        };
        describe(add, probe);
        out.push_back(std::make_unique<DocumentExtrasSection>());
        return out;
    }();
    return sections;
}

const SectionAccess *findSection(const QString &key)
{
    for (const auto &section : modelSections())
        if (section->key() == key)
            return section.get();
    return nullptr;
}

int indexOfId(const SectionAccess &section, const Model &model, const QString &id)
{
    const int n = section.count(model);
    for (int i = 0; i < n; ++i)
        if (section.idAt(model, i) == id)
            return i;
    return -1;
}

}  // namespace lintel
