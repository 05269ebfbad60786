#include "views/canvas/inlinenameeditor.h"
#include "model/index/lookup.h"

#include "model/document/fieldaccess.h"
#include "model/document/idfromname.h"
#include "model/document/renamecommands.h"
#include "views/canvas/canvasview.h"
#include "views/canvas/diagramscene.h"
#include "views/canvas/zoneitem.h"
#include "views/selectionmodel.h"

#include <QKeyEvent>
#include <QTimer>

namespace lintel::canvas {

namespace {
const char *const kEditorName = "inlineNameEditor";
}

InlineNameEditor *InlineNameEditor::current(CanvasView *view)
{
    return view ? view->viewport()->findChild<InlineNameEditor *>(QLatin1String(kEditorName),
                                                                   Qt::FindDirectChildrenOnly)
                : nullptr;
}

InlineNameEditor *InlineNameEditor::open(CanvasView *view, const ObjectRef &ref)
{
    if (!view || (ref.collection != Collection::Elements && ref.collection != Collection::Zones))
        return nullptr;
    if (!view->diagramScene()->itemFor(ref))
        return nullptr;
    if (InlineNameEditor *old = current(view))
        old->commit();
    QString name;
    withCollectionType(ref.collection, [&](auto tag) {
        using T = typename decltype(tag)::type;
        if (const T *object = findObject<T>(view->diagramScene()->document()->model(), ref.id))
            name = getField(*object, nameField(ref.collection)).toString();
    });
    auto *editor = new InlineNameEditor(view, ref, name);
    editor->show();
    editor->setFocus(Qt::OtherFocusReason);
    editor->selectAll();
    return editor;
}

InlineNameEditor::InlineNameEditor(CanvasView *view, ObjectRef ref, const QString &name)
    : QLineEdit(name, view->viewport()), m_view(view), m_ref(std::move(ref)), m_original(name)
{
    setObjectName(QLatin1String(kEditorName));
    setAlignment(Qt::AlignCenter);
    setFrame(true);
    setToolTip(tr("Enter keeps the name, Escape leaves it as it was"));
    place();
    // Zooming or scrolling moves the item under the editor: follow it.
    connect(view, &CanvasView::zoomChanged, this, &InlineNameEditor::place);
}

void InlineNameEditor::place()
{
    if (!m_view)
        return;
    const CanvasItem *item = m_view->diagramScene()->itemFor(m_ref);
    if (!item)
        return;
    const QRectF area = item->type() == ZoneItem::Type ? static_cast<const ZoneItem *>(item)->titleBarRect()
                                                       : item->sceneBoundingRect();
    const QRect onScreen = m_view->mapFromScene(area).boundingRect();
    // Wide enough to type a long name even when zoomed far out.
    const int width = std::max(onScreen.width(), 200);
    const int height = sizeHint().height();
    setGeometry(onScreen.center().x() - width / 2, onScreen.center().y() - height / 2, width, height);
}

void InlineNameEditor::commit()
{
    if (m_done)
        return;
    const QString name = text().trimmed();
    if (m_view && !name.isEmpty() && name != m_original) {
        Document *document = m_view->diagramScene()->document();
        const QString newId = idAfterRename(document->model(), m_ref, name);
        if (QUndoCommand *command = makeRenameCommand(document, m_ref, name))
            document->execute(command);
        // Keep the renamed object selected under its new id.
        if (SelectionModel *selection = m_view ? m_view->diagramScene()->selectionModel() : nullptr)
            selection->select({{m_ref.collection, newId}});
    }
    finish();
}

void InlineNameEditor::cancel()
{
    finish();
}

void InlineNameEditor::finish()
{
    m_done = true;
    setObjectName(QString());  // no longer current() while it waits to be deleted
    if (m_view && hasFocus())
        m_view->setFocus(Qt::OtherFocusReason);
    hide();
    deleteLater();
}

void InlineNameEditor::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        commit();
        return;
    case Qt::Key_Escape:
        cancel();
        return;
    default:
        QLineEdit::keyPressEvent(event);
    }
}

void InlineNameEditor::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    // Clicking elsewhere keeps what was typed, as in a file manager.
    if (!m_done && event->reason() != Qt::PopupFocusReason)
        QTimer::singleShot(0, this, &InlineNameEditor::commit);
}

}  // namespace lintel::canvas
