#pragma once
// The SQL side of a .lintel document, shared by the code that creates files
// and the code that opens them (used only inside model/storage).
#include "model/storage/sqlitestatement.h"
#include "model/types.h"

#include <QString>
#include <optional>

namespace lintel::schema {

// Creates the tables and stamps the header (application_id, user_version)
// of a database that is still empty.
bool initialize(sqlite::Database &db);

// Raises an older document's user_version (and its meta row) to what the
// revisions this version appends need. Inside the caller's transaction.
bool upgradeForAppend(sqlite::Database &db);

// Inserts the next revision (number = last + 1); returns it, or 0.
int insertRevision(sqlite::Database &db, const QByteArray &encodedModel, const QString &author,
                   const QString &message);

// The bytes of a whole new document holding `model` as revision 1, built in
// memory so it can be given its name in one step. Empty with `why` set on
// failure.
std::optional<QByteArray> newDocument(const Model &model, const QString &author,
                                      const QString &message, QString *why);

// The first problems PRAGMA quick_check finds, or empty when it finds none.
// Run after SQLite reports an error, to tell damage from other failures.
QString quickCheckProblems(const sqlite::Database &db);

}  // namespace lintel::schema
