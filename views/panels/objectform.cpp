#include "views/panels/objectform.h"

#include "model/types.h"
#include "views/panels/basiceditors.h"
#include "views/panels/fieldeditor.h"
#include "views/panels/fieldhints.h"
#include "views/panels/structuredsummary.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace lintel {

namespace {

std::vector<FieldInfo> fieldsOf(FormSubject subject)
{
    if (!subject)
        return listFields<System>();
    return withCollectionType(*subject, [](auto tag) { return listFields<typename decltype(tag)::type>(); });
}

// "security.rate_limited" -> "security"; "" for top-level fields.
QString objectPrefix(const QString &path)
{
    const qsizetype dot = path.indexOf(u'.');
    return dot < 0 ? QString() : path.left(dot);
}

bool isWide(const FieldInfo &field, const FieldEditor *editor)
{
    // Tables need the whole width; their title is the section's.
    return field.type == FieldType::Structured && !qobject_cast<const StructuredSummary *>(editor);
}

}  // namespace

ObjectForm::ObjectForm(FormSubject subject, Options options, QWidget *parent)
    : QWidget(parent), m_subject(subject)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    const EditorContext context{subject, options.ids, options.customEditors, options.names};
    for (const FieldInfo &field : fieldsOf(subject)) {
        if (options.hiddenPaths.contains(field.path) || field.type == FieldType::Object)
            continue;
        const QString prefix = objectPrefix(field.path);
        if (!prefix.isEmpty() && options.hiddenPaths.contains(prefix))
            continue;
        FieldEditor *editor = createFieldEditor(field, context, this);
        if (!editor)
            continue;
        const QString title = prefix.isEmpty() ? sectionOf(subject, field.path) : fieldLabel(prefix);
        addEditor(field, editor, options.detachedPaths.contains(field.path) ? nullptr : sectionFor(title));
    }
    layout->addStretch(1);
}

QGroupBox *ObjectForm::sectionFor(const QString &title)
{
    for (const auto &[name, box] : m_sections)
        if (name == title)
            return box;
    auto *box = new QGroupBox(title, this);
    box->setObjectName(QStringLiteral("section:") + title);
    auto *form = new QFormLayout(box);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setContentsMargins(10, 8, 10, 8);
    form->setHorizontalSpacing(10);
    form->setVerticalSpacing(6);
    static_cast<QVBoxLayout *>(layout())->addWidget(box);
    m_sections.emplace_back(title, box);
    return box;
}

void ObjectForm::addEditor(const FieldInfo &field, FieldEditor *editor, QGroupBox *section)
{
    auto *form = section ? static_cast<QFormLayout *>(section->layout()) : nullptr;
    if (!form) {
        // Detached: the panel puts it where it wants it.
    } else if (isWide(field, editor)) {
        form->addRow(new QLabel(fieldLabel(field.path), section));
        form->addRow(editor);
    } else {
        const bool required = field.flags & Required;
        auto *label = new QLabel(fieldLabel(field.path) + (required ? QStringLiteral(" *") : QString()), section);
        label->setBuddy(editor->inputWidget());
        label->setToolTip(editor->toolTip());
        form->addRow(label, editor);
    }
    m_editors.emplace_back(field.path, editor);

    const QString path = field.path;
    connect(editor, &FieldEditor::edited, this,
            [this, path](const QVariant &value, bool typing) { emit fieldEdited(path, value, typing); });
    if (auto *id = qobject_cast<IdFieldEditor *>(editor))
        connect(id, &IdFieldEditor::typed, this, &ObjectForm::idTyped);
    if (auto *summary = qobject_cast<StructuredSummary *>(editor))
        connect(summary, &StructuredSummary::openRequested, this, [this, path] { emit openRequested(path); });
}

void ObjectForm::setValues(const FieldGetter &get)
{
    for (const auto &[path, editor] : m_editors)
        editor->setValue(get(path));
    for (const auto &[title, box] : m_sections)
        box->setVisible(sectionApplies(m_subject, title, get));
}

void ObjectForm::setReadOnly(bool readOnly)
{
    for (const auto &[path, editor] : m_editors)
        editor->setReadOnly(readOnly || isReadOnlyField(m_subject, path));
}

FieldEditor *ObjectForm::editor(const QString &path) const
{
    for (const auto &[p, editor] : m_editors)
        if (p == path)
            return editor;
    return nullptr;
}

QStringList ObjectForm::paths() const
{
    QStringList out;
    for (const auto &entry : m_editors)
        out << entry.first;
    return out;
}

QGroupBox *ObjectForm::section(const QString &title) const
{
    for (const auto &[name, box] : m_sections)
        if (name == title)
            return box;
    return nullptr;
}

}  // namespace lintel
