#include "views/panels/objecteditor.h"

#include "model/document/commands.h"
#include "model/document/document.h"
#include "views/findingnames.h"
#include "model/index/lookup.h"
#include "model/document/renamecommands.h"
#include "views/panels/fieldeditor.h"
#include "views/panels/modellookup.h"

#include <QVBoxLayout>

namespace lintel {

namespace {

// A discrete edit wrapped in a parent command: the parent has no merge id,
// so it never merges with the typing before or after it.
template <class Make> void executeStandalone(Document *document, Make make)
{
    auto *group = new QUndoCommand;
    QUndoCommand *child = make(group);
    group->setText(child->text());
    document->execute(group);
}

}  // namespace

ObjectEditor::ObjectEditor(Document *document, FormSubject subject, ObjectForm::Options options, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    if (!options.ids)
        options.ids = [document](const QList<Collection> &collections) {
            return objectIds(document->model(), collections);
        };
    if (!options.names)
        options.names = [document](const QString &id) { return displayName(document->model(), id); };
    m_form = new ObjectForm(subject, std::move(options), this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_form);

    connect(m_form, &ObjectForm::fieldEdited, this, &ObjectEditor::applyEdit);
    connect(m_form, &ObjectForm::idTyped, this, &ObjectEditor::checkId);
    connect(m_form, &ObjectForm::openRequested, this, [this](const QString &path) {
        if (this->subject())
            emit openRequested(ObjectRef{*this->subject(), m_id}, path);
    });

    auto refreshIf = [this](Collection c, const QString &id) {
        if (concerns(c, id))
            refresh();
    };
    connect(document, &Document::objectChanged, this,
            [refreshIf](Collection c, const QString &id, const QString &) { refreshIf(c, id); });
    connect(document, &Document::objectAdded, this, refreshIf);
    connect(document, &Document::objectRemoved, this, refreshIf);
    connect(document, &Document::objectRenamed, this, [this](Collection c, const QString &oldId, const QString &newId) {
        if (concerns(c, oldId)) {
            m_id = newId;
            emit objectIdChanged(newId);
        }
        // Any rename may have rewritten a reference this object holds.
        refresh();
    });
    connect(document, &Document::modelReset, this, &ObjectEditor::refresh);
    // A revision opened for reading: the form still shows and selects, but
    // offers no edit the document would refuse.
    connect(document, &Document::readOnlyChanged, m_form, &ObjectForm::setReadOnly);
    if (document->isReadOnly())
        m_form->setReadOnly(true);
    if (!subject)
        connect(document, &Document::systemChanged, this, &ObjectEditor::refresh);
    refresh();
}

bool ObjectEditor::concerns(Collection c, const QString &id) const
{
    return subject() && *subject() == c && id == m_id;
}

bool ObjectEditor::hasObject() const
{
    return !subject() || exists(m_document->model(), ObjectRef{*subject(), m_id});
}

void ObjectEditor::setObjectId(const QString &id)
{
    if (id == m_id)
        return;
    m_id = id;
    refresh();
}

QVariant ObjectEditor::currentValue(const QString &path) const
{
    if (!subject())
        return getField(m_document->model().system, path);
    return withCollectionType(*subject(), [&](auto tag) {
        using T = typename decltype(tag)::type;
        const T *object = findObject<T>(m_document->model(), m_id);
        return object ? getField(*object, path) : QVariant();
    });
}

void ObjectEditor::refresh()
{
    const bool present = hasObject();
    m_form->setEnabled(present);
    m_form->setValues([this](const QString &path) { return currentValue(path); });
}

void ObjectEditor::applyEdit(const QString &path, const QVariant &value, bool typing)
{
    if (subject() && path == u"id") {
        rename(value.toString().trimmed());
        return;
    }
    if (!hasObject() || currentValue(path) == value)
        return;  // e.g. leaving a field that was not changed
    if (!subject()) {
        if (typing)
            m_document->execute(new SetSystemFieldCommand(m_document, path, value));
        else
            executeStandalone(m_document, [&](QUndoCommand *parent) {
                return new SetSystemFieldCommand(m_document, path, value, parent);
            });
        return;
    }
    const ObjectRef ref{*subject(), m_id};
    auto *probe = new SetFieldCommand(m_document, ref, path, value);
    if (!probe->isValid()) {
        delete probe;
        if (FieldEditor *editor = m_form->editor(path))
            editor->setError(QStringLiteral("This value does not fit the field."));
        return;
    }
    if (typing) {
        m_document->execute(probe);
        return;
    }
    delete probe;
    executeStandalone(m_document, [&](QUndoCommand *parent) { return new SetFieldCommand(m_document, ref, path, value, parent); });
}

void ObjectEditor::checkId(const QString &text)
{
    if (FieldEditor *editor = m_form->editor(QStringLiteral("id")))
        editor->setError(text == m_id ? QString() : checkNewId(m_document->model(), text.trimmed()));
}

void ObjectEditor::rename(const QString &newId)
{
    FieldEditor *editor = m_form->editor(QStringLiteral("id"));
    if (newId == m_id || !hasObject()) {
        if (editor)
            editor->setError({});
        return;
    }
    if (const QString error = checkNewId(m_document->model(), newId); !error.isEmpty()) {
        if (editor)
            editor->setError(error);  // shown inline; nothing is applied
        return;
    }
    // Flow ids made from their ends follow (renamecommands.h).
    m_document->execute(makeRenameIdCommand(m_document, ObjectRef{*subject(), m_id}, newId));
}

}  // namespace lintel
