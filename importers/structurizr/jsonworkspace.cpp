// A Structurizr workspace in its JSON form (the schema published in
// structurizr/json) read into the DslWorkspace the DSL reader fills, so the
// mapping to Lintel (dslmapping.cpp) is the same for both forms.
//
// Three things the JSON form does differently, and how they are undone:
// - it groups elements by type and relationships by source; Structurizr
//   numbers ids in the order it creates things, which is the order the
//   workspace was written in, so objects are put back in id order (when all
//   ids are numbers; otherwise document order is kept);
// - it keeps the relationships Structurizr implied or copied onto instances
//   (`linkedRelationshipId`); the DSL never wrote them, so they are skipped;
// - it tags every element with its type ("Element", "Container", ...) and
//   keeps the DSL's identifiers as `structurizr.dsl.*` properties; both are
//   Structurizr's bookkeeping, not the author's, and are left out.
//
// The JSON is read with the YAML parser (JSON is YAML) for line and column.
#include "importers/documenttree.h"
#include "importers/structurizr/dslworkspace.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace lintel::structurizr {

namespace {

const QSet<QString> &implicitTags()
{
    static const QSet<QString> tags = {
        QStringLiteral("Element"), QStringLiteral("Person"), QStringLiteral("Software System"),
        QStringLiteral("Container"), QStringLiteral("Component"), QStringLiteral("Relationship"),
        QStringLiteral("Deployment Node"), QStringLiteral("Infrastructure Node"),
        QStringLiteral("Container Instance"), QStringLiteral("Software System Instance"),
        QStringLiteral("Synchronous"), QStringLiteral("Asynchronous"),
    };
    return tags;
}

QStringList authoredTags(const QString &text)
{
    QStringList tags;
    for (const QString &t : text.split(u','))
        if (const QString tag = t.trimmed(); !tag.isEmpty() && !implicitTags().contains(tag) && !tags.contains(tag))
            tags << tag;
    return tags;
}

// Sorts `items` by their Structurizr ids when every id is a number.
template <class T> void putInCreationOrder(std::vector<std::pair<QString, T>> &items)
{
    for (const auto &[id, item] : items) {
        bool number = false;
        id.toLongLong(&number);
        if (!number)
            return;
    }
    std::stable_sort(items.begin(), items.end(),
                     [](const auto &a, const auto &b) { return a.first.toLongLong() < b.first.toLongLong(); });
}

struct PendingInstance {
    QString element;  // canonical name of what is deployed
    QString node;     // canonical name of the deployment node
};

struct PendingRelationship {
    NodeIndex at = kNoNode;
    QString sourceId, destinationId;
    DslRelationship relationship;
    bool implied = false;
};

class JsonReader {
public:
    JsonReader(DocumentTree &doc, DslWorkspace &ws) : m_doc(doc), m_ws(ws) {}

    void run()
    {
        const NodeIndex root = m_doc.root();
        if (!m_doc.isMapping(root)) {
            m_doc.error(root, QStringLiteral("this is not a Structurizr workspace: a workspace is a JSON object"));
            return;
        }
        const NodeIndex model = m_doc.child(root, "model");
        if (!m_doc.isMapping(model)) {
            m_doc.error(model == kNoNode ? root : model,
                        QStringLiteral("this is not a Structurizr workspace: it has no \"model\" object"));
            return;
        }
        m_ws.name = m_doc.text(root, "name");
        m_ws.description = m_doc.text(root, "description");
        readElements(model);
        readDeployment(model);
        readRelationships();
        readViews(m_doc.child(root, "views"));
    }

private:
    void note(NodeIndex, const QString &message) { m_ws.notes << QStringLiteral("%1: note: %2").arg(m_doc.fileName(), message); }

    std::vector<NodeIndex> list(NodeIndex parent, const char *key)
    {
        const NodeIndex n = m_doc.child(parent, key);
        if (n != kNoNode && !m_doc.isSequence(n))
            m_doc.error(n, QStringLiteral("\"%1\" should be a list").arg(QLatin1String(key)));
        return m_doc.items(n);
    }

    // The object's id, registered once for the whole workspace: Structurizr
    // ids are unique across elements, relationships and deployment objects.
    QString takeId(NodeIndex object, const QString &what)
    {
        const NodeIndex idNode = m_doc.child(object, "id");
        const QString id = m_doc.text(idNode);
        if (id.isEmpty()) {
            m_doc.error(object, QStringLiteral("this %1 has no \"id\"").arg(what));
            return {};
        }
        if (m_seenIds.contains(id)) {
            m_doc.error(idNode, QStringLiteral("duplicate id \"%1\" (also used by another object of this workspace)").arg(id));
            return {};
        }
        m_seenIds.insert(id);
        return id;
    }

