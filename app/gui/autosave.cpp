#include "app/gui/autosave.h"

#include "model/io/atomicsave.h"
#include "model/yaml/yamlio.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QThreadPool>
#include <QUuid>

namespace lintel {

namespace {

QString notePath(const QString &autosaveFile)
{
    return autosaveFile + QStringLiteral(".json");
}

QString lockPath(const QString &autosaveFile)
{
    return autosaveFile + QStringLiteral(".lock");
}

// True when the session that wrote `autosaveFile` still runs: its lock is
// held by a live process. A lock left by a dead process counts as free
// (QLockFile checks the process id); age alone never frees it, since a
// session may run for days.
bool sessionIsRunning(const QString &autosaveFile)
{
    QLockFile lock(lockPath(autosaveFile));
    lock.setStaleLockTime(0);
    if (lock.tryLock(0)) {
        lock.unlock();
        return false;
    }
    return lock.error() == QLockFile::LockFailedError;
}

// Runs on a pool thread with its own copy of the model, so a large model
// never stalls typing. Returns why it failed, or nothing. The note is
// written after the copy, so a note never points at a missing or old copy.
QString writeAutosave(const Model &model, const QString &file, const QString &original)
{
    QString reason;
    if (!makeFolders(QFileInfo(file).absolutePath(), &reason))
        return QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(file), reason);
    const QJsonObject note{{QStringLiteral("original"), original},
                           {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    for (const auto &[path, bytes] : {std::pair{file, writeYaml(model)},
                                      std::pair{notePath(file), QJsonDocument(note).toJson(QJsonDocument::Compact)}}) {
        if (!saveFileAtomically(path, bytes, ExistingFile::Replace, &reason))
            return QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), reason);
    }
    return {};
}

}  // namespace

QString Autosave::directory()
{
    const QByteArray overridden = qgetenv("LINTEL_AUTOSAVE_DIR");
    if (!overridden.isEmpty())
        return QString::fromLocal8Bit(overridden);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/autosave");
}

Autosave::Autosave(Document *document, int intervalMs, QObject *parent)
    : QObject(parent), m_document(document)
{
    // One file per editor session: two windows never overwrite each other.
    m_file = QDir(directory()).filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".yaml"));
    QDir().mkpath(directory());
    m_alive = std::make_unique<QLockFile>(lockPath(m_file));
    m_alive->setStaleLockTime(0);
    if (!m_alive->tryLock(0))
        qWarning("Autosave: cannot create the lock file %s", qPrintable(lockPath(m_file)));
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &Autosave::onTimer);
    m_timer.start();
    connect(document, &Document::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            discard();
    });
}

Autosave::~Autosave()
{
    QThreadPool::globalInstance()->waitForDone();
}

void Autosave::onTimer()
{
    if (!m_document->isModified() || m_writing.exchange(true))
        return;
    Model copy = m_document->model();
    const QString file = m_file;
    const QString original = m_document->fileName();
    QThreadPool::globalInstance()->start([this, copy = std::move(copy), file, original] {
        const QString error = writeAutosave(copy, file, original);
        if (!error.isEmpty())  // nobody to tell on this thread; the next save will try again
            qWarning("Autosave failed: %s", qPrintable(error));
        m_writing = false;
    });
}

bool Autosave::saveNow()
{
    QThreadPool::globalInstance()->waitForDone();
    m_lastError = writeAutosave(m_document->model(), m_file, m_document->fileName());
    return m_lastError.isEmpty();
}

void Autosave::discard()
{
    QThreadPool::globalInstance()->waitForDone();
    QFile::remove(m_file);
    QFile::remove(notePath(m_file));
}

std::vector<Autosave::Recovery> Autosave::pendingRecoveries()
{
    std::vector<Recovery> out;
    const QDir dir(directory());
    for (const QFileInfo &info : dir.entryInfoList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Time)) {
        if (sessionIsRunning(info.absoluteFilePath()))
            continue;
        QFile noteFile(notePath(info.absoluteFilePath()));
        Recovery r;
        r.autosaveFile = info.absoluteFilePath();
        r.savedAt = info.lastModified();
        if (noteFile.open(QIODevice::ReadOnly)) {
            const QJsonObject note = QJsonDocument::fromJson(noteFile.readAll()).object();
            r.originalFile = note.value(QStringLiteral("original")).toString();
            const QDateTime at = QDateTime::fromString(note.value(QStringLiteral("savedAt")).toString(), Qt::ISODate);
            if (at.isValid())
                r.savedAt = at;
        }
        out.push_back(r);
    }
    return out;
}

void Autosave::discardRecovery(const Recovery &recovery)
{
    QFile::remove(recovery.autosaveFile);
    QFile::remove(notePath(recovery.autosaveFile));
}

}  // namespace lintel
