#pragma once
// "Did you mean ...?" for misspelt keys and enum values.
#include <QString>
#include <QStringList>

namespace lintel::yaml {

// The candidate nearest to `word` by edit distance (case-insensitive), or an
// empty string when none is close enough to be a plausible typo.
QString closestMatch(const QString &word, const QStringList &candidates);

}  // namespace lintel::yaml
