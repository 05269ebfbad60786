#include "views/panels/listeditors.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QHash>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QStringListModel>
#include <QVBoxLayout>

namespace lintel {

// --- Choice (reference or suggestion) -------------------------------------------

ChoiceFieldEditor::ChoiceFieldEditor(CandidateSource candidates, bool commitWhileTyping, QWidget *parent)
    : FieldEditor(parent), m_candidates(std::move(candidates)), m_combo(new QComboBox(this))
{
    m_layout->addWidget(m_combo);
    m_combo->setEditable(true);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->setMaxVisibleItems(20);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(8);
    // Long id lists: match anywhere in the id, show matches in a popup.
    m_combo->completer()->setFilterMode(Qt::MatchContains);
    m_combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_combo->lineEdit()->installEventFilter(this);
    m_combo->installEventFilter(this);

    if (commitWhileTyping)
        connect(m_combo->lineEdit(), &QLineEdit::textEdited, this, [this](const QString &text) {
            m_current = text;
            emit edited(text, true);
        });
    connect(m_combo->lineEdit(), &QLineEdit::editingFinished, this, &ChoiceFieldEditor::commitIfChanged);
    connect(m_combo, &QComboBox::activated, this, &ChoiceFieldEditor::commitIfChanged);
    connect(m_combo->completer(), qOverload<const QString &>(&QCompleter::activated), this,
            &ChoiceFieldEditor::commitIfChanged);
}

bool ChoiceFieldEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Fetch the ids when the user comes to pick one, not when the form is
    // filled: the model may have thousands and change on every keystroke.
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::MouseButtonPress)
        refreshCandidates();
    return FieldEditor::eventFilter(watched, event);
}

void ChoiceFieldEditor::refreshCandidates()
{
    if (!m_candidates)
        return;
    QStringList items = m_candidates();
    items.prepend(QString());  // picking the empty entry clears the field
    QStringList existing;
    for (int i = 0; i < m_combo->count(); ++i)
        existing << m_combo->itemData(i).toString();
    if (existing == items)
        return;
    QStringList texts;
    QHash<QString, int> uses;
    for (const QString &id : std::as_const(items))
        ++uses[texts.emplace_back(shown(id))];
    const QSignalBlocker blocker(m_combo);
    const QString text = m_combo->currentText();
    const int cursor = m_combo->lineEdit()->cursorPosition();
    m_combo->clear();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString &id = items[i];
        const bool ambiguous = uses.value(texts[i]) > 1 && texts[i] != id;
        m_combo->addItem(ambiguous ? QStringLiteral("%1 (%2)").arg(texts[i], id) : texts[i], id);
        if (!id.isEmpty())
            m_combo->setItemData(int(i), id, Qt::ToolTipRole);
    }
    m_combo->setCurrentIndex(-1);
    m_combo->setEditText(text);
    m_combo->lineEdit()->setCursorPosition(cursor);
}

void ChoiceFieldEditor::commitIfChanged()
{
    // Opening a popup takes focus from the line edit, which reports the
    // editing as finished; the user is not done yet.
    if (m_combo->view()->isVisible() || m_combo->completer()->popup()->isVisible())
        return;
    const QString typed = m_combo->currentText().trimmed();
    if (typed == shown(m_current))
        return;  // the name of what the field already holds
    const QString text = idFor(typed);
    if (text == m_current)
        return;
    m_current = text;
    emit edited(text, false);
}

QString ChoiceFieldEditor::shown(const QString &id) const
{
    return m_names && !id.isEmpty() ? m_names(id) : id;
}

QString ChoiceFieldEditor::idFor(const QString &text) const
{
    if (!m_names)
        return text;
    for (int i = 0; i < m_combo->count(); ++i)
        if (m_combo->itemText(i) == text)
            return m_combo->itemData(i).toString();
    return text;  // an id typed by hand, or no object at all (the rules say so)
}

void ChoiceFieldEditor::setValue(const QVariant &value)
{
    m_current = value.toString();
    const QString text = shown(m_current);
    m_combo->setToolTip(m_names ? m_current : QString());
    if (m_combo->currentText() == text)
        return;
    const QSignalBlocker blocker(m_combo);
    QLineEdit *edit = m_combo->lineEdit();
    const int cursor = edit->cursorPosition();
    m_combo->setEditText(text);
    edit->setCursorPosition(std::min(cursor, int(text.size())));
}

