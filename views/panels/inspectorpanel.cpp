#include "views/panels/inspectorpanel.h"

#include "model/document/document.h"
#include "model/index/lookup.h"
#include "model/style/diagramstyle.h"
#include "views/panels/fieldeditor.h"
#include "views/panels/inspectorfindings.h"
#include "views/panels/modellookup.h"
#include "views/panels/objecteditor.h"
#include "views/panels/panelicons.h"
#include "views/selectionmodel.h"
#include "views/validation/livevalidator.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace lintel {

namespace {

int keyOf(FormSubject subject) { return subject ? int(*subject) : -1; }

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

}  // namespace

InspectorPanel::InspectorPanel(Document *document, SelectionModel *selection, QWidget *parent)
    : QWidget(parent), m_document(document), m_selection(selection), m_icon(new QLabel(this)),
      m_title(new QLabel(this)), m_subtitle(new QLabel(this)), m_findings(new InspectorFindings(this)),
      m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("inspector"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *header = new QFrame(this);
    header->setObjectName(QStringLiteral("inspectorHeader"));
    header->setAutoFillBackground(true);
    header->setBackgroundRole(QPalette::Base);
    auto *headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(10, 8, 10, 8);
    m_icon->setFixedSize(24, 24);
    headerLayout->addWidget(m_icon, 0, Qt::AlignTop);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(1);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    // A long name or "(3 selected, showing the last)" is cut, not allowed to
    // widen the dock (and squeeze the canvas) each time the selection moves;
    // the whole text is in the tooltip.
    for (QLabel *label : {m_title, m_subtitle})
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    headerLayout->addLayout(titles, 1);
    layout->addWidget(header);
    layout->addWidget(m_findings);

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_stack, 1);

    connect(selection, &SelectionModel::selectionChanged, this, &InspectorPanel::showCurrent);
    connect(document, &Document::contentChanged, this, &InspectorPanel::updateHeader);
    showCurrent();
}

void InspectorPanel::setValidator(LiveValidator *validator)
{
    m_validator = validator;
    connect(validator, &LiveValidator::findingsChanged, this, &InspectorPanel::updateFindings);
    updateFindings();
}

ObjectEditor *InspectorPanel::editorFor(FormSubject subject)
{
    if (ObjectEditor *editor = m_editors.value(keyOf(subject)))
        return editor;
    auto *scroll = new QScrollArea(m_stack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(8, 8, 8, 8);
    auto *editor = new ObjectEditor(m_document, subject, {}, page);
    pageLayout->addWidget(editor);
    scroll->setWidget(page);
    m_stack->addWidget(scroll);
    m_editors.insert(keyOf(subject), editor);
    m_pages.insert(keyOf(subject), scroll);
    connect(editor, &ObjectEditor::openRequested, this, &InspectorPanel::openRequested);
    connect(editor, &ObjectEditor::objectIdChanged, this, [this] {
        updateHeader();
        updateFindings();
    });
    return editor;
}

FormSubject InspectorPanel::shownSubject() const { return m_current ? m_current->subject() : FormSubject{}; }
QString InspectorPanel::shownId() const { return m_current ? m_current->objectId() : QString(); }

void InspectorPanel::showCurrent()
{
    const bool none = m_selection->isEmpty();
    const ObjectRef ref = m_selection->current();
    const FormSubject subject = none ? FormSubject{} : FormSubject{ref.collection};
    ObjectEditor *editor = editorFor(subject);
    if (!none)
        editor->setObjectId(ref.id);
    m_current = editor;
    m_stack->setCurrentWidget(m_pages.value(keyOf(subject)));
    updateHeader();
    updateFindings();
}

void InspectorPanel::updateHeader()
{
    fillHeader();
    m_title->setToolTip(m_title->text());
    m_subtitle->setToolTip(m_subtitle->text());
}

void InspectorPanel::fillHeader()
{
    const Model &model = m_document->model();
    const FormSubject subject = shownSubject();
    if (!subject) {
        m_icon->setPixmap(collectionIcon(Collection::Views).pixmap(24, 24));
        m_title->setText(model.system.name.isEmpty() ? QStringLiteral("Untitled system") : model.system.name);
        m_subtitle->setText(QStringLiteral("System · nothing selected"));
        return;
    }
    const ObjectRef ref{*subject, shownId()};
    m_icon->setPixmap(objectIcon(model, ref).pixmap(24, 24));
    if (!exists(model, ref)) {
        m_title->setText(ref.id);
        m_subtitle->setText(QStringLiteral("%1 · deleted").arg(capitalized(collectionName(ref.collection))));
        return;
    }
    m_title->setText(displayName(model, ref));
    QString kind = capitalized(collectionName(ref.collection));
    if (const Element *e = findObject<Element>(model, ref.id); e && ref.collection == Collection::Elements)
        kind += QStringLiteral(" · ") + enumName(e->kind);
    QString subtitle = kind + QStringLiteral(" · ") + ref.id;
    if (const auto count = m_selection->selection().size(); count > 1)
        subtitle += QStringLiteral("  (%1 selected, showing the last)").arg(count);
    m_subtitle->setText(subtitle);
}

void InspectorPanel::updateFindings()
{
    // Without a validator there is nothing to list; the strip stays hidden
    // for good rather than coming and going.
    m_findings->setVisible(m_validator != nullptr);
    const FormSubject subject = shownSubject();
    m_findings->setFindings(m_validator && subject ? m_validator->findingsFor(shownId()) : Findings{},
                            &m_document->model());
}

InspectorFindings *InspectorPanel::findings() const { return m_findings; }

void InspectorPanel::focusField(const QString &path)
{
    if (!m_current)
        return;
    if (FieldEditor *editor = m_current->editor(path)) {
        QWidget *input = editor->inputWidget();
        input->setFocus(Qt::OtherFocusReason);
        if (auto *line = qobject_cast<QLineEdit *>(input))
            line->selectAll();
        if (auto *scroll = qobject_cast<QScrollArea *>(m_stack->currentWidget()))
            scroll->ensureWidgetVisible(input);
    }
}

}  // namespace lintel
