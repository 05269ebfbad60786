#pragma once
// The Structurizr DSL reader (internal to importers/structurizr/): a
// recursive reader over the tokenizer's statements, one method per kind of
// block: the workspace block here, model and deployment statements in
// dslmodel.cpp, views in dslviews.cpp.
//
// The Structurizr DSL subset real workspaces use (docs/interchange.md
// lists it). Keywords are case-insensitive, as in Structurizr. A keyword
// Lintel knows but does not map (styles, animation, infrastructureNode...)
// is skipped with a note; a word it does not know at all is an error, since
// guessing what it meant could put wrong things in the model.
#include "importers/structurizr/dsltokens.h"
#include "importers/structurizr/dslworkspace.h"

namespace lintel::structurizr::detail {

enum class Block { Workspace, Model, Element, Deployment, Views, View, Properties, Perspectives };

struct Scope {
    Scope(Block b, QString element_ = {}, QString group_ = {}, QString identifier_ = {}, QString environment_ = {},
          DslView *view_ = nullptr)
        : block(b), element(std::move(element_)), group(std::move(group_)), identifier(std::move(identifier_)),
          environment(std::move(environment_)), view(view_) {}
    Block block;
    QString element;      // canonical name of the enclosing element or deployment node
    QString group;
    QString identifier;   // the enclosing element's identifier (hierarchical identifiers)
    QString environment;
    DslView *view = nullptr;
};

inline QString lower(const Token &t) { return t.quoted ? QString() : t.text.toLower(); }

inline QStringList splitTags(const QString &text)
{
    QStringList tags;
    for (const QString &t : text.split(u','))
        if (!t.trimmed().isEmpty())
            tags << t.trimmed();
    return tags;
}

class Reader {
public:
    explicit Reader(DslWorkspace &ws) : m_ws(ws) {}

    void readFile(const QByteArray &bytes, const QString &file, const Scope &scope)
    {
        if (m_includeDepth > 8) {
            m_ws.errors.push_back({file, 1, 1, QStringLiteral("!include nests too deep (an include cycle?)")});
            return;
        }
        ++m_includeDepth;
        const std::vector<Statement> statements = tokenize(QString::fromUtf8(bytes), file, m_ws.errors);
        std::size_t i = 0;
        const QString previous = m_file;
        m_file = file;
        readBlock(statements, i, scope, true);
        m_file = previous;
        --m_includeDepth;
    }

private:
    void error(const Token &at, const QString &message) { m_ws.errors.push_back({m_file, at.line, at.column, message}); }
    void note(const Statement &s, const QString &message)
    {
        m_ws.notes << QStringLiteral("%1:%2: note: %3").arg(m_file).arg(s.line).arg(message);
    }

    // Skips a block's statements up to its closing `}`.
    void skipBlock(const std::vector<Statement> &statements, std::size_t &i)
    {
        int depth = 1;
        for (; i < statements.size() && depth > 0; ++i) {
            if (statements[i].opensBlock)
                ++depth;
            if (statements[i].closesBlock)
                --depth;
        }
    }

    void readBlock(const std::vector<Statement> &statements, std::size_t &i, const Scope &scope, bool topLevel = false)
    {
        while (i < statements.size()) {
            const Statement &s = statements[i++];
            if (s.closesBlock) {
                if (topLevel)
                    m_ws.errors.push_back({m_file, s.line, s.column, QStringLiteral("\"}\" closes no block")});
                return;
            }
            statement(statements, i, s, scope);
        }
        if (!topLevel)
            m_ws.errors.push_back({m_file, 0, 0, QStringLiteral("a block is never closed (a \"}\" is missing)")});
    }

