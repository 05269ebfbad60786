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

// The most characters of one run of text (between two tags: a paragraph, a
// table cell) the PDF shows. Qt lays out a long paragraph in time that grows
// faster than its length: a 50 MB description did not finish in minutes.
inline constexpr int kPdfMaxTextRun = 4000;

// The note that ends a text cut for the PDF, `total` its full length.
QString pdfCutNote(qsizetype shown, qsizetype total);

// Cuts every run of text in `html` longer than `maxChars` characters to
// about that length, never inside a character reference or a surrogate
// pair, and appends pdfCutNote(). Tags are copied unchanged. Linear time.
QString capLongTextRuns(const QString &html, int maxChars = kPdfMaxTextRun);

}  // namespace lintel::handover
