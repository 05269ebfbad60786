// The legend: only what this diagram actually uses, so a reader of a small
// view is not taught ten shapes it does not contain.
#include "exporters/diagram/dotlabels.h"

#include "model/index/semantics.h"
#include "model/style/labeltext.h"

#include <set>

namespace lintel::dotlabel {

namespace {

constexpr int kItemsPerRow = 6;

// One legend entry, a complete <TD>: a colour chip with the name inside
// (kinds, zones, classifications) or a line sample with its meaning (flows).
struct Item {
    QString cell;
    bool mayStretch = false;  // may span the rest of its row
};

Item chip(const QString &text, const QColor &fill, const QColor &border)
{
    return {QStringLiteral("<TD BGCOLOR=\"%1\" COLOR=\"%2\" BORDER=\"1\" CELLPADDING=\"3\">%3</TD>")
                .arg(color(fill), color(border), escape(text))};
}

Item sample(const QString &lineHtml, const QString &text)
{
    return {QStringLiteral("<TD ALIGN=\"LEFT\" CELLPADDING=\"3\">%1 %2</TD>").arg(lineHtml, escape(text)),
            true};
}

// The legend is one grid: a caption column, then up to kItemsPerRow items,
// so chips line up in columns. A flow sample at the end of its row spans
// what is left of the row, so its long text widens no column; a chip never
// spans (it would stretch into a bar).
QString section(const QString &caption, const std::vector<Item> &items)
{
    QString rows;
    for (std::size_t start = 0; start < items.size(); start += kItemsPerRow) {
        const std::size_t end = std::min(items.size(), start + kItemsPerRow);
        // Graphviz rejects an empty <B></B>: continuation rows get a bare cell.
        QString cells = start == 0
            ? QStringLiteral("<TD ALIGN=\"LEFT\"><B>%1</B></TD>").arg(escape(caption))
            : QStringLiteral("<TD></TD>");
        for (std::size_t i = start; i < end; ++i) {
            QString cell = items[i].cell;
            const int span = int(start + kItemsPerRow - i);
            if (i + 1 == end && items[i].mayStretch && span > 1)
                cell.insert(3, QStringLiteral(" COLSPAN=\"%1\"").arg(span));
            cells += cell;
        }
        rows += QStringLiteral("<TR>%1</TR>").arg(cells);
    }
    return rows;
}

}  // namespace

QString legend(const Model &model, const ModelIndex &index, const DiagramScope &scope,
               bool findingsMarked, const QString &note)
{
    std::set<int> kinds, trusts, classes;
    bool unknownTrust = false;
    for (const Element *e : scope.elements) {
        kinds.insert(int(e->kind));
        if (isStore(e->kind))
            if (const auto c = highestClassification(model, *e))
                classes.insert(int(*c));
    }
    for (const Zone *z : scope.zones) {
        if (const auto trust = scope.zoneTrust(z->id))
            trusts.insert(int(*trust));
        else
            unknownTrust = true;
    }
    bool sync = false, async = false, unprotected = false;
    for (const Flow *f : scope.flows) {
        const FlowStyle style = flowStyle(index, *f);
        (style.dashed ? async : sync) = true;
        unprotected = unprotected || style.unprotectedCrossing;
    }

    std::vector<Item> kindCells, zoneCells, flowCells, dataCells, markCells;
    for (int k : kinds) {
        const ElementStyle style = elementStyle(ElementKind(k));
        kindCells.push_back(chip(style.kindLabel, style.fill, style.stroke));
    }
    for (int t : trusts) {
        const ZoneStyle style = zoneStyle(Trust(t));
        zoneCells.push_back(chip(enumName(Trust(t)), style.fill, style.border));
    }
    if (unknownTrust) {
        const ZoneStyle style = zoneStyle(std::nullopt);
        zoneCells.push_back(chip(QStringLiteral("trust not set"), style.fill, style.border));
    }
    const QString red = color(QColor(0xc6, 0x28, 0x28));
    if (sync)
        flowCells.push_back(sample(QStringLiteral("\u2500\u2500\u2500\u25B6"), QStringLiteral("sync")));
    if (async)
        flowCells.push_back(sample(QStringLiteral("\u254C\u254C\u254C\u25B6"), QStringLiteral("async")));
    if (findingsMarked)
        markCells.push_back(sample(QStringLiteral("<FONT COLOR=\"%1\"><B>\u26A0 n</B></FONT>")
                                       .arg(color(findingColor(Severity::Error))),
                                   QStringLiteral("findings on this element or flow (details in the SVG tooltip)")));
    if (unprotected)
        flowCells.push_back(sample(QStringLiteral("<FONT COLOR=\"%1\"><B>\u2501\u2501\u2501\u25B6</B></FONT>").arg(red),
                                  QStringLiteral("crosses a zone unencrypted or without auth")));
    for (int c : classes)
        dataCells.push_back(chip(classificationBadge(Classification(c)),
                                   classificationColor(Classification(c)), QColor(0x80, 0x80, 0x80)));

    const int columns = 1 + kItemsPerRow;
    QString rows = QStringLiteral("<TR><TD ALIGN=\"LEFT\" COLSPAN=\"%1\"><FONT POINT-SIZE=\"13\">"
                                  "<B>%2</B></FONT></TD></TR>")
                       .arg(columns)
                       .arg(lines(wrapLines(scope.title, 60, 120)));
    if (!note.isEmpty())
        rows += QStringLiteral("<TR><TD ALIGN=\"LEFT\" COLSPAN=\"%1\"><FONT COLOR=\"#404040\">%2"
                               "</FONT></TD></TR>")
                    .arg(columns)
                    .arg(lines(wrapLines(note, 90, 400)));
    rows += section(QStringLiteral("Elements"), kindCells);
    rows += section(QStringLiteral("Zones"), zoneCells);
    rows += section(QStringLiteral("Flows"), flowCells);
    rows += section(QStringLiteral("Stores hold"), dataCells);
    rows += section(QStringLiteral("Marks"), markCells);
    return QStringLiteral("<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" "
                          "CELLPADDING=\"2\"><TR><TD><FONT POINT-SIZE=\"9\"><TABLE BORDER=\"0\" "
                          "CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"1\">%1</TABLE></FONT>"
                          "</TD></TR></TABLE>")
        .arg(rows);
}

}  // namespace lintel::dotlabel
