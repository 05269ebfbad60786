#pragma once
// What a pack rule looks at (`for:`), and one object of it. Most subjects
// are collections of the model. An API's operations are not: their ids are
// unique only within their API, so they are addressed through it, as
// (API position, operation position).
#include "model/document/collections.h"

#include <QString>

namespace lintel::packs {

struct Subject {
    Collection collection = Collection::Elements;
    bool operations = false;  // the operations of every API (collection is Apis)

    Subject() = default;
    Subject(Collection c) : collection(c) {}  // NOLINT: a collection is a subject
    static Subject apiOperations()
    {
        Subject s(Collection::Apis);
        s.operations = true;
        return s;
    }
    friend bool operator==(const Subject &, const Subject &) = default;
};

// "element", "flow", ..., "operation": for messages.
inline QString subjectName(const Subject &subject)
{
    return subject.operations ? QStringLiteral("operation") : collectionName(subject.collection);
}

// An object of the model by collection and position in it; for an
// operation, `index` is its API's position and `operation` its own.
struct ObjectAt {
    Collection collection = Collection::Elements;
    int index = -1;
    int operation = -1;

    Subject subject() const
    {
        return operation >= 0 ? Subject::apiOperations() : Subject(collection);
    }
};

}  // namespace lintel::packs
