// A Structurizr workspace as Lintel objects:
//
// - people -> person; software systems -> service; containers -> a kind from
//   their tags and technology (a "Database" -> datastore, a "Web Browser" or
//   "Mobile App" -> client, a queue -> queue), else service; components ->
//   service. Structurizr nests them; Lintel keeps the nesting as `context`
//   (the enclosing system's or container's name, or the group's).
// - relationships -> flows (technology as protocol);
// - deployment environments and nodes -> nested zones; an element's zone is
//   the node of its first instance;
// - views -> views with the elements Structurizr would show, without layout.
#include "importers/structurizr/structurizrimporter.h"

#include "importers/sourcetag.h"
#include "importers/structurizr/carriedfields.h"
#include "importers/structurizr/dslworkspace.h"
#include "model/document/idfromname.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace lintel {

using namespace structurizr;

namespace {

ElementKind kindOf(const DslElement &e)
{
    if (e.type == u"person")
        return ElementKind::Person;
    const QString words = (e.tags.join(u' ') + u' ' + e.technology).toLower();
    const auto has = [&](const char *pattern) { return QRegularExpression(QLatin1String(pattern)).match(words).hasMatch(); };
    if (e.type == u"container") {
        if (has("\\b(database|db|sql|oracle|postgres|mysql|mongo|schema)\\b"))
            return ElementKind::Datastore;
        if (has("\\b(queue|kafka|rabbitmq|topic)\\b"))
            return ElementKind::Queue;
        if (has("\\b(web browser|mobile app|browser|ios|android|xamarin|angular)\\b"))
            return ElementKind::Client;
    }
    return ElementKind::Service;
}

class Mapper {
public:
    Mapper(const DslWorkspace &ws, const QString &file) : m_ws(ws)
    {
        m_tag.format = QStringLiteral("structurizr");
        m_tag.document = ws.name;
        m_tag.file = QFileInfo(file).fileName();
    }

    Model run()
    {
        reserveCarriedIds();
        for (const DslZone &z : m_ws.zones) {
            const CarriedFields carried = z.parent.isEmpty()
                ? CarriedFields{environmentFields(m_ws.properties, z.name), {}}
                : takeCarriedFields(z.extras);
            Zone zone;
            zone.id = idFor(carried, z.name);  // "apache-tomcat", "apache-tomcat-2": short ids, nesting in `parent`
            zone.name = z.name;
            zone.parent = m_zoneIds.value(z.parent);
            zone.description = z.technology;
            zone.extras = carried.rest;
            m_zoneIds.insert(z.canonical, zone.id);
            tag(zone.extras, z.canonical);
            m_model.zones.push_back(zone);
            applyCarriedFields(m_model, QStringLiteral("zones"), int(m_model.zones.size()) - 1, carried.fields);
        }
        for (const DslElement &e : m_ws.elements) {
            const CarriedFields carried = takeCarriedFields(e.extras);
            Element element;
            element.id = idFor(carried, e.name);
            element.name = e.name;
            element.kind = kindOf(e);
            const DslElement *parent = m_ws.element(e.parent);
            element.context = parent ? parent->name : e.group;
            element.technology = e.technology;
            element.description = e.description;
            element.tags = e.tags;
            element.zone = m_zoneIds.value(e.zone);
            element.extras = carried.rest;
            tag(element.extras, e.canonical);
            m_elementIds.insert(e.canonical, element.id);
            m_model.elements.push_back(element);
            applyCarriedFields(m_model, QStringLiteral("elements"), int(m_model.elements.size()) - 1, carried.fields);
        }
        for (const DslRelationship &r : m_ws.relationships) {
            const CarriedFields carried = takeCarriedFields(r.extras);
            Flow flow;
            flow.from = m_elementIds.value(r.from);
            flow.to = m_elementIds.value(r.to);
            flow.id = idFor(carried, derivedFlowId(flow.from, flow.to));
            flow.description = r.description;
            flow.protocol = r.technology;
            flow.extras = carried.rest;
            tag(flow.extras, QStringLiteral("Relationship://%1 -> %2: %3").arg(r.from, r.to, r.description));
            m_model.flows.push_back(flow);
            applyCarriedFields(m_model, QStringLiteral("flows"), int(m_model.flows.size()) - 1, carried.fields);
        }
        for (const DslView &v : m_ws.views) {
            View view;
            view.id = uniqueId(v.key.isEmpty() ? v.type + u' ' + v.scope.section(QStringLiteral("://"), 1) : v.key);
            view.name = v.title.isEmpty() ? v.key : v.title;
            for (const QString &c : shownBy(v))
                view.elements << m_elementIds.value(c);
            tag(view.extras, QStringLiteral("View://") + (v.key.isEmpty() ? view.id : v.key));
            m_model.views.push_back(view);
        }
        return std::move(m_model);
    }

private:
    void tag(Extras &extras, const QString &id) const
    {
        SourceTag t = m_tag;
        t.id = id;
        setSourceTag(extras, t);
    }

