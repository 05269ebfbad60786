#pragma once
// Model ids are user text: they may hold spaces, quotes, backslashes, `end`
// or emoji. Diagram languages want plain identifiers (Mermaid node ids,
// PlantUML aliases; Graphviz quotes names but backslashes still break it).
// DiagramIds turns each model id into a safe identifier once per diagram:
// allowed characters are kept, everything else becomes '_', and clashes
// ("a b" vs "a_b") get a numeric suffix. Same input, same order, same output:
// the exports stay deterministic.
#include <QHash>
#include <QSet>
#include <QString>

namespace lintel {

// Nested zones are indented two spaces a level, up to this depth: beyond it
// the nesting is still in the braces or `end`s, and a chain of 10,000 zones
// does not make the file grow with the square of its depth.
inline constexpr int kMaxIndentDepth = 16;

class DiagramIds {
public:
    // `prefix` starts every identifier so none begins with a digit or equals a
    // keyword of the target language; `allowHyphen` keeps '-' (Graphviz).
    explicit DiagramIds(QString prefix = {}, bool allowHyphen = false)
        : m_prefix(std::move(prefix)), m_allowHyphen(allowHyphen)
    {
    }

    QString operator()(const QString &id)
    {
        if (const auto it = m_byId.constFind(id); it != m_byId.constEnd())
            return *it;
        QString safe = m_prefix;
        for (const QChar c : id) {
            const char16_t u = c.unicode();
            const bool keep = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z')
                || (u >= '0' && u <= '9') || u == '_' || (m_allowHyphen && u == '-');
            safe += keep ? c : QLatin1Char('_');
        }
        if (safe.isEmpty())
            safe = QStringLiteral("_");
        QString unique = safe;
        for (int n = 2; m_used.contains(unique); ++n)
            unique = safe + QLatin1Char('_') + QString::number(n);
        m_used.insert(unique);
        m_byId.insert(id, unique);
        return unique;
    }

private:
    QString m_prefix;
    bool m_allowHyphen;
    QHash<QString, QString> m_byId;
    QSet<QString> m_used;
};

}  // namespace lintel
