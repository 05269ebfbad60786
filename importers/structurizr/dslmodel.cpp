// Model and deployment statements of the Structurizr DSL: elements,
// relationships, groups, tags, properties, perspectives, deployment
// environments and nodes, and !include.
#include "importers/structurizr/dslreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace lintel::structurizr::detail {

namespace {

const QHash<QString, QString> &elementTypes()
{
    static const QHash<QString, QString> types = {
        {QStringLiteral("person"), QStringLiteral("Person")},
        {QStringLiteral("softwaresystem"), QStringLiteral("SoftwareSystem")},
        {QStringLiteral("container"), QStringLiteral("Container")},
        {QStringLiteral("component"), QStringLiteral("Component")},
    };
    return types;
}

QString text(const std::vector<Token> &w, std::size_t at) { return at < w.size() ? w[at].text : QString(); }

// `name = <statement>`: removes "name =" from the words and returns the
// name (an empty token when the statement assigns no identifier).
Token takeAssignedIdentifier(std::vector<Token> &w)
{
    if (w.size() < 3 || w[1].text != u"=" || w[1].quoted)
        return {};
    const Token identifier = w[0];
    w.erase(w.begin(), w.begin() + 2);
    return identifier;
}

}  // namespace

QString Reader::resolve(const Token &identifier, const Scope &scope)
{
    if (!identifier.quoted && identifier.text == u"this")
        return scope.element;
    if (auto it = m_identifiers.constFind(identifier.text); it != m_identifiers.constEnd())
        return *it;
    if (!scope.identifier.isEmpty())  // hierarchical identifiers may be written relative to the parent
        if (auto it = m_identifiers.constFind(scope.identifier + u'.' + identifier.text); it != m_identifiers.constEnd())
            return *it;
    error(identifier, QStringLiteral("\"%1\" names no element defined before this line").arg(identifier.text));
    return {};
}

void Reader::define(const Token &identifier, const QString &canonical, const Scope &scope)
{
    QString name = identifier.text;
    if (m_hierarchical && !scope.identifier.isEmpty())
        name = scope.identifier + u'.' + name;
    if (m_identifiers.contains(name)) {
        error(identifier, QStringLiteral("duplicate identifier \"%1\"").arg(name));
        return;
    }
    m_identifiers.insert(name, canonical);
    m_identifierOf.insert(canonical, name);
}

void Reader::relationship(const Statement &s, const std::vector<Token> &w, const Scope &scope)
{
    // [from] -> to [description] [technology] [tags]
    const bool implicit = !w.empty() && w[0].text == u"->";
    const std::size_t arrow = implicit ? 0 : 1;
    if (w.size() <= arrow + 1) {
        error(w.back(), QStringLiteral("a relationship needs a destination after \"->\""));
        return;
    }
    DslRelationship r;
    r.from = implicit ? scope.element : resolve(w[0], scope);
    r.to = resolve(w[arrow + 1], scope);
    if (r.from.isEmpty() || r.to.isEmpty()) {
        if (implicit && scope.element.isEmpty())
            error(w[0], QStringLiteral("\"->\" without a source is only allowed inside an element"));
        return;
    }
    r.description = text(w, arrow + 2);
    r.technology = text(w, arrow + 3);
    r.tags = splitTags(text(w, arrow + 4));
    static_cast<void>(s);
    m_ws.relationships.push_back(r);
}

