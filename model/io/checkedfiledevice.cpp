#include "model/io/checkedfiledevice.h"

#include <cerrno>
#include <cstring>

namespace lintel {

namespace {

// Large enough that a many small writes cost few system calls, small enough
// to be nothing next to a model.
constexpr qint64 kBufferSize = 64 * 1024;

}  // namespace

CheckedFileDevice::CheckedFileDevice(FileOperations &operations, int fd)
    : m_operations(operations), m_fd(fd)
{
    m_buffer.reserve(kBufferSize);
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

CheckedFileDevice::~CheckedFileDevice()
{
    // The descriptor belongs to the save path, which closes it; a buffer
    // left unwritten here means the save failed already.
    QIODevice::close();
}

qint64 CheckedFileDevice::writeData(const char *data, qint64 size)
{
    if (m_error)
        return -1;
    if (m_buffer.size() + size > kBufferSize && !flushBuffer())
        return -1;
    if (size >= kBufferSize)
        return writeAll(data, size) ? size : -1;
    m_buffer.append(data, size);
    return size;
}

bool CheckedFileDevice::flushBuffer()
{
    if (m_error)
        return false;
    const bool ok = writeAll(m_buffer.constData(), m_buffer.size());
    m_buffer.clear();
    return ok;
}

bool CheckedFileDevice::writeAll(const char *data, qint64 size)
{
    while (size > 0) {
        std::size_t written = 0;
        int rc = m_operations.write(m_fd, data, std::size_t(size), &written);
        if (rc == 0 && written == 0)
            rc = ENOSPC;  // write(2) taking nothing without an error: no room
        if (rc != 0) {
            m_error = rc;
            setErrorString(QString::fromLocal8Bit(std::strerror(rc)));
            return false;
        }
        data += written;
        size -= qint64(written);
    }
    return true;
}

}  // namespace lintel
