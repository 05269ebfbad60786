#pragma once
// Everything Lintel knows about one element kind, in one row: its YAML
// spelling (also the word in labels and rule messages), the group the rules
// speak of, the shape and colours every diagram draws, and where and how the
// palette offers it. Adding a kind means adding its enumerator in
// model/enums.h and its row here; the static_asserts below refuse to compile
// a table that misses a kind, lists one out of order or leaves a palette gap.
//
// Plain constexpr data (no Qt) so model/enums.h can take the YAML spellings
// from here: this header is included at the end of enums.h, and includes it
// back for the enum (#pragma once makes either order work).
#include "model/enums.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace lintel {

// The outline a kind is drawn with. Each shape is painted once, in
// views/canvas/elementpainter.cpp, and mapped to a Graphviz and a Mermaid
// shape in the exporters.
enum class NodeShape {
    Rounded,    // service: a rounded box
    Box,        // worker: a plain box
    Component,  // function: a box with component tabs
    Hexagon,    // gateway
    Cylinder,   // datastore, cache
    Queue,      // queue: a box open towards its consumers
    Actor,      // person: a stick figure / rounded person badge
    Screen,     // client: a screen-like box
    DoubleBox,  // external system: a box with a double border
};

// The kind groups the rules reason about (isCompute, isStore, isActor).
enum class KindGroup {
    Actor,    // people and systems at the edge: person, client, external
    Compute,  // runs code we own: gateway, service, function, worker
    Store,    // holds data: datastore, cache, queue
};

struct ElementKindRow {
    ElementKind kind;
    std::string_view name;  // YAML spelling; "«name»" on nodes, "name id" in messages
    KindGroup group;
    NodeShape shape;
    std::uint32_t fill;     // 0xRRGGBB, a light tint...
    std::uint32_t stroke;   // ...and the dark shade of the same hue
    int palettePosition;    // 0 = first in the palette
    std::string_view hint;  // the palette's tooltip
};

// One row per ElementKind, in enum order. Black text on every fill passes
// WCAG AAA (tst_diagrams checks the contrast). The palette lists kinds the
// way a system is usually drawn: outside in, from people to storage.
inline constexpr auto kElementKinds = std::to_array<ElementKindRow>({
    {ElementKind::Person, "person", KindGroup::Actor, NodeShape::Actor, 0xfde7c8, 0xa35a00, 0,
     "A user or operator: someone, not something"},
    {ElementKind::Client, "client", KindGroup::Actor, NodeShape::Screen, 0xe8dcf4, 0x5e3a8c, 1,
     "A browser app, mobile app or desktop client"},
    {ElementKind::Gateway, "gateway", KindGroup::Compute, NodeShape::Hexagon, 0xfff1b0, 0x7a5f00, 3,
     "An API gateway, load balancer or reverse proxy"},
    {ElementKind::Service, "service", KindGroup::Compute, NodeShape::Rounded, 0xd5e8f7, 0x1f5c94, 4,
     "A deployable service that runs your code"},
    {ElementKind::Function, "function", KindGroup::Compute, NodeShape::Component, 0xd7f0e1, 0x1b6e3f, 5,
     "A serverless function"},
    {ElementKind::Worker, "worker", KindGroup::Compute, NodeShape::Box, 0xdde3f6, 0x37498a, 6,
     "A background worker or batch job"},
    {ElementKind::Datastore, "datastore", KindGroup::Store, NodeShape::Cylinder, 0xf8d8d0, 0x9c3a1f, 8,
     "A database or object store"},
    {ElementKind::Cache, "cache", KindGroup::Store, NodeShape::Cylinder, 0xfbe1ec, 0x982d62, 9,
     "A cache: Redis, Memcached"},
    {ElementKind::Queue, "queue", KindGroup::Store, NodeShape::Queue, 0xd9f1ee, 0x00645a, 7,
     "A queue or topic: Kafka, SQS, RabbitMQ"},
    {ElementKind::External, "external", KindGroup::Actor, NodeShape::DoubleBox, 0xe6e6e6, 0x4d4d4d, 2,
     "A system outside your control: a SaaS, a partner, a bank"},
});

namespace kindtable {

constexpr bool rowsFollowTheEnum()
{
    for (std::size_t i = 0; i < kElementKinds.size(); ++i)
        if (std::size_t(kElementKinds[i].kind) != i)
            return false;
    return true;
}

constexpr bool namesAreSetAndUnique()
{
    for (std::size_t i = 0; i < kElementKinds.size(); ++i) {
        if (kElementKinds[i].name.empty() || kElementKinds[i].hint.empty())
            return false;
        for (std::size_t j = i + 1; j < kElementKinds.size(); ++j)
            if (kElementKinds[i].name == kElementKinds[j].name)
                return false;
    }
    return true;
}

// Every palette position 0..n-1 is taken exactly once.
constexpr bool paletteIsAPermutation()
{
    std::array<int, kElementKinds.size()> taken{};
    for (const ElementKindRow &row : kElementKinds) {
        if (row.palettePosition < 0 || std::size_t(row.palettePosition) >= taken.size())
            return false;
        if (taken[std::size_t(row.palettePosition)]++)
            return false;
    }
    return true;
}

constexpr auto yamlNames()
{
    std::array<std::string_view, kElementKinds.size()> names{};
    for (std::size_t i = 0; i < names.size(); ++i)
        names[i] = kElementKinds[i].name;
    return names;
}

}  // namespace kindtable

static_assert(kElementKinds.size() == kElementKindCount,
              "every ElementKind needs exactly one row in kElementKinds");
static_assert(kindtable::rowsFollowTheEnum(), "kElementKinds rows must be in ElementKind order");
static_assert(kindtable::namesAreSetAndUnique(), "each kind needs its own name and a palette hint");
static_assert(kindtable::paletteIsAPermutation(), "palette positions must be 0..n-1, each used once");

// The YAML spellings are the table's name column.
template <> struct EnumTraits<ElementKind> {
    static constexpr auto names = kindtable::yamlNames();
};

constexpr const ElementKindRow &kindRow(ElementKind kind)
{
    return kElementKinds[std::size_t(kind)];
}

// The kinds in palette order.
constexpr std::array<ElementKind, kElementKinds.size()> paletteKinds()
{
    std::array<ElementKind, kElementKinds.size()> order{};
    for (const ElementKindRow &row : kElementKinds)
        order[std::size_t(row.palettePosition)] = row.kind;
    return order;
}

}  // namespace lintel
