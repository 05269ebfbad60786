#include "app/cli/jsonstream.h"

#include "app/cli/standardoutput.h"

#include <QStringEncoder>
#include <string>

namespace lintel::cli {

namespace {

constexpr int kIndent = 2;  // as dump(2)

bool writeNewLineAt(int depth)
{
    static constexpr std::string_view kNewLineAndIndent = "\n                                ";
    const std::size_t length = 1 + std::size_t(depth * kIndent);
    if (length <= kNewLineAndIndent.size())
        return writeStdout(kNewLineAndIndent.substr(0, length));
    return writeStdout('\n' + std::string(length - 1, ' '));
}

}  // namespace

bool writeJsonAt(const Json &value, int depth)
{
    // Json::dump() would do the same work but always starts at depth 0 and
    // sets up a new serializer (and its buffers) on every call. A report
    // writes tens of thousands of values, so one serializer, with one
    // reused buffer, dumps them all, each starting at its own depth. This is
    // the serializer dump() itself uses; its interface has been stable
    // through nlohmann 3.x, and tests/cli compares every report byte for
    // byte with dump(2) of the whole document.
    struct Dumper {
        std::string buffer;
        nlohmann::detail::serializer<Json> serializer{nlohmann::detail::output_adapter<char>(buffer), ' ',
                                                      Json::error_handler_t::replace};
    };
    static Dumper dumper;
    dumper.buffer.clear();
    // Malformed UTF-8 from a model becomes U+FFFD rather than an exception.
    dumper.serializer.dump(value, true, false, kIndent, unsigned(depth * kIndent));
    return writeStdout(dumper.buffer);
}

void setUtf8(Json &slot, QStringView text)
{
    if (!slot.is_string())
        slot = std::string();
    std::string &bytes = slot.get_ref<std::string &>();
    // Stateless: a lone surrogate at the end becomes U+FFFD instead of being
    // held back for a next call that never comes.
    QStringEncoder toUtf8(QStringEncoder::Utf8, QStringConverter::Flag::Stateless);
    bytes.resize(std::size_t(toUtf8.requiredSpace(text.size())));
    const char *end = toUtf8.appendToBuffer(bytes.data(), text);
    bytes.resize(std::size_t(end - bytes.data()));
}

void setUtf8List(Json &slot, const QStringList &texts)
{
    if (!slot.is_array())
        slot = Json::array();
    Json::array_t &items = slot.get_ref<Json::array_t &>();
    items.resize(std::size_t(texts.size()));
    for (std::size_t i = 0; i < items.size(); ++i)
        setUtf8(items[i], texts[qsizetype(i)]);
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
