#pragma once
// Ctrl+F: find an element (or any object) by name or id, with completion;
// Enter selects it and centres the canvas on it.
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
    // The object `text` names ("Name (id)", an id, or a unique name); empty id if none.
    ObjectRef resolve(const QString &text) const;

signals:
    void found(const lintel::ObjectRef &ref);

protected:
    void focusInEvent(QFocusEvent *event) override;

private:
    void refreshCompletions();
    void submit();
    Document *m_document;
    QStringListModel *m_names;
    bool m_stale = true;
};

}  // namespace lintel
