#pragma once
// A form for one kind of object, built from listFields<T>() so every field
// (and every field added later) gets an editor: top-level fields grouped in
// sections, nested objects (security, operations, resilience) in their own
// titled group. The form only shows values and reports edits; ObjectEditor
// turns the edits into undo commands.
#include "views/panels/editorfactory.h"

#include <QWidget>

class QGroupBox;

namespace lintel {

class FieldEditor;

class ObjectForm : public QWidget {
    Q_OBJECT
public:
    struct Options {
        QStringList hiddenPaths;                          // fields not shown
        QStringList detachedPaths;  // editors built but placed by the panel (tabs)
        std::map<QString, EditorFactory> customEditors;  // structured fields
        IdSource ids;                                     // for pickers
        NameSource names;                                 // what pickers show
    };

    ObjectForm(FormSubject subject, Options options, QWidget *parent = nullptr);

    FormSubject subject() const { return m_subject; }
    // Shows every field's value; sections that do not apply are hidden.
    void setValues(const FieldGetter &get);
    FieldEditor *editor(const QString &path) const;
    QStringList paths() const;
    QGroupBox *section(const QString &title) const;
    // Every editor shows values without accepting input (a read-only
    // document); fields that are never editable stay read-only either way.
    void setReadOnly(bool readOnly);

signals:
    void fieldEdited(const QString &path, const QVariant &value, bool typing);
    void idTyped(const QString &text);
    void openRequested(const QString &path);

private:
    QGroupBox *sectionFor(const QString &title);
    void addEditor(const FieldInfo &field, FieldEditor *editor, QGroupBox *section);

    FormSubject m_subject;
    std::vector<std::pair<QString, FieldEditor *>> m_editors;  // in field order
    std::vector<std::pair<QString, QGroupBox *>> m_sections;   // in display order
};

}  // namespace lintel