    void readElements(NodeIndex model)
    {
        std::vector<std::pair<QString, DslElement>> found;
        const auto element = [&](NodeIndex n, const char *type, const char *prefix, const DslElement *parent) -> const DslElement * {
            const QString id = takeId(n, QLatin1String(type));
            DslElement e;
            e.type = QLatin1String(type);
            e.name = m_doc.text(n, "name");
            if (id.isEmpty())
                return nullptr;
            if (e.name.isEmpty()) {
                m_doc.error(n, QStringLiteral("the %1 \"%2\" has no \"name\"").arg(e.type, id));
                return nullptr;
            }
            e.description = m_doc.text(n, "description");
            e.technology = m_doc.text(n, "technology");
            e.tags = authoredTags(m_doc.text(n, "tags"));
            e.group = m_doc.text(n, "group");
            if (parent) {
                e.parent = parent->canonical;
                e.group = parent->group.isEmpty() ? e.group : parent->group;
            }
            e.canonical = QLatin1String(prefix) + QStringLiteral("://") +
                          (parent ? parent->canonical.section(QStringLiteral("://"), 1) + u'.' : QString()) + e.name;
            readExtras(n, e);
            m_relationshipsOf.push_back(n);
            m_canonicalById.insert(id, e.canonical);
            found.emplace_back(id, e);
            return &found.back().second;
        };
        for (NodeIndex person : list(model, "people"))
            element(person, "person", "Person", nullptr);
        for (NodeIndex system : list(model, "softwareSystems")) {
            std::size_t systemAt = found.size();
            if (!element(system, "softwaresystem", "SoftwareSystem", nullptr))
                continue;
            for (NodeIndex container : list(system, "containers")) {
                const DslElement systemElement = found[systemAt].second;
                std::size_t containerAt = found.size();
                if (!element(container, "container", "Container", &systemElement))
                    continue;
                for (NodeIndex component : list(container, "components")) {
                    const DslElement containerElement = found[containerAt].second;
                    element(component, "component", "Component", &containerElement);
                }
            }
        }
        putInCreationOrder(found);
        for (auto &[id, e] : found)
            m_ws.elements.push_back(std::move(e));
    }

    void readExtras(NodeIndex n, DslElement &e)
    {
        for (const auto &[key, value] : m_doc.entries(m_doc.child(n, "properties")))
            if (!key.startsWith(QStringLiteral("structurizr.dsl.")))
                e.addExtra(QStringLiteral("x-structurizr-properties"), key, m_doc.text(value));
        // The DSL writes a perspective as `name description [value]`.
        for (NodeIndex p : list(n, "perspectives")) {
            QStringList words{m_doc.text(p, "description")};
            if (const QString value = m_doc.text(p, "value"); !value.isEmpty())
                words << value;
            e.addExtra(QStringLiteral("x-structurizr-perspectives"), m_doc.text(p, "name"), words.join(u' '));
        }
    }

    void readDeployment(NodeIndex model)
    {
        std::vector<std::pair<QString, std::pair<DslZone, QString>>> nodes;  // id -> (zone, environment)
        std::vector<std::pair<QString, PendingInstance>> instances;
        const auto walk = [&](const auto &self, NodeIndex n, const QString &parent, const QString &environment) -> void {
            const QString id = takeId(n, QStringLiteral("deployment node"));
            const QString name = m_doc.text(n, "name");
            if (id.isEmpty())
                return;
            const QString env = environment.isEmpty() ? (m_doc.text(n, "environment").isEmpty() ? QStringLiteral("Default")
                                                                                                 : m_doc.text(n, "environment"))
                                                      : environment;
            const QString above = parent.isEmpty() ? QStringLiteral("Deployment://") + env : parent;
            DslZone zone{above + u'/' + name, name, m_doc.text(n, "technology"), above, {}};
            nodes.emplace_back(id, std::pair{zone, env});
            m_deploymentIds.insert(id);
            m_relationshipsOf.push_back(n);
            for (NodeIndex child : list(n, "children"))
                self(self, child, zone.canonical, env);
            for (NodeIndex infrastructure : list(n, "infrastructureNodes")) {
                if (const QString infraId = takeId(infrastructure, QStringLiteral("infrastructure node")); !infraId.isEmpty())
                    m_deploymentIds.insert(infraId);
                note(infrastructure, QStringLiteral("infrastructure node \"%1\" has no place in a Lintel model; skipped")
                                         .arg(m_doc.text(infrastructure, "name")));
            }
            for (const auto &[key, targetKey] : {std::pair{"containerInstances", "containerId"},
                                                 std::pair{"softwareSystemInstances", "softwareSystemId"}}) {
                for (NodeIndex instance : list(n, key)) {
                    const QString instanceId = takeId(instance, QStringLiteral("instance"));
                    const NodeIndex target = m_doc.child(instance, targetKey);
                    const QString element = m_canonicalById.value(m_doc.text(target));
                    if (element.isEmpty()) {
                        m_doc.error(target == kNoNode ? instance : target,
                                    QStringLiteral("\"%1\": \"%2\" names no element of this workspace")
                                        .arg(QLatin1String(targetKey), m_doc.text(target)));
                        continue;
                    }
                    if (instanceId.isEmpty())
                        continue;
                    m_canonicalByInstance.insert(instanceId, element);
                    m_relationshipsOf.push_back(instance);
                    instances.emplace_back(instanceId, PendingInstance{element, zone.canonical});
                }
            }
        };
        for (NodeIndex top : list(model, "deploymentNodes"))
            walk(walk, top, {}, {});

        // An environment is a zone of its own, placed before its first node.
        putInCreationOrder(nodes);
        QSet<QString> environments;
        for (const auto &[id, node] : nodes) {
            if (!environments.contains(node.second)) {
                environments.insert(node.second);
                m_ws.zones.push_back({QStringLiteral("Deployment://") + node.second, node.second, {}, {}, {}});
            }
            m_ws.zones.push_back(node.first);
        }
        putInCreationOrder(instances);
        for (const auto &[id, instance] : instances)
            place(instance);
    }

