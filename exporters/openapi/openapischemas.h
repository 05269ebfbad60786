#pragma once
// The contract's schemas as OpenAPI components. Field types in the model are
// free text ("string", "integer", "Order", ...); this maps them to JSON
// Schema and keeps component names within what OpenAPI allows.
#include "model/types.h"

#include <nlohmann/json.hpp>

#include <QMap>
#include <QString>
#include <QStringList>

namespace lintel::openapi {

class SchemaSet {
public:
    explicit SchemaSet(const Api &api);

    // A `$ref` to the component for `modelName`. A name the contract does not
    // define gets an empty object component and a note.
    nlohmann::ordered_json refTo(const QString &modelName);

    // `components.schemas`, in model order, then the placeholders. Call last.
    nlohmann::ordered_json components();

    const QStringList &notes() const { return m_notes; }

private:
    QString componentName(const QString &modelName);
    nlohmann::ordered_json fieldSchema(const QString &schema, const QString &field, const QString &type);

    const Api &m_api;
    QMap<QString, QString> m_names;  // model name -> component name
    QStringList m_undefined;         // referenced but not defined, in order of use
    QStringList m_notes;
};

}  // namespace lintel::openapi
