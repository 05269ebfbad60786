// Line-by-line structure checks of the Mermaid and PlantUML output, and a
// run of the real (Debian) PlantUML parser. No Mermaid parser runs without a
// browser, so the Mermaid check is the grammar subset the exporter writes:
// any user text that escaped its quotes breaks one of these patterns.
#include "tests/exporters/tst_diagrams.h"

#include <QRegularExpression>

namespace diagrams {

namespace {

// Inside a Mermaid "..." label: no quote, only our own tags, and '#' only
// as the start of an entity code (#quot; #35;).
QString mermaidLabelProblem(const QString &label)
{
    if (label.contains(QLatin1Char('"')))
        return QStringLiteral("a raw quote");
    static const QRegularExpression tag(QStringLiteral("</?(b|small|br/?)>"));
    QString rest = label;
    rest.remove(tag);
    if (rest.contains(QLatin1Char('<')) || rest.contains(QLatin1Char('>')))
        return QStringLiteral("a raw < or >");
    static const QRegularExpression strayHash(QStringLiteral("#(?![a-z0-9]+;)"));
    if (rest.contains(strayHash))
        return QStringLiteral("a # that is no entity");
    if (rest.contains(QLatin1Char('|')) || rest.contains(QLatin1Char('`')))
        return QStringLiteral("a raw | or `");
    return {};
}

QString located(int lineNumber, const QString &line, const QString &problem)
{
    return QStringLiteral("line %1: %2: %3").arg(lineNumber).arg(problem, line);
}

}  // namespace

QString mermaidProblems(const QByteArray &text)
{
    static const QRegularExpression node(
        QStringLiteral("^ *[A-Za-z0-9_]+(\\(|\\[|\\[\\[|\\{\\{|\\[\\(|>|\\(\\[|\\[/)\"([^\\n]*)\""
                       "(\\)|\\]|\\]\\]|\\}\\}|\\)\\]|\\]\\)|\\\\\\])$"));
    static const QRegularExpression subgraph(QStringLiteral("^ *subgraph [A-Za-z0-9_]+\\[\"(.*)\"\\]$"));
    static const QRegularExpression edge(
        QStringLiteral("^  [A-Za-z0-9_]+ (-->|-\\.->)\\|\"(.*)\"\\| [A-Za-z0-9_]+$"));
    static const QRegularExpression styling(QStringLiteral(
        "^  (classDef [a-z_]+ [a-z0-9:#,\\- ]+|class [A-Za-z0-9_,]+ [a-z_]+|style [A-Za-z0-9_]+ "
        "[a-z0-9:#,\\- ]+|linkStyle [0-9]+ [a-z0-9:#,\\-]+)$"));
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    if (lines.size() < 3 || !lines[0].startsWith(QLatin1String("%% ")) || lines[1] != QLatin1String("flowchart LR"))
        return QStringLiteral("does not start with a comment and 'flowchart LR'");
    if (!lines.last().isEmpty())
        return QStringLiteral("does not end with a newline");
    int depth = 0;
    for (int i = 2; i < lines.size() - 1; ++i) {
        const QString &line = lines[i];
        QString label;
        if (const auto m = node.match(line); m.hasMatch()) {
            label = m.captured(2);
        } else if (const auto s = subgraph.match(line); s.hasMatch()) {
            label = s.captured(1);
            ++depth;
        } else if (line.trimmed() == QLatin1String("end")) {
            if (--depth < 0)
                return located(i + 1, line, QStringLiteral("'end' without subgraph"));
        } else if (const auto e = edge.match(line); e.hasMatch()) {
            label = e.captured(2);
        } else if (!styling.match(line).hasMatch()) {
            return located(i + 1, line, QStringLiteral("not a node, subgraph, edge or style"));
        }
        if (const QString problem = mermaidLabelProblem(label); !problem.isEmpty())
            return located(i + 1, line, problem);
    }
    return depth == 0 ? QString() : QStringLiteral("a subgraph is not closed");
}

QString plantUmlProblems(const QByteArray &text)
{
    // A quoted argument: no quote or backslash inside except our "\n".
    const QString quoted = QStringLiteral("\"(?:[^\"\\\\]|\\\\n)*\"");
    const QString alias = QStringLiteral("[A-Za-z0-9_]+");
    const QRegularExpression macro(QStringLiteral("^ *(Person|System_Ext|Container|ContainerDb|ContainerQueue)"
                                                  "\\(%1(, %2)+\\)$").arg(alias, quoted));
    const QRegularExpression boundary(
        QStringLiteral("^ *(Enterprise_)?Boundary\\(%1, %2\\) \\{$").arg(alias, quoted));
    const QRegularExpression rel(QStringLiteral("^Rel\\(%1, %1, %2, %2(, \\$tags = \"[a-z_]+\")?\\)$")
                                     .arg(alias, quoted));
    const QStringList fixed{QStringLiteral("@startuml"), QStringLiteral("!include <C4/C4_Container>"),
                            QStringLiteral("LAYOUT_LEFT_RIGHT()"), QStringLiteral("SHOW_LEGEND()"),
                            QStringLiteral("@enduml"), QString()};
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    if (lines.first() != QLatin1String("@startuml") || lines.value(lines.size() - 2) != QLatin1String("@enduml"))
        return QStringLiteral("not between @startuml and @enduml");
    int depth = 0;
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        if (fixed.contains(line) || line.startsWith(QLatin1String("AddRelTag(\"")))
            continue;
        if (line.startsWith(QLatin1String("title "))) {
            if (line.contains(QLatin1Char('\\')) || line.contains(QLatin1Char('<')))
                return located(i + 1, line, QStringLiteral("unescaped title"));
        } else if (boundary.match(line).hasMatch()) {
            ++depth;
        } else if (line.trimmed() == QLatin1String("}")) {
            if (--depth < 0)
                return located(i + 1, line, QStringLiteral("'}' without boundary"));
        } else if (!macro.match(line).hasMatch() && !rel.match(line).hasMatch()) {
            return located(i + 1, line, QStringLiteral("not a C4 macro, boundary or Rel"));
        }
        if (line.contains(QLatin1Char('$')) && !line.contains(QLatin1String(", $tags = \"")))
            return located(i + 1, line, QStringLiteral("a raw $ (preprocessor variable)"));
    }
    return depth == 0 ? QString() : QStringLiteral("a boundary is not closed");
}

