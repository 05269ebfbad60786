#include "exporters/handover/pdftables.h"

#include <QStringView>

namespace lintel::handover {

namespace {

const QString kTableOpen = QStringLiteral("<table");
const QString kTableClose = QStringLiteral("</table>");
const QString kBodyOpen = QStringLiteral("<tbody>");
const QString kBodyClose = QStringLiteral("</tbody>");
const QString kRowOpen = QStringLiteral("<tr");
const QString kRowClose = QStringLiteral("</tr>");

// Appends one table, [start, end) of `html`, cut into pieces. A table that
// does not have the expected shape is copied as it is.
void appendSplitTable(QStringView table, int maxRows, QString &out)
{
    const qsizetype bodyStart = table.indexOf(kBodyOpen);
    const qsizetype bodyEnd = table.lastIndexOf(kBodyClose);
    if (bodyStart < 0 || bodyEnd < bodyStart) {
        out += table;
        return;
    }
    // The <table> tag and <thead>, repeated at the start of every piece; and
    // what follows </tbody> (the closing tag), repeated at every end.
    const QStringView head = table.first(bodyStart + kBodyOpen.size());
    const QStringView tail = table.sliced(bodyEnd);
    const QStringView body = table.sliced(head.size(), bodyEnd - head.size());

    out += head;
    int rowsInPiece = 0;
    qsizetype from = 0;
    while (true) {
        const qsizetype rowStart = body.indexOf(kRowOpen, from);
        if (rowStart < 0)
            break;
        const qsizetype rowClose = body.indexOf(kRowClose, rowStart);
        if (rowClose < 0)
            break;
        if (rowsInPiece == maxRows) {
            out += body.sliced(from, rowStart - from);
            out += tail;
            out += u'\n';
            out += head;
            from = rowStart;
            rowsInPiece = 0;
        }
        ++rowsInPiece;
        const qsizetype rowEnd = rowClose + kRowClose.size();
        out += body.sliced(from, rowEnd - from);
        from = rowEnd;
    }
    out += body.sliced(from);
    out += tail;
}

}  // namespace

QString splitLongTables(const QString &html, int maxRows)
{
    if (maxRows < 1)
        return html;
    QString out;
    out.reserve(html.size() + html.size() / 16);
    const QStringView all(html);
    qsizetype copied = 0;
    while (true) {
        const qsizetype start = all.indexOf(kTableOpen, copied);
        if (start < 0)
            break;
        const qsizetype close = all.indexOf(kTableClose, start);
        if (close < 0)
            break;
        const qsizetype end = close + kTableClose.size();
        out += all.sliced(copied, start - copied);
        appendSplitTable(all.sliced(start, end - start), maxRows, out);
        copied = end;
    }
    out += all.sliced(copied);
    return out;
}

}  // namespace lintel::handover
