#include "exporters/structurizr/dslwriter.h"

#include "model/compare/fieldproperties.h"
#include "model/compare/sections.h"
#include "model/document/idfromname.h"

#include <QHash>
#include <QSet>

namespace lintel::structurizr {

namespace {

const QString kProperties = QStringLiteral("x-structurizr-properties");
const QString kPerspectives = QStringLiteral("x-structurizr-perspectives");

QString quoted(QString text)
{
    text.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\"")).replace(u'\n', u' ');
    return u'"' + text + u'"';
}

bool fitsSlot(const QString &text) { return !text.contains(u'\n'); }

class Writer {
public:
    explicit Writer(const Model &model) : m_model(model) {}

    std::optional<DslText> run(QString *error)
    {
        if (!namesAreUnique(error))
            return std::nullopt;
        line(QStringLiteral("workspace %1 %2 {").arg(quoted(m_model.system.name), quoted(m_model.system.description.simplified())));
        ++m_depth;
        environmentProperties();
        line(QStringLiteral("model {"));
        ++m_depth;
        elements();
        flows();
        zones();
        --m_depth;
        line(QStringLiteral("}"));
        views();
        --m_depth;
        line(QStringLiteral("}"));
        if (!m_model.teams.empty())
            m_out.notes << QStringLiteral("teams are not written: Structurizr has no place for them (each element keeps "
                                          "its team's id as the property lintel.team)");
        if (!m_model.apis.empty() || !m_model.data.empty() || !m_model.decisions.empty() || !m_model.questions.empty())
            m_out.notes << QStringLiteral("API contracts, data classes, decisions and questions are not written: "
                                          "Structurizr has no place for them");
        return m_out;
    }

private:
    void line(const QString &text) { m_out.text += QString(m_depth * 4, u' ') + text + u'\n'; }

    // Structurizr identifies people, software systems and deployment nodes
    // by name (within their parent); two of one kind with one name would
    // become one on import.
    bool namesAreUnique(QString *error)
    {
        QHash<QString, QString> seen;
        for (const Element &e : m_model.elements) {
            const QString key = (e.kind == ElementKind::Person ? QStringLiteral("person ") : QStringLiteral("system ")) + e.name;
            if (seen.contains(key)) {
                *error = QStringLiteral("elements \"%1\" and \"%2\" are both named \"%3\"; Structurizr tells elements apart by "
                                        "name, so rename one before exporting").arg(seen.value(key), e.id, e.name);
                return false;
            }
            seen.insert(key, e.id);
        }
        for (const Zone &z : m_model.zones) {
            const QString key = QStringLiteral("zone ") + z.parent + u'/' + z.name;
            if (seen.contains(key)) {
                *error = QStringLiteral("zones \"%1\" and \"%2\" have the same name and parent; Structurizr tells deployment "
                                        "nodes apart by name, so rename one before exporting").arg(seen.value(key), z.id);
                return false;
            }
            seen.insert(key, z.id);
        }
        return true;
    }

    const Zone *zone(const QString &id) const
    {
        for (const Zone &z : m_model.zones)
            if (z.id == id)
                return &z;
        return nullptr;
    }

    // The fields of object `index` of `section` that have no slot, as
    // properties; `inSlots` lists the paths written elsewhere.
    TextProperties carried(const QString &section, int index, const QSet<QString> &inSlots)
    {
        FlatFields fields = findSection(section)->flatten(m_model, index);
        FlatFields rest;
        for (const FlatField &f : fields) {
            const QString path = f.pathText();
            if (!inSlots.contains(path) && path != u"x-source" && path != kProperties && path != kPerspectives)
                rest.push_back(f);
        }
        QStringList skipped;
        TextProperties out = fieldsAsProperties(rest, &skipped);
        for (const QString &path : skipped)
            m_out.notes << QStringLiteral("%1 %2: \"%3\" holds more than text and is not written")
                               .arg(section, findSection(section)->idAt(m_model, index), path);
        return out;
    }

    void propertiesBlock(const TextProperties &properties, const Extras &extras)
    {
        TextProperties all = properties;
        for (const auto &[key, value] : extras)
            if (key == kProperties)
                for (const auto &[name, text] : value.entries)
                    all.emplace_back(name, text.scalar);
        if (!all.empty()) {
            line(QStringLiteral("properties {"));
            ++m_depth;
            for (const auto &[key, value] : all)
                line(quoted(key) + u' ' + quoted(value));
            --m_depth;
            line(QStringLiteral("}"));
        }
        for (const auto &[key, value] : extras) {
            if (key != kPerspectives || value.entries.empty())
                continue;
            line(QStringLiteral("perspectives {"));
            ++m_depth;
            for (const auto &[name, text] : value.entries)
                line(quoted(name) + u' ' + quoted(text.scalar));
            --m_depth;
            line(QStringLiteral("}"));
        }
    }

    void statementWithBlock(const QString &statement, const TextProperties &properties, const Extras &extras)
    {
        const bool hasBlock = !properties.empty() || std::any_of(extras.begin(), extras.end(), [](const auto &x) {
            return (x.first == kProperties || x.first == kPerspectives) && !x.second.entries.empty();
        });
        if (!hasBlock) {
            line(statement);
            return;
        }
        line(statement + QStringLiteral(" {"));
        ++m_depth;
        propertiesBlock(properties, extras);
        --m_depth;
        line(QStringLiteral("}"));
    }

    bool deployedAsInstance(const Element &e) const
    {
        const Zone *z = zone(e.zone);
        return e.kind != ElementKind::Person && z && !z->parent.isEmpty();  // a node, not an environment
    }

