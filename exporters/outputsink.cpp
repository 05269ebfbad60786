#include "exporters/outputsink.h"

#include "model/io/atomicsave.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>

namespace lintel {

bool OutputSink::writeBytes(const QString &relativePath, const QByteArray &bytes, QString *error)
{
    return write(relativePath, [&bytes](QIODevice &out, QString *err) {
        if (out.write(bytes) != bytes.size()) {
            *err = out.errorString();
            return false;
        }
        return true;
    }, error);
}

static bool isSafeRelativePath(const QString &path)
{
    // Names come from model ids, which users type: never let one climb out
    // of the output folder.
    if (path.isEmpty() || QDir::isAbsolutePath(path))
        return false;
    const QStringList parts = path.split(u'/');
    for (const QString &p : parts)
        if (p.isEmpty() || p == u"." || p == u"..")
            return false;
    return true;
}

bool FolderSink::write(const QString &relativePath, const Writer &writer, QString *error)
{
    if (!isSafeRelativePath(relativePath)) {
        *error = QStringLiteral("refusing to write outside the output folder: %1").arg(relativePath);
        return false;
    }
    const QString path = QDir(m_folder).filePath(relativePath);
    QString reason;
    if (!makeFolders(QFileInfo(path).absolutePath(), &reason)) {
        *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), reason);
        return false;
    }
    if (!saveFileAtomically(path, writer, ExistingFile::Replace, &reason)) {
        *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), reason);
        return false;
    }
    return true;
}

bool MemorySink::write(const QString &relativePath, const Writer &writer, QString *error)
{
    if (!isSafeRelativePath(relativePath)) {
        *error = QStringLiteral("refusing to write outside the output folder: %1").arg(relativePath);
        return false;
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!writer(buffer, error))
        return false;
    m_files[relativePath] = bytes;
    return true;
}

}  // namespace lintel
