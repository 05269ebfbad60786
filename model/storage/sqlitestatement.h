#pragma once
// Thin RAII helpers over the sqlite3 C API, so the storage code reads as SQL
// plus bound parameters and never leaks a handle on an early return.
#include <QByteArray>
#include <QString>
#include <utility>

struct sqlite3;
struct sqlite3_stmt;

namespace lintel::sqlite {

class Database {
public:
    Database() = default;
    explicit Database(sqlite3 *db) : m_db(db) {}
    ~Database();
    Database(Database &&other) noexcept : m_db(std::exchange(other.m_db, nullptr)) {}
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    sqlite3 *handle() const { return m_db; }
    // The last error of this connection, as SQLite words it.
    QString errorText() const;
    int errorCode() const;
    // Runs statements that take no parameters and return no rows.
    bool exec(const char *sql);

private:
    sqlite3 *m_db = nullptr;
};

class Statement {
public:
    Statement(const Database &db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    // Indexes are 1-based, as in SQLite.
    bool bindText(int index, const QString &text);
    bool bindBlob(int index, const QByteArray &blob);
    bool bindInt(int index, qint64 value);
    // SQLITE_ROW, SQLITE_DONE or an error code.
    int step();

    QString text(int column) const;
    QByteArray blob(int column) const;
    qint64 integer(int column) const;

private:
    sqlite3_stmt *m_stmt = nullptr;
};

}  // namespace lintel::sqlite
