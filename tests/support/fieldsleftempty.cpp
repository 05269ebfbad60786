// fieldsLeftEmpty(): which fields of the fixture hold nothing, found by
// walking describe.h so new fields are noticed without touching this file.
#include "tests/support/fullmodel.h"

#include "model/describe.h"

namespace lintel::test {

namespace {

// Visits the first object of every list, which the fixture fills completely.
// A QString counts as set when it is not null, so "" (kept apart from null
// by the codec) is a value.
struct EmptyFieldFinder {
    QString path;
    QStringList *empty;

    void note(const char *name, bool isEmpty)
    {
        if (isEmpty)
            empty->append(path + QLatin1String(name));
    }
    template <class T> void operator()(const char *name, const T &value, unsigned = NoFlags)
    {
        if constexpr (Described<T>) {
            if (value.extras.empty())
                empty->append(path + QLatin1String(name) + QLatin1String(".x-*"));
            EmptyFieldFinder inner{path + QLatin1String(name) + QLatin1Char('.'), empty};
            describe(inner, value);
        } else if constexpr (requires { value.front().extras; }) {  // std::vector of structs
            note(name, value.empty());
            if (!value.empty())
                (*this)(name, value.front());
        } else if constexpr (requires { value.has_value(); }) {
            note(name, !value.has_value());
        } else if constexpr (requires { value.isNull(); }) {  // QString
            note(name, value.isNull());
        } else if constexpr (requires { value.empty(); }) {  // lists and ordered maps
            note(name, value.empty());
        }
    }
};

}  // namespace

QStringList fieldsLeftEmpty(const Model &model)
{
    QStringList empty;
    EmptyFieldFinder finder{QString(), &empty};
    describe(finder, model);
    return empty;
}

}  // namespace lintel::test
