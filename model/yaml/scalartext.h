#pragma once
// Conversions between YAML scalar text and the values the model holds, shared
// by the reader and the writer so both agree on every spelling.
#include <QString>
#include <optional>
#include <string_view>

namespace lintel::yaml {

// `true`/`false` (also True/TRUE/False/FALSE, as YAML 1.2 allows). `yes`,
// `on` and friends are refused: they are YAML 1.1 and surprise people.
std::optional<bool> parseBool(std::string_view text);

// A whole decimal number that fits an int, optionally signed.
std::optional<int> parseInt(std::string_view text);

// A decimal or exponent number, or .inf / -.inf / .nan.
std::optional<double> parseNumber(std::string_view text);

// Written like a decimal or exponent number, but beyond what a double
// holds (1e999, or so small it would round to zero).
bool isOutOfRangeNumber(std::string_view text);

// The shortest text that reads back as exactly `value` (12, 12.5, 1e+21).
QString formatNumber(double value);

// `^[a-z0-9]+(-[a-z0-9]+)*$`
bool isKebabCaseId(const QString &id);

// YYYY-MM-DD naming a real calendar date.
bool isIsoDate(const QString &text);

}  // namespace lintel::yaml
