#pragma once
// An ObjectForm bound to one object of a document (or to the system). Edits
// become undo commands: typing is a SetFieldCommand that merges per field,
// discrete choices are one undo step each, an id edit is a RenameIdCommand
// after checkNewId. Changes from anywhere (undo, canvas, other panels) are
// shown as they happen, without disturbing the field being typed in.
//
// Holds the object's id, never a pointer into the model.
#include "model/document/collections.h"
#include "views/panels/objectform.h"

#include <QWidget>

namespace lintel {

class Document;

class ObjectEditor : public QWidget {
    Q_OBJECT
public:
    ObjectEditor(Document *document, FormSubject subject, ObjectForm::Options options = {},
                 QWidget *parent = nullptr);

    // The object to edit; ignored for the system. An unknown id shows an
    // empty, disabled form.
    void setObjectId(const QString &id);
    QString objectId() const { return m_id; }
    FormSubject subject() const { return m_form->subject(); }
    ObjectForm *form() const { return m_form; }
    FieldEditor *editor(const QString &path) const { return m_form->editor(path); }
    bool hasObject() const;

signals:
    void openRequested(const lintel::ObjectRef &ref, const QString &path);
    // The edited object got a new id (renamed here or elsewhere, or undone).
    void objectIdChanged(const QString &newId);

private:
    void refresh();
    QVariant currentValue(const QString &path) const;
    void applyEdit(const QString &path, const QVariant &value, bool typing);
    void rename(const QString &newId);
    void checkId(const QString &text);
    bool concerns(Collection c, const QString &id) const;

    Document *m_document;
    ObjectForm *m_form;
    QString m_id;
};

}  // namespace lintel
