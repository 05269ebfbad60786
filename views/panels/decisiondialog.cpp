#include "views/panels/decisiondialog.h"

#include "model/document/collections.h"
#include "model/document/document.h"
#include "model/index/lookup.h"
#include "views/panels/objecteditor.h"
#include "views/panels/optionseditor.h"
#include "views/panels/panellayout.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QScreen>
#include <QVBoxLayout>

namespace lintel {

DecisionDialog::DecisionDialog(Document *document, QWidget *parent) : QDialog(parent), m_document(document)
{
    setObjectName(QStringLiteral("decisionDialog"));
    ObjectForm::Options options;
    options.customEditors[QStringLiteral("options")] = [](QWidget *p) { return new DecisionOptionsEditor(p); };
    m_editor = new ObjectEditor(document, Collection::Decisions, options);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scrollingPage(m_editor, QMargins(8, 8, 8, 8)), 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_editor, &ObjectEditor::objectIdChanged, this, &DecisionDialog::updateTitle);
    connect(document, &Document::objectChanged, this, &DecisionDialog::updateTitle);
    // Roomy, yet inside a 1280x720 screen.
    QSize size(860, 640);
    if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 0.9);
    resize(size);
}

void DecisionDialog::showDecision(const QString &id)
{
    m_editor->setObjectId(id);
    updateTitle();
}

QString DecisionDialog::decisionId() const
{
    return m_editor->hasObject() ? m_editor->objectId() : QString();
}

void DecisionDialog::updateTitle()
{
    const Decision *decision = findObject<Decision>(m_document->model(), m_editor->objectId());
    if (!decision) {
        setWindowTitle(tr("Decision"));
        return;
    }
    setWindowTitle(tr("Decision %1 — %2").arg(decision->id, decision->title.isEmpty() ? tr("untitled") : decision->title));
}

}  // namespace lintel
