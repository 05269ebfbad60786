#include "exporters/openapi/yamltext.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>
#include <regex>
#include <string>

namespace lintel::openapi {

namespace {

bool isReservedWord(const std::string &s)
{
    static const char *const words[] = {"true", "false", "yes", "no", "on", "off", "null", "y", "n", "~"};
    std::string lower = s;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return std::any_of(std::begin(words), std::end(words), [&](const char *w) { return lower == w; });
}

// Conservative: plain only for identifiers, paths and simple words.
bool canBePlain(const std::string &s)
{
    static const std::regex plain("^[A-Za-z_/$][A-Za-z0-9_./{}$()+-]*( [A-Za-z0-9_./{}$()+-]+)*$");
    return !s.empty() && !isReservedWord(s) && std::regex_match(s, plain);
}

void emitString(YAML::Emitter &out, const std::string &s)
{
    if (canBePlain(s))
        out << s;
    else
        out << YAML::DoubleQuoted << s;
}

void emitNode(YAML::Emitter &out, const nlohmann::ordered_json &node)
{
    using Json = nlohmann::ordered_json;
    switch (node.type()) {
    case Json::value_t::object:
        if (node.empty()) {
            out << YAML::Flow << YAML::BeginMap << YAML::EndMap;
            return;
        }
        out << YAML::BeginMap;
        for (const auto &[key, value] : node.items()) {
            out << YAML::Key;
            emitString(out, key);
            out << YAML::Value;
            emitNode(out, value);
        }
        out << YAML::EndMap;
        return;
    case Json::value_t::array:
        if (node.empty()) {
            out << YAML::Flow << YAML::BeginSeq << YAML::EndSeq;
            return;
        }
        out << YAML::BeginSeq;
        for (const auto &item : node)
            emitNode(out, item);
        out << YAML::EndSeq;
        return;
    case Json::value_t::string:
        emitString(out, node.get<std::string>());
        return;
    case Json::value_t::boolean:
        out << node.get<bool>();
        return;
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
        out << node.get<long long>();
        return;
    case Json::value_t::number_float:
        out << node.get<double>();
        return;
    default:
        out << YAML::Null;
        return;
    }
}

}  // namespace

QByteArray toYaml(const nlohmann::ordered_json &document)
{
    YAML::Emitter out;
    out.SetIndent(2);
    out.SetBoolFormat(YAML::TrueFalseBool);
    out.SetNullFormat(YAML::LowerNull);
    emitNode(out, document);
    QByteArray bytes(out.c_str(), qsizetype(out.size()));
    if (!bytes.endsWith('\n'))
        bytes += '\n';
    return bytes;
}

}  // namespace lintel::openapi
