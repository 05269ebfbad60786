#pragma once
// Long tables, cut for Qt's text engine. QTextDocument lays a table out and
// draws it in time that grows faster than its row count (every page drawn
// walks the table's rows), so a table of 20,000 flows takes minutes and a
// gigabyte. The same rows in tables of a few hundred each lay out in linear
// time. Each piece repeats the column headings, which Qt also repeats at the
// top of every page a piece spans, so the reader never loses the columns.
#include <QString>

namespace lintel::handover {

// Rows per piece: small enough that Qt's per-table cost stays low, large
// enough that the repeated heading row is rare (about one per six pages).
inline constexpr int kPdfRowsPerTable = 250;

// Splits every <table> of cmark-gfm's HTML (<thead>, then <tbody> with one
// <tr> per row) whose body has more than `maxRows` rows into consecutive
// tables of at most `maxRows` rows, each with the original <table> tag and
// <thead>. Everything else is copied unchanged. Runs in linear time.
QString splitLongTables(const QString &html, int maxRows = kPdfRowsPerTable);

}  // namespace lintel::handover
