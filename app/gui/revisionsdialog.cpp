#include "app/gui/revisionsdialog.h"

#include "app/gui/prompts.h"
#include "model/storage/lintelfile.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lintel {

RevisionsDialog::RevisionsDialog(const QString &lintelFile, Prompts *prompts, QWidget *parent)
    : QDialog(parent), m_file(lintelFile), m_prompts(prompts)
{
    setWindowTitle(tr("Revisions of %1").arg(lintelFile));
    m_list = new QTreeWidget(this);
    m_list->setHeaderLabels({tr("#"), tr("Saved"), tr("Author"), tr("Message")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(3, QHeaderView::Stretch);

    Diagnostic error;
    const auto file = LintelFile::open(lintelFile, LintelFile::Access::ReadOnly, &error);
    const auto revisions = file ? file->revisions(&error) : std::nullopt;
    auto *note = new QLabel(this);
    if (!revisions) {
        note->setText(error.toString());
    } else {
        note->setText(tr("Open a revision to see the model as it was then (read-only)."));
        for (auto it = revisions->rbegin(); it != revisions->rend(); ++it) {
            auto *item = new QTreeWidgetItem(m_list, {QString::number(it->number),
                                                      it->createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                                      it->author, it->message});
            item->setData(0, Qt::UserRole, it->number);
        }
        if (m_list->topLevelItemCount() > 0)
            m_list->setCurrentItem(m_list->topLevelItem(0));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (QTreeWidgetItem *item = m_list->currentItem())
            chooseRevision(item->data(0, Qt::UserRole).toInt());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this,
            [this](QTreeWidgetItem *item) { chooseRevision(item->data(0, Qt::UserRole).toInt()); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(640, 360);
}

bool RevisionsDialog::hasRevisions() const
{
    return m_list->topLevelItemCount() > 0;
}

void RevisionsDialog::chooseRevision(int number)
{
    Diagnostic error;
    const auto file = LintelFile::open(m_file, LintelFile::Access::ReadOnly, &error);
    std::optional<Model> model = file ? file->loadRevision(number, &error) : std::nullopt;
    if (!model) {
        m_prompts->tell(this, QMessageBox::Warning, tr("Cannot open revision"),
                        tr("Revision %1 could not be read; the model shown is unchanged.\n\n%2")
                            .arg(number)
                            .arg(error.toString()));
        return;
    }
    m_model = std::move(model);
    m_revision = number;
    accept();
}

}  // namespace lintel
