// Reading pack files: the top level, each rule, its message, its tests.
#include "model/rules/packs/packloader.h"

#include "model/rules/packs/conditionreader.h"
#include "model/rules/packs/expression.h"
#include "model/rules/packs/snippetmodel.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace lintel::packs {

namespace {

using yaml::NodeIndex;

const QHash<QString, Subject> &targets()
{
    static const QHash<QString, Subject> map = {
        {QStringLiteral("elements"), Collection::Elements}, {QStringLiteral("flows"), Collection::Flows},
        {QStringLiteral("zones"), Collection::Zones},       {QStringLiteral("data"), Collection::Data},
        {QStringLiteral("apis"), Collection::Apis},         {QStringLiteral("operations"), Subject::apiOperations()},
        {QStringLiteral("teams"), Collection::Teams},       {QStringLiteral("decisions"), Collection::Decisions}};
    return map;
}

bool isKebabCase(const QString &id)
{
    static const QRegularExpression kebab(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return kebab.match(id).hasMatch();
}

// "{to.zone.name} is ..." -> literal and field parts, each field checked.
bool readMessage(PackReader &r, NodeIndex node, Subject target, std::vector<MessagePart> &out)
{
    QString text;
    if (!r.scalar(node, text, QStringLiteral("message")))
        return false;
    static const QRegularExpression placeholder(QStringLiteral("\\{([^{}]*)\\}"));
    qsizetype at = 0;
    bool ok = true;
    for (const QRegularExpressionMatch &m : placeholder.globalMatch(text)) {
        out.push_back({text.mid(at, m.capturedStart() - at), std::nullopt});
        QString error;
        std::optional<FieldPath> path = FieldPath::compile(target, m.captured(1).trimmed(), &error);
        if (!path) {
            r.report(node, QStringLiteral("in the message placeholder {%1}: %2").arg(m.captured(1), error));
            ok = false;
        }
        out.push_back({{}, std::move(path)});
        at = m.capturedEnd();
    }
    out.push_back({text.mid(at), std::nullopt});
    return ok;
}

std::optional<PackRuleDefinition> readRule(PackReader &r, NodeIndex node)
{
    static const QStringList keys = {"id",    "severity", "title",   "description", "help",      "for",
                                     "kinds", "where",    "require", "expression",  "budget-ms", "message"};
    const std::size_t before = r.problemCount();
    PackRuleDefinition d;
    d.file = r.file;
    d.loc = r.locOf(node);
    const std::vector<PackEntry> entries = r.entries(node, keys, QStringLiteral("a rule"));
    auto find = [&](const char *key) -> const PackEntry * {
        for (const PackEntry &e : entries)
            if (e.key == QLatin1String(key))
                return &e;
        return nullptr;
    };
    // Unknown keys are reported, but the rest is still read so that one
    // run lists everything wrong with the rule; missing keys stop it here.
    const std::size_t beforeRequired = r.problemCount();
    for (const char *required : {"id", "severity", "title", "description", "for", "message"})
        if (!find(required))
            r.report(node, QStringLiteral("a rule needs '%1'").arg(QLatin1String(required)));
    if (!find("require") && !find("expression"))
        r.report(node, QStringLiteral("a rule needs 'require' (conditions that must hold) or 'expression'"));
    if (r.problemCount() != beforeRequired)
        return std::nullopt;

    QString text;
    if (r.scalar(find("id")->value, d.info.id, QStringLiteral("id")) && !isKebabCase(d.info.id))
        r.report(find("id")->value, QStringLiteral("rule id '%1' is not kebab-case (lower-case words joined by '-')").arg(d.info.id));
    d.loc = r.locOf(find("id")->value);
    if (r.scalar(find("severity")->value, text, QStringLiteral("severity"))) {
        if (const auto s = parseEnum<Severity>(text))
            d.info.defaultSeverity = *s;
        else
            r.report(find("severity")->value, QStringLiteral("severity is error, warning or info, not '%1'").arg(text));
    }
    r.scalar(find("title")->value, d.info.title, QStringLiteral("title"));
    r.scalar(find("description")->value, d.info.rationale, QStringLiteral("description"));
    if (const PackEntry *help = find("help"))
        r.scalar(help->value, d.info.remediation, QStringLiteral("help"));
    if (r.scalar(find("for")->value, text, QStringLiteral("for"))) {
        if (targets().contains(text))
            d.target = targets().value(text);
        else {
            r.report(find("for")->value, QStringLiteral("'for' is one of elements, flows, zones, data, apis, "
                                                        "operations, teams, decisions, not '%1'")
                                             .arg(text));
            return std::nullopt;  // its conditions cannot be checked against nothing
        }
    }
    if (const PackEntry *kinds = find("kinds")) {
        if (d.target != Collection::Elements)
            r.report(kinds->keyNode, QStringLiteral("'kinds' applies only to rules for elements"));
        for (NodeIndex item : r.items(kinds->value, QStringLiteral("kinds")))
            if (r.scalar(item, text, QStringLiteral("a kind"))) {
                if (const auto kind = parseEnum<ElementKind>(text))
                    d.kinds << *kind;
                else
                    r.report(item, QStringLiteral("unknown element kind '%1' (known: %2)")
                                       .arg(text, enumNames<ElementKind>().join(QStringLiteral(", "))));
            }
    }
    if (const PackEntry *where = find("where"))
        d.where = readCondition(r, where->value, d.target);
    if (const PackEntry *require = find("require"))
        d.require = readCondition(r, require->value, d.target);
    if (const PackEntry *expression = find("expression")) {
        if (r.scalar(expression->value, d.expression, QStringLiteral("expression")))
            if (const auto error = checkExpressionSyntax(d.expression))
                r.report(expression->value, QStringLiteral("JavaScript error in the expression (its line %1): %2")
                                                .arg(error->line)
                                                .arg(error->message));
    }
    if (const PackEntry *budget = find("budget-ms")) {
        bool ok = false;
        if (r.scalar(budget->value, text, QStringLiteral("budget-ms")))
            d.budgetMs = text.toInt(&ok);
        if (!ok || d.budgetMs < 1 || d.budgetMs > 10000)
            r.report(budget->value, QStringLiteral("budget-ms is a whole number of milliseconds from 1 to 10000"));
    }
    readMessage(r, find("message")->value, d.target, d.message);
    // A rule with problems still takes part in the id checks (the pack as
    // a whole is refused, so it never runs half-read).
    Q_UNUSED(before);
    return d;
}

void readExpected(PackReader &r, NodeIndex node, std::vector<PackTest::Expected> &out, const QString &what)
{
    for (NodeIndex item : r.items(node, what)) {
        PackTest::Expected e;
        for (const PackEntry &entry : r.entries(item, {QStringLiteral("rule"), QStringLiteral("target")}, what)) {
            QString &field = entry.key == QLatin1String("rule") ? e.rule : e.target;
            r.scalar(entry.value, field, entry.key);
        }
        if (e.rule.isEmpty() || e.target.isEmpty())
            r.report(item, QStringLiteral("each entry of %1 names a rule and a target").arg(what));
        out.push_back(std::move(e));
    }
}

void readTest(PackReader &r, NodeIndex node, Diagnostics &problems, std::vector<PackTest> &out)
{
    PackTest t;
    t.loc = r.locOf(node);
    bool hasModel = false;
    const QStringList keys = {"name", "model", "expect", "absent"};
    for (const PackEntry &e : r.entries(node, keys, QStringLiteral("a test"))) {
        if (e.key == QLatin1String("name")) {
            r.scalar(e.value, t.name, QStringLiteral("name"));
        } else if (e.key == QLatin1String("model")) {
            hasModel = true;
            if (std::optional<Model> m = readSnippetModel(r, e.value, problems))
                t.model = std::move(*m);
        } else {
            readExpected(r, e.value, e.key == QLatin1String("expect") ? t.expect : t.absent, e.key);
        }
    }
    if (t.name.isEmpty())
        r.report(node, QStringLiteral("a test needs a 'name'"));
    if (!hasModel)
        r.report(node, QStringLiteral("a test needs a 'model' (a model snippet: zones, elements, flows, ...)"));
    out.push_back(std::move(t));
}

}  // namespace

std::vector<std::shared_ptr<const Rule>> LoadedPacks::rules() const
{
    std::vector<std::shared_ptr<const Rule>> out;
    for (const RulePack &pack : packs)
        for (const PackRuleDefinition &d : pack.rules)
            out.push_back(std::make_shared<PackRule>(d));
    return out;
}

RulePack readRulePack(const QByteArray &bytes, const QString &file, Diagnostics &problems)
{
    RulePack pack;
    pack.file = file;
    yaml::ParsedYaml parsed = yaml::parseYamlTree(bytes, file);
    if (parsed.error) {
        problems.push_back(*parsed.error);
        return pack;
    }
    problems.insert(problems.end(), parsed.refused.begin(), parsed.refused.end());
    if (parsed.tree.isEmpty()) {
        problems.push_back({file, 0, 0, QStringLiteral("the rule pack is empty")});
        return pack;
    }
    PackReader r(parsed.tree, file, problems);
    const QStringList keys = {"description", "rules", "tests"};
    for (const PackEntry &e : r.entries(parsed.tree.root(), keys, QStringLiteral("a rule pack"))) {
        if (e.key == QLatin1String("rules")) {
            for (NodeIndex item : r.items(e.value, QStringLiteral("rules")))
                if (auto rule = readRule(r, item))
                    pack.rules.push_back(std::move(*rule));
        } else if (e.key == QLatin1String("tests")) {
            for (NodeIndex item : r.items(e.value, QStringLiteral("tests")))
                readTest(r, item, problems, pack.tests);
        }
    }
    return pack;
}

LoadedPacks loadRulePacks(const std::vector<PackSource> &sources)
{
    LoadedPacks out;
    struct Place {
        QString file;
        SourceLoc loc;
    };
    QHash<QString, Place> seen;  // rule id -> where it was first defined
    QSet<QString> loadedFiles;
    for (const PackSource &source : sources) {
        const QString canonical = QFileInfo(source.path).absoluteFilePath();
        if (loadedFiles.contains(canonical))
            continue;  // named by the model and on the command line: once is enough
        loadedFiles.insert(canonical);
        QFile file(source.path);
        if (!file.open(QIODevice::ReadOnly)) {
            const QString message = QStringLiteral("cannot read rule pack %1: %2").arg(source.path, file.errorString());
            out.problems.push_back({source.citedIn.isEmpty() ? source.path : source.citedIn, source.citedAt.line,
                                    source.citedAt.column, message});
            continue;
        }
        Diagnostics problems;
        RulePack pack = readRulePack(file.readAll(), source.path, problems);
        QHash<QString, Place> seenHere = seen;
        for (const PackRuleDefinition &d : pack.rules) {
            if (findRule(d.info.id)) {
                problems.push_back({d.file, d.loc.line, d.loc.column,
                                    QStringLiteral("rule id '%1' is taken by the built-in rule %1 (model/rules, "
                                                   "listed by `lintel-cli rules list`); pick another id")
                                        .arg(d.info.id)});
            } else if (seenHere.contains(d.info.id)) {
                const Place first = seenHere.value(d.info.id);
                problems.push_back({d.file, d.loc.line, d.loc.column,
                                    QStringLiteral("rule id '%1' is defined twice: here and at %2:%3:%4")
                                        .arg(d.info.id, first.file)
                                        .arg(first.loc.line)
                                        .arg(first.loc.column)});
            } else {
                seenHere.insert(d.info.id, {d.file, d.loc});
            }
        }
        if (!problems.empty()) {
            out.problems.insert(out.problems.end(), problems.begin(), problems.end());
            continue;
        }
        seen = std::move(seenHere);
        out.packs.push_back(std::move(pack));
    }
    return out;
}

std::vector<PackSource> packSourcesOf(const Model &model, const QString &modelPath)
{
    std::vector<PackSource> out;
    const QDir folder = QFileInfo(modelPath).absoluteDir();
    for (const QString &pack : model.rules.packs)
        out.push_back({QDir::cleanPath(folder.filePath(pack)), modelPath, model.rules.loc});
    return out;
}

}  // namespace lintel::packs
