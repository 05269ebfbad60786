#include "app/gui/deletionnotice.h"

#include "model/document/document.h"
#include "model/index/lookup.h"
#include "views/panels/modellookup.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QUndoStack>

namespace lintel {

namespace {

bool hasName(Collection c) { return c == Collection::Elements || c == Collection::Zones; }

QString plural(qsizetype n, const QString &one, const QString &many)
{
    return n == 1 ? one : QStringLiteral("%1 %2").arg(n).arg(many);
}

}  // namespace

DeletionNotice::DeletionNotice(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("deletionNotice"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *undo = new QToolButton(this);
    undo->setText(tr("Undo"));
    undo->setAutoRaise(true);
    undo->setToolTip(tr("Put back what was deleted"));
    layout->addWidget(m_text);
    layout->addWidget(undo);
    hide();

    QUndoStack *stack = document->undoStack();
    connect(undo, &QToolButton::clicked, this, [this, stack] {
        hide();
        stack->undo();
    });
    connect(document, &Document::objectRemoved, this,
            [this](Collection c, const QString &id) { m_removed << ObjectRef{c, id}; });
    connect(document, &Document::objectAdded, this, &DeletionNotice::rememberName);
    connect(document, &Document::objectRenamed, this, [this](Collection c, const QString &, const QString &newId) {
        rememberName(c, newId);
    });
    connect(document, &Document::objectChanged, this, [this](Collection c, const QString &id, const QString &, FieldKey field) {
        if (field == fieldKey(&Element::name) || field == fieldKey(&Zone::name))
            rememberName(c, id);
    });
    connect(document, &Document::modelReset, this, [this] {
        hide();
        m_removed.clear();
        rememberNames();
    });
    connect(stack, &QUndoStack::indexChanged, this, &DeletionNotice::stackMoved);
    rememberNames();
    stackMoved();
}

void DeletionNotice::rememberNames()
{
    m_names.clear();
    for (const Element &e : m_document->model().elements)
        m_names.insert(e.id, e.name);
    for (const Zone &z : m_document->model().zones)
        m_names.insert(z.id, z.name);
}

void DeletionNotice::rememberName(Collection c, const QString &id)
{
    if (c == Collection::Elements) {
        if (const Element *e = findObject<Element>(m_document->model(), id))
            m_names.insert(id, e->name);
    } else if (c == Collection::Zones) {
        if (const Zone *z = findObject<Zone>(m_document->model(), id))
            m_names.insert(id, z->name);
    }
}

QString DeletionNotice::nameOf(const ObjectRef &ref) const
{
    const QString name = hasName(ref.collection) ? m_names.value(ref.id) : QString();
    return name.isEmpty() ? QStringLiteral("%1 %2").arg(collectionName(ref.collection), ref.id) : name;
}

QString DeletionNotice::describe(const QList<ObjectRef> &removed) const
{
    QList<ObjectRef> flows, elements, others;
    for (const ObjectRef &ref : removed)
        (ref.collection == Collection::Flows ? flows : ref.collection == Collection::Elements ? elements : others) << ref;
    const QList<ObjectRef> named = elements + others;
    if (named.isEmpty())
        return flows.size() == 1 ? tr("Deleted %1").arg(nameOf(flows.front()))
                                 : tr("Deleted %1 flows").arg(flows.size());
    QString what = named.size() == 1 ? nameOf(named.front())
                   : others.isEmpty() ? tr("%1 elements").arg(elements.size())
                                      : tr("%1 objects").arg(named.size());
    // Flows go only with elements; without one they were picked by hand.
    if (!flows.isEmpty() && !elements.isEmpty()) {
        const QString their = named.size() == 1 ? tr("its") : tr("their");
        what += tr(" and %1 %2").arg(their, plural(flows.size(), tr("flow"), tr("flows")));
    } else if (!flows.isEmpty()) {
        what += tr(" and %1").arg(plural(flows.size(), tr("a flow"), tr("flows")));
    }
    return tr("Deleted %1").arg(what);
}

void DeletionNotice::stackMoved()
{
    const QUndoStack *stack = m_document->undoStack();
    const QUndoCommand *top = stack->index() > 0 ? stack->command(stack->index() - 1) : nullptr;
    const bool isNew = top && !m_known.contains(top);
    m_known.clear();
    for (int i = 0; i < stack->count(); ++i)
        m_known.insert(stack->command(i));
    const QList<ObjectRef> removed = std::exchange(m_removed, {});
    // Ids that came back in the same step (a rename done as remove + add)
    // were not deleted.
    QList<ObjectRef> gone;
    for (const ObjectRef &ref : removed)
        if (!gone.contains(ref) && !exists(m_document->model(), ref))
            gone << ref;
    if (!isNew || gone.isEmpty()) {
        hide();
        return;
    }
    m_text->setText(describe(gone) + QStringLiteral(" —"));
    show();
}

}  // namespace lintel
