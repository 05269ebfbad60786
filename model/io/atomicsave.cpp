#include "model/io/atomicsave.h"

#include "model/io/checkedfiledevice.h"
#include "model/io/fileerrors.h"
#include "model/io/fileoperations.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <cerrno>
#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

namespace lintel {

namespace {

// Leaves room for the prefix dot and the random suffix within NAME_MAX.
constexpr int kLongestTemporaryBase = 200;

// Where the bytes really go: a symbolic link is followed, so the link stays
// a link and its target gets the new content (as editors do).
QString resolvedTarget(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isSymLink())
        return info.absoluteFilePath();
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QFileInfo(info.symLinkTarget()).absoluteFilePath() : canonical;
}

// One save in progress: owns the temporary file until it is renamed.
class AtomicSave {
public:
    AtomicSave(const QString &path, ExistingFile existing)
        : m_ops(fileOperations()), m_name(QFileInfo(path).fileName()), m_target(resolvedTarget(path)),
          m_folder(QFileInfo(m_target).absolutePath()), m_existing(existing)
    {
    }

    bool run(const FileWriter &writer, QString *reason);
    // The errno value of the failure (EEXIST: the file was there), or 0.
    int failure() const { return m_failure; }

private:
    bool fail(int error, QString *reason);
    bool failWithText(const QString &what, QString *reason);
    void discardTemporary();
    int createTemporary(mode_t mode);
    QString notChanged() const;

    FileOperations &m_ops;
    QString m_name;    // as the user named it, for messages
    QString m_target;  // absolute, symbolic links followed
    QString m_folder;
    ExistingFile m_existing;
    bool m_existed = false;
    QByteArray m_temporary;
    int m_fd = -1;
    int m_failure = 0;
};

QString AtomicSave::notChanged() const
{
    return m_existed ? QStringLiteral("%1 was not changed").arg(m_name)
                     : QStringLiteral("%1 was not created").arg(m_name);
}

void AtomicSave::discardTemporary()
{
    if (m_fd >= 0)
        m_ops.close(m_fd);
    m_fd = -1;
    if (!m_temporary.isEmpty())
        m_ops.remove(m_temporary);
    m_temporary.clear();
}

bool AtomicSave::failWithText(const QString &what, QString *reason)
{
    discardTemporary();
    if (reason)
        *reason = QStringLiteral("%1; %2").arg(what, notChanged());
    return false;
}

bool AtomicSave::fail(int error, QString *reason)
{
    // Clean up first: free space is then what the user really has.
    discardTemporary();
    m_failure = error;
    if (error == EEXIST) {
        if (reason)
            *reason = QStringLiteral("already exists; it was left as it is");
        return false;
    }
    return failWithText(describeWriteError(error, m_folder), reason);
}

int AtomicSave::createTemporary(mode_t mode)
{
    const QString base = QFileInfo(m_target).fileName().left(kLongestTemporaryBase);
    for (int attempt = 0;; ++attempt) {
        // The process id lets a later save tell a dead program's leftover
        // from a save still running (removeAbandonedTemporaries).
        const QString name = QStringLiteral(".%1.%2.%3.tmp")
                                 .arg(base)
                                 .arg(qint64(::getpid()))
                                 .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
        const QByteArray path = QFile::encodeName(QDir(m_folder).filePath(name));
        const int rc = m_ops.createExclusive(path, mode, &m_fd);
        if (rc == 0)
            m_temporary = path;
        if (rc != EEXIST || attempt == 99)
            return rc;
    }
}

bool AtomicSave::run(const FileWriter &writer, QString *reason)
{
    removeAbandonedTemporaries(m_target);
    struct stat old {};
    m_existed = ::stat(QFile::encodeName(m_target).constData(), &old) == 0;
    if (m_existed && S_ISDIR(old.st_mode))
        return fail(EISDIR, reason);
    if (m_existed && m_existing == ExistingFile::Refuse)
        return fail(EEXIST, reason);
    const QFileInfo folder(m_folder);
    if (!folder.isDir())
        return fail(folder.exists() ? ENOTDIR : ENOENT, reason);

    if (const int rc = createTemporary(0666))  // the umask applies, as for any new file
        return fail(rc, reason);
    if (m_existed) {
        // The replacement keeps who may read it: a private file stays private.
        if (const int rc = m_ops.changeMode(m_fd, old.st_mode & 07777))
            return fail(rc, reason);
        if (::geteuid() == 0 && ::fchown(m_fd, old.st_uid, old.st_gid) != 0) {
            // Best effort: root saving someone's file should leave it theirs.
        }
    }

    {
        CheckedFileDevice out(m_ops, m_fd);
        QString writerError;
        const bool wrote = writer(out, &writerError);
        out.flushBuffer();  // its failure shows in firstError()
        if (out.firstError())
            return fail(out.firstError(), reason);
        if (!wrote)
            return failWithText(writerError.isEmpty() ? QStringLiteral("the content could not be produced")
                                                      : writerError,
                                reason);
    }
    if (const int rc = m_ops.sync(m_fd))
        return fail(rc, reason);
    const int closed = m_ops.close(m_fd);
    m_fd = -1;
    if (closed)
        return fail(closed, reason);

    const QByteArray target = QFile::encodeName(m_target);
    const int renamed = m_existing == ExistingFile::Replace ? m_ops.rename(m_temporary, target)
                                                            : m_ops.renameNoReplace(m_temporary, target);
    if (renamed)
        return fail(renamed, reason);
    m_temporary.clear();

    // Past the point of no return: the new content is in place. Without the
    // folder's sync a power cut could still bring the old file back, which
    // the user must hear about.
    if (const int rc = m_ops.syncFolder(QFile::encodeName(m_folder))) {
        if (reason)
            *reason = QStringLiteral("%1 was written, but %2 could not be synced to disk (%3); "
                                     "the change may be lost if the computer stops now")
                          .arg(m_name, QDir::toNativeSeparators(m_folder), describeWriteError(rc, m_folder));
        return false;
    }
    return true;
}

}  // namespace

