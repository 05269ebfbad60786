#include "app/gui/filesession.h"

#include "app/gui/prompts.h"
#include "model/io/modelfile.h"

#include <QFileInfo>
#include <QSettings>

namespace lintel {

namespace {
constexpr int kMaxRecent = 10;
const char *kRecentKey = "recentFiles";
}  // namespace

FileSession::FileSession(Document *document, QWidget *window)
    : QObject(window), m_document(document), m_window(window), m_prompts(Prompts::interactive())
{
}

QString FileSession::fileFilter()
{
    return QObject::tr("Lintel models (*.lintel *.yaml *.yml);;Lintel documents (*.lintel);;YAML models (*.yaml *.yml)");
}

bool FileSession::open(const QString &path)
{
    ModelLoadResult result = loadModelFile(path);
    if (!result.ok()) {
        QStringList lines;
        for (const Diagnostic &d : result.problems)
            lines << d.toString();
        m_prompts->tell(m_window, QMessageBox::Warning, tr("Cannot open model"),
                        tr("%1 could not be opened. Nothing was changed.\n\n%2")
                            .arg(QFileInfo(path).fileName(), lines.mid(0, 5).join(u'\n')),
                        lines.join(u'\n'));
        return false;
    }
    m_document->resetModel(std::move(*result.model));
    m_document->setFileName(QFileInfo(path).absoluteFilePath());
    m_document->setReadOnly(false);
    addRecent(QFileInfo(path).absoluteFilePath());
    emit opened(path);
    return true;
}

bool FileSession::openWithDialog()
{
    if (!maybeSave())
        return false;
    const QString path = m_prompts->openFileName(m_window, tr("Open model"), fileFilter());
    return !path.isEmpty() && open(path);
}

void FileSession::newModel()
{
    if (!maybeSave())
        return;
    Model model;
    model.system.name = tr("New system");
    View overview;
    overview.id = QStringLiteral("overview");
    overview.name = tr("Overview");
    model.views.push_back(overview);
    m_document->resetModel(std::move(model));
    m_document->setFileName(QString());
    m_document->setReadOnly(false);
}

bool FileSession::save()
{
    if (isReadOnly() || m_document->fileName().isEmpty())
        return saveAs();
    return saveTo(m_document->fileName(), QString());
}

bool FileSession::saveAs()
{
    QString suggested = m_document->fileName();
    if (suggested.isEmpty() || isReadOnly())
        suggested = QStringLiteral("model.lintel");
    QString path = m_prompts->saveFileName(m_window, tr("Save model as"), suggested, fileFilter());
    if (path.isEmpty())
        return false;
    if (modelFileFormat(path) == ModelFileFormat::Unknown)
        path += QStringLiteral(".lintel");
    if (!saveTo(path, QString()))
        return false;
    m_document->setReadOnly(false);
    return true;
}

bool FileSession::saveRevisionWithMessage()
{
    if (m_document->fileName().isEmpty() || isReadOnly()
        || modelFileFormat(m_document->fileName()) != ModelFileFormat::Lintel)
        return save();
    const std::optional<QString> message = m_prompts->text(
        m_window, tr("Save revision"), tr("What changed (e.g. \"after workshop 2 with the payments vendor\"):"));
    return message && saveTo(m_document->fileName(), *message);
}

bool FileSession::saveTo(const QString &path, const QString &message)
{
    QString error;
    if (!saveModelFile(m_document->model(), path, message, &error)) {
        m_prompts->tell(m_window, QMessageBox::Critical, tr("Cannot save"),
                        tr("The model was not saved; the file on disk is unchanged.\n\n%1").arg(error));
        return false;
    }
    m_document->setFileName(QFileInfo(path).absoluteFilePath());
    m_document->markSaved();
    addRecent(QFileInfo(path).absoluteFilePath());
    emit saved(path);
    return true;
}

bool FileSession::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const QString name = m_document->fileName().isEmpty() ? tr("The new model")
                                                          : QFileInfo(m_document->fileName()).fileName();
    const auto answer = m_prompts->ask(m_window, tr("Unsaved changes"),
                                       tr("%1 has unsaved changes. Save them?").arg(name),
                                       QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                       QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void FileSession::showReadOnly(Model model, const QString &title)
{
    m_document->resetModel(std::move(model));
    m_document->setFileName(title);
    m_document->setReadOnly(true);
}

QStringList FileSession::recentFiles() const
{
    return QSettings().value(QLatin1String(kRecentKey)).toStringList();
}

void FileSession::clearRecentFiles()
{
    QSettings().remove(QLatin1String(kRecentKey));
    emit recentFilesChanged();
}

void FileSession::addRecent(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecent)
        files.removeLast();
    QSettings().setValue(QLatin1String(kRecentKey), files);
    emit recentFilesChanged();
}

}  // namespace lintel