    void elements()
    {
        QString group;
        for (int i = 0; i < int(m_model.elements.size()); ++i) {
            const Element &e = m_model.elements[std::size_t(i)];
            const QString context = fitsSlot(e.context) ? e.context : QString();
            if (context != group) {
                if (!group.isEmpty())
                    closeBlock();
                if (!context.isEmpty())
                    openBlock(QStringLiteral("group %1 {").arg(quoted(context)));
                group = context;
            }
            const bool person = e.kind == ElementKind::Person;
            QSet<QString> inSlots{QStringLiteral("name")};
            if (person || e.kind == ElementKind::Service)
                inSlots << QStringLiteral("kind");
            if (e.id == idFromName(e.name))
                inSlots << QStringLiteral("id");
            if (fitsSlot(e.description))
                inSlots << QStringLiteral("description");
            const bool tagsFit = std::none_of(e.tags.begin(), e.tags.end(), [](const QString &t) { return t.contains(u',') || !fitsSlot(t); });
            if (tagsFit)
                inSlots << QStringLiteral("tags");
            if (!context.isEmpty())
                inSlots << QStringLiteral("context");
            if (deployedAsInstance(e))
                inSlots << QStringLiteral("zone");
            const QString statement = QStringLiteral("%1 = %2 %3 %4 %5")
                                          .arg(e.id, person ? QStringLiteral("person") : QStringLiteral("softwareSystem"),
                                               quoted(e.name), quoted(fitsSlot(e.description) ? e.description : QString()),
                                               quoted(tagsFit ? e.tags.join(u',') : QString()));
            statementWithBlock(statement, carried(QStringLiteral("elements"), i, inSlots), e.extras);
        }
        if (!group.isEmpty())
            closeBlock();
    }

    void flows()
    {
        for (int i = 0; i < int(m_model.flows.size()); ++i) {
            const Flow &f = m_model.flows[std::size_t(i)];
            QSet<QString> inSlots{QStringLiteral("from"), QStringLiteral("to")};
            if (f.id == derivedFlowId(f.from, f.to))
                inSlots << QStringLiteral("id");
            if (fitsSlot(f.description))
                inSlots << QStringLiteral("description");
            if (fitsSlot(f.protocol))
                inSlots << QStringLiteral("protocol");
            const QString statement = QStringLiteral("%1 -> %2 %3 %4")
                                          .arg(f.from, f.to, quoted(fitsSlot(f.description) ? f.description : QString()),
                                               quoted(fitsSlot(f.protocol) ? f.protocol : QString()));
            statementWithBlock(statement, carried(QStringLiteral("flows"), i, inSlots), f.extras);
        }
    }

    // Top-level zones become deployment environments, nested ones
    // deployment nodes; an element in a node is a software system instance.
    void zones()
    {
        for (const Zone &z : m_model.zones)
            if (z.parent.isEmpty() || !zone(z.parent)) {
                openBlock(QStringLiteral("deploymentEnvironment %1 {").arg(quoted(z.name)));
                zoneContent(z);
                closeBlock();
            }
    }

    void zoneContent(const Zone &parent)
    {
        for (int i = 0; i < int(m_model.zones.size()); ++i) {
            const Zone &z = m_model.zones[std::size_t(i)];
            if (z.parent != parent.id)
                continue;
            QSet<QString> inSlots{QStringLiteral("name"), QStringLiteral("parent")};
            if (z.id == idFromName(z.name))
                inSlots << QStringLiteral("id");
            if (fitsSlot(z.description))
                inSlots << QStringLiteral("description");
            openBlock(QStringLiteral("deploymentNode %1 \"\" %2 {").arg(quoted(z.name), quoted(fitsSlot(z.description) ? z.description : QString())));
            propertiesBlock(carried(QStringLiteral("zones"), i, inSlots), z.extras);
            for (const Element &e : m_model.elements)
                if (e.zone == z.id && deployedAsInstance(e))
                    line(QStringLiteral("softwareSystemInstance ") + e.id);
            zoneContent(z);
            closeBlock();
        }
    }

    // An environment has no properties in the DSL: its fields go among the
    // workspace's, named after it.
    void environmentProperties()
    {
        TextProperties all;
        for (int i = 0; i < int(m_model.zones.size()); ++i) {
            const Zone &z = m_model.zones[std::size_t(i)];
            if (!z.parent.isEmpty() && zone(z.parent))
                continue;
            QSet<QString> inSlots{QStringLiteral("name")};
            if (z.id == idFromName(z.name))
                inSlots << QStringLiteral("id");
            for (const auto &[key, value] : carried(QStringLiteral("zones"), i, inSlots))
                all.emplace_back(QStringLiteral("lintel.environment[%1].%2").arg(z.name, key.mid(7)), value);
        }
        propertiesBlock(all, {});
    }

    void views()
    {
        line(QStringLiteral("views {"));
        ++m_depth;
        for (const View &v : m_model.views) {
            openBlock(QStringLiteral("systemLandscape %1 {").arg(quoted(v.id)));  // the key; a description could follow
            if (!v.name.isEmpty())
                line(QStringLiteral("title ") + quoted(v.name));
            if (!v.elements.isEmpty())
                line(QStringLiteral("include ") + v.elements.join(u' '));
            closeBlock();
            if (!v.positions.empty())
                m_out.notes << QStringLiteral("view %1: its layout is not written (Structurizr lays views out itself)").arg(v.id);
        }
        --m_depth;
        line(QStringLiteral("}"));
    }

    void openBlock(const QString &statement)
    {
        line(statement);
        ++m_depth;
    }
    void closeBlock()
    {
        --m_depth;
        line(QStringLiteral("}"));
    }

    const Model &m_model;
    DslText m_out;
    int m_depth = 0;
};

}  // namespace

std::optional<DslText> writeDslWorkspace(const Model &model, QString *error)
{
    return Writer(model).run(error);
}

}  // namespace lintel::structurizr
