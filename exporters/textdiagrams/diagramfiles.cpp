#include "exporters/textdiagrams/diagramfiles.h"

#include <QSet>

namespace lintel {

QString diagramFileStem(const QString &id)
{
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    QString stem;
    for (const QChar c : id) {
        const char16_t u = c.unicode();
        const bool bad = u < 0x20 || u == 0x7f || forbidden.contains(c);
        stem += bad ? QLatin1Char('_') : c;
    }
    if (stem.isEmpty() || stem.startsWith(QLatin1Char('.')))
        stem.prepend(QLatin1Char('_'));
    return stem.left(120);
}

std::vector<DiagramFile> diagramFiles(const Model &model, const QString &onlyViewId,
                                      QString *error)
{
    std::vector<DiagramFile> files;
    QSet<QString> used;  // case-insensitively: macOS and Windows folders are
    for (DiagramScope &scope : diagramScopes(model, onlyViewId, error)) {
        const QString base = diagramFileStem(scope.id);
        QString stem = base;
        for (int n = 2; used.contains(stem.toLower()); ++n)
            stem = base + QLatin1Char('-') + QString::number(n);
        used.insert(stem.toLower());
        files.push_back({std::move(scope), stem});
    }
    return files;
}

}  // namespace lintel
