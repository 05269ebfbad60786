#pragma once
// Where an exporter's files go. Exporters never open files themselves: they
// hand the sink a relative path and a function that writes to a QIODevice.
// FolderSink makes each file through the checked, atomic save path
// (model/io/atomicsave.h), MemorySink keeps bytes in memory so tests need
// no disk.
#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <functional>
#include <map>

namespace lintel {

class OutputSink {
public:
    virtual ~OutputSink() = default;
    using Writer = std::function<bool(QIODevice &out, QString *error)>;
    // Creates `relativePath` (forward slashes; sub-folders are made as needed)
    // with what `writer` writes. Returns false with `error` set on failure;
    // a failed file is never left half-written.
    virtual bool write(const QString &relativePath, const Writer &writer, QString *error) = 0;
    bool writeBytes(const QString &relativePath, const QByteArray &bytes, QString *error);
};

class FolderSink final : public OutputSink {
public:
    explicit FolderSink(QString folder) : m_folder(std::move(folder)) {}
    bool write(const QString &relativePath, const Writer &writer, QString *error) override;
    QString folder() const { return m_folder; }
private:
    QString m_folder;
};

class MemorySink final : public OutputSink {
public:
    bool write(const QString &relativePath, const Writer &writer, QString *error) override;
    const std::map<QString, QByteArray> &files() const { return m_files; }
private:
    std::map<QString, QByteArray> m_files;
};

}  // namespace lintel
