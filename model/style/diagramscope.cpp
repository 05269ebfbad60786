#include "model/style/diagramscope.h"

#include "model/index/modelindex.h"
#include "model/index/zonetree.h"

namespace lintel {

namespace {

// For every zone: does it lie (transitively) inside one of the zones the
// view names, or is it one? One pass down the tree. In a parent loop every
// member is inside every other, so a loop is inside as soon as one of its
// members is named.
std::vector<char> zonesWithin(const ZoneTree &tree, const std::vector<char> &named)
{
    std::vector<char> within = named;
    for (const std::vector<int> &loop : tree.loops()) {
        bool any = false;
        for (int z : loop)
            any = any || named[std::size_t(z)];
        for (int z : loop)
            within[std::size_t(z)] = any;
    }
    for (int z : tree.topDown()) {
        const int parent = tree.parentOf(z);
        if (tree.loopOf(z) < 0 && parent >= 0 && within[std::size_t(parent)])
            within[std::size_t(z)] = 1;
    }
    return within;
}

}  // namespace

DiagramScope diagramScope(const Model &model, const View *view)
{
    DiagramScope scope;
    scope.view = view;
    if (view) {
        scope.id = view->id;
        scope.title = view->name.isEmpty() ? view->id : view->name;
    } else {
        scope.id = kWholeModelDiagramId;
        scope.title = model.system.name.isEmpty() ? QStringLiteral("Model") : model.system.name;
    }

    // Parents, loops and trust of every zone, resolved once (a chain of
    // 10,000 nested zones made the walks up from each element cubic).
    const ZoneTree tree(model);
    const auto zoneOf = [&](const Element &e) { return e.zone.isEmpty() ? -1 : tree.indexOf(e.zone); };

    QSet<QString> wanted;
    if (view) {
        const ModelIndex index(model);
        std::vector<char> namedZones(std::size_t(tree.size()), 0);
        bool anyZone = false;
        for (const QString &id : view->elements) {
            if (index.element(id)) {
                wanted.insert(id);
            } else if (const int z = tree.indexOf(id); z >= 0) {
                namedZones[std::size_t(z)] = 1;
                anyZone = true;
            }
        }
        if (anyZone) {
            const std::vector<char> within = zonesWithin(tree, namedZones);
            for (const Element &e : model.elements)
                if (const int z = zoneOf(e); z >= 0 && within[std::size_t(z)])
                    wanted.insert(e.id);
        }
    }
    // A zone is shown when it holds a shown element, and so are all its
    // ancestors. The walk up stops at the first zone already shown, so each
    // zone is visited once in all.
    std::vector<char> shown(std::size_t(tree.size()), 0);
    for (const Element &e : model.elements) {
        if (view && !wanted.contains(e.id))
            continue;
        if (scope.m_elementIds.contains(e.id))
            continue;  // duplicate ids: draw the first only
        scope.m_elementIds.insert(e.id);
        scope.elements.push_back(&e);
        for (int z = zoneOf(e); z >= 0 && !shown[std::size_t(z)]; z = tree.parentOf(z))
            shown[std::size_t(z)] = 1;
    }
    for (const Flow &f : model.flows)
        if (scope.containsElement(f.from) && scope.containsElement(f.to))
            scope.flows.push_back(&f);
    // Only the first zone of an id can be shown (ids resolve to it). Every
    // ancestor of a shown zone is shown, so a zone's shown parent is its
    // parent; a loop is cut at its first zone in model order, which is then
    // drawn at the top level.
    for (std::size_t i = 0; i < model.zones.size(); ++i) {
        if (!shown[i])
            continue;
        const Zone &z = model.zones[i];
        const int parent = tree.parentOf(int(i));
        const QString parentId = parent >= 0 && !tree.startsLoop(int(i)) ? model.zones[std::size_t(parent)].id : QString();
        scope.zones.push_back(&z);
        scope.m_zoneIds.insert(z.id);
        scope.m_zoneParent.insert(z.id, parentId);
        scope.m_childZones[parentId].push_back(&z);
        scope.m_zoneTrust.insert(z.id, tree.trust(int(i)));
        scope.m_zoneById.insert(z.id, &z);
    }
    for (const Element *e : scope.elements)
        scope.m_elementsIn[scope.m_zoneIds.contains(e->zone) ? e->zone : QString()].push_back(e);
    return scope;
}

std::vector<DiagramScope> diagramScopes(const Model &model, const QString &onlyViewId,
                                        QString *error)
{
    std::vector<DiagramScope> out;
    if (!onlyViewId.isEmpty()) {
        if (const View *v = findObject<View>(model, onlyViewId)) {
            out.push_back(diagramScope(model, v));
            return out;
        }
        if (onlyViewId == kWholeModelDiagramId) {
            out.push_back(diagramScope(model, nullptr));
            return out;
        }
        if (error) {
            QStringList ids;
            for (const View &v : model.views)
                ids << v.id;
            *error = ids.isEmpty()
                ? QStringLiteral("no view '%1': the model has no views (use 'model')").arg(onlyViewId)
                : QStringLiteral("no view '%1'; views: %2").arg(onlyViewId, ids.join(QStringLiteral(", ")));
        }
        return out;
    }
    if (model.views.empty()) {
        out.push_back(diagramScope(model, nullptr));
        return out;
    }
    for (const View &v : model.views)
        out.push_back(diagramScope(model, &v));
    return out;
}

}  // namespace lintel
