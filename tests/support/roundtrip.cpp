// roundTrips(): see roundtrip.h. Each failure names the step that broke
// and the first line where the two sides part, so a fuzz finding or a
// failing hostile string can be read without a debugger.
#include "tests/support/roundtrip.h"

#include "model/storage/binarycodec.h"
#include "model/yaml/yamlio.h"

#include <QList>

namespace lintel::test {

namespace {

QString firstProblem(const YamlLoadResult &r)
{
    return r.problems.empty() ? QStringLiteral("no model and no problem reported") : r.problems.front().toString();
}

// "line N: `left` / `right`" for the first line where the texts differ.
QString firstDifferentLine(const QByteArray &left, const QByteArray &right)
{
    const QList<QByteArray> a = left.split('\n');
    const QList<QByteArray> b = right.split('\n');
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
        const QByteArray l = i < a.size() ? a[i] : QByteArray("<end>");
        const QByteArray r = i < b.size() ? b[i] : QByteArray("<end>");
        if (l != r)
            return QStringLiteral("line %1: `%2` / `%3`")
                .arg(i + 1)
                .arg(QString::fromUtf8(l.left(200)), QString::fromUtf8(r.left(200)));
    }
    return QStringLiteral("the texts are the same");
}

bool fail(QString *why, const QString &message)
{
    if (why)
        *why = message;
    return false;
}

}  // namespace

bool roundTrips(const QByteArray &yaml, QString *why)
{
    const YamlLoadResult first = readYaml(yaml, QStringLiteral("input.yaml"));
    if (!first.ok()) {
        if (why)
            *why = QStringLiteral("not a model: %1").arg(firstProblem(first));
        return true;
    }
    const Model &model = *first.model;

    const QByteArray written = writeYaml(model);
    const YamlLoadResult second = readYaml(written, QStringLiteral("written.yaml"));
    if (!second.ok())
        return fail(why, QStringLiteral("what Lintel wrote does not load: %1").arg(firstProblem(second)));
    if (!(*second.model == model))
        return fail(why, QStringLiteral("load -> write -> load changed the model (as YAML, %1)")
                             .arg(firstDifferentLine(written, writeYaml(*second.model))));

    const QByteArray rewritten = writeYaml(*second.model);
    if (rewritten != written)
        return fail(why, QStringLiteral("write -> load -> write changed the bytes at %1")
                             .arg(firstDifferentLine(written, rewritten)));

    QString codecError;
    const std::optional<Model> decoded = decodeModel(encodeModel(model), &codecError);
    if (!decoded)
        return fail(why, QStringLiteral("the .lintel snapshot of the model cannot be read back: %1").arg(codecError));
    if (!(*decoded == model))
        return fail(why, QStringLiteral("the .lintel snapshot changed the model (as YAML, %1)")
                             .arg(firstDifferentLine(written, writeYaml(*decoded))));
    if (why)
        why->clear();
    return true;
}

}  // namespace lintel::test
