#include "app/gui/exportdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace lintel {

ExportDialog::ExportDialog(const Model &model, const QString &sourceFile, QWidget *parent)
    : QDialog(parent), m_model(model), m_sourceFile(sourceFile)
{
    setWindowTitle(tr("Export"));
    m_list = new QListWidget(this);
    for (const auto &exporter : exporters()) {
        auto *item = new QListWidgetItem(exporter->title(), m_list);
        item->setData(Qt::UserRole, exporter->id());
        item->setToolTip(exporter->description());
        item->setCheckState(Qt::Checked);
    }
    const QString defaultFolder = QSettings().value(QStringLiteral("exportFolder"),
        sourceFile.isEmpty() ? QDir::homePath() + QStringLiteral("/lintel-export")
                             : QFileInfo(sourceFile).absolutePath() + QStringLiteral("/export")).toString();
    m_folder = new QLineEdit(defaultFolder, this);
    auto *browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Export into"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder);
    folderRow->addWidget(browse);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_result = new QPlainTextEdit(this);
    m_result->setReadOnly(true);
    m_result->setPlaceholderText(tr("What was written, or what went wrong, appears here."));

    auto *buttons = new QDialogButtonBox(this);
    m_exportButton = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Close);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_runner.isRunning())
            m_runner.cancel();
        else
            reject();
    });

    auto *form = new QFormLayout;
    form->addRow(tr("Exporters:"), m_list);
    form->addRow(tr("Folder:"), folderRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_result, 1);
    layout->addWidget(buttons);
    resize(560, 520);

    connect(&m_runner, &ExportRunner::progress, this, [this](double fraction, const QString &text) {
        m_progress->setValue(int(fraction * 1000));
        m_progress->setFormat(text);
    });
    connect(&m_runner, &ExportRunner::finished, this, &ExportDialog::onFinished);
}

void ExportDialog::preset(const QStringList &ids, const QString &folder)
{
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setCheckState(ids.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    if (!folder.isEmpty())
        m_folder->setText(folder);
}

QStringList ExportDialog::checkedIds() const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            ids << m_list->item(i)->data(Qt::UserRole).toString();
    return ids;
}

void ExportDialog::startExport()
{
    const QStringList ids = checkedIds();
    if (ids.isEmpty()) {
        m_result->setPlainText(tr("Choose at least one exporter."));
        return;
    }
    const QString folder = m_folder->text().trimmed();
    if (folder.isEmpty() || !QDir().mkpath(folder)) {
        m_result->setPlainText(tr("Cannot create the folder %1.").arg(folder));
        return;
    }
    QSettings().setValue(QStringLiteral("exportFolder"), folder);
    m_exportButton->setEnabled(false);
    m_cancelButton->setText(tr("Cancel"));
    m_result->setPlainText(tr("Exporting…"));
    m_runner.start(m_model, ids, folder, m_sourceFile);
}

void ExportDialog::onFinished(const ExportOutcome &outcome)
{
    m_exportButton->setEnabled(true);
    m_cancelButton->setText(tr("Close"));
    m_progress->setValue(outcome.ok ? 1000 : 0);
    m_progress->setFormat(outcome.ok ? tr("Done") : tr("Failed"));
    QStringList lines;
    if (outcome.ok)
        lines << tr("Wrote %n file(s) into %1:", nullptr, int(outcome.files.size())).arg(m_folder->text());
    else
        lines << tr("Export failed: %1").arg(outcome.error);
    for (const QString &f : outcome.files)
        lines << QStringLiteral("  ") + f;
    if (!outcome.messages.isEmpty()) {
        lines << QString() << tr("Notes:");
        for (const QString &m : outcome.messages)
            lines << QStringLiteral("  ") + m;
    }
    m_result->setPlainText(lines.join(u'\n'));
}

QString ExportDialog::resultText() const
{
    return m_result->toPlainText();
}

}  // namespace lintel
