#pragma once
// "An import owns the fields it sets": when a re-import updates an object,
// fields the source leaves empty keep what the model has (a zone or team the
// user gave an imported element survives the next import). A visitor over
// describe(), so every field, present and future, follows the rule.
#include "model/describe.h"
#include "model/yaml/modelwriter.h"

#include <type_traits>
#include <vector>

namespace lintel {

template <Described T> void keepFieldsTheImportLeavesEmpty(T &imported, const T &existing)
{
    // describe() visits the fields of two objects of one type in the same
    // order, so the n-th member of one is the n-th of the other.
    std::vector<const void *> old;
    auto collect = [&](const char *, const auto &member, unsigned = NoFlags) { old.push_back(&member); };
    describe(collect, existing);
    std::size_t i = 0;
    auto fill = [&](const char *, auto &member, unsigned flags = NoFlags) {
        using M = std::remove_cvref_t<decltype(member)>;
        const M &previous = *static_cast<const M *>(old[i++]);
        if (!(flags & IsId) && yaml::ModelWriter::isEmpty(member))
            member = previous;
    };
    describe(fill, imported);
}

}  // namespace lintel
