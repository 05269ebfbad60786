#include "model/yaml/closestmatch.h"

#include <algorithm>
#include <vector>

namespace lintel::yaml {

namespace {

// Optimal string alignment distance: Levenshtein plus swaps of neighbours,
// the most common typo ("nmae").
int editDistance(const QString &a, const QString &b)
{
    const auto n = a.size(), m = b.size();
    std::vector<std::vector<int>> d(std::size_t(n + 1), std::vector<int>(std::size_t(m + 1)));
    for (qsizetype i = 0; i <= n; ++i)
        d[i][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

}  // namespace

QString closestMatch(const QString &word, const QStringList &candidates)
{
    const QString lower = word.toLower();
    QString best;
    int bestDistance = 0;
    for (const QString &candidate : candidates) {
        const int distance = editDistance(lower, candidate.toLower());
        if (best.isEmpty() || distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    // Up to a third of the word may be wrong; "rate-limited" for
    // "rate_limited" is distance 1, "foo" for "kind" is not a typo.
    const int allowed = std::max<int>(1, int(std::max(word.size(), best.size()) / 3));
    return bestDistance > 0 && bestDistance <= allowed ? best : QString();
}

}  // namespace lintel::yaml