bool saveFileAtomically(const QString &path, const FileWriter &writer, ExistingFile existing,
                        QString *reason)
{
    return AtomicSave(path, existing).run(writer, reason);
}

bool saveFileAtomically(const QString &path, const QByteArray &bytes, ExistingFile existing,
                        QString *reason)
{
    return saveFileAtomically(path, [&bytes](QIODevice &out, QString *) {
        out.write(bytes);  // a failure is noticed by the device
        return true;
    }, existing, reason);
}

NewFileOutcome createFileAtomically(const QString &path, const QByteArray &bytes, QString *reason)
{
    AtomicSave save(path, ExistingFile::Refuse);
    if (save.run([&bytes](QIODevice &out, QString *) { return out.write(bytes) == bytes.size(); }, reason))
        return NewFileOutcome::Created;
    return save.failure() == EEXIST ? NewFileOutcome::AlreadyExists : NewFileOutcome::Failed;
}

bool makeFolders(const QString &folder, QString *reason)
{
    const QString absolute = QFileInfo(folder).absoluteFilePath();
    if (QFileInfo(absolute).isDir())
        return true;
    const QString parent = QFileInfo(absolute).absolutePath();
    if (parent != absolute && !makeFolders(parent, reason))
        return false;
    if (::mkdir(QFile::encodeName(absolute).constData(), 0777) == 0 || errno == EEXIST) {
        if (QFileInfo(absolute).isDir())
            return true;
        errno = ENOTDIR;
    }
    const int error = errno;
    if (reason)
        *reason = QStringLiteral("cannot create the folder %1: %2")
                      .arg(QDir::toNativeSeparators(absolute), describeWriteError(error, error == ENOTDIR ? absolute : parent));
    return false;
}

QString temporaryFilePrefix(const QString &path)
{
    return QStringLiteral(".%1.").arg(QFileInfo(resolvedTarget(path)).fileName().left(kLongestTemporaryBase));
}

int removeAbandonedTemporaries(const QString &path)
{
    const QString target = resolvedTarget(path);
    const QString prefix = temporaryFilePrefix(target);
    const QDir folder = QFileInfo(target).absoluteDir();
    const QStringList names = folder.entryList({prefix + QStringLiteral("*.tmp")},
                                               QDir::Files | QDir::Hidden | QDir::System);
    int removed = 0;
    for (const QString &name : names) {
        // Exactly "PID.RANDOM.tmp" after the prefix: so the temporaries of
        // "model.yaml.1" (one more part) are never taken for ours.
        const QStringList parts = name.mid(prefix.size()).split(u'.');
        bool pidOk = false;
        bool randomOk = false;
        const qint64 pid = parts.size() == 3 ? parts[0].toLongLong(&pidOk) : 0;
        if (parts.size() == 3)
            parts[1].toUInt(&randomOk, 16);
        if (!pidOk || !randomOk || parts[1].size() != 8 || pid <= 0 || pid != qint64(pid_t(pid)))
            continue;
        // Only "no such process" counts as gone; EPERM means it runs under
        // another user, whose save may still be writing.
        if (::kill(pid_t(pid), 0) == 0 || errno != ESRCH)
            continue;
        if (fileOperations().remove(QFile::encodeName(folder.filePath(name))) == 0)
            ++removed;
    }
    return removed;
}

}  // namespace lintel
