#pragma once
// The command bar (Ctrl+K, or typing on the canvas): one line that takes a
// sentence ("service Video consultation in app-network", "a -> b https";
// model/sentence/sentence.h), with completion underneath and what Enter
// will do, or what is wrong, in words. Each sentence is one undo step.
//
//   Up/Down      pick a completion     Tab   take it
//   Enter        take the picked completion, else run the sentence
//   Escape       close without doing anything
#include "model/document/document.h"
#include "model/sentence/sentence.h"

#include <QFrame>
#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;

namespace lintel {

class CommandBar : public QFrame {
    Q_OBJECT
public:
    explicit CommandBar(Document *document, QWidget *parent = nullptr);

    // Asked on Enter: where new elements go (the current canvas's view).
    void setPlacement(std::function<sentence::Placement()> placement) { m_placement = std::move(placement); }

    // Shows the bar with `text` typed and the keyboard in it.
    void open(const QString &text = {});
    void close();

    QLineEdit *edit() const { return m_edit; }
    QListWidget *completionList() const { return m_list; }
    QString message() const;
    // Runs what is typed; false (and the reason shown) when it cannot.
    bool submit();

signals:
    // After a sentence ran: the object it added or renamed.
    void executed(const lintel::ObjectRef &subject);
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void showMessage(const QString &text, bool isError);
    void takeCompletion();
    void moveHighlight(int step);

    Document *m_document;
    QLineEdit *m_edit;
    QListWidget *m_list;
    QLabel *m_message;
    std::function<sentence::Placement()> m_placement;
};

}  // namespace lintel
