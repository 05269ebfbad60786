#pragma once
// Finds a model's elements by id in constant time. Styling a diagram asks
// "which element is this flow's end?" once or twice per flow; a linear search
// over thousands of elements per flow made that the slowest part of drawing
// large models. Build one index per styling pass and ask it instead.
//
// The index points into the Model it was built from: keep the model alive
// and its element list unchanged while using it (rebuild after edits).
#include "model/types.h"

#include <QHash>
#include <QString>

namespace lintel {

class ElementIndex {
public:
    explicit ElementIndex(const Model &model);

    // The first element (in model order) with this id, as a linear search
    // would find it when ids repeat; nullptr when there is none.
    const Element *find(const QString &id) const { return m_byId.value(id, nullptr); }

private:
    QHash<QString, const Element *> m_byId;
};

}  // namespace lintel
