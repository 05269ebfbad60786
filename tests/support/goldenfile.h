#pragma once
// Golden files: expected outputs kept under tests/data/golden/.
#include <QByteArray>
#include <QString>

namespace lintel::test {

// Compares `actual` with tests/data/golden/<relativePath>
// ("dot/shop-overview.dot"), or writes it when LINTEL_UPDATE_GOLDEN=1.
// False, with a warning naming the first differing line, when they differ
// or the file cannot be read or written.
bool matchesGolden(const QString &relativePath, const QByteArray &actual);

}  // namespace lintel::test
