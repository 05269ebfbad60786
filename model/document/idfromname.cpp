#include "model/document/idfromname.h"

#include "model/document/commands.h"

#include <QRegularExpression>

namespace lintel {

namespace {

constexpr int kMaxDerivedLength = 48;

// Letters that do not decompose into an ASCII letter and a mark.
QString foldSpecial(QChar c)
{
    switch (c.unicode()) {
    case 0x00DF: return QStringLiteral("ss");  // ß
    case 0x00E6: case 0x00C6: return QStringLiteral("ae");
    case 0x00F8: case 0x00D8: return QStringLiteral("o");
    case 0x0153: case 0x0152: return QStringLiteral("oe");
    case 0x0142: case 0x0141: return QStringLiteral("l");
    case 0x0111: case 0x0110: case 0x00F0: case 0x00D0: return QStringLiteral("d");
    case 0x00FE: case 0x00DE: return QStringLiteral("th");
    default: return {};
    }
}

}  // namespace

QString idFromName(const QString &name)
{
    // NFKD splits "é" into "e" and a combining accent, which is then dropped
    // with everything else that is not a-z or 0-9.
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString id;
    bool pendingDash = false;
    auto append = [&](const QString &part) {
        if (pendingDash && !id.isEmpty())
            id += u'-';
        pendingDash = false;
        id += part;
    };
    for (QChar c : decomposed) {
        const char16_t u = c.unicode();
        if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9'))
            append(QString(c));
        else if (u >= 'A' && u <= 'Z')
            append(QString(c.toLower()));
        else if (c.category() == QChar::Mark_NonSpacing)
            continue;  // the accent of a decomposed letter
        else if (const QString folded = foldSpecial(c); !folded.isEmpty())
            append(folded);
        else if (c == u'\'' || c == u'\u2019')
            continue;  // "Customer's app" -> "customers-app"
        else
            pendingDash = true;
    }
    if (id.size() > kMaxDerivedLength) {
        id.truncate(kMaxDerivedLength);
        const auto lastDash = id.lastIndexOf(u'-');
        if (lastDash > kMaxDerivedLength / 2)
            id.truncate(lastDash);
        while (id.endsWith(u'-'))
            id.chop(1);
    }
    return id;
}

QString uniqueIdFrom(const Model &model, const QString &base, const QString &except)
{
    auto isFree = [&](const QString &candidate) {
        return candidate == except || checkNewId(model, candidate).isEmpty();
    };
    if (isFree(base))
        return base;
    for (int n = 2; n < 100000; ++n) {
        const QString candidate = QStringLiteral("%1-%2").arg(base).arg(n);
        if (isFree(candidate))
            return candidate;
    }
    return base;  // not reached in practice; the validator reports the clash
}

QString newIdForName(const Model &model, const QString &name, const QString &fallback)
{
    const QString derived = idFromName(name);
    return uniqueIdFrom(model, derived.isEmpty() ? fallback : derived);
}

QString derivedFlowId(const QString &fromId, const QString &toId)
{
    return QStringLiteral("%1-to-%2").arg(fromId, toId);
}

bool idFollowsName(const QString &id, const QString &name)
{
    const QString derived = idFromName(name);
    if (derived.isEmpty())
        return false;
    if (id == derived)
        return true;
    static const QRegularExpression numbered(QStringLiteral("^-[2-9][0-9]*$|^-1[0-9]+$"));
    return id.startsWith(derived) && numbered.match(id.mid(derived.size())).hasMatch();
}

QString nameField(Collection c)
{
    switch (c) {
    case Collection::Decisions: return QStringLiteral("title");
    case Collection::Questions: return QStringLiteral("text");
    case Collection::AcceptedRisks: return {};
    case Collection::Teams: case Collection::Zones: case Collection::Data: case Collection::Elements:
    case Collection::Flows: case Collection::Apis: case Collection::Views:
        break;
    }
    return c == Collection::Flows ? QString() : QStringLiteral("name");
}

}  // namespace lintel
