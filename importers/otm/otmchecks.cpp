// Step 1 of reading OTM (otmreader.h): is this OTM, of a version Lintel
// reads, with unique ids and references that lead somewhere? Everything
// found is reported at once, each at the node it is about.
#include "importers/otm/otmreader.h"

namespace lintel::otm {

namespace {

// The ids of one top-level list; an object without an id, or with one seen
// before, is an error at the object or the second id.
QHash<QString, NodeIndex> indexList(DocumentTree &doc, const char *key, const char *what)
{
    QHash<QString, NodeIndex> ids;
    const NodeIndex list = doc.child(doc.root(), key);
    if (list != kNoNode && !doc.isSequence(list) && !doc.text(list).isEmpty())
        doc.error(list, QStringLiteral("\"%1\" should be a list").arg(QLatin1String(key)));
    for (const NodeIndex item : doc.items(list)) {
        if (!doc.isMapping(item)) {
            doc.error(item, QStringLiteral("each of \"%1\" should be a mapping").arg(QLatin1String(key)));
            continue;
        }
        const NodeIndex idNode = doc.child(item, "id");
        const QString id = doc.text(idNode);
        if (id.isEmpty()) {
            doc.error(item, QStringLiteral("this %1 has no \"id\"").arg(QLatin1String(what)));
            continue;
        }
        if (ids.contains(id)) {
            const SourceLoc first = doc.locationOf(ids.value(id));
            doc.error(idNode, QStringLiteral("duplicate %1 id \"%2\" (first used on line %3)")
                                  .arg(QLatin1String(what), id)
                                  .arg(first.line));
            continue;
        }
        ids.insert(id, item);
    }
    return ids;
}

void checkReference(DocumentTree &doc, NodeIndex site, const QHash<QString, NodeIndex> &targets, const char *what)
{
    const QString id = doc.text(site);
    if (id.isEmpty() || !targets.contains(id))
        doc.error(site, QStringLiteral("\"%1\" names no %2 of this document").arg(id, QLatin1String(what)));
}

// A parent is {trustZone: ID} or {component: ID}.
void checkParent(DocumentTree &doc, NodeIndex object, const OtmIndex &index, bool required)
{
    const NodeIndex parent = doc.child(object, "parent");
    if (parent == kNoNode || (doc.isScalar(parent) && doc.text(parent).isEmpty())) {
        if (required)
            doc.error(object, QStringLiteral("this component has no \"parent\" (a trust zone or a component)"));
        return;
    }
    const NodeIndex zone = doc.child(parent, "trustZone");
    const NodeIndex component = doc.child(parent, "component");
    if (zone != kNoNode)
        checkReference(doc, zone, index.trustZones, "trust zone");
    else if (component != kNoNode)
        checkReference(doc, component, index.components, "component");
    else
        doc.error(parent, QStringLiteral("\"parent\" should name a \"trustZone\" or a \"component\""));
}

void checkThreatInstances(DocumentTree &doc, NodeIndex object, const OtmIndex &index)
{
    for (const NodeIndex instance : doc.items(doc.child(object, "threats"))) {
        checkReference(doc, doc.child(instance, "threat"), index.threats, "threat");
        for (const NodeIndex m : doc.items(doc.child(instance, "mitigations")))
            checkReference(doc, doc.child(m, "mitigation"), index.mitigations, "mitigation");
    }
}

// Parents of trust zones and components must not go round in a circle.
void checkNoParentCycle(DocumentTree &doc, const std::vector<NodeIndex> &inOrder, const QHash<QString, NodeIndex> &objects,
                        const char *key, const char *what)
{
    for (const NodeIndex object : inOrder) {
        const QString id = doc.text(object, "id");
        QStringList chain{id};
        NodeIndex at = object;
        while (true) {
            const QString up = doc.text(doc.child(doc.child(at, "parent"), key));
            if (up.isEmpty() || !objects.contains(up))
                break;
            if (chain.contains(up) && up != id)
                break;  // a circle further up, reported at its own members
            if (up == id) {
                doc.error(doc.child(doc.child(object, "parent"), key),
                          QStringLiteral("the %1 \"%2\" is inside itself: %3").arg(QLatin1String(what), id,
                                                                                   (chain << up).join(QStringLiteral(" -> "))));
                break;
            }
            chain << up;
            at = objects.value(up);
        }
    }
}

}  // namespace

OtmIndex checkOtm(DocumentTree &doc)
{
    OtmIndex index;
    const NodeIndex root = doc.root();
    const NodeIndex version = doc.child(root, "otmVersion");
    if (!doc.isMapping(root) || version == kNoNode) {
        doc.error(root, QStringLiteral("not an Open Threat Model document: it has no \"otmVersion\""));
        return index;
    }
    index.version = doc.text(version);
    if (index.version != u"0.1.0" && index.version != u"0.2.0") {
        doc.error(version, QStringLiteral("OTM version \"%1\" is not supported (0.1.0 and 0.2.0 are)").arg(index.version));
        return index;
    }
    const NodeIndex project = doc.child(root, "project");
    index.project = doc.text(project, "name");
    if (index.project.isEmpty())
        doc.error(project == kNoNode ? root : project,
                  QStringLiteral("the document has no \"project.name\"; Lintel tells this source from others by it"));

    index.trustZones = indexList(doc, "trustZones", "trust zone");
    index.components = indexList(doc, "components", "component");
    index.dataflows = indexList(doc, "dataflows", "dataflow");
    index.assets = indexList(doc, "assets", "asset");
    index.threats = indexList(doc, "threats", "threat");
    index.mitigations = indexList(doc, "mitigations", "mitigation");

    // In document order, so the errors come out in the order of the file.
    const auto objects = [&](const char *key) {
        std::vector<NodeIndex> out;
        for (const NodeIndex n : doc.items(doc.child(root, key)))
            if (doc.isMapping(n))
                out.push_back(n);
        return out;
    };
    for (const NodeIndex zone : objects("trustZones"))
        checkParent(doc, zone, index, false);
    for (const NodeIndex component : objects("components")) {
        checkParent(doc, component, index, true);
        const NodeIndex assets = doc.child(component, "assets");
        for (const char *use : {"processed", "stored"})
            for (const NodeIndex asset : doc.items(doc.child(assets, use)))
                checkReference(doc, asset, index.assets, "asset");
        checkThreatInstances(doc, component, index);
    }
    for (const NodeIndex flow : objects("dataflows")) {
        // Dataflows join components; OTM also lets them start or end at a
        // trust zone (mapOtm says it cannot draw those).
        QHash<QString, NodeIndex> ends = index.components;
        ends.insert(index.trustZones);
        for (const char *end : {"source", "destination"}) {
            const NodeIndex site = doc.child(flow, end);
            if (site == kNoNode)
                doc.error(flow, QStringLiteral("this dataflow has no \"%1\"").arg(QLatin1String(end)));
            else
                checkReference(doc, site, ends, "component or trust zone");
        }
        for (const NodeIndex asset : doc.items(doc.child(flow, "assets")))
            checkReference(doc, asset, index.assets, "asset");
        checkThreatInstances(doc, flow, index);
    }
    checkNoParentCycle(doc, objects("trustZones"), index.trustZones, "trustZone", "trust zone");
    checkNoParentCycle(doc, objects("components"), index.components, "component", "component");
    return index;
}

}  // namespace lintel::otm
