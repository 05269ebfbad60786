// Reading a sentence: the first word says what it is, the rest is names,
// ids and a few small words ("in", "for", "to", "->").
#include "model/document/idfromname.h"
#include "model/document/renamecommands.h"
#include "model/sentence/objectlookup.h"
#include "model/sentence/sentence.h"
#include "model/sentence/sentencewords.h"
#include "model/sentence/setsentence.h"
#include "model/yaml/closestmatch.h"

#include <QRegularExpression>

namespace lintel::sentence {

namespace {

const std::vector<Collection> kElements{Collection::Elements};
const std::vector<Collection> kZones{Collection::Zones};

Result failure(const QString &error) { return Result{std::nullopt, error}; }

QString unquoted(const QString &text)
{
    const QString t = text.trimmed();
    if (t.size() >= 2 && t.startsWith(u'"') && t.endsWith(u'"'))
        return t.mid(1, t.size() - 2).trimmed();
    return t;
}

// Splits "<name> in <zone>" at the last " in " (a quoted name keeps its own
// "in"). Returns the name and sets `zoneId`, or sets `error`.
QString nameAndZone(const Model &model, const QString &rest, QString *zoneId, QString *error)
{
    QString name = rest.trimmed();
    QString zoneText;
    if (name.startsWith(u'"')) {
        const auto close = name.indexOf(u'"', 1);
        if (close < 0) {
            *error = QStringLiteral("the name has an opening quote but no closing one");
            return {};
        }
        const QString after = name.mid(close + 1).trimmed();
        name = name.mid(1, close - 1).trimmed();
        if (!after.isEmpty()) {
            if (!after.startsWith(QStringLiteral("in "), Qt::CaseInsensitive)) {
                *error = QStringLiteral("after the quoted name only 'in <zone>' may follow, not '%1'").arg(after);
                return {};
            }
            zoneText = after.mid(3);
        }
    } else {
        static const QRegularExpression in(QStringLiteral("\\s+in\\s+"), QRegularExpression::CaseInsensitiveOption);
        QRegularExpressionMatch last;
        for (auto it = in.globalMatch(name); it.hasNext();)
            last = it.next();
        if (last.hasMatch()) {
            zoneText = name.mid(last.capturedEnd());
            name = name.left(last.capturedStart());
        } else if (name.endsWith(QStringLiteral(" in"), Qt::CaseInsensitive)) {
            *error = QStringLiteral("which zone? Type its id or name after 'in'");
            return {};
        }
    }
    if (!zoneText.trimmed().isEmpty()) {
        const Lookup zone = lookUp(model, unquoted(zoneText), kZones, QStringLiteral("zone"));
        if (!zone.found()) {
            *error = zone.error;
            return {};
        }
        *zoneId = zone.ref.id;
    }
    return name;
}

Result addNamed(const Model &model, Action action, const QString &word, const QString &rest)
{
    Plan plan;
    plan.action = action;
    QString error;
    if (action == Action::AddTeam)
        plan.name = unquoted(rest);
    else
        plan.name = nameAndZone(model, rest, &plan.zone, &error);
    if (!error.isEmpty())
        return failure(error);
    if (plan.name.isEmpty())
        return failure(QStringLiteral("give the %1 a name, e.g. '%1 %2'").arg(word, exampleName(action)));
    if (action == Action::AddElement)
        plan.kind = *parseEnum<ElementKind>(word);
    plan.id = newIdForName(model, plan.name, word);
    return {plan, {}};
}

Result addFlow(const Model &model, const QString &text)
{
    const auto arrow = text.indexOf(QStringLiteral("->"));
    const QString left = unquoted(text.left(arrow));
    QStringList right = text.mid(arrow + 2).simplified().split(u' ', Qt::SkipEmptyParts);
    if (left.isEmpty())
        return failure(QStringLiteral("a flow needs where it starts before '->'"));
    const Lookup from = lookUp(model, left, kElements, QStringLiteral("element"));
    if (!from.found())
        return failure(from.error);
    Plan plan;
    plan.action = Action::AddFlow;
    plan.from = from.ref.id;
    while (!right.isEmpty() && (right.last().compare(QStringLiteral("async"), Qt::CaseInsensitive) == 0
                                || right.last().compare(QStringLiteral("sync"), Qt::CaseInsensitive) == 0)) {
        if (!plan.sync)
            plan.sync = right.last().compare(QStringLiteral("sync"), Qt::CaseInsensitive) == 0;
        right.removeLast();
    }
    if (right.isEmpty())
        return failure(QStringLiteral("a flow needs where it goes after '->'"));
    Lookup to = lookUp(model, unquoted(right.join(u' ')), kElements, QStringLiteral("element"));
    if (!to.found() && right.size() > 1) {
        const QString protocol = right.last().toLower();
        static const QRegularExpression protocolWord(QStringLiteral("^[a-z][a-z0-9+/._-]*$"));
        const Lookup shorter = lookUp(model, unquoted(right.mid(0, right.size() - 1).join(u' ')), kElements,
                                      QStringLiteral("element"));
        if (shorter.found() && !protocolWord.match(protocol).hasMatch())
            return failure(QStringLiteral("'%1' is not a protocol: use a word such as https, grpc or kafka")
                               .arg(right.last()));
        to = shorter;
        plan.protocol = protocol;
    }
    if (!to.found())
        return failure(to.error);
    plan.to = to.ref.id;
    if (plan.protocol.isEmpty())
        plan.protocol = QStringLiteral("https");  // what a line drawn in a workshop nearly always is
    plan.id = uniqueIdFrom(model, derivedFlowId(plan.from, plan.to));
    return {plan, {}};
}

Result addQuestion(const Model &model, QString rest)
{
    Plan plan;
    plan.action = Action::AddQuestion;
    rest = rest.trimmed();
    if (rest.startsWith(QStringLiteral("for "), Qt::CaseInsensitive)) {
        const auto colon = rest.indexOf(u':');
        if (colon < 0)
            return failure(QStringLiteral("put a colon between who it is for and the question: "
                                          "'question for payments-vendor: who rotates the keys?'"));
        const Lookup target = lookUp(model, unquoted(rest.mid(4, colon - 4)),
                                     {Collection::Teams, Collection::Elements}, QStringLiteral("team or element"));
        if (!target.found())
            return failure(target.error);
        if (target.ref.collection == Collection::Teams)
            plan.owner = target.ref.id;
        else
            plan.about << target.ref.id;
        rest = rest.mid(colon + 1);
    } else if (rest.startsWith(u':')) {
        rest = rest.mid(1);
    }
    plan.name = rest.trimmed();
    if (plan.name.isEmpty())
        return failure(QStringLiteral("what is the question? e.g. 'question for payments-vendor: who rotates the keys?'"));
    plan.id = newIdForName(model, plan.name, QStringLiteral("question"));
    return {plan, {}};
}

Result rename(const Model &model, const QString &rest)
{
    static const QRegularExpression to(QStringLiteral("\\s+to\\s+"), QRegularExpression::CaseInsensitiveOption);
    QRegularExpressionMatch last;
    for (auto it = to.globalMatch(rest); it.hasNext();)
        last = it.next();
    if (!last.hasMatch())
        return failure(QStringLiteral("say what to call it: 'rename booking-service to Bookings'"));
    const Lookup target = lookUp(model, unquoted(rest.left(last.capturedStart())), renameableCollections(),
                                 QStringLiteral("object"));
    if (!target.found())
        return failure(target.error);
    Plan plan;
    plan.action = Action::Rename;
    plan.target = target.ref;
    plan.name = unquoted(rest.mid(last.capturedEnd()));
    if (plan.name.isEmpty())
        return failure(QStringLiteral("the new name is empty"));
    plan.id = idAfterRename(model, plan.target, plan.name);
    return {plan, {}};
}

}  // namespace

Result interpret(const Model &model, const QString &input)
{
    const QString text = input.simplified();
    if (text.isEmpty())
        return failure(QStringLiteral("type a sentence, e.g. 'service Bookings in internal'"));
    const auto space = text.indexOf(u' ');
    const QString word = (space < 0 ? text : text.left(space)).toLower();
    const QString rest = space < 0 ? QString() : text.mid(space + 1);
    // Free text may hold an arrow; anything else with one is a flow.
    const bool freeText = word == QLatin1String("question") || word == QLatin1String("question:")
                          || word == QLatin1String("decision") || word == QLatin1String("set");
    if (!freeText && text.contains(QStringLiteral("->")))
        return addFlow(model, text);
    if (parseEnum<ElementKind>(word))
        return addNamed(model, Action::AddElement, word, rest);
    if (word == QLatin1String("zone"))
        return addNamed(model, Action::AddZone, word, rest);
    if (word == QLatin1String("team"))
        return addNamed(model, Action::AddTeam, word, rest);
    if (word == QLatin1String("decision")) {
        Plan plan;
        plan.action = Action::AddDecision;
        plan.name = unquoted(rest);
        if (plan.name.isEmpty())
            return failure(QStringLiteral("give the decision a title, e.g. 'decision Use SMS reminders'"));
        plan.id = newIdForName(model, plan.name, word);
        return {plan, {}};
    }
    if (word == QLatin1String("question") || word == QLatin1String("question:"))
        return addQuestion(model, word.endsWith(u':') ? QStringLiteral(":") + rest : rest);
    if (word == QLatin1String("rename"))
        return rename(model, rest);
    if (word == QLatin1String("set"))
        return setField(model, rest);
    const QString suggestion = yaml::closestMatch(word, firstWords());
    if (!suggestion.isEmpty())
        return failure(QStringLiteral("'%1' is not something I can add — did you mean %2?").arg(word, suggestion));
    return failure(QStringLiteral("start with what to add (%1), or write 'a -> b' for a flow")
                       .arg(firstWords().join(QStringLiteral(", "))));
}

}  // namespace lintel::sentence
