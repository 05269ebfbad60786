#include "views/findingnames.h"

#include "model/index/semantics.h"

#include <QRegularExpression>
#include <QSet>

namespace lintel {

namespace {

// Words after which the rules put an object's id.
bool introducesObject(const QString &word)
{
    static const QSet<QString> words = [] {
        QSet<QString> set{QStringLiteral("zone"), QStringLiteral("zones"), QStringLiteral("team"),
                          QStringLiteral("teams"), QStringLiteral("element"), QStringLiteral("owner"),
                          QStringLiteral("external"), QStringLiteral("to"), QStringLiteral("from"),
                          QStringLiteral("into"), QStringLiteral("by")};
        for (std::size_t k = 0; k < kElementKindCount; ++k)
            set.insert(kindName(ElementKind(k)).toLower());
        return set;
    }();
    return words.contains(word.toLower());
}

bool looksLikeAnId(const QString &token)
{
    for (const QChar c : token)
        if (c.isDigit() || c == u'-' || c == u'_')
            return true;
    return false;
}

template <class T> const T *named(const std::vector<T> &objects, const QString &id)
{
    for (const T &object : objects)
        if (object.id == id)
            return &object;
    return nullptr;
}

}  // namespace

QString displayName(const Model &model, const QString &id)
{
    QString name;
    if (const Element *e = named(model.elements, id))
        name = e->name;
    else if (const Zone *z = named(model.zones, id))
        name = z->name;
    else if (const Team *t = named(model.teams, id))
        name = t->name;
    else if (const Flow *f = named(model.flows, id))
        return displayName(model, f->from) + QStringLiteral(" → ") + displayName(model, f->to);
    return name.trimmed().isEmpty() ? id : name;
}

QString displayMessage(const Model &model, const Finding &finding)
{
    // Tokens are what an id can be made of; everything else is kept as is.
    static const QRegularExpression token(QStringLiteral("[A-Za-z0-9_.-]*[A-Za-z0-9_]"));
    QString out;
    qsizetype last = 0;
    QString previousWord;
    auto it = token.globalMatch(finding.message);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString word = m.captured();
        out += QStringView(finding.message).mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const bool candidate = finding.targets.contains(word) || introducesObject(previousWord) || looksLikeAnId(word);
        const QString name = candidate ? displayName(model, word) : word;
        out += name == word ? word : QStringLiteral("“%1”").arg(name);
        previousWord = word;
    }
    out += QStringView(finding.message).mid(last);
    return out;
}

}  // namespace lintel