    // Ids the exporter wrote (`lintel.id`) are taken first, so an id derived
    // from a name never takes one of them.
    void reserveCarriedIds()
    {
        for (const DslZone &z : m_ws.zones)
            m_ids.insert(takeCarriedFields(z.parent.isEmpty() ? Extras{} : z.extras).id());
        for (const auto &[key, value] : m_ws.properties)
            for (const auto &[name, text] : value.entries)
                if (name.startsWith(QStringLiteral("lintel.environment[")) && name.endsWith(QStringLiteral("].id")))
                    m_ids.insert(text.scalar);
        for (const DslElement &e : m_ws.elements)
            m_ids.insert(takeCarriedFields(e.extras).id());
        for (const DslRelationship &r : m_ws.relationships)
            m_ids.insert(takeCarriedFields(r.extras).id());
        m_ids.remove(QString());
    }

    QString idFor(const CarriedFields &carried, const QString &name)
    {
        const QString carriedId = carried.id();
        return carriedId.isEmpty() ? uniqueId(name) : carriedId;
    }

    QString uniqueId(const QString &name)
    {
        QString base = idFromName(name);
        if (base.isEmpty())
            base = QStringLiteral("item");
        QString id = base;
        for (int n = 2; m_ids.contains(id); ++n)
            id = base + u'-' + QString::number(n);
        m_ids.insert(id);
        return id;
    }

    // The element (or its ancestor) that stands for `canonical` in a view
    // whose detail stops at `inside`'s children: outside it, at the top level,
    // except that a component view shows the other containers of its system
    // as containers.
    QString visibleAs(const QString &canonical, const QString &inside) const
    {
        const DslElement *scope = m_ws.element(inside);
        const QString system = scope ? scope->parent : QString();
        QString at = canonical;
        for (const DslElement *e = m_ws.element(at);
             e && !e->parent.isEmpty() && e->parent != inside && (system.isEmpty() || e->parent != system);
             e = m_ws.element(at))
            at = e->parent;
        return at;
    }

    QStringList shownBy(const DslView &v) const
    {
        if (!v.listedExactly)
            return expanded(v);
        DslView everything = v;
        everything.included.clear();
        QStringList shown;
        for (const QString &c : expanded(everything))
            if (v.included.contains(c))
                shown << c;
        for (const QString &c : v.included)
            if (!shown.contains(c))
                shown << c;
        return shown;
    }

    // What the view names, and with `include *` what Structurizr adds.
    QStringList expanded(const DslView &v) const
    {
        QStringList shown = v.included;
        if (!v.includeAll)
            return shown;
        const auto add = [&](const QString &c) {
            if (!c.isEmpty() && !shown.contains(c))
                shown << c;
        };
        if (v.type == u"systemlandscape") {
            for (const DslElement &e : m_ws.elements)
                if (e.parent.isEmpty())
                    add(e.canonical);
            return shown;
        }
        if (v.type == u"deployment") {  // what has an instance in the environment
            const QString environment = QStringLiteral("Deployment://") + v.environment + u'/';
            for (const DslElement &e : m_ws.elements)
                if (std::any_of(e.deployedIn.begin(), e.deployedIn.end(), [&](const QString &node) { return node.startsWith(environment); }))
                    add(e.canonical);
            return shown;
        }
        // systemcontext: the system and what it talks to; container and
        // component: the scope's children and what they talk to.
        const bool context = v.type == u"systemcontext";
        const QString inside = context ? QString() : v.scope;
        if (context)
            add(v.scope);
        for (const DslElement &e : m_ws.elements)
            if (!context && e.parent == v.scope)
                add(e.canonical);
        for (const DslRelationship &r : m_ws.relationships) {
            const QString from = visibleAs(r.from, inside), to = visibleAs(r.to, inside);
            const bool fromIn = context ? from == v.scope : m_ws.element(from) && m_ws.element(from)->parent == v.scope;
            const bool toIn = context ? to == v.scope : m_ws.element(to) && m_ws.element(to)->parent == v.scope;
            if (fromIn && from != to && to != v.scope)
                add(to);
            if (toIn && from != to && from != v.scope)
                add(from);
        }
        return shown;
    }

    const DslWorkspace &m_ws;
    SourceTag m_tag;
    Model m_model;
    QSet<QString> m_ids;
    QHash<QString, QString> m_zoneIds, m_elementIds;
};

}  // namespace

QString StructurizrImporter::description() const
{
    return QStringLiteral("A Structurizr workspace, DSL or JSON (people, systems, containers, components, "
                          "relationships, deployment nodes as zones, views)");
}

ImportResult StructurizrImporter::read(const ImportRequest &request) const
{
    ImportResult result;
    // The JSON form is an object; a DSL file starts with a keyword or a comment.
    const bool json = request.bytes.trimmed().startsWith('{') || request.fileName.endsWith(u".json", Qt::CaseInsensitive);
    const DslWorkspace ws = json ? readJsonWorkspace(request.bytes, request.fileName)
                                 : readDslWorkspace(request.bytes, request.fileName);
    result.notes = ws.notes;
    if (!ws.errors.empty()) {
        result.errors = ws.errors;
        return result;
    }
    result.fragment = Mapper(ws, request.fileName).run();
    return result;
}

}  // namespace lintel
