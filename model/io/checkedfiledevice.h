#pragma once
// A write-only QIODevice over a file descriptor where no write failure can
// go unnoticed. Writers (exporters, the YAML writer) often ignore what
// write() returns; this device remembers the first error, so the save path
// asks it afterwards instead of trusting the writer. Bytes are gathered in
// a buffer and handed to FileOperations::write in a loop until all are out
// (write(2) may take fewer bytes than given, e.g. just before a disk fills).
#include "model/io/fileoperations.h"

#include <QByteArray>
#include <QIODevice>

namespace lintel {

class CheckedFileDevice final : public QIODevice {
public:
    CheckedFileDevice(FileOperations &operations, int fd);
    ~CheckedFileDevice() override;

    // Writes out the buffer; false when it (or any earlier write) failed.
    bool flushBuffer();
    // 0, or the errno value of the first failed write.
    int firstError() const { return m_error; }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    bool writeAll(const char *data, qint64 size);

    FileOperations &m_operations;
    int m_fd;
    QByteArray m_buffer;
    int m_error = 0;
};

}  // namespace lintel
