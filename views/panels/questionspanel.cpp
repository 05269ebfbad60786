#include "views/panels/questionspanel.h"

#include "model/document/commands.h"
#include "model/document/document.h"
#include "model/index/lookup.h"
#include "views/panels/modellookup.h"
#include "views/panels/objecteditor.h"
#include "views/panels/objectlist.h"
#include "views/panels/panellayout.h"
#include "views/selectionmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTreeView>

namespace lintel {

namespace {

bool isAnswered(const Question &q) { return q.status == QuestionStatus::Answered; }

QVariant questionCell(const Model &model, int row, int column, int role)
{
    const Question &q = model.questions[std::size_t(row)];
    if (column == QuestionsPanel::AnsweredColumn && role == Qt::CheckStateRole)
        return isAnswered(q) ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ForegroundRole && isAnswered(q))
        return QColor(0x8a, 0x8a, 0x8a);  // answered ones recede
    if (role == Qt::ToolTipRole)
        return q.answer.isEmpty() ? q.text : QStringLiteral("%1\n\nAnswer: %2").arg(q.text, q.answer);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case QuestionsPanel::TextColumn: return q.text.isEmpty() ? q.id : q.text;
    case QuestionsPanel::AboutColumn: return q.about.join(QStringLiteral(", "));
    case QuestionsPanel::OwnerColumn: return q.owner;
    }
    return {};
}

}  // namespace

QuestionsPanel::QuestionsPanel(Document *document, SelectionModel *selection, QWidget *parent)
    : QWidget(parent), m_document(document), m_selection(selection), m_stack(new QStackedWidget(this)),
      m_quickAdd(new QLineEdit(this)), m_statusFilter(new QComboBox(this))
{
    setObjectName(QStringLiteral("questions"));
    auto *model = new ObjectListModel(document, Collection::Questions,
                                      {QStringLiteral("✓"), QStringLiteral("Question"), QStringLiteral("About"),
                                       QStringLiteral("Owner")},
                                      questionCell);
    model->setCheckFunction([this](const QString &id, int column, bool checked) {
        if (column != AnsweredColumn)
            return false;
        setAnswered(id, checked);
        return true;
    });
    m_list = new ObjectList(document, selection, model, this);
    m_list->filterEdit()->setPlaceholderText(QStringLiteral("Filter…"));
    m_list->filterEdit()->setMaximumWidth(200);
    m_statusFilter->setObjectName(QStringLiteral("questionStatusFilter"));
    m_statusFilter->addItems({QStringLiteral("Open"), QStringLiteral("All")});
    m_statusFilter->setToolTip(QStringLiteral("Show open questions only, or all of them"));
    m_quickAdd->setObjectName(QStringLiteral("quickAddQuestion"));
    m_quickAdd->setClearButtonEnabled(true);
    // The quick-add field leads the row: typing a question is the main act.
    m_list->toolbar()->insertWidget(0, m_quickAdd, 3);
    m_list->toolbar()->addWidget(m_statusFilter);
    m_list->view()->header()->resizeSection(AnsweredColumn, 28);
    m_list->view()->header()->resizeSection(TextColumn, 380);
    m_list->view()->header()->resizeSection(AboutColumn, 160);

    m_editor = new ObjectEditor(document, Collection::Questions);
    addHintAndDetail(m_stack, QStringLiteral("Select a question to answer it or edit it"),
                     scrollingPage(m_editor, QMargins(6, 0, 6, 6)));
    layOutListAndDetail(this, m_list, m_stack, 3, 2);

    connect(m_quickAdd, &QLineEdit::returnPressed, this, [this] { addQuestion(m_quickAdd->text()); });
    m_quickAdd->setReadOnly(document->isReadOnly());
    connect(document, &Document::readOnlyChanged, m_quickAdd, &QLineEdit::setReadOnly);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this](int index) { setShowAnswered(index == 1); });
    connect(selection, &SelectionModel::selectionChanged, this, &QuestionsPanel::updateQuickAddHint);
    connect(m_list, &ObjectList::currentIdChanged, this, &QuestionsPanel::currentChanged);
    connect(m_list, &ObjectList::activated, this, &QuestionsPanel::activated);
    // An answered question leaves the "Open" list when its status changes.
    connect(m_list->listModel(), &QAbstractItemModel::dataChanged, m_list->filter(), &ObjectListFilter::refilter);
    setShowAnswered(false);
    updateQuickAddHint();
    currentChanged(QString());
}

QString QuestionsPanel::currentQuestion() const { return m_editor->hasObject() ? m_editor->objectId() : QString(); }

void QuestionsPanel::updateQuickAddHint()
{
    QStringList about;
    for (const ObjectRef &ref : m_selection->selection())
        if (ref.collection != Collection::Questions)
            about << ref.id;
    QString target = about.isEmpty() ? QStringLiteral("the system")
                     : about.size() <= 2 ? about.join(QStringLiteral(", "))
                                         : QStringLiteral("%1 objects").arg(about.size());
    m_quickAdd->setPlaceholderText(QStringLiteral("Ask a question about %1… (Enter)").arg(target));
}

void QuestionsPanel::addQuestion(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return;
    Question q;
    q.id = nextNumberedId(m_document->model(), QStringLiteral("q"), 3);
    q.text = trimmed;
    q.status = QuestionStatus::Open;
    for (const ObjectRef &ref : m_selection->selection())
        if (ref.collection != Collection::Questions)
            q.about << ref.id;
    m_document->execute(new AddObjectCommand<Question>(m_document, q));
    m_quickAdd->clear();  // ready for the next one; the focus stays here
    showQuestion(q.id);
}

void QuestionsPanel::setAnswered(const QString &id, bool answered)
{
    auto *command = new QUndoCommand;
    new SetFieldCommand(m_document, ObjectRef{Collection::Questions, id}, QStringLiteral("status"),
                        enumName(answered ? QuestionStatus::Answered : QuestionStatus::Open), command);
    command->setText(answered ? QStringLiteral("Mark %1 answered").arg(id) : QStringLiteral("Reopen %1").arg(id));
    m_document->execute(command);
}

void QuestionsPanel::setShowAnswered(bool show)
{
    if (m_statusFilter->currentIndex() != (show ? 1 : 0))
        m_statusFilter->setCurrentIndex(show ? 1 : 0);
    if (show) {
        m_list->filter()->setCondition({});
        return;
    }
    const Document *document = m_document;
    m_list->filter()->setCondition([document](const QString &id) {
        const Question *q = findObject<Question>(document->model(), id);
        return q && !isAnswered(*q);
    });
}

void QuestionsPanel::showQuestion(const QString &id)
{
    m_list->setCurrentId(id);
    currentChanged(id);
}

void QuestionsPanel::currentChanged(const QString &id)
{
    m_editor->setObjectId(id);
    m_stack->setCurrentIndex(!id.isEmpty() && m_editor->hasObject() ? 1 : 0);
}

}  // namespace lintel
