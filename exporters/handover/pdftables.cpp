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

// Where to cut `text` to keep at most `maxChars`: not inside "&amp;" and
// friends, nor between the halves of a surrogate pair.
qsizetype cutPoint(QStringView text, qsizetype maxChars)
{
    qsizetype cut = maxChars;
    const qsizetype amp = text.first(cut).lastIndexOf(u'&');
    if (amp >= 0 && text.first(cut).sliced(amp).indexOf(u';') < 0)
        cut = amp;
    if (cut > 0 && text.at(cut - 1).isHighSurrogate())
        --cut;
    return cut;
}

}  // namespace

QString pdfCutNote(qsizetype shown, qsizetype total)
{
    return QStringLiteral(" [... shortened in this PDF: %1 of %2 characters shown; handover.md and "
                          "handover.html hold the whole text]")
        .arg(shown)
        .arg(total);
}

QString capLongTextRuns(const QString &html, int maxChars)
{
    if (maxChars < 1)
        return html;
    const QStringView all(html);
    QString out;
    qsizetype copied = 0;  // all[0, copied) is in `out`
    qsizetype at = 0;
    while (at < all.size()) {
        const qsizetype tagEnd = all.indexOf(u'>', at);
        if (tagEnd < 0)
            break;
        const qsizetype textStart = tagEnd + 1;
        qsizetype textEnd = all.indexOf(u'<', textStart);
        if (textEnd < 0)
            textEnd = all.size();
        if (textEnd - textStart > maxChars) {
            const QStringView text = all.sliced(textStart, textEnd - textStart);
            const qsizetype cut = cutPoint(text, maxChars);
            if (out.isEmpty())
                out.reserve(html.size());
            out += all.sliced(copied, textStart - copied);
            out += text.first(cut);
            out += pdfCutNote(cut, text.size()).toHtmlEscaped();
            copied = textEnd;
        }
        at = textEnd;
    }
    if (copied == 0)
        return html;
    out += all.sliced(copied);
    return out;
}

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
