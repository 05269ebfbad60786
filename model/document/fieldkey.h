#pragma once
// A name for a top-level field of a model object that the compiler checks.
//
// Document::objectChanged carries one beside the YAML path, so a view asks
// `field == fieldKey(&Element::zone)` rather than comparing the path with the
// string "zone": a renamed or removed member then fails to compile instead
// of silently never matching. The key is the field's position in describe()
// (model/describe.h), found by visiting the description of a default object.
#include "model/describe.h"

#include <QString>
#include <QStringView>

namespace lintel {

struct FieldKey {
    const void *type = nullptr;  // which struct: the address of a per-type tag
    int index = -1;              // the field's position among its struct's top-level fields
    bool isValid() const { return type && index >= 0; }
    friend bool operator==(const FieldKey &, const FieldKey &) = default;
};

namespace fieldkeydetail {

template <class T> inline constexpr char typeTag = 0;

// Position of the field for which `matches(name, member)` holds, or -1.
template <class T, class Matches> int indexWhere(const T &object, Matches &&matches)
{
    int index = 0;
    int found = -1;
    auto visit = [&](const char *name, const auto &member, unsigned = NoFlags) {
        if (found < 0 && matches(name, static_cast<const void *>(&member)))
            found = index;
        ++index;
    };
    describe(visit, object);
    return found;
}

}  // namespace fieldkeydetail

// The key of `member`, e.g. fieldKey(&Element::zone). Does not compile for
// a member that does not exist or whose struct has no description (Node's
// `loc`); invalid for a member the description leaves out.
template <class T, class M>
    requires Described<T>
FieldKey fieldKey(M T::*member)
{
    const T probe{};
    const void *address = &(probe.*member);
    const int index = fieldkeydetail::indexWhere(probe, [address](const char *, const void *m) { return m == address; });
    return {&fieldkeydetail::typeTag<T>, index};
}

// The key of the top-level field a YAML path starts in: "security.audit_log"
// on an element gives fieldKey(&Element::security). Invalid for an empty or
// unknown path.
template <class T>
    requires Described<T>
FieldKey fieldKeyOfPath(const QString &path)
{
    const QStringView top = QStringView(path).left(path.indexOf(u'.'));  // left(-1) is the whole path
    const int index = fieldkeydetail::indexWhere(T{}, [top](const char *name, const void *) {
        return top == QLatin1String(name);
    });
    return {&fieldkeydetail::typeTag<T>, index};
}

inline FieldKey fieldKeyOfPath(Collection c, const QString &path)
{
    return withCollectionType(c, [&](auto tag) { return fieldKeyOfPath<typename decltype(tag)::type>(path); });
}

}  // namespace lintel
