#include "model/style/diagramscope.h"

#include "model/style/diagramstyle.h"
#include "model/style/elementindex.h"

namespace lintel {

namespace {

// Adds `zoneId` and every ancestor. Parent chains in a broken model may loop
// or point nowhere; the validator reports that, here we just stop.
void addZoneWithAncestors(const Model &model, QString zoneId, QSet<QString> &zones)
{
    QSet<QString> seen;
    while (!zoneId.isEmpty() && !seen.contains(zoneId)) {
        seen.insert(zoneId);
        const Zone *zone = style::findZone(model, zoneId);
        if (!zone)
            return;
        zones.insert(zoneId);
        zoneId = zone->parent;
    }
}

// True when `zoneId` is `ancestorId` or lies (transitively) inside it.
bool zoneWithin(const Model &model, QString zoneId, const QString &ancestorId)
{
    QSet<QString> seen;
    while (!zoneId.isEmpty() && !seen.contains(zoneId)) {
        if (zoneId == ancestorId)
            return true;
        seen.insert(zoneId);
        const Zone *zone = style::findZone(model, zoneId);
        zoneId = zone ? zone->parent : QString();
    }
    return false;
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

    QSet<QString> wanted;
    if (view) {
        const ElementIndex elementsById(model);
        for (const QString &id : view->elements) {
            if (elementsById.find(id)) {
                wanted.insert(id);
            } else if (style::findZone(model, id)) {
                for (const Element &e : model.elements)
                    if (zoneWithin(model, e.zone, id))
                        wanted.insert(e.id);
            }
        }
    }
    for (const Element &e : model.elements) {
        if (view && !wanted.contains(e.id))
            continue;
        if (scope.m_elementIds.contains(e.id))
            continue;  // duplicate ids: draw the first only
        scope.m_elementIds.insert(e.id);
        scope.elements.push_back(&e);
        addZoneWithAncestors(model, e.zone, scope.m_zoneIds);
    }
    for (const Flow &f : model.flows)
        if (scope.containsElement(f.from) && scope.containsElement(f.to))
            scope.flows.push_back(&f);
    QSet<QString> zonesAdded;
    for (const Zone &z : model.zones)
        if (scope.m_zoneIds.contains(z.id) && !zonesAdded.contains(z.id)) {
            zonesAdded.insert(z.id);
            scope.zones.push_back(&z);
            const bool parentShown = scope.m_zoneIds.contains(z.parent) && z.parent != z.id;
            scope.m_zoneParent.insert(z.id, parentShown ? z.parent : QString());
        }
    // A parent chain that loops would leave its zones nowhere: cut each loop
    // at the first zone (in model order) that leads back to itself.
    for (const Zone *z : scope.zones) {
        QSet<QString> seen;
        QString at = scope.m_zoneParent.value(z->id);
        while (!at.isEmpty() && at != z->id && !seen.contains(at)) {
            seen.insert(at);
            at = scope.m_zoneParent.value(at);
        }
        if (at == z->id)
            scope.m_zoneParent[z->id] = QString();
    }
    return scope;
}

std::vector<const Zone *> DiagramScope::childZones(const QString &parentId) const
{
    std::vector<const Zone *> out;
    for (const Zone *z : zones)
        if (m_zoneParent.value(z->id) == parentId)
            out.push_back(z);
    return out;
}

std::vector<const Element *> DiagramScope::elementsIn(const QString &zoneId) const
{
    std::vector<const Element *> out;
    for (const Element *e : elements) {
        const QString zone = m_zoneIds.contains(e->zone) ? e->zone : QString();
        if (zone == zoneId)
            out.push_back(e);
    }
    return out;
}

std::vector<DiagramScope> diagramScopes(const Model &model, const QString &onlyViewId,
                                        QString *error)
{
    std::vector<DiagramScope> out;
    if (!onlyViewId.isEmpty()) {
        for (const View &v : model.views)
            if (v.id == onlyViewId) {
                out.push_back(diagramScope(model, &v));
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
