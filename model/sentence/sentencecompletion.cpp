#include "model/sentence/sentencecompletion.h"

#include "model/sentence/objectlookup.h"
#include "model/sentence/sentencewords.h"

#include <QRegularExpression>

namespace lintel::sentence {

namespace {

QStringList prefixed(const QString &head, const QStringList &words, const QString &tail = {})
{
    QStringList lines;
    for (const QString &word : words)
        lines << head + word + tail;
    return lines;
}

// Where the phrase being typed starts after the last of `pattern` (e.g.
// " in "), or -1 when it does not occur.
qsizetype afterLast(const QString &text, const QRegularExpression &pattern)
{
    qsizetype end = -1;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        end = it.next().capturedEnd();
    return end;
}

}  // namespace

QStringList completions(const Model &model, const QString &text)
{
    const QString lower = text.toLower();
    const auto space = text.indexOf(u' ');
    const QString first = (space < 0 ? text : text.left(space)).toLower();
    const QStringList elements = idsAndNames(model, {Collection::Elements});
    if (space < 0) {
        // The first word: what to add, or an element a flow starts from.
        return prefixed({}, firstWords(), QStringLiteral(" ")) + prefixed({}, elements, QStringLiteral(" -> "));
    }
    if (first == QLatin1String("question")) {
        if (!lower.contains(u':'))
            return prefixed(text.left(space + 1), {QStringLiteral("for ")})
                 + prefixed(QStringLiteral("question for "),
                            idsAndNames(model, {Collection::Teams, Collection::Elements}), QStringLiteral(": "));
        return {};
    }
    if (first == QLatin1String("decision") || first == QLatin1String("team"))
        return {};
    if (first == QLatin1String("rename")) {
        static const QRegularExpression to(QStringLiteral("\\s+to\\s+"), QRegularExpression::CaseInsensitiveOption);
        if (afterLast(text, to) >= 0)
            return {};
        return prefixed(text.left(space + 1), idsAndNames(model, renameableCollections()), QStringLiteral(" to "));
    }
    if (const auto arrow = text.indexOf(QStringLiteral("->")); arrow >= 0) {
        // After the arrow: the target, then protocols and async.
        qsizetype start = arrow + 2;
        while (start < text.size() && text[start] == u' ')
            ++start;
        const QString head = text.left(arrow) + QStringLiteral("-> ");
        QStringList lines = prefixed(head, elements);
        const QString after = text.mid(start);
        for (const QString &end : elements)
            if (after.startsWith(end + u' ', Qt::CaseInsensitive))
                lines += prefixed(head + end + u' ', commonProtocols());
        return lines;
    }
    static const QRegularExpression in(QStringLiteral("\\s+in\\s+"), QRegularExpression::CaseInsensitiveOption);
    if (const qsizetype zoneStart = afterLast(text, in); zoneStart >= 0)
        return prefixed(text.left(zoneStart), idsAndNames(model, {Collection::Zones}));
    if (firstWords().contains(first) && text.endsWith(u' ') && text.trimmed().contains(u' '))
        return {text + QStringLiteral("in ")};
    // An element's name with spaces, on its way to an arrow.
    return prefixed({}, elements, QStringLiteral(" -> "));
}

}  // namespace lintel::sentence
