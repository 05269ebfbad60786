#pragma once
// Chooses the editor widget for one field from its FieldInfo and the hints.
#include "model/document/fieldaccess.h"
#include "views/panels/fieldhints.h"

#include <QList>
#include <functional>
#include <map>

namespace lintel {

class FieldEditor;

// Builds a dedicated editor for a structured field (operations table...).
using EditorFactory = std::function<FieldEditor *(QWidget *parent)>;
// The ids a picker offers, by collection (empty list: any collection).
using IdSource = std::function<QStringList(const QList<Collection> &collections)>;
// What a picker shows for an id: the object's name (empty: ids as they are).
using NameSource = std::function<QString(const QString &id)>;

struct EditorContext {
    FormSubject subject;
    IdSource ids;
    std::map<QString, EditorFactory> customEditors;  // by path
    NameSource names;
};

// nullptr for Object fields, which are sections rather than editors.
FieldEditor *createFieldEditor(const FieldInfo &field, const EditorContext &context, QWidget *parent);

}  // namespace lintel
