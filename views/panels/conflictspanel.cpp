#include "views/panels/conflictspanel.h"

#include "model/compare/applyversioncommand.h"
#include "model/compare/flatfields.h"
#include "model/document/document.h"

#include <QGridLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lintel {

namespace {

QString conflictTitle(const MergeConflict &c)
{
    const QString object = c.id.isEmpty() ? c.section : c.section + u' ' + c.id;
    return c.isWholeObject() ? object + QStringLiteral(" (deleted on one side, changed on the other)")
                             : object + QStringLiteral(" · ") + c.field;
}

QPlainTextEdit *sideView(QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    view->setMaximumHeight(80);
    return view;
}

// What the user typed, in the shape of the value it replaces: a list stays a
// list (items separated by commas), anything else is one scalar.
YamlValue typedValue(const QString &text, const YamlValue &shape)
{
    if (text.trimmed().isEmpty())
        return {};
    if (shape.type != YamlValue::Type::Sequence)
        return scalarValue(text.trimmed());
    YamlValue list;
    list.type = YamlValue::Type::Sequence;
    for (const QString &item : text.split(u',', Qt::SkipEmptyParts))
        list.items.push_back(scalarValue(item.trimmed()));
    return list;
}

QString editableText(const YamlValue &value)
{
    if (value.type != YamlValue::Type::Sequence)
        return value.type == YamlValue::Type::Null ? QString() : valueText(value);
    QStringList items;
    for (const YamlValue &item : value.items)
        items << item.scalar;
    return items.join(QStringLiteral(", "));
}

}  // namespace

ConflictsPanel::ConflictsPanel(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_list(new QListWidget(this)), m_summary(new QLabel(this)),
      m_base(sideView(this)), m_ours(sideView(this)), m_theirs(sideView(this)),
      m_takeOurs(new QPushButton(tr("Take Ours"), this)), m_takeTheirs(new QPushButton(tr("Take Theirs"), this)),
      m_edit(new QPushButton(tr("Edit…"), this))
{
    setObjectName(QStringLiteral("conflicts"));
    m_summary->setWordWrap(true);
    m_takeOurs->setToolTip(tr("Keep the value of the branch merged into (already in the model)"));
    m_takeTheirs->setToolTip(tr("Use the value of the branch merged in"));
    m_edit->setToolTip(tr("Type the value to keep"));

    auto *sides = new QGridLayout;
    sides->addWidget(new QLabel(tr("Base"), this), 0, 0);
    sides->addWidget(new QLabel(tr("Ours"), this), 0, 1);
    sides->addWidget(new QLabel(tr("Theirs"), this), 0, 2);
    sides->addWidget(m_base, 1, 0);
    sides->addWidget(m_ours, 1, 1);
    sides->addWidget(m_theirs, 1, 2);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_takeOurs);
    buttons->addWidget(m_takeTheirs);
    buttons->addWidget(m_edit);
    auto *detail = new QVBoxLayout;
    detail->addWidget(m_summary);
    detail->addLayout(sides);
    detail->addLayout(buttons);
    detail->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_list, 2);
    layout->addLayout(detail, 5);

    connect(m_list, &QListWidget::currentRowChanged, this, &ConflictsPanel::showCurrent);
    connect(m_takeOurs, &QPushButton::clicked, this, &ConflictsPanel::takeOurs);
    connect(m_takeTheirs, &QPushButton::clicked, this, &ConflictsPanel::takeTheirs);
    connect(m_edit, &QPushButton::clicked, this, &ConflictsPanel::editValue);
    connect(m_document, &Document::contentChanged, this, &ConflictsPanel::reload);
    connect(m_document, &Document::modelReset, this, &ConflictsPanel::reload);
    reload();
}

void ConflictsPanel::reload()
{
    const int row = std::max(0, m_list->currentRow());
    const int before = int(m_conflicts.size());
    m_conflicts = readConflicts(m_document->model());
    m_list->clear();
    for (const MergeConflict &c : m_conflicts)
        m_list->addItem(conflictTitle(c));
    if (!m_conflicts.empty())
        m_list->setCurrentRow(std::min(row, int(m_conflicts.size()) - 1));
    showCurrent();
    if (before != int(m_conflicts.size()))
        emit countChanged(int(m_conflicts.size()));
}

void ConflictsPanel::showCurrent()
{
    const int row = m_list->currentRow();
    const bool has = row >= 0 && row < int(m_conflicts.size());
    for (QPushButton *b : {m_takeOurs, m_takeTheirs})
        b->setEnabled(has);
    m_edit->setEnabled(has && !m_conflicts[std::size_t(std::max(row, 0))].isWholeObject());
    if (!has) {
        m_summary->setText(m_conflicts.empty() ? tr("No merge conflicts.") : QString());
        for (QPlainTextEdit *side : {m_base, m_ours, m_theirs})
            side->clear();
        return;
    }
    const MergeConflict &c = m_conflicts[std::size_t(row)];
    m_summary->setText(tr("%1 of %2: both branches changed <b>%3</b>. The model holds ours until you choose.")
                           .arg(row + 1)
                           .arg(m_conflicts.size())
                           .arg(conflictTitle(c).toHtmlEscaped()));
    m_base->setPlainText(valueText(c.base));
    m_ours->setPlainText(valueText(c.ours));
    m_theirs->setPlainText(valueText(c.theirs));
    emit objectActivated(c.section, c.id);
}

bool ConflictsPanel::resolveCurrent(const YamlValue &value, const QString &how)
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= int(m_conflicts.size()))
        return false;
    Model after = m_document->model();
    if (!resolveConflict(after, std::size_t(row), value))
        return false;
    const MergeConflict &c = m_conflicts[std::size_t(row)];
    return m_document->execute(new ApplyVersionCommand(
        m_document, std::move(after), tr("%1 for %2").arg(how, conflictTitle(c))));
}

void ConflictsPanel::takeOurs()
{
    const int row = m_list->currentRow();
    if (row >= 0 && row < int(m_conflicts.size()))
        resolveCurrent(m_conflicts[std::size_t(row)].ours, tr("Take ours"));
}

void ConflictsPanel::takeTheirs()
{
    const int row = m_list->currentRow();
    if (row >= 0 && row < int(m_conflicts.size()))
        resolveCurrent(m_conflicts[std::size_t(row)].theirs, tr("Take theirs"));
}

void ConflictsPanel::editValue()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= int(m_conflicts.size()))
        return;
    const MergeConflict &c = m_conflicts[std::size_t(row)];
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Resolve Conflict"), tr("Value of %1:").arg(c.field),
                                               QLineEdit::Normal, editableText(c.ours), &ok);
    if (ok)
        resolveCurrent(typedValue(text, c.ours.type == YamlValue::Type::Null ? c.theirs : c.ours), tr("Set value"));
}

}  // namespace lintel
