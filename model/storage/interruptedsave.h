#pragma once
// Undoing the half-finished save of a program that stopped in the middle of
// appending a revision (killed, crashed, power cut). SQLite keeps the old
// pages in a "hot" rollback journal beside the file and puts them back the
// next time the file is opened for writing; a read-only open cannot, so
// `validate`, `revisions` and `show` call this first (ADR 0012). Used only
// inside model/storage.
#include <QString>

namespace lintel::storage {

// The rollback journal SQLite keeps beside `path` during a save.
QString journalPath(const QString &path);

// When a journal is beside `path`, opens the file for writing just long
// enough for SQLite to roll a hot journal back, and removes a journal that
// holds nothing to roll back (left by a program killed as it started
// saving). Waits while another program is saving. Returns false with `why`
// when the file cannot be opened for writing; the read-only open then tells
// whether that matters.
bool finishInterruptedSave(const QString &path, QString *why);

}  // namespace lintel::storage
