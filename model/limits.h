#pragma once
// The limits every form of a model agrees on (ADR 0013). The YAML reader
// refuses what is past them, with a message at the place; the YAML writer
// and the .lintel snapshot codec can therefore take anything the reader
// hands out, and the snapshot decoder checks the same numbers, counted the
// same way, so a revision that was saved can always be read back.
//
// One header, so that the reader and the decoder cannot drift apart again:
// they once allowed 201 and 200 levels, and a model that loaded from YAML
// was saved into a revision that could no longer be opened.
#include <cstdint>

namespace lintel::limits {

// How deep an `x-` value may nest. The value of an `x-` key is level 1;
// every list or mapping adds a level for what it holds. So `x-a: 1` uses one
// level and `x-a: [1]` two (the list, then its item). Lintel's own keys have
// a fixed shape; only `x-` values can nest as deep as someone writes them.
inline constexpr int kMaxExtensionDepth = 200;

// The largest model, in bytes of YAML text. Aliases count too: the text an
// alias copies is added to the file's size, so a small file cannot expand
// into a huge model. 128 MiB is twice the XL benchmark model (50,000
// elements, 200,000 flows: 65 MiB, docs/performance.md) and keeps every
// snapshot below the 2 GiB that the codec's int-sized writes and qCompress
// can hold: before compression a snapshot takes at most about ten bytes for
// each byte of YAML (the worst case is an `x-` flow mapping of one-letter
// keys without values, `{a, b, c}`: 19 bytes for every two).
inline constexpr std::int64_t kMaxModelBytes = std::int64_t(128) * 1024 * 1024;

// How many nodes aliases may add as copies, wherever they point. Stops the
// "billion laughs" file, whose few lines of aliases describe an
// exponentially large tree.
inline constexpr std::uint64_t kMaxAliasCopies = 1'000'000;

// YAML parsers (libyaml, yaml-cpp) refuse an implicit key (`key: value`)
// longer than 1024 characters. The writer switches to the explicit form (`? key` on its own
// line, then `: value`) before that, counting the key as written (quotes
// and escapes included).
inline constexpr int kMaxImplicitKeyBytes = 1000;

// The YAML reader stops parsing at this nesting depth (readers of the tree
// recurse, so the depth is bounded). The deepest place an `x-` key can appear is five containers
// down (the top level, `apis`, an API, its `operations`, an operation), so
// anything within kMaxExtensionDepth parses; past it, the reader's message
// names the real limit.
inline constexpr int kYamlParserDepth = 500;
inline constexpr int kDeepestExtensionKey = 5;
static_assert(kDeepestExtensionKey + kMaxExtensionDepth < kYamlParserDepth,
              "every x- value Lintel accepts must be within what the YAML reader parses");

}  // namespace lintel::limits