void Reader::modelStatement(const std::vector<Statement> &all, std::size_t &i, const Statement &s, const Scope &scope)
{
    std::vector<Token> w = s.words;
    const Token identifier = takeAssignedIdentifier(w);
    const QString k = lower(w[0]);
    if (w.size() >= 2 && (w[1].text == u"->" || w[0].text == u"->")) {
        const std::size_t before = m_ws.relationships.size();
        relationship(s, w, scope);
        if (s.opensBlock)
            relationshipBlock(all, i, m_ws.relationships.size() > before ? &m_ws.relationships.back() : nullptr);
        return;
    }
    if (elementTypes().contains(k)) {
        if (w.size() < 2) {
            error(w[0], QStringLiteral("%1 needs a name").arg(w[0].text));
            return;
        }
        DslElement e;
        e.type = k;
        e.name = w[1].text;
        e.description = text(w, 2);
        const bool technical = k == u"container" || k == u"component";
        e.technology = technical ? text(w, 3) : QString();
        e.tags = splitTags(text(w, technical ? 4 : 3));
        e.parent = scope.block == Block::Element ? scope.element : QString();
        e.group = scope.group;
        const DslElement *parent = m_ws.element(e.parent);
        e.canonical = elementTypes().value(k) + QStringLiteral("://") + (parent ? parent->canonical.section(QStringLiteral("://"), 1) + u'.' : QString()) + e.name;
        if (m_ws.element(e.canonical)) {
            error(w[1], QStringLiteral("a %1 named \"%2\" is already defined here").arg(w[0].text, e.name));
            return;
        }
        if (!identifier.text.isEmpty())
            define(identifier, e.canonical, scope);
        m_ws.elements.push_back(e);
        if (s.opensBlock) {
            Scope inner{Block::Element, e.canonical, scope.group, identifier.text.isEmpty() ? QString() : (m_hierarchical && !scope.identifier.isEmpty() ? scope.identifier + u'.' : QString()) + identifier.text};
            readBlock(all, i, inner);
        }
        return;
    }
    if (k == u"group" && s.opensBlock) {
        Scope inner = scope;
        inner.group = text(w, 1);
        readBlock(all, i, inner);
    } else if (k == u"deploymentenvironment" && s.opensBlock) {
        DslZone env{QStringLiteral("Deployment://") + text(w, 1), text(w, 1), {}, {}, {}};
        m_ws.zones.push_back(env);
        readBlock(all, i, {Block::Deployment, env.canonical, {}, {}, text(w, 1)});
    } else if (scope.block == Block::Element && (k == u"tags" || k == u"tag")) {
        for (DslElement &e : m_ws.elements)
            if (e.canonical == scope.element)
                for (std::size_t t = 1; t < w.size(); ++t)
                    e.tags << splitTags(w[t].text);
    } else if (scope.block == Block::Element && (k == u"description" || k == u"technology")) {
        for (DslElement &e : m_ws.elements)
            if (e.canonical == scope.element)
                (k == u"description" ? e.description : e.technology) = text(w, 1);
    } else if (scope.block == Block::Element && (k == u"properties" || k == u"perspectives") && s.opensBlock) {
        readBlock(all, i, {k == u"properties" ? Block::Properties : Block::Perspectives, scope.element});
    } else if (k == u"url" || k == u"properties" || k == u"perspectives" || k == u"enterprise") {
        ignoredBlock(all, i, s);
    } else {
        unknown(all, i, s, w[0], "in a model");
    }
}

void Reader::keyValue(const Statement &s, const Scope &scope)
{
    const QString section = scope.block == Block::Properties ? QStringLiteral("x-structurizr-properties")
                                                              : QStringLiteral("x-structurizr-perspectives");
    QStringList rest;
    for (std::size_t t = 1; t < s.words.size(); ++t)
        rest << s.words[t].text;
    for (DslElement &e : m_ws.elements)
        if (e.canonical == scope.element)
            e.addExtra(section, s.words[0].text, rest.join(u' '));
}

DslZone *Reader::deploymentNode(const QString &canonical)
{
    for (DslZone &z : m_ws.zones)
        if (z.canonical == canonical && !z.parent.isEmpty())  // an environment has no parent, nor properties
            return &z;
    return nullptr;
}

