#include "views/panels/editorfactory.h"

#include "views/panels/basiceditors.h"
#include "views/panels/listeditors.h"
#include "views/panels/structuredsummary.h"

namespace lintel {

namespace {

CandidateSource idsOf(const EditorContext &context, const QList<Collection> &collections)
{
    if (!context.ids)
        return {};
    return [ids = context.ids, collections] { return ids(collections); };
}

FieldEditor *createTextEditor(const FieldInfo &field, const EditorContext &context, QWidget *parent)
{
    const FormSubject subject = context.subject;
    if (field.flags & IsId)
        return new IdFieldEditor(parent);
    if (field.flags & IsDate)
        return new DateFieldEditor(parent);
    if (isMultiLineField(subject, field.path))
        return new MultiLineFieldEditor(parent);
    if (const ReferenceHint ref = referenceHint(subject, field.path); ref.isReference) {
        auto *choice = new ChoiceFieldEditor(idsOf(context, ref.collections), false, parent);
        choice->setNames(context.names);  // names for people; the value stays the id
        return choice;
    }
    if (const QStringList suggestions = suggestionsFor(subject, field.path); !suggestions.isEmpty())
        return new ChoiceFieldEditor([suggestions] { return suggestions; }, true, parent);
    auto *editor = new TextFieldEditor(parent);
    editor->setPlaceholder(placeholderFor(subject, field.path));
    return editor;
}

}  // namespace

FieldEditor *createFieldEditor(const FieldInfo &field, const EditorContext &context, QWidget *parent)
{
    FieldEditor *editor = nullptr;
    switch (field.type) {
    case FieldType::Text:
        editor = createTextEditor(field, context, parent);
        break;
    case FieldType::Bool:
        editor = new BoolFieldEditor(parent);
        break;
    case FieldType::Integer:
        editor = new IntegerFieldEditor(parent);
        break;
    case FieldType::Enum:
        editor = new EnumFieldEditor(field.enumValues, field.optionalEnum, parent);
        break;
    case FieldType::StringList: {
        const ReferenceHint ref = referenceHint(context.subject, field.path);
        auto *list = new StringListFieldEditor(ref.isReference ? idsOf(context, ref.collections) : CandidateSource{},
                                               parent);
        if (const QString placeholder = placeholderFor(context.subject, field.path); !placeholder.isEmpty())
            list->setPlaceholder(placeholder);
        editor = list;
        break;
    }
    case FieldType::Object:
        return nullptr;
    case FieldType::Structured:
        if (const auto it = context.customEditors.find(field.path); it != context.customEditors.end())
            editor = it->second(parent);
        else
            editor = new StructuredSummary(field.path,
                                           field.path == u"operations" || field.path == u"schemas"
                                               || field.path == u"options",
                                           parent);
        break;
    }
    editor->setObjectName(QStringLiteral("field:") + field.path);
    editor->setToolTip(toolTipFor(context.subject, field.path));
    if (isReadOnlyField(context.subject, field.path))
        editor->setReadOnly(true);
    return editor;
}

}  // namespace lintel
