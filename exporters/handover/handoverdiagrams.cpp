#include "exporters/handover/handoverdiagrams.h"

#include "exporters/diagram/graphvizrenderer.h"

#include <QSet>

namespace lintel::handover {

namespace {

QString diagramFileName(const QString &viewId, QSet<QString> &used)
{
    QString base = md::slug(viewId);
    if (base.isEmpty())
        base = QStringLiteral("model");
    QString name = base;
    for (int n = 2; used.contains(name); ++n)
        name = base + u'-' + QString::number(n);
    used.insert(name);
    return QStringLiteral("diagrams/%1.svg").arg(name);
}

HandoverDiagram draw(const Model &model, const View *view, QSet<QString> &usedNames, QStringList &messages)
{
    HandoverDiagram d;
    d.viewId = view ? view->id : QString();
    d.title = view ? (view->name.trimmed().isEmpty() ? view->id : view->name)
                   : (model.system.name.trimmed().isEmpty() ? QStringLiteral("Whole model") : model.system.name);
    d.fileName = diagramFileName(view ? view->id : QStringLiteral("model"), usedNames);
    RenderRequest request{model, view};
    const RenderResult result = renderDiagram(request, QStringLiteral("svg"));
    for (const QString &m : result.messages)
        messages << QStringLiteral("handover: diagram %1: %2").arg(d.title, m);
    if (!result.ok() || result.bytes(QStringLiteral("svg")).isEmpty()) {
        d.error = result.ok() ? QStringLiteral("Graphviz produced no SVG") : result.error;
        messages << QStringLiteral("handover: diagram %1 could not be drawn: %2").arg(d.title, d.error);
        return d;
    }
    d.svg = result.bytes(QStringLiteral("svg"));
    return d;
}

}  // namespace

std::vector<HandoverDiagram> drawDiagrams(const Model &model, QStringList &messages,
                                          const std::function<bool()> &cancelled)
{
    std::vector<HandoverDiagram> out;
    QSet<QString> usedNames;
    if (model.views.empty()) {
        out.push_back(draw(model, nullptr, usedNames, messages));
        return out;
    }
    for (const View &view : model.views) {
        if (cancelled && cancelled())
            break;
        out.push_back(draw(model, &view, usedNames, messages));
    }
    return out;
}

void addDiagrams(const std::vector<HandoverDiagram> &diagrams, bool skipped, Data &root)
{
    root.set("diagrams_skipped", skipped);
    List list;
    md::HeadingSet headings;
    for (const HandoverDiagram &d : diagrams) {
        Data row;
        row.set("heading", markdown(headings.unique(md::headingText(QStringLiteral("Diagram: ") + d.title))));
        row.set("alt", text(QStringLiteral("Diagram of ") + d.title));
        row.set("image", markdown(d.fileName));
        row.set("has_image", !d.svg.isEmpty());
        row.set("error", text(d.error.isEmpty() ? QStringLiteral("unknown reason") : d.error));
        list.push_back(row);
    }
    setList(root, "diagrams", list);
}

}  // namespace lintel::handover
