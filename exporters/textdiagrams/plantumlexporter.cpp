#include "exporters/textdiagrams/plantumlexporter.h"

#include "exporters/textdiagrams/diagramids.h"
#include "exporters/textdiagrams/zonewalk.h"

#include <algorithm>
#include "model/index/semantics.h"
#include "model/style/diagramstyle.h"
#include "model/style/labeltext.h"

namespace lintel {

namespace {

QString quoted(const QString &text)
{
    return QLatin1Char('"') + plantUmlText(text) + QLatin1Char('"');
}

// Wrapped lines joined by PlantUML's own "\n" (written by us, so it is the
// only backslash in the string).
QString quotedLines(const QStringList &lines)
{
    QStringList escaped;
    for (const QString &l : lines)
        escaped << plantUmlText(l);
    return QLatin1Char('"') + escaped.join(QStringLiteral("\\n")) + QLatin1Char('"');
}

QString macroFor(ElementKind kind)
{
    switch (kind) {
    case ElementKind::Person: return QStringLiteral("Person");
    case ElementKind::External: return QStringLiteral("System_Ext");
    case ElementKind::Datastore:
    case ElementKind::Cache: return QStringLiteral("ContainerDb");
    case ElementKind::Queue: return QStringLiteral("ContainerQueue");
    default: return QStringLiteral("Container");
    }
}

// Person and System_Ext take (alias, label, description); containers take a
// technology before the description.
bool hasTechnology(ElementKind kind)
{
    return kind != ElementKind::Person && kind != ElementKind::External;
}

class PlantUmlWriter {
public:
    PlantUmlWriter(const Model &model, const DiagramScope &scope) : m_model(model), m_scope(scope) {}

    QString write()
    {
        m_out << QStringLiteral("@startuml");
        m_out << QStringLiteral("!include <C4/C4_Container>");
        m_out << QString();
        m_out << QStringLiteral("LAYOUT_LEFT_RIGHT()");
        m_out << QStringLiteral("AddRelTag(\"async\", $lineStyle = DashedLine())");
        m_out << QStringLiteral("AddRelTag(\"unprotected\", $textColor = \"#c62828\", "
                                "$lineColor = \"#c62828\", $lineThickness = 3)");
        m_out << QStringLiteral("AddRelTag(\"async_unprotected\", $textColor = \"#c62828\", "
                                "$lineColor = \"#c62828\", $lineStyle = DashedLine(), "
                                "$lineThickness = 3)");
        m_out << QString();
        m_out << QStringLiteral("title ") + plantUmlText(m_scope.title);
        m_out << QString();
        writeZones();
        m_out << QString();
        writeFlows();
        m_out << QString();
        m_out << QStringLiteral("SHOW_LEGEND()");
        m_out << QStringLiteral("@enduml");
        return m_out.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }

private:
    static QString indentFor(int depth)
    {
        return QString(std::min(depth, kMaxIndentDepth) * 2, QLatin1Char(' '));
    }

    // A zone is a boundary opened at its parent's indent, its elements one
    // level in.
    void writeZones()
    {
        const auto enter = [this](const Zone *z, int depth) {
            if (z) {
                // A top-level internal or restricted zone is the organisation's
                // own network: C4 calls that the enterprise boundary.
                const auto trust = m_scope.zoneTrust(z->id);
                const bool enterprise = depth == 1 && trust
                    && (*trust == Trust::Internal || *trust == Trust::Restricted);
                m_out << indentFor(depth - 1) + QStringLiteral("%1(%2, %3) {")
                                                    .arg(enterprise ? QStringLiteral("Enterprise_Boundary")
                                                                    : QStringLiteral("Boundary"),
                                                         m_zoneIds(z->id), quoted(zoneLabel(*z, trust)));
            }
            for (const Element *e : m_scope.elementsIn(z ? z->id : QString()))
                m_out << indentFor(depth) + elementLine(*e);
        };
        const auto leave = [this](const Zone *z, int depth) {
            if (z)
                m_out << indentFor(depth - 1) + QStringLiteral("}");
        };
        walkZones(m_scope, enter, leave);
    }

    QString elementLine(const Element &e)
    {
        QStringList args{m_elementIds(e.id), quotedLines(wrapLines(e.name.isEmpty() ? e.id : e.name))};
        if (hasTechnology(e.kind))
            args << quotedLines(wrapLines(e.technology, kLabelLineWidth, 2 * kLabelLineWidth));
        QString description = truncated(singleLine(e.description), 120);
        if (isStore(e.kind))
            if (const auto c = highestClassification(m_model, e))
                description = QStringLiteral("[%1] %2").arg(classificationBadge(*c), description).trimmed();
        args << quotedLines(wrapLines(description, 40, 120));
        return QStringLiteral("%1(%2)").arg(macroFor(e.kind), args.join(QStringLiteral(", ")));
    }

    void writeFlows()
    {
        for (const Flow *f : m_scope.flows) {
            const FlowStyle style = flowStyle(m_index, *f);
            QStringList label{f->description.trimmed().isEmpty() ? f->id : f->description};
            label = wrapLines(label.first(), 40, 60);
            if (style.unprotectedCrossing)
                label << style.warnings.join(QStringLiteral(", "));
            QStringList args{m_elementIds(f->from), m_elementIds(f->to), quotedLines(label),
                             quotedLines(flowLabel(m_index, *f).split(QLatin1Char('\n')))};
            QString tag;
            if (style.unprotectedCrossing)
                tag = style.dashed ? QStringLiteral("async_unprotected") : QStringLiteral("unprotected");
            else if (style.dashed)
                tag = QStringLiteral("async");
            if (!tag.isEmpty())
                args << QStringLiteral("$tags = \"%1\"").arg(tag);
            m_out << QStringLiteral("Rel(%1)").arg(args.join(QStringLiteral(", ")));
        }
    }

    const Model &m_model;
    const ModelIndex m_index{m_model};  // flow ends, looked up once per flow
    const DiagramScope &m_scope;
    QStringList m_out;
    DiagramIds m_elementIds{QStringLiteral("e_")};
    DiagramIds m_zoneIds{QStringLiteral("z_")};
};

}  // namespace

QString plantUmlText(const QString &text)
{
    static const QString markup = QStringLiteral("/*-_~=");
    const QString flat = singleLine(text);
    QString out;
    for (qsizetype i = 0; i < flat.size(); ++i) {
        const QChar c = flat.at(i);
        const bool doubledMarkup = markup.contains(c) && i > 0 && flat.at(i - 1) == c;
        if (doubledMarkup || QStringLiteral("\"\\<>&$%~").contains(c))
            out += QStringLiteral("&#%1;").arg(int(c.unicode()));
        else
            out += c;
    }
    return out;
}

QByteArray plantUmlDiagram(const Model &model, const DiagramScope &scope)
{
    return PlantUmlWriter(model, scope).write().toUtf8();
}

}  // namespace lintel
