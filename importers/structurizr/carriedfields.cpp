#include "importers/structurizr/carriedfields.h"

#include "model/compare/sections.h"

namespace lintel::structurizr {

namespace {

const QString kProperties = QStringLiteral("x-structurizr-properties");

TextProperties textOf(const YamlValue &mapping)
{
    TextProperties out;
    for (const auto &[key, value] : mapping.entries)
        out.emplace_back(key, value.scalar);
    return out;
}

}  // namespace

QString CarriedFields::id() const
{
    for (const auto &[key, value] : fields)
        if (key == u"lintel.id")
            return value;
    return {};
}

CarriedFields takeCarriedFields(const Extras &extras)
{
    CarriedFields out;
    for (const auto &[key, value] : extras) {
        if (key != kProperties) {
            out.rest.emplace_back(key, value);
            continue;
        }
        YamlValue others = value;
        others.entries.clear();
        for (const auto &entry : value.entries) {
            if (isFieldPropertyKey(entry.first))
                out.fields.emplace_back(entry.first, entry.second.scalar);
            else
                others.entries.push_back(entry);
        }
        if (!others.entries.empty())
            out.rest.emplace_back(key, others);
    }
    return out;
}

TextProperties environmentFields(const Extras &workspaceProperties, const QString &environment)
{
    const QString prefix = QStringLiteral("lintel.environment[%1].").arg(environment);
    TextProperties out;
    for (const auto &[key, value] : workspaceProperties)
        if (key == kProperties)
            for (const auto &[name, text] : textOf(value))
                if (name.startsWith(prefix))
                    out.emplace_back(QStringLiteral("lintel.") + name.mid(prefix.size()), text);
    return out;
}

void applyCarriedFields(Model &model, const QString &section, int index, const TextProperties &fields)
{
    if (fields.empty())
        return;
    const SectionAccess *access = findSection(section);
    FlatFields flat = access->flatten(model, index);
    applyFieldProperties(flat, fields);
    // A value that does not fit its field (a kind Lintel does not know) leaves
    // the object as the mapping made it: better a plain service than no import.
    access->replaceFlat(model, index, flat);
}

}  // namespace lintel::structurizr