    void statement(const std::vector<Statement> &all, std::size_t &i, const Statement &s, const Scope &scope)
    {
        std::vector<Token> w = s.words;
        if (w.empty()) {  // a lone `{`
            if (s.opensBlock)
                skipBlock(all, i);
            return;
        }
        const QString keyword = lower(w[0]);
        if (keyword == u"!include") {
            include(s, scope);
            return;
        }
        if (keyword == u"!docs" || keyword == u"!adrs") {
            note(s, QStringLiteral("%1 is documentation Lintel does not import; skipped").arg(w[0].text));
            return;
        }
        if (keyword == u"!identifiers") {
            m_hierarchical = w.size() > 1 && w[1].text.toLower() == u"hierarchical";
            return;
        }
        if (keyword.startsWith(u'!') && keyword != u"!ref") {
            note(s, QStringLiteral("%1 is not read by Lintel; skipped").arg(w[0].text));
            if (s.opensBlock)
                skipBlock(all, i);
            return;
        }
        switch (scope.block) {
        case Block::Workspace: return workspaceStatement(all, i, s, scope);
        case Block::Model:
        case Block::Element: return modelStatement(all, i, s, scope);
        case Block::Deployment: return deploymentStatement(all, i, s, scope);
        case Block::Views: return viewsStatement(all, i, s, scope);
        case Block::View: return viewStatement(all, i, s, scope);
        case Block::Properties:
        case Block::Perspectives: return keyValue(s, scope);
        }
    }

    // `word` is the statement's keyword (after any `identifier =`).
    void unknown(const std::vector<Statement> &all, std::size_t &i, const Statement &s, const Token &word, const char *where)
    {
        error(word, QStringLiteral("\"%1\" is not a keyword Lintel knows %2; nothing was imported")
                        .arg(word.text, QLatin1String(where)));
        if (s.opensBlock)
            skipBlock(all, i);
    }

    void ignoredBlock(const std::vector<Statement> &all, std::size_t &i, const Statement &s)
    {
        note(s, QStringLiteral("\"%1\" has no place in a Lintel model; skipped").arg(s.words[0].text));
        if (s.opensBlock)
            skipBlock(all, i);
    }

    void workspaceStatement(const std::vector<Statement> &all, std::size_t &i, const Statement &s, const Scope &scope)
    {
        const QString k = lower(s.words[0]);
        if (k == u"workspace" && s.opensBlock) {
            if (s.words.size() > 1 && lower(s.words[1]) == u"extends") {
                error(s.words[1], QStringLiteral("\"workspace extends\" is not supported: import the base workspace first"));
                skipBlock(all, i);
                return;
            }
            m_ws.name = s.words.size() > 1 ? s.words[1].text : QString();
            m_ws.description = s.words.size() > 2 ? s.words[2].text : QString();
            readBlock(all, i, scope);
        } else if (k == u"model" && s.opensBlock) {
            readBlock(all, i, {Block::Model});
        } else if (k == u"views" && s.opensBlock) {
            readBlock(all, i, {Block::Views});
        } else if (k == u"name" && s.words.size() > 1) {
            m_ws.name = s.words[1].text;
        } else if (k == u"description" && s.words.size() > 1) {
            m_ws.description = s.words[1].text;
        } else if (k == u"properties" && s.opensBlock) {
            propertiesBlock(all, i, m_ws.properties);
        } else if (k == u"configuration" || k == u"properties") {
            ignoredBlock(all, i, s);
        } else {
            unknown(all, i, s, s.words[0], "in a workspace");
        }
    }

    void modelStatement(const std::vector<Statement> &all, std::size_t &i, const Statement &s, const Scope &scope);
    void deploymentStatement(const std::vector<Statement> &all, std::size_t &i, const Statement &s, const Scope &scope);
    void viewsStatement(const std::vector<Statement> &all, std::size_t &i, const Statement &s, const Scope &scope);
    void viewStatement(const std::vector<Statement> &all, std::size_t &i, const Statement &s, const Scope &scope);
    void keyValue(const Statement &s, const Scope &scope);
    // `key value` lines up to the block's `}`, into x-structurizr-properties.
    void propertiesBlock(const std::vector<Statement> &all, std::size_t &i, Extras &into);
    // A relationship's own block: its properties are read, the rest skipped.
    DslZone *deploymentNode(const QString &canonical);
    void relationshipBlock(const std::vector<Statement> &all, std::size_t &i, DslRelationship *relationship);
    void include(const Statement &s, const Scope &scope);
    void relationship(const Statement &s, const std::vector<Token> &w, const Scope &scope);
    QString resolve(const Token &identifier, const Scope &scope);
    void define(const Token &identifier, const QString &canonical, const Scope &scope);

    DslWorkspace &m_ws;
    QString m_file;
    int m_includeDepth = 0;
    bool m_hierarchical = false;
    QHash<QString, QString> m_identifiers;  // identifier -> canonical name
    QHash<QString, QString> m_identifierOf; // canonical name -> identifier
};

}  // namespace lintel::structurizr::detail
