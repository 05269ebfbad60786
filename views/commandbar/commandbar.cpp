#include "views/commandbar/commandbar.h"

#include "model/sentence/sentencecompletion.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace lintel {

namespace {
constexpr int kShownCompletions = 8;
}

CommandBar::CommandBar(Document *document, QWidget *parent)
    : QFrame(parent), m_document(document), m_edit(new QLineEdit(this)), m_list(new QListWidget(this)),
      m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("commandBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(4);
    m_edit->setObjectName(QStringLiteral("commandBarEdit"));
    m_edit->setPlaceholderText(tr("service Bookings in internal  ·  a -> b https  ·  question for team: …  ·  decision …"));
    QFont larger = m_edit->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.2);
    m_edit->setFont(larger);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setUniformItemSizes(true);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    layout->addWidget(m_edit);
    layout->addWidget(m_list);
    layout->addWidget(m_message);
    m_edit->installEventFilter(this);
    connect(m_edit, &QLineEdit::textEdited, this, &CommandBar::refresh);
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        m_list->setCurrentItem(item);
        takeCompletion();
    });
    hide();
}

void CommandBar::open(const QString &text)
{
    m_edit->setText(text);
    show();
    raise();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->end(false);
    refresh();
}

void CommandBar::close()
{
    if (isHidden())
        return;
    hide();
    emit closed();
}

QString CommandBar::message() const
{
    return m_message->text();
}

void CommandBar::showMessage(const QString &text, bool isError)
{
    m_message->setText(text);
    m_message->setStyleSheet(isError ? QStringLiteral("color: #a4262c;") : QStringLiteral("color: #555;"));
    m_message->setVisible(!text.isEmpty());
}

void CommandBar::refresh()
{
    const QString text = m_edit->text();
    m_list->clear();
    int shown = 0;
    for (const QString &line : sentence::completions(m_document->model(), text)) {
        if (!line.startsWith(text, Qt::CaseInsensitive) || line.compare(text, Qt::CaseInsensitive) == 0)
            continue;
        m_list->addItem(line);
        if (++shown == kShownCompletions)
            break;
    }
    m_list->setVisible(shown > 0);
    if (shown > 0)
        m_list->setFixedHeight(m_list->sizeHintForRow(0) * shown + 2 * m_list->frameWidth());
    // While typing, say what Enter would do; mistakes are told on Enter,
    // not at every half-typed word.
    const sentence::Result result = sentence::interpret(m_document->model(), text);
    showMessage(result.ok() ? tr("Enter: %1").arg(sentence::describe(*result.plan)) : QString(), false);
    adjustSize();
}

void CommandBar::takeCompletion()
{
    if (QListWidgetItem *item = m_list->currentItem()) {
        m_edit->setText(item->text());
        refresh();
    }
}

void CommandBar::moveHighlight(int step)
{
    if (m_list->count() == 0)
        return;
    const int row = m_list->currentRow() < 0 ? (step > 0 ? 0 : m_list->count() - 1)
                                             : (m_list->currentRow() + step + m_list->count()) % m_list->count();
    m_list->setCurrentRow(row);
}

bool CommandBar::submit()
{
    const sentence::Result result = sentence::interpret(m_document->model(), m_edit->text());
    if (!result.ok()) {
        showMessage(result.error, true);
        return false;
    }
    QUndoCommand *command = sentence::makeCommand(m_document, *result.plan, m_placement ? m_placement() : sentence::Placement{});
    if (!command) {
        showMessage(tr("that no longer fits the model; check the names and try again"), true);
        return false;
    }
    if (!m_document->execute(command)) {
        showMessage(tr("this model is read-only: use Save As to keep a copy you can edit"), true);
        return false;
    }
    m_edit->clear();
    close();
    emit executed(sentence::subjectOf(*result.plan));
    return true;
}

bool CommandBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_edit || event->type() != QEvent::KeyPress)
        return QFrame::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    switch (key->key()) {
    case Qt::Key_Escape:
        close();
        return true;
    case Qt::Key_Down:
        moveHighlight(1);
        return true;
    case Qt::Key_Up:
        moveHighlight(-1);
        return true;
    case Qt::Key_Tab:
        if (m_list->currentRow() < 0)
            moveHighlight(1);
        takeCompletion();
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_list->currentRow() >= 0)
            takeCompletion();
        else
            submit();
        return true;
    default:
        return QFrame::eventFilter(watched, event);
    }
}

}  // namespace lintel
