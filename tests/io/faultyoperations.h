#pragma once
// A FileOperations that behaves like a failing disk on request: the n-th
// call of one kind (write, sync, rename...) fails with a chosen errno, and
// writes can be made short. Everything else goes to the real file system,
// so a test sees exactly what a user would find on disk afterwards.
#include "model/io/fileoperations.h"

#include <QString>
#include <array>
#include <functional>

namespace savetest {

enum class Call { Create, Write, ChangeMode, Sync, Close, Rename, SyncFolder };
inline constexpr std::array kEveryCall{Call::Create, Call::Write, Call::ChangeMode, Call::Sync,
                                       Call::Close,  Call::Rename, Call::SyncFolder};
QString callName(Call call);
// The error a disk would plausibly give there, and the words that must say so.
int typicalError(Call call);
QString wordsFor(int error);

class FaultyOperations final : public lintel::FileOperations {
public:
    // Fails the `nth` call (1-based) of `call` with `error`; 0 fails nothing.
    void failAt(Call call, int nth, int error);
    // Every write takes at most half of what it is given (at least 1 byte).
    void makeWritesShort() { m_shortWrites = true; }
    // Runs just before a rename is passed on (to play another program).
    void beforeRename(std::function<void()> hook) { m_beforeRename = std::move(hook); }
    int count(Call call) const { return m_counts[std::size_t(call)]; }

    int createExclusive(const QByteArray &path, mode_t mode, int *fd) override;
    int write(int fd, const char *data, std::size_t size, std::size_t *written) override;
    int changeMode(int fd, mode_t mode) override;
    int sync(int fd) override;
    int close(int fd) override;
    int rename(const QByteArray &from, const QByteArray &to) override;
    int renameNoReplace(const QByteArray &from, const QByteArray &to) override;
    int syncFolder(const QByteArray &folder) override;

private:
    // Counts the call; true when it is the one to fail.
    bool fails(Call call);

    std::array<int, kEveryCall.size()> m_counts{};
    Call m_failCall = Call::Create;
    int m_failNth = 0;
    int m_error = 0;
    bool m_shortWrites = false;
    std::function<void()> m_beforeRename;
};

}  // namespace savetest
