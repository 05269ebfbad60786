#pragma once
// The Structurizr DSL as lines of tokens. The DSL is line-based: one
// statement per line, words or "quoted strings", a `{` at the end of a line
// opening a block and a `}` alone closing it. Comments (`#`, `//`, `/* */`)
// and line continuations (`\` at the end) are handled here, so the parser
// sees only statements, each with its file, line and column.
#include "model/diagnostic.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace lintel::structurizr {

struct Token {
    QString text;
    bool quoted = false;
    int line = 0;
    int column = 0;
};

struct Statement {
    std::vector<Token> words;  // without a trailing `{`
    bool opensBlock = false;   // ended with `{`
    bool closesBlock = false;  // the line is `}`
    int line = 0;
    int column = 0;
};

// Splits `text` into statements; an unterminated string or comment is an
// error in `errors`, with FILE:LINE:COL.
std::vector<Statement> tokenize(const QString &text, const QString &fileName, Diagnostics &errors);

}  // namespace lintel::structurizr