void ChoiceFieldEditor::setReadOnly(bool readOnly)
{
    m_combo->lineEdit()->setReadOnly(readOnly);
    m_combo->setEnabled(!readOnly);
}

QWidget *ChoiceFieldEditor::inputWidget() const { return m_combo->lineEdit(); }

// --- String list ------------------------------------------------------------------

QStringList StringListFieldEditor::parse(const QString &text)
{
    QStringList items;
    for (const QString &part : text.split(u',')) {
        const QString item = part.trimmed();
        if (!item.isEmpty())
            items << item;
    }
    return items;
}

QString StringListFieldEditor::format(const QStringList &items) { return items.join(QStringLiteral(", ")); }

StringListFieldEditor::StringListFieldEditor(CandidateSource candidates, QWidget *parent)
    : FieldEditor(parent), m_candidates(std::move(candidates)), m_edit(new QLineEdit(this))
{
    m_layout->addWidget(m_edit);
    m_edit->setPlaceholderText(QStringLiteral("comma separated"));
    if (m_candidates) {
        m_completions = new QStringListModel(this);
        m_completer = new QCompleter(m_completions, this);
        m_completer->setWidget(m_edit);
        m_completer->setCaseSensitivity(Qt::CaseInsensitive);
        m_completer->setFilterMode(Qt::MatchContains);
        m_completer->setCompletionMode(QCompleter::PopupCompletion);
        m_edit->installEventFilter(this);
        m_completer->popup()->installEventFilter(this);  // runs before the completer's own
        connect(m_edit, &QLineEdit::textEdited, this, &StringListFieldEditor::completeLastItem);
        connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
                &StringListFieldEditor::insertCompletion);
    }
    // Lists commit as a whole when the user is done with them: "a, b" is
    // not worth an undo step per comma.
    connect(m_edit, &QLineEdit::editingFinished, this, &StringListFieldEditor::commitIfChanged);
}

void StringListFieldEditor::completeLastItem()
{
    const QString text = m_edit->text().left(m_edit->cursorPosition());
    const QString prefix = text.mid(text.lastIndexOf(u',') + 1).trimmed();
    if (prefix.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(prefix);
    if (m_completer->completionCount() > 0)
        m_completer->complete();
    else
        m_completer->popup()->hide();
}

bool StringListFieldEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::FocusIn)
        m_completions->setStringList(m_candidates());  // lazily, see ChoiceFieldEditor
    if (watched == m_completer->popup() && event->type() == QEvent::KeyPress) {
        // While suggestions are open they get the keys. Enter with none of
        // them picked means "done with the list", as it does without them;
        // left to the completer it would only close the popup.
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && !m_completer->popup()->currentIndex().isValid()) {
            m_completer->popup()->hide();
            commitIfChanged();
            return true;
        }
    }
    return FieldEditor::eventFilter(watched, event);
}

void StringListFieldEditor::insertCompletion(const QString &completion)
{
    QStringList items = parse(m_edit->text().left(m_edit->cursorPosition()));
    const QString rest = m_edit->text().mid(m_edit->cursorPosition());
    if (!items.isEmpty())
        items.removeLast();
    items << completion;
    QString text = format(items);
    const int cursor = int(text.size());
    text += rest;
    m_edit->setText(text);
    m_edit->setCursorPosition(cursor);
    commitIfChanged();  // picking a suggestion is a finished edit
}

void StringListFieldEditor::commitIfChanged()
{
    if (m_completer && m_completer->popup()->isVisible())
        return;  // focus went to the completion popup, see ChoiceFieldEditor
    const QStringList items = parse(m_edit->text());
    if (items == m_current)
        return;
    m_current = items;
    emit edited(items, false);
}

void StringListFieldEditor::setValue(const QVariant &value)
{
    m_current = value.toStringList();
    if (parse(m_edit->text()) == m_current)
        return;  // same list, maybe mid-typing "a, b, ": leave the text alone
    const QString text = format(m_current);
    const int cursor = m_edit->cursorPosition();
    m_edit->setText(text);
    m_edit->setCursorPosition(std::min(cursor, int(text.size())));
}

void StringListFieldEditor::setReadOnly(bool readOnly) { m_edit->setReadOnly(readOnly); }
QWidget *StringListFieldEditor::inputWidget() const { return m_edit; }
void StringListFieldEditor::setPlaceholder(const QString &text) { m_edit->setPlaceholderText(text); }

}  // namespace lintel