    // An element's zone is the node of its first instance, as in the DSL.
    void place(const PendingInstance &instance)
    {
        for (DslElement &e : m_ws.elements) {
            if (e.canonical != instance.element)
                continue;
            e.deployedIn << instance.node;
            if (e.zone.isEmpty())
                e.zone = instance.node;
            else if (e.zone != instance.node)
                m_ws.notes << QStringLiteral("%1: note: \"%2\" is also deployed in %3; Lintel places an element in one zone and keeps the first (%4)")
                                  .arg(m_doc.fileName(), e.name, instance.node.section(QStringLiteral("://"), 1),
                                       e.zone.section(QStringLiteral("://"), 1));
        }
    }

    void readRelationships()
    {
        std::vector<std::pair<QString, PendingRelationship>> found;
        for (NodeIndex owner : m_relationshipsOf) {
            for (NodeIndex n : list(owner, "relationships")) {
                const QString id = takeId(n, QStringLiteral("relationship"));
                if (id.isEmpty())
                    continue;
                PendingRelationship r;
                r.at = n;
                r.sourceId = m_doc.text(n, "sourceId");
                r.destinationId = m_doc.text(n, "destinationId");
                r.implied = !m_doc.text(n, "linkedRelationshipId").isEmpty();
                r.relationship.from = m_canonicalById.value(r.sourceId);
                r.relationship.to = m_canonicalById.value(r.destinationId);
                r.relationship.description = m_doc.text(n, "description");
                r.relationship.technology = m_doc.text(n, "technology");
                r.relationship.tags = authoredTags(m_doc.text(n, "tags"));
                found.emplace_back(id, r);
            }
        }
        putInCreationOrder(found);
        for (const auto &[id, r] : found) {
            bool knownEnds = true;
            for (const auto &[key, end] : {std::pair{"sourceId", r.sourceId}, std::pair{"destinationId", r.destinationId}}) {
                if (!m_seenIds.contains(end)) {
                    const NodeIndex at = m_doc.child(r.at, key);
                    m_doc.error(at == kNoNode ? r.at : at, QStringLiteral("relationship \"%1\": \"%2\": \"%3\" names no element of this workspace")
                                                               .arg(id, QLatin1String(key), end));
                    knownEnds = false;
                }
            }
            if (!knownEnds)
                continue;
            m_relationshipEnds.insert(id, {r.relationship.from, r.relationship.to});
            if (r.implied)
                continue;
            if (r.relationship.from.isEmpty() || r.relationship.to.isEmpty()) {
                note(r.at, QStringLiteral("relationship \"%1\" (%2) is between deployment nodes or instances; skipped")
                               .arg(id, r.relationship.description));
                continue;
            }
            m_ws.relationships.push_back(r.relationship);
        }
    }

