#include "exporters/openapi/jsonasyaml.h"

#include "model/yaml/scalartext.h"
#include "model/yaml/yamltextwriter.h"

#include <QStringDecoder>

#include <cstdint>
#include <string>

namespace lintel::openapi {

namespace {

using Json = nlohmann::ordered_json;

// QString::fromUtf8 would drop a leading U+FEFF as a byte order mark; in a
// JSON string it is text.
QString text(const std::string &utf8)
{
    QStringDecoder decode(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return decode(QByteArrayView(utf8.data(), qsizetype(utf8.size())));
}

// The value of the key or `- ` just written; `indent` is that key's or
// dash's column.
void writeValue(yaml::YamlTextWriter &out, const Json &value, int indent)
{
    switch (value.type()) {
    case Json::value_t::object:
        if (value.empty())
            return out.emptyMapping();
        out.beginBlock();
        for (const auto &[key, member] : value.items()) {
            out.key(indent + 2, text(key));
            writeValue(out, member, indent + 2);
        }
        return;
    case Json::value_t::array:
        if (value.empty())
            return out.emptySequence();
        out.beginBlock();
        for (const Json &item : value) {
            out.item(indent + 2);
            writeValue(out, item, indent + 2);
        }
        return;
    case Json::value_t::string:
        return out.text(text(value.get_ref<const std::string &>()), indent);
    case Json::value_t::boolean:
        return out.raw(value.get<bool>() ? "true" : "false");
    case Json::value_t::number_integer:
        return out.raw(std::to_string(value.get<std::int64_t>()));
    case Json::value_t::number_unsigned:
        return out.raw(std::to_string(value.get<std::uint64_t>()));
    case Json::value_t::number_float:
        return out.raw(yaml::formatNumber(value.get<double>()).toStdString());
    case Json::value_t::null:
    case Json::value_t::binary:
    case Json::value_t::discarded:
        return out.raw("null");
    }
}

}  // namespace

QByteArray jsonAsYaml(const nlohmann::ordered_json &object)
{
    // The readers of an OpenAPI document are other people's tools, some of
    // them YAML 1.1 readers: to them an unquoted 2024-05-01 is a date.
    yaml::YamlTextWriter out(yaml::DateReading::AsTimestamp);
    for (const auto &[key, value] : object.items()) {
        out.key(0, text(key));
        writeValue(out, value, 0);
    }
    return out.take();
}

}  // namespace lintel::openapi
