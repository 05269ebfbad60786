#pragma once
// Setting Graphviz attributes from Qt strings. cgraph predates const: every
// name and value is a char*, and HTML-like labels must be interned with
// agstrdup_html to be told apart from plain strings.
#include <QString>

typedef struct Agraph_s Agraph_t;

namespace lintel::cgraph {

void set(void *object, const char *name, const QString &value);
void setHtml(void *object, const char *name, const QString &html);
// Declares an attribute with its default for every object of `kind`
// (AGRAPH, AGNODE, AGEDGE); DOT output lists these once at the top.
void declare(Agraph_t *graph, int kind, const char *name, const char *value);

// Fixed two decimals: the DOT text does not depend on float formatting.
QString number(double value);

// For escString attributes (id, tooltip): a lone backslash would be read as
// an escape sequence such as \N.
QString escString(const QString &text);

}  // namespace lintel::cgraph
