#include "app/gui/findbar.h"

#include <QCompleter>
#include <QKeyEvent>
#include <QStringListModel>

namespace lintel {

namespace {
QString entryFor(const QString &name, const QString &id)
{
    return name.isEmpty() || name == id ? id : QStringLiteral("%1 (%2)").arg(name, id);
}
}  // namespace

FindBar::FindBar(Document *document, QWidget *parent)
    : QLineEdit(parent), m_document(document), m_names(new QStringListModel(this))
{
    setPlaceholderText(tr("Find element… (Ctrl+F)"));
    setClearButtonEnabled(true);
    setMaximumWidth(320);
    auto *completer = new QCompleter(m_names, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    setCompleter(completer);
    // Completions are rebuilt lazily: on a 5,000-element model, rebuilding
    // on every keystroke of an unrelated edit would cost typing latency.
    connect(document, &Document::contentChanged, this, [this] { m_stale = true; });
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &text) {
        setText(text);
        submit();
    });
    connect(this, &QLineEdit::returnPressed, this, &FindBar::submit);
}

void FindBar::activate()
{
    refreshCompletions();
    setFocus(Qt::ShortcutFocusReason);
    selectAll();
}

void FindBar::focusInEvent(QFocusEvent *event)
{
    refreshCompletions();
    QLineEdit::focusInEvent(event);
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    // The completer's popup takes Escape first when it is open.
    if (event->key() == Qt::Key_Escape) {
        setStyleSheet(QString());
        clear();
        emit dismissed();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void FindBar::refreshCompletions()
{
    if (!m_stale)
        return;
    QStringList entries;
    const Model &m = m_document->model();
    for (const Element &e : m.elements)
        entries << entryFor(e.name, e.id);
    for (const Zone &z : m.zones)
        entries << entryFor(z.name, z.id);
    for (const Api &a : m.apis)
        entries << entryFor(a.name, a.id);
    m_names->setStringList(entries);
    m_stale = false;
}

ObjectRef FindBar::resolve(const QString &text) const
{
    QString key = text.trimmed();
    if (key.endsWith(u')') && key.contains(QStringLiteral(" (")))
        key = key.mid(key.lastIndexOf(QStringLiteral(" (")) + 2).chopped(1);
    const Model &m = m_document->model();
    auto match = [&](const auto &items, Collection c) -> ObjectRef {
        for (const auto &item : items)
            if (item.id == key)
                return {c, item.id};
        for (const auto &item : items)
            if (item.name.compare(key, Qt::CaseInsensitive) == 0)
                return {c, item.id};
        return {c, QString()};
    };
    for (ObjectRef ref : {match(m.elements, Collection::Elements), match(m.zones, Collection::Zones),
                          match(m.apis, Collection::Apis)})
        if (!ref.id.isEmpty())
            return ref;
    // Partial text: names before ids (people type what they see), the
    // start of a word before its middle, elements before zones and APIs.
    if (key.isEmpty())
        return {};
    auto partial = [&](auto field, bool fromStart) -> ObjectRef {
        auto test = [&](const QString &value) {
            return fromStart ? value.startsWith(key, Qt::CaseInsensitive) : value.contains(key, Qt::CaseInsensitive);
        };
        for (const Element &e : m.elements)
            if (test(field(e)))
                return {Collection::Elements, e.id};
        for (const Zone &z : m.zones)
            if (test(field(z)))
                return {Collection::Zones, z.id};
        for (const Api &a : m.apis)
            if (test(field(a)))
                return {Collection::Apis, a.id};
        return {};
    };
    const auto name = [](const auto &item) { return item.name; };
    const auto id = [](const auto &item) { return item.id; };
    for (ObjectRef ref : {partial(name, true), partial(name, false), partial(id, true), partial(id, false)})
        if (!ref.id.isEmpty())
            return ref;
    return {};
}

void FindBar::submit()
{
    const ObjectRef ref = resolve(text());
    if (ref.id.isEmpty()) {
        setStyleSheet(QStringLiteral("QLineEdit { background: #fde8e8; }"));
        return;
    }
    setStyleSheet(QString());
    emit found(ref);
}

}  // namespace lintel
