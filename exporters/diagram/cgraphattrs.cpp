#include "exporters/diagram/cgraphattrs.h"

#include <graphviz/cgraph.h>

namespace lintel::cgraph {

namespace {
char emptyString[] = "";
}

void set(void *object, const char *name, const QString &value)
{
    QByteArray n(name);
    QByteArray v = value.toUtf8();
    agsafeset(object, n.data(), v.data(), emptyString);
}

void setHtml(void *object, const char *name, const QString &html)
{
    Agraph_t *root = agroot(object);
    QByteArray v = html.toUtf8();
    char *label = agstrdup_html(root, v.data());
    QByteArray n(name);
    agsafeset(object, n.data(), label, emptyString);
    agstrfree(root, label);
}

void declare(Agraph_t *graph, int kind, const char *name, const char *value)
{
    QByteArray n(name), v(value);
    agattr(graph, kind, n.data(), v.data());
}

QString number(double value)
{
    return QString::number(value, 'f', 2);
}

QString escString(const QString &text)
{
    return QString(text).replace(QLatin1Char('\\'), QLatin1String("\\\\"));
}

}  // namespace lintel::cgraph
