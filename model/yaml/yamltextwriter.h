#pragma once
// Writes canonical block-style YAML text: 2-space indentation, sequences
// indented under their key, `- ` items carrying their first key on the same
// line, and each scalar in the one style that reads back exactly:
//   plain             when nothing in it could be misread,
//   "double quoted"   when it would read as another type or breaks the syntax,
//   | literal block   for multi-line text (with the chomping and indentation
//                     indicators needed to keep every newline and space).
//
// Why not YAML::Emitter: yaml-cpp 0.7 cannot write `|-` / `|+`, so text
// without a final newline came back with one; it writes a blank line after
// literal blocks, puts `{}` on its own line, prints 0.1 as
// 0.10000000000000001 and writes "true" or "123" unquoted. The output is
// read back by tests with the model reader (libyaml) and with yaml-cpp.
//
// Not only for models: the OpenAPI exporter writes its documents through it
// too, so Lintel has one quoting policy (ADR 0022).
#include "model/yaml/scalarstyle.h"
#include "model/yamlvalue.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <string_view>

namespace lintel::yaml {

class YamlTextWriter {
public:
    // `AsText` for files Lintel reads back (dates stay plain, as people
    // write them); `AsTimestamp` for files other tools read.
    explicit YamlTextWriter(DateReading dates = DateReading::AsText) : m_dates(dates) {}

    // `key:` with the key at column `indent` (or right after a pending `- `).
    void key(int indent, std::string_view plainKey);
    void key(int indent, const QString &anyKey);  // quoted when needed

    // Values, written after key() or item(). `indent` is the column of that
    // key or dash; nested content goes two columns further.
    void text(const QString &value, int indent);           // any string: quoted only when needed
    void raw(std::string_view plainValue);                 // true, 12, an enum name
    void flowList(const QStringList &items);               // [a, b]
    void flowNumbers(std::initializer_list<double> numbers);  // [12, 12.5]
    void emptyMapping();                                   // {}
    void emptySequence();                                  // []
    void extension(const YamlValue &value, int indent);    // an `x-` value, any shape

    // Ends a key line before a nested block mapping or sequence. After a
    // `- ` it does nothing: the nested mapping starts on the dash's line.
    void beginBlock();
    // `-` at column `indent`; the item's value follows.
    void item(int indent);

    QByteArray take() { return std::move(m_out); }

private:
    void startLine(int indent);
    void scalar(const QString &value, int indent, bool quoted);
    bool mustQuote(const QString &text, ScalarPlace place) const;

    QByteArray m_out;
    DateReading m_dates;
    bool m_afterDash = false;
};

}  // namespace lintel::yaml