QString plantUmlSyntaxProblems(const QString &plantuml, const QByteArray &text)
{
    // Each C4 call becomes a plain rectangle (or arrow) holding the same
    // quoted strings, so PlantUML parses exactly the user text we wrote.
    static const QRegularExpression strings(QStringLiteral("\"((?:[^\"\\\\]|\\\\n)*)\""));
    static const QRegularExpression call(QStringLiteral("^( *)([A-Za-z_]+)\\(([A-Za-z0-9_]+), ([A-Za-z0-9_]+)?"));
    QStringList out;
    for (const QString &line : QString::fromUtf8(text).split(QLatin1Char('\n'))) {
        const auto m = call.match(line);
        if (!m.hasMatch() || line.startsWith(QLatin1String("AddRelTag"))) {
            if (!line.startsWith(QLatin1Char('!')) && !line.startsWith(QLatin1String("LAYOUT_"))
                && !line.startsWith(QLatin1String("SHOW_LEGEND")) && !line.startsWith(QLatin1String("AddRelTag")))
                out << line;
            continue;
        }
        QStringList texts;
        for (auto it = strings.globalMatch(line.section(QLatin1String("$tags"), 0, 0)); it.hasNext();)
            texts << it.next().captured(1);
        const QString indent = m.captured(1), macro = m.captured(2), alias = m.captured(3);
        if (macro == QLatin1String("Rel"))
            out << QStringLiteral("%1 --> %2 : %3").arg(alias, m.captured(4), texts.join(QLatin1Char(' ')));
        else
            out << QStringLiteral("%1rectangle \"%2\" as %3%4")
                       .arg(indent, texts.join(QStringLiteral("\\n")), alias,
                            line.endsWith(QLatin1Char('{')) ? QStringLiteral(" {") : QString());
    }
    const ToolResult result = runOnFile(plantuml, {QStringLiteral("-checkonly"), QStringLiteral("-failfast2"),
                                                   QStringLiteral("{}")},
                                        QStringLiteral("diagram.puml"), out.join(QLatin1Char('\n')).toUtf8());
    if (result.exitCode == 0)
        return {};
    return QStringLiteral("plantuml exit %1: %2\n%3").arg(result.exitCode).arg(result.output, out.join(QLatin1Char('\n')));
}

}  // namespace diagrams