    void readViews(NodeIndex views)
    {
        if (views == kNoNode)
            return;
        static const std::pair<const char *, const char *> kinds[] = {
            {"systemLandscapeViews", "systemlandscape"}, {"systemContextViews", "systemcontext"},
            {"containerViews", "container"},             {"componentViews", "component"},
            {"dynamicViews", "dynamic"},                 {"deploymentViews", "deployment"},
        };
        std::vector<std::pair<double, DslView>> found;
        for (const auto &[key, type] : kinds) {
            for (NodeIndex n : list(views, key)) {
                DslView view;
                view.type = QLatin1String(type);
                view.key = m_doc.text(n, "key");
                view.title = m_doc.text(n, "title");
                view.environment = m_doc.text(n, "environment");
                for (const char *scopeKey : {"softwareSystemId", "containerId", "elementId"})
                    if (const NodeIndex scope = m_doc.child(n, scopeKey); scope != kNoNode)
                        view.scope = knownElement(scope);
                if (view.type == u"dynamic")
                    readSteps(n, view);
                else
                    readShown(n, view);
                bool numbered = false;
                const double order = m_doc.text(n, "order").toDouble(&numbered);
                found.emplace_back(numbered ? order : double(found.size() + 1), view);
            }
        }
        for (const char *skipped : {"filteredViews", "imageViews", "customViews"})
            for (NodeIndex n : list(views, skipped))
                note(n, QStringLiteral("view \"%1\" (%2) has no place in a Lintel model; skipped")
                            .arg(m_doc.text(n, "key"), QLatin1String(skipped)));
        if (m_doc.child(views, "configuration") != kNoNode)
            note(views, QStringLiteral("the views' configuration (styles, themes, branding, terminology) has no place in a Lintel model; skipped"));
        // `order` is Structurizr's own view order, the order they were written in.
        std::stable_sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        for (auto &[order, view] : found)
            m_ws.views.push_back(std::move(view));
    }

    QString knownElement(NodeIndex idNode)
    {
        const QString canonical = m_canonicalById.value(m_doc.text(idNode));
        if (canonical.isEmpty())
            m_doc.error(idNode, QStringLiteral("\"%1\" names no element of this workspace").arg(m_doc.text(idNode)));
        return canonical;
    }

    void readShown(NodeIndex n, DslView &view)
    {
        view.includeAll = true;
        view.listedExactly = true;
        for (NodeIndex shown : list(n, "elements")) {
            const NodeIndex idNode = m_doc.child(shown, "id");
            const QString id = m_doc.text(idNode);
            QString canonical = m_canonicalById.value(id, m_canonicalByInstance.value(id));
            if (canonical.isEmpty() && !m_deploymentIds.contains(id))
                m_doc.error(idNode == kNoNode ? shown : idNode, QStringLiteral("\"%1\" names no element of this workspace").arg(id));
            if (!canonical.isEmpty() && !view.included.contains(canonical))
                view.included << canonical;
        }
    }

    // A dynamic view shows the ends of its steps in step order; a response
    // runs the relationship backwards.
    void readSteps(NodeIndex n, DslView &view)
    {
        std::vector<std::pair<double, NodeIndex>> steps;
        for (NodeIndex step : list(n, "relationships"))
            steps.emplace_back(m_doc.text(step, "order").toDouble(), step);
        std::stable_sort(steps.begin(), steps.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &[order, step] : steps) {
            const NodeIndex idNode = m_doc.child(step, "id");
            const auto ends = m_relationshipEnds.constFind(m_doc.text(idNode));
            if (ends == m_relationshipEnds.constEnd()) {
                m_doc.error(idNode == kNoNode ? step : idNode,
                            QStringLiteral("\"%1\" names no relationship of this workspace").arg(m_doc.text(idNode)));
                continue;
            }
            const bool response = m_doc.isTrue(step, "response");
            for (const QString &c : {response ? ends->second : ends->first, response ? ends->first : ends->second})
                if (!c.isEmpty() && !view.included.contains(c))
                    view.included << c;
        }
    }

    DocumentTree &m_doc;
    DslWorkspace &m_ws;
    QSet<QString> m_seenIds;
    QSet<QString> m_deploymentIds;                  // nodes and infrastructure nodes
    QHash<QString, QString> m_canonicalById;        // element id -> canonical name
    QHash<QString, QString> m_canonicalByInstance;  // instance id -> canonical name of what it deploys
    QHash<QString, std::pair<QString, QString>> m_relationshipEnds;  // id -> (from, to) canonical names
    std::vector<NodeIndex> m_relationshipsOf;       // every object that may hold relationships
};

}  // namespace

DslWorkspace readJsonWorkspace(const QByteArray &bytes, const QString &fileName)
{
    DslWorkspace ws;
    DocumentTree doc(bytes, fileName);
    if (doc.ok())
        JsonReader(doc, ws).run();
    ws.errors = doc.errors();
    return ws;
}

}  // namespace lintel::structurizr
