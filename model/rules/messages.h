#pragma once
// Small helpers for writing finding messages the same way in every rule:
// objects are named by kind and id ("service checkout"), lists joined with
// commas, chains with arrows.
#include "model/index/semantics.h"
#include "model/types.h"

#include <QString>
#include <QStringList>

namespace lintel::messages {

// "service checkout"
inline QString named(const Element &e)
{
    return kindName(e.kind) + QLatin1Char(' ') + e.id;
}

// "Service checkout": for the start of a sentence.
inline QString Named(const Element &e)
{
    QString text = named(e);
    text[0] = text[0].toUpper();
    return text;
}

inline QString list(const QStringList &items)
{
    return items.join(QStringLiteral(", "));
}

inline QString chain(const QStringList &items)
{
    return items.join(QStringLiteral(" -> "));
}

// chain() for chains that may be very long (a loop of 10,000 zones): the
// first `most - 1` items, how many were left out, and the last one, so a
// message stays readable and small wherever it is copied.
inline QString shortChain(const QStringList &items, qsizetype most = 12)
{
    if (items.size() <= most)
        return chain(items);
    QStringList shown = items.first(most - 1);
    shown << QStringLiteral("... %1 more ...").arg(items.size() - most) << items.last();
    return chain(shown);
}

// list() the same way: the first `most` items and how many more.
inline QString shortList(const QStringList &items, qsizetype most = 12)
{
    if (items.size() <= most)
        return list(items);
    return list(items.first(most)) + QStringLiteral(" and %1 more").arg(items.size() - most);
}

// "(protocol http)" or "(no protocol given)".
inline QString protocolNote(const Flow &f)
{
    const QString p = f.protocol.trimmed();
    return p.isEmpty() ? QStringLiteral("(no protocol given)") : QStringLiteral("(protocol %1)").arg(p);
}

}  // namespace lintel::messages
