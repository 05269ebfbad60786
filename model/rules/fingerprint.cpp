// Fingerprints identify a finding across runs and edits: they depend on the
// rule and the targets only, never on messages, positions or model order, so
// CI baselines and review comments keep pointing at the same problem.
#include "model/rules/validator.h"

#include <QCryptographicHash>

namespace lintel {

QString findingFingerprint(const QString &rule, const QStringList &targets)
{
    QByteArray text = rule.toUtf8();
    for (const QString &t : targets) {
        text += '|';
        text += t.toUtf8();
    }
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha1).toHex().left(16));
}

}  // namespace lintel
