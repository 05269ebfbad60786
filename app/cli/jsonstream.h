#pragma once
// Pretty-printed JSON written to stdout piece by piece, so a report of tens
// of thousands of findings never exists whole in memory (ADR 0016). The
// caller writes the envelope (fixed keys and brackets); every value inside
// is a small nlohmann object, escaped and dumped by the library and indented
// here to its depth. The bytes equal nlohmann's dump(2) of the whole
// document.
#include <QString>
#include <QStringList>
#include <nlohmann/json.hpp>

namespace lintel::cli {

using Json = nlohmann::ordered_json;

// Writes `value` as dump(2) of a whole document would show it at nesting
// `depth` (0: the document itself). Its first line is not indented: the
// caller has written what stands before it, e.g. `"key": `. False once
// stdout has failed.
bool writeJsonAt(const Json &value, int depth);

// Make `slot` the string `text` (as UTF-8), or the array of strings `texts`,
// reusing the buffers already there. A report fills one object per finding
// in place this way, so it allocates next to nothing per finding.
void setUtf8(Json &slot, QStringView text);
void setUtf8List(Json &slot, const QStringList &texts);

// A JSON array at nesting `depth` whose elements arrive one at a time.
class JsonArrayWriter {
public:
    explicit JsonArrayWriter(int depth) : m_depth(depth) {}
    bool add(const Json &element);
    // Writes the closing bracket (or `[]` when nothing was added).
    bool finish();

private:
    int m_depth;
    bool m_empty = true;
};

}  // namespace lintel::cli
