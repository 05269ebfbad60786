#include "tests/support/goldenfile.h"

#include "tests/support/exampledata.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>

#include <algorithm>

namespace lintel::test {

namespace {

bool writeGolden(const QString &path, const QByteArray &actual)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        qWarning("cannot write %s", qPrintable(path));
        return false;
    }
    return file.write(actual) == actual.size();
}

// The first differing line is far easier to read than two blobs.
void warnFirstDifference(const QString &path, const QByteArray &expected, const QByteArray &actual)
{
    const QList<QByteArray> a = actual.split('\n'), e = expected.split('\n');
    for (qsizetype i = 0; i < std::max(a.size(), e.size()); ++i) {
        const QByteArray al = i < a.size() ? a[i] : QByteArray("<end>");
        const QByteArray el = i < e.size() ? e[i] : QByteArray("<end>");
        if (al != el) {
            qWarning("%s differs at line %lld:\n  expected: %s\n  actual:   %s\n(LINTEL_UPDATE_GOLDEN=1 "
                     "regenerates)", qPrintable(path), static_cast<long long>(i + 1), el.constData(),
                     al.constData());
            return;
        }
    }
}

}  // namespace

bool matchesGolden(const QString &relativePath, const QByteArray &actual)
{
    const QString path = sourcePath(QStringLiteral("tests/data/golden/") + relativePath);
    if (qEnvironmentVariable("LINTEL_UPDATE_GOLDEN") == u"1")
        return writeGolden(path, actual);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("golden file %s is missing; run with LINTEL_UPDATE_GOLDEN=1", qPrintable(path));
        return false;
    }
    const QByteArray expected = file.readAll();
    if (expected == actual)
        return true;
    warnFirstDifference(path, expected, actual);
    return false;
}

}  // namespace lintel::test
