#include "importers/structurizr/dsltokens.h"

namespace lintel::structurizr {

namespace {

class Tokenizer {
public:
    Tokenizer(const QString &text, const QString &file, Diagnostics &errors) : m_text(text), m_file(file), m_errors(errors) {}

    std::vector<Statement> run()
    {
        while (m_at < m_text.size()) {
            const QChar c = m_text[m_at];
            if (c == u'\n') {
                endStatement();
                advance();
            } else if (c == u'\\' && peek(1) == u'\n') {
                advance();  // a continuation: the statement goes on
                advance();
            } else if (c.isSpace()) {
                advance();
            } else if (c == u'/' && peek(1) == u'*') {
                blockComment();
            } else if ((c == u'#' || (c == u'/' && peek(1) == u'/')) && m_current.words.empty()) {
                skipToEndOfLine();  // a comment line
            } else if (c == u'"') {
                quoted();
            } else {
                word();
            }
        }
        endStatement();
        return std::move(m_statements);
    }

private:
    QChar peek(int ahead) const { return m_at + ahead < m_text.size() ? m_text[m_at + ahead] : QChar(); }
    void advance()
    {
        if (m_text[m_at] == u'\n') {
            ++m_line;
            m_column = 1;
        } else {
            ++m_column;
        }
        ++m_at;
    }
    void skipToEndOfLine()
    {
        while (m_at < m_text.size() && m_text[m_at] != u'\n')
            advance();
    }
    void blockComment()
    {
        const int line = m_line, column = m_column;
        advance();
        advance();
        while (m_at < m_text.size() && !(m_text[m_at] == u'*' && peek(1) == u'/'))
            advance();
        if (m_at >= m_text.size()) {
            m_errors.push_back({m_file, line, column, QStringLiteral("this comment is never closed (\"*/\" missing)")});
            return;
        }
        advance();
        advance();
    }
    void quoted()
    {
        Token t{{}, true, m_line, m_column};
        advance();
        while (m_at < m_text.size() && m_text[m_at] != u'"' && m_text[m_at] != u'\n') {
            if (m_text[m_at] == u'\\' && (peek(1) == u'"' || peek(1) == u'\\'))
                advance();
            t.text += m_text[m_at];
            advance();
        }
        if (m_at >= m_text.size() || m_text[m_at] != u'"') {
            m_errors.push_back({m_file, t.line, t.column, QStringLiteral("this string is never closed (a \" is missing on its line)")});
            return;
        }
        advance();
        add(t);
    }
    void word()
    {
        Token t{{}, false, m_line, m_column};
        while (m_at < m_text.size() && !m_text[m_at].isSpace() && m_text[m_at] != u'"')
            t.text += m_text[m_at], advance();
        add(t);
    }
    void add(const Token &t)
    {
        if (m_current.words.empty() && !m_current.opensBlock) {
            m_current.line = t.line;
            m_current.column = t.column;
        }
        m_current.words.push_back(t);
    }
    void endStatement()
    {
        if (m_current.words.empty())
            return;
        Statement s = std::move(m_current);
        m_current = {};
        const Token &last = s.words.back();
        if (!last.quoted && last.text == u"}" && s.words.size() == 1) {
            s.words.clear();
            s.closesBlock = true;
        } else if (!last.quoted && last.text == u"{") {
            s.words.pop_back();
            s.opensBlock = true;
        } else if (!last.quoted && last.text.endsWith(u'{') && last.text.size() > 1) {
            s.words.back().text.chop(1);  // "name{"
            s.opensBlock = true;
        }
        m_statements.push_back(std::move(s));
    }

    const QString &m_text;
    QString m_file;
    Diagnostics &m_errors;
    qsizetype m_at = 0;
    int m_line = 1;
    int m_column = 1;
    Statement m_current;
    std::vector<Statement> m_statements;
};

}  // namespace

std::vector<Statement> tokenize(const QString &text, const QString &fileName, Diagnostics &errors)
{
    return Tokenizer(text, fileName, errors).run();
}

}  // namespace lintel::structurizr