void Reader::propertiesBlock(const std::vector<Statement> &all, std::size_t &i, Extras &into)
{
    while (i < all.size()) {
        const Statement &s = all[i++];
        if (s.closesBlock)
            return;
        if (s.opensBlock)
            skipBlock(all, i);
        if (s.words.empty())
            continue;
        QStringList rest;
        for (std::size_t t = 1; t < s.words.size(); ++t)
            rest << s.words[t].text;
        addStructurizrExtra(into, QStringLiteral("x-structurizr-properties"), s.words[0].text, rest.join(u' '));
    }
    m_ws.errors.push_back({m_file, 0, 0, QStringLiteral("a block is never closed (a \"}\" is missing)")});
}

void Reader::relationshipBlock(const std::vector<Statement> &all, std::size_t &i, DslRelationship *relationship)
{
    while (i < all.size()) {
        const Statement &s = all[i++];
        if (s.closesBlock)
            return;
        if (relationship && s.opensBlock && !s.words.empty() && lower(s.words[0]) == u"properties")
            propertiesBlock(all, i, relationship->extras);
        else if (s.opensBlock)
            skipBlock(all, i);  // perspectives
    }
    m_ws.errors.push_back({m_file, 0, 0, QStringLiteral("a block is never closed (a \"}\" is missing)")});
}

void Reader::deploymentStatement(const std::vector<Statement> &all, std::size_t &i, const Statement &s, const Scope &scope)
{
    std::vector<Token> w = s.words;
    const Token identifier = takeAssignedIdentifier(w);
    const QString k = lower(w[0]);
    if (k == u"deploymentnode") {
        DslZone node{scope.element + u'/' + text(w, 1), text(w, 1), text(w, 3), scope.element, {}};
        m_ws.zones.push_back(node);
        if (s.opensBlock)
            readBlock(all, i, {Block::Deployment, node.canonical, {}, {}, scope.environment});
    } else if (k == u"containerinstance" || k == u"softwaresysteminstance") {
        if (w.size() < 2) {
            error(w[0], QStringLiteral("%1 needs the identifier of what it deploys").arg(w[0].text));
            return;
        }
        const QString target = resolve(w[1], scope);
        for (DslElement &e : m_ws.elements) {
            if (e.canonical != target)
                continue;
            e.deployedIn << scope.element;
            if (e.zone.isEmpty())
                e.zone = scope.element;
            else if (e.zone != scope.element)
                note(s, QStringLiteral("\"%1\" is also deployed in %2; Lintel places an element in one zone and keeps the first (%3)")
                            .arg(e.name, scope.element.section(QStringLiteral("://"), 1), e.zone.section(QStringLiteral("://"), 1)));
        }
        if (s.opensBlock)
            skipBlock(all, i);
    } else if (DslZone *node = k == u"properties" && s.opensBlock ? deploymentNode(scope.element) : nullptr) {
        propertiesBlock(all, i, node->extras);
    } else if (k == u"infrastructurenode" || k == u"deploymentgroup" || k == u"healthcheck" || k == u"instances" ||
               k == u"tags" || k == u"description" || k == u"technology" || k == u"properties" || k == u"perspectives" ||
               k == u"url" || (w.size() >= 2 && w[1].text == u"->")) {
        ignoredBlock(all, i, s);
    } else {
        unknown(all, i, s, w[0], "in a deployment environment");
    }
}

void Reader::include(const Statement &s, const Scope &scope)
{
    if (s.words.size() < 2) {
        error(s.words[0], QStringLiteral("!include needs a file"));
        return;
    }
    const QString target = s.words[1].text;
    if (target.startsWith(QStringLiteral("http://")) || target.startsWith(QStringLiteral("https://"))) {
        error(s.words[1], QStringLiteral("!include of a URL is not followed; Lintel reads local files only"));
        return;
    }
    const QString path = QFileInfo(m_file).dir().filePath(target);
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {  // a regular file: never a device that reads forever
        error(s.words[1], QStringLiteral("!include \"%1\": the file cannot be read").arg(target));
        return;
    }
    readFile(file.readAll(), path, scope);
}

}  // namespace lintel::structurizr::detail
