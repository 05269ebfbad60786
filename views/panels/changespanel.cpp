#include "views/panels/changespanel.h"

#include "views/findingnames.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lintel {

namespace {

constexpr int kRefRole = Qt::UserRole + 1;

QString fieldLine(const FieldChange &field)
{
    if (field.isSet) {
        QStringList parts;
        for (const QString &item : field.added)
            parts << QStringLiteral("+ ") + item;
        for (const QString &item : field.removed)
            parts << QStringLiteral("− ") + item;
        return field.pathText() + QStringLiteral(": ") + parts.join(QStringLiteral(", "));
    }
    return QStringLiteral("%1: %2 → %3").arg(field.pathText(), field.beforeText(), field.afterText());
}

QString objectLine(const ObjectChange &change, const Model &other, const Model &current)
{
    // A removed object is named as the other version had it.
    const QString name = !change.collection                       ? change.id
                         : change.status == ChangeStatus::Removed ? displayName(other, change.id)
                                                                  : displayName(current, change.id);
    QString line = QStringLiteral("%1 %2").arg(changeStatusName(change.status), name.isEmpty() ? change.section : name);
    if (change.status == ChangeStatus::Renamed)
        line += QStringLiteral(" (was %1)").arg(change.oldId);
    if (const int moved = change.movedElements())
        line += QStringLiteral(" · %1 element%2 moved").arg(moved).arg(moved == 1 ? "" : "s");
    return line;
}

}  // namespace

QColor ChangesPanel::colourFor(ChangeStatus status)
{
    switch (status) {
    case ChangeStatus::Added: return QColor(0x2e, 0x9e, 0x44);
    case ChangeStatus::Removed: return QColor(0xd0, 0x30, 0x30);
    case ChangeStatus::Changed:
    case ChangeStatus::Renamed: break;
    }
    return QColor(0xe0, 0x8a, 0x00);
}

ChangesPanel::ChangesPanel(QWidget *parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_leave(new QPushButton(tr("Leave Compare"), this)),
      m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("changes"));
    m_summary->setWordWrap(true);
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_leave);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tree);
    connect(m_leave, &QPushButton::clicked, this, &ChangesPanel::leaveRequested);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        // A field row stands for its object.
        while (item && !item->data(0, kRefRole).isValid())
            item = item->parent();
        if (!item)
            return;
        const QStringList ref = item->data(0, kRefRole).toStringList();
        emit objectActivated({Collection(ref.value(0).toInt()), ref.value(1)});
    });
}

void ChangesPanel::showDiff(const QString &label, const ModelDiff &diff, const RiskDelta &risks, const Model &other,
                            const Model &current)
{
    int added = 0, changed = 0, removed = 0;
    for (const SectionCounts &c : diff.counts()) {
        added += c.added;
        changed += c.changed + c.renamed;
        removed += c.removed;
    }
    m_summary->setText(tr("Compared with <b>%1</b>: %2 added, %3 changed, %4 removed · findings: %5 new, %6 resolved")
                           .arg(label.toHtmlEscaped())
                           .arg(added)
                           .arg(changed)
                           .arg(removed)
                           .arg(risks.introduced.size())
                           .arg(risks.resolved.size()));
    m_tree->clear();
    QTreeWidgetItem *section = nullptr;
    for (const ObjectChange &change : diff.changes) {
        if (!section || section->text(0) != change.section) {
            section = new QTreeWidgetItem(m_tree, {change.section});
            QFont bold = section->font(0);
            bold.setBold(true);
            section->setFont(0, bold);
            section->setExpanded(true);
        }
        auto *object = new QTreeWidgetItem(section, {objectLine(change, other, current)});
        object->setForeground(0, colourFor(change.status));
        object->setToolTip(0, change.id);
        if (change.collection && change.status != ChangeStatus::Removed)
            object->setData(0, kRefRole, QStringList{QString::number(int(*change.collection)), change.id});
        if (change.status == ChangeStatus::Changed)
            for (const FieldChange &field : change.fields)
                if (!field.isLayout)
                    new QTreeWidgetItem(object, {fieldLine(field)});
    }
}

}  // namespace lintel
