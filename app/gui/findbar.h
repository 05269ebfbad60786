#pragma once
// Ctrl+F: find an element (or any object) by name or id, with completion;
// Enter selects the best match (a whole id or name, else the first name,
// then id, that starts with or contains the text) and centres the canvas
// on it; Escape hands the keyboard back to the canvas.
#include "model/document/collections.h"
#include "model/document/document.h"

#include <QLineEdit>

class QCompleter;
class QStringListModel;

namespace lintel {

class FindBar : public QLineEdit {
    Q_OBJECT
public:
    FindBar(Document *document, QWidget *parent = nullptr);
    void activate();  // focus and select the text
    // The object `text` names ("Name (id)", an id, a name, or part of one);
    // empty id if none.
    ObjectRef resolve(const QString &text) const;

signals:
    void found(const lintel::ObjectRef &ref);
    void dismissed();  // Escape

protected:
    void focusInEvent(QFocusEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void refreshCompletions();
    void submit();
    Document *m_document;
    QStringListModel *m_names;
    bool m_stale = true;
};

}  // namespace lintel
