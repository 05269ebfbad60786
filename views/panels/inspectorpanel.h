#pragma once
// The inspector: edits every field of the current selection (the last
// selected object), or of the system when nothing is selected. Forms are
// built generically per kind of object and kept, so switching between two
// elements only refills the values.
#include "model/document/collections.h"
#include "views/panels/fieldhints.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QStackedWidget;

namespace lintel {

class Document;
class InspectorFindings;
class LiveValidator;
class ObjectEditor;
class SelectionModel;

class InspectorPanel : public QWidget {
    Q_OBJECT
public:
    InspectorPanel(Document *document, SelectionModel *selection, QWidget *parent = nullptr);

    // Optional: lists the shown object's findings above its fields, in a
    // strip of fixed height (see inspectorfindings.h).
    void setValidator(LiveValidator *validator);

    // The editor on screen and what it shows (the system: subject nullopt).
    ObjectEditor *currentEditor() const { return m_current; }
    FormSubject shownSubject() const;
    QString shownId() const;
    InspectorFindings *findings() const;

public slots:
    // Puts the keyboard in one field ("id" for Rename, "name" after adding).
    void focusField(const QString &path);

signals:
    // A structured field's dedicated editor should open (API operations,
    // schemas, decision options): the window raises the matching panel.
    void openRequested(const lintel::ObjectRef &ref, const QString &path);

private:
    void showCurrent();
    void updateHeader();
    void fillHeader();
    void updateFindings();
    ObjectEditor *editorFor(FormSubject subject);

    Document *m_document;
    SelectionModel *m_selection;
    LiveValidator *m_validator = nullptr;
    QLabel *m_icon, *m_title, *m_subtitle;
    InspectorFindings *m_findings;
    QStackedWidget *m_stack;
    QHash<int, ObjectEditor *> m_editors;  // by subject: collection, -1 system
    QHash<int, QWidget *> m_pages;         // the scroll area holding each
    ObjectEditor *m_current = nullptr;
};

}  // namespace lintel
