#include "exporters/textdiagrams/mermaidexporter.h"

#include "exporters/textdiagrams/diagramids.h"
#include "exporters/textdiagrams/zonewalk.h"

#include <algorithm>
#include "model/style/diagramstyle.h"
#include "model/style/labeltext.h"

#include <map>

namespace lintel {

namespace {

// Lines of a label, escaped and joined with Mermaid's line break.
QString labelLines(const QStringList &lines)
{
    QStringList escaped;
    for (const QString &l : lines)
        escaped << mermaidText(l);
    return escaped.join(QStringLiteral("<br/>"));
}

// The node declaration with the shape of its kind: id + opening + "label" +
// closing, e.g. e_db[("Orders DB")].
QString nodeShape(NodeShape shape, const QString &id, const QString &label)
{
    const char *open = "(";
    const char *close = ")";
    switch (shape) {
    case NodeShape::Rounded: break;
    case NodeShape::Box: open = "["; close = "]"; break;
    case NodeShape::DoubleBox: open = "["; close = "]"; break;  // thick border via its class
    case NodeShape::Component: open = "[["; close = "]]"; break;
    case NodeShape::Hexagon: open = "{{"; close = "}}"; break;
    case NodeShape::Cylinder: open = "[("; close = ")]"; break;
    case NodeShape::Queue: open = ">"; close = "]"; break;
    case NodeShape::Actor: open = "(["; close = "])"; break;
    case NodeShape::Screen: open = "[/"; close = "\\]"; break;
    }
    return QStringLiteral("%1%2\"%3\"%4").arg(id, QLatin1String(open), label, QLatin1String(close));
}

QString elementLabel(const Model &model, const Element &e)
{
    QString label = QStringLiteral("<b>%1</b><br/><small>%2</small>")
                        .arg(labelLines(wrapLines(e.name.isEmpty() ? e.id : e.name)),
                             labelLines(elementKindLines(e)));
    if (isStore(e.kind))
        if (const auto c = highestClassification(model, e))
            label += QStringLiteral("<br/>[%1]").arg(mermaidText(classificationBadge(*c)));
    return label;
}

class MermaidWriter {
public:
    MermaidWriter(const Model &model, const DiagramScope &scope) : m_model(model), m_scope(scope) {}

    QString write()
    {
        // A comment, not front matter: older renderers reject front matter.
        // Braces are dropped so the comment can never read as a %%{init}%%.
        QString title = singleLine(m_scope.title);
        title.remove(QLatin1Char('{')).remove(QLatin1Char('}'));
        m_out << QStringLiteral("%% Lintel diagram: ") + title;
        m_out << QStringLiteral("flowchart LR");
        writeZones();
        writeFlows();
        writeStyles();
        return m_out.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }

private:
    static QString indentFor(int depth)
    {
        return QString(std::min(depth, kMaxIndentDepth) * 2, QLatin1Char(' '));
    }

    // Everything sits one level in from "flowchart": a zone's subgraph at its
    // depth, its elements one deeper.
    void writeZones()
    {
        const auto enter = [this](const Zone *z, int depth) {
            if (z)
                m_out << indentFor(depth) + QStringLiteral("subgraph %1[\"%2\"]")
                                                .arg(m_zoneIds(z->id),
                                                     labelLines(wrapLines(zoneLabel(*z, m_scope.zoneTrust(z->id)), 40)));
            for (const Element *e : m_scope.elementsIn(z ? z->id : QString())) {
                const QString id = m_elementIds(e->id);
                m_out << indentFor(depth + 1) + nodeShape(elementStyle(e->kind).shape, id, elementLabel(m_model, *e));
                m_kindMembers[int(e->kind)] << id;
            }
        };
        const auto leave = [this](const Zone *z, int depth) {
            if (!z)
                return;
            m_out << indentFor(depth) + QStringLiteral("end");
            m_zoneOrder.push_back(z);
        };
        walkZones(m_scope, enter, leave);
    }

    void writeFlows()
    {
        int index = 0;
        for (const Flow *f : m_scope.flows) {
            const FlowStyle style = flowStyle(m_index, *f);
            QString label = labelLines(flowLabel(m_index, *f).split(QLatin1Char('\n')));
            if (style.unprotectedCrossing) {
                label += QStringLiteral("<br/><b>%1</b>")
                             .arg(mermaidText(style.warnings.join(QStringLiteral(", "))));
                m_unprotected << index;
            }
            m_out << QStringLiteral("  %1 %2|\"%3\"| %4")
                         .arg(m_elementIds(f->from),
                              style.dashed ? QStringLiteral("-.->") : QStringLiteral("-->"), label,
                              m_elementIds(f->to));
            ++index;
        }
    }

    void writeStyles()
    {
        for (auto it = m_kindMembers.cbegin(); it != m_kindMembers.cend(); ++it) {
            const ElementStyle style = elementStyle(ElementKind(it->first));
            const QString cls = QStringLiteral("k_") + style.kindLabel;
            m_out << QStringLiteral("  classDef %1 fill:%2,stroke:%3,color:%4%5")
                         .arg(cls, style.fill.name(), style.stroke.name(), style.text.name(),
                              style.shape == NodeShape::DoubleBox ? QStringLiteral(",stroke-width:3px")
                                                                  : QString());
            m_out << QStringLiteral("  class %1 %2").arg(it->second.join(QLatin1Char(',')), cls);
        }
        for (const Zone *z : m_zoneOrder) {
            const ZoneStyle style = zoneStyle(m_scope.zoneTrust(z->id));
            m_out << QStringLiteral("  style %1 fill:%2,stroke:%3%4")
                         .arg(m_zoneIds(z->id), style.fill.name(), style.border.name(),
                              style.dashedBorder ? QStringLiteral(",stroke-dasharray:6 4") : QString());
        }
        for (int index : m_unprotected)
            m_out << QStringLiteral("  linkStyle %1 stroke:#c62828,stroke-width:3px").arg(index);
    }

    const Model &m_model;
    const ModelIndex m_index{m_model};  // flow ends, looked up once per flow
    const DiagramScope &m_scope;
    QStringList m_out;
    DiagramIds m_elementIds{QStringLiteral("e_")};
    DiagramIds m_zoneIds{QStringLiteral("z_")};
    std::map<int, QStringList> m_kindMembers;  // by ElementKind, enum order
    std::vector<const Zone *> m_zoneOrder;
    QList<int> m_unprotected;
};

}  // namespace

QString mermaidText(const QString &text)
{
    QString out;
    for (const QChar c : singleLine(text)) {
        switch (c.unicode()) {
        case '"': out += QLatin1String("#quot;"); break;
        case '<': out += QLatin1String("#lt;"); break;
        case '>': out += QLatin1String("#gt;"); break;
        case '&': out += QLatin1String("#amp;"); break;
        case '#': out += QLatin1String("#35;"); break;
        case '`': out += QLatin1String("#96;"); break;
        case '|': out += QLatin1String("#124;"); break;
        default: out += c;
        }
    }
    return out;
}

QByteArray mermaidDiagram(const Model &model, const DiagramScope &scope)
{
    return MermaidWriter(model, scope).write().toUtf8();
}

}  // namespace lintel
