#include "app/gui/importactions.h"

#include "app/gui/prompts.h"
#include "importers/drift/contractdrift.h"
#include "importers/importer.h"
#include "importers/merge/importmerge.h"
#include "importers/openapi/openapiimporter.h"
#include "model/compare/applyversioncommand.h"
#include "model/document/document.h"
#include "model/index/lookup.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QTableWidget>
#include <QVBoxLayout>
#include <optional>

namespace lintel {

namespace {

std::optional<QByteArray> readAll(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot be read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

QString joinDiagnostics(const Diagnostics &problems)
{
    QStringList lines;
    for (const Diagnostic &d : problems)
        lines << d.toString();
    return lines.join(u'\n');
}

QString reportText(const ImportReport &report)
{
    QStringList lines;
    for (const ImportChange &c : report.changes)
        lines << QStringLiteral("%1 %2 %3").arg(changeKindName(c.kind), c.what, c.id);
    return lines.join(u'\n');
}

}  // namespace

ImportActions::ImportActions(Parts parts, QObject *parent) : QObject(parent), m_parts(std::move(parts)) {}

void ImportActions::populateMenu(QMenu *menu)
{
    for (const auto &importer : importers()) {
        const QString format = importer->id();
        menu->addAction(importer->description().section(u'.', 0, 0) + QStringLiteral("…"), this, [this, format] {
            const QString path = m_parts.prompts()->openFileName(m_parts.window, tr("Import"),
                                                                 tr("Documents (*.yaml *.yml *.json *.dsl);;All files (*)"));
            if (!path.isEmpty())
                importFile(format, path);
        });
    }
    menu->addSeparator();
    QAction *drift = menu->addAction(tr("Check Contract Against OpenAPI…"), this, [this] {
        const QString api = m_parts.currentApi();
        const QString path = m_parts.prompts()->openFileName(m_parts.window, tr("Check Against OpenAPI"),
                                                             tr("OpenAPI documents (*.yaml *.yml *.json)"));
        if (path.isEmpty())
            return;
        if (const auto drifts = checkDrift(api, path))
            showDrift(api, path, *drifts);
    });
    connect(menu, &QMenu::aboutToShow, this, [this, drift] {
        drift->setEnabled(!m_parts.currentApi().isEmpty());
        drift->setToolTip(drift->isEnabled() ? QString() : tr("Select a contract in the API Contracts panel first"));
    });
}

bool ImportActions::importFile(const QString &format, const QString &path)
{
    Prompts *prompts = m_parts.prompts();
    const Importer *importer = findImporter(format);
    QString error;
    const std::optional<QByteArray> bytes = readAll(path, &error);
    if (!importer || !bytes) {
        prompts->tell(m_parts.window, QMessageBox::Warning, tr("Import"), error.isEmpty() ? tr("Unknown format") : error);
        return false;
    }
    const ImportResult result = importer->read({*bytes, path});
    if (!result.ok()) {
        prompts->tell(m_parts.window, QMessageBox::Warning, tr("Import"),
                      tr("%1 could not be imported; the model is unchanged.").arg(QFileInfo(path).fileName()),
                      joinDiagnostics(result.errors));
        return false;
    }
    Model merged = m_parts.document->model();
    const ImportReport report = mergeImport(merged, result.fragment, {});
    const int added = report.count(ImportChange::Kind::Added);
    const int changed = report.count(ImportChange::Kind::Changed);
    const int vanished = report.count(ImportChange::Kind::Vanished);
    if (merged == m_parts.document->model()) {
        prompts->tell(m_parts.window, QMessageBox::Information, tr("Import"),
                      tr("%1 holds nothing the model does not already have.").arg(QFileInfo(path).fileName()));
        return false;
    }
    if (!m_parts.document->execute(new ApplyVersionCommand(
            m_parts.document, std::move(merged), tr("Import %1").arg(QFileInfo(path).fileName()))))
        return false;
    QString summary = tr("Imported %1: %2 added, %3 changed.").arg(QFileInfo(path).fileName()).arg(added).arg(changed);
    if (vanished > 0)
        summary += tr(" %1 no longer in the document, kept (remove them by hand, or with `lintel-cli import --prune`).")
                       .arg(vanished);
    summary += tr(" Edit → Undo takes it back.");
    prompts->tell(m_parts.window, QMessageBox::Information, tr("Import"), summary,
                  reportText(report) + (result.notes.isEmpty() ? QString() : u'\n' + result.notes.join(u'\n')));
    return true;
}

std::optional<std::vector<Drift>> ImportActions::checkDrift(const QString &apiId, const QString &path)
{
    Prompts *prompts = m_parts.prompts();
    const Api *modelled = findObject<Api>(m_parts.document->model(), apiId);
    QString error;
    const std::optional<QByteArray> bytes = readAll(path, &error);
    if (!modelled || !bytes) {
        prompts->tell(m_parts.window, QMessageBox::Warning, tr("Check Against OpenAPI"),
                      modelled ? error : tr("No API contract is selected."));
        return std::nullopt;
    }
    Diagnostics errors;
    QStringList notes;
    const std::optional<Api> spec = readOpenApiContract({*bytes, path}, errors, notes);
    if (!spec) {
        prompts->tell(m_parts.window, QMessageBox::Warning, tr("Check Against OpenAPI"),
                      tr("%1 could not be read as OpenAPI.").arg(QFileInfo(path).fileName()), joinDiagnostics(errors));
        return std::nullopt;
    }
    return compareContracts(*modelled, *spec);
}

void ImportActions::showDrift(const QString &apiId, const QString &path, const std::vector<Drift> &drifts)
{
    QDialog dialog(m_parts.window);
    dialog.setWindowTitle(tr("Drift of %1").arg(apiId));
    dialog.resize(760, 360);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(drifts.empty()
                                     ? tr("<b>%1</b> matches %2: no drift.").arg(apiId, QFileInfo(path).fileName())
                                     : tr("<b>%1</b> differs from %2 in %3 ways:")
                                           .arg(apiId, QFileInfo(path).fileName())
                                           .arg(drifts.size()),
                                 &dialog));
    auto *table = new QTableWidget(int(drifts.size()), 3, &dialog);
    table->setObjectName(QStringLiteral("driftTable"));
    table->setHorizontalHeaderLabels({tr("Kind"), tr("Subject"), tr("What differs")});
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < int(drifts.size()); ++row) {
        const Drift &d = drifts[std::size_t(row)];
        table->setItem(row, 0, new QTableWidgetItem(d.kind));
        table->setItem(row, 1, new QTableWidgetItem(d.subject));
        table->setItem(row, 2, new QTableWidgetItem(d.message));
    }
    table->resizeColumnsToContents();
    layout->addWidget(table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    m_parts.prompts()->run(dialog);
}

}  // namespace lintel
