#pragma once
// Which YAML scalar style keeps a string exactly as it is, and the text of
// the quoted and literal styles. Separate from the writer so each rule can be
// tested and explained on its own.
#include <QByteArray>
#include <QString>

namespace lintel::yaml {

enum class ScalarPlace { Block, Flow };  // a mapping value or key / an item of [a, b]

// The text can stand unquoted at `place` without breaking the syntax
// (no leading indicator, no ": " or " #", no edge spaces, no control
// characters; in flow also no , [ ] { } : ?).
bool plainSyntaxAllowed(const QString &text, ScalarPlace place);

// Unquoted, the text would read as no value at all (~, null, Null, NULL).
bool readsAsNull(const QString &text);

// An `x-` scalar that was plain in the file is written plain again, so a
// number stays a number; this says when it cannot be (plain would break the
// syntax or read as null) and must be quoted to keep its text. The reader
// marks such scalars quoted when it reads them, so both sides agree.
bool extensionNeedsQuotes(const QString &text);

// Whether the reader of the text turns 2024-05-01 into a date.
enum class DateReading {
    AsText,       // yaml-cpp and YAML 1.2: Lintel's own files, where `date: 2024-05-01` is what people write
    AsTimestamp,  // YAML 1.1 readers (PyYAML, js-yaml's default schema): files for other people's tools
};

// Unquoted, a YAML reader would take the text as null, a boolean or a
// number (YAML 1.1 and 1.2 spellings both count, to be safe with any tool),
// or, for `AsTimestamp`, as a YAML 1.1 timestamp (2024-05-01,
// 2024-05-01T10:00:00Z).
bool readsAsNonString(const QString &text, DateReading dates);

// Multi-line text that a literal block keeps byte for byte.
bool literalBlockAllowed(const QString &text);

QByteArray doubleQuoted(const QString &text);

// `text` with every unpaired surrogate replaced by U+FFFD: a surrogate
// half has no UTF-8 form. The writer decides the style on this text, so the
// first save and every later one write the same bytes.
QString withoutLoneSurrogates(const QString &text);

// The literal block for `text` (header line included, starting with "|"),
// its lines indented to column `contentIndent`.
QByteArray literalBlock(const QString &text, int contentIndent);

}  // namespace lintel::yaml
