#include "model/style/elementindex.h"

namespace lintel {

ElementIndex::ElementIndex(const Model &model)
{
    m_byId.reserve(qsizetype(model.elements.size()));
    for (const Element &e : model.elements)
        if (!m_byId.contains(e.id))  // duplicate ids: the first one wins
            m_byId.insert(e.id, &e);
}

}  // namespace lintel
