#include "app/cli/jsonstream.h"

#include "app/cli/standardoutput.h"

#include <string>

namespace lintel::cli {

namespace {

constexpr int kIndent = 2;  // as dump(2)

bool writeNewLineAt(int depth)
{
    const std::string line = '\n' + std::string(std::size_t(depth * kIndent), ' ');
    return writeStdout(line);
}

}  // namespace

bool writeJsonAt(const Json &value, int depth)
{
    // Malformed UTF-8 from a model becomes U+FFFD rather than an exception.
    const std::string text = value.dump(kIndent, ' ', false, Json::error_handler_t::replace);
    if (depth == 0)
        return writeStdout(text);
    // Newlines in dump() output only ever separate lines: inside strings
    // they are escaped. So each line after the first moves right by depth.
    const std::string indent(std::size_t(depth * kIndent), ' ');
    std::string_view rest(text);
    for (std::size_t newline = rest.find('\n'); newline != std::string_view::npos; newline = rest.find('\n')) {
        if (!writeStdout(rest.substr(0, newline + 1)) || !writeStdout(indent))
            return false;
        rest.remove_prefix(newline + 1);
    }
    return writeStdout(rest);
}

bool JsonArrayWriter::add(const Json &element)
{
    if (!writeStdout(m_empty ? std::string_view("[") : std::string_view(",")) || !writeNewLineAt(m_depth + 1))
        return false;
    m_empty = false;
    return writeJsonAt(element, m_depth + 1);
}

bool JsonArrayWriter::finish()
{
    if (m_empty)
        return writeStdout(std::string_view("[]"));
    return writeNewLineAt(m_depth) && writeStdout(std::string_view("]"));
}

}  // namespace lintel::cli
