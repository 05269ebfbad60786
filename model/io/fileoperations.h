#pragma once
// The few file-system calls the save path makes (model/io/atomicsave.h),
// behind an interface so tests can make the n-th write, sync, close or
// rename fail the way a full or broken disk would. The default forwards to
// POSIX. Every call returns 0 on success or an errno value: no hidden
// global state, so a fake can report any error it likes.
#include <QByteArray>
#include <cstddef>
#include <sys/types.h>

namespace lintel {

class FileOperations {
public:
    virtual ~FileOperations() = default;

    // Creates `path` for writing; fails with EEXIST if anything is there
    // (O_CREAT | O_EXCL), so a temporary name never hijacks another file.
    virtual int createExclusive(const QByteArray &path, mode_t mode, int *fd);
    // One write(2); `*written` may be less than `size` (a short write).
    virtual int write(int fd, const char *data, std::size_t size, std::size_t *written);
    virtual int changeMode(int fd, mode_t mode);
    virtual int sync(int fd);
    virtual int close(int fd);
    // Replaces `to` if it exists.
    virtual int rename(const QByteArray &from, const QByteArray &to);
    // Fails with EEXIST instead of replacing `to`, even when another process
    // created it a moment ago (renameat2 RENAME_NOREPLACE, else link(2)).
    virtual int renameNoReplace(const QByteArray &from, const QByteArray &to);
    // fsync on the folder itself, so the new directory entry is on disk.
    virtual int syncFolder(const QByteArray &folder);
    virtual int remove(const QByteArray &path);
};

// The operations saves use now: the POSIX ones unless a test installed others.
FileOperations &fileOperations();

// For tests: installs `operations` for this object's lifetime. Saves on
// other threads see it too, so install it before starting them.
class ScopedFileOperations {
public:
    explicit ScopedFileOperations(FileOperations &operations);
    ~ScopedFileOperations();
    ScopedFileOperations(const ScopedFileOperations &) = delete;
    ScopedFileOperations &operator=(const ScopedFileOperations &) = delete;
private:
    FileOperations *m_previous;
};

}  // namespace lintel
