// Fingerprints identify a finding across runs and edits: they depend on the
// rule and the targets only, never on messages, positions or model order, so
// CI baselines and review comments keep pointing at the same problem.
//
// The value is the first 16 hex digits of SHA-1 over "rule|target|target...".
// A large model has tens of thousands of findings, so this avoids the
// temporaries of the obvious version: ids are nearly always ASCII and are
// copied straight into one reused buffer, and the digest is written out
// as hex directly.
#include "model/rules/validator.h"

#include <QCryptographicHash>

namespace lintel {

namespace {

void appendUtf8(QByteArray &buffer, const QString &text)
{
    const qsizetype start = buffer.size();
    buffer.resize(start + text.size());
    char *out = buffer.data() + start;
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {  // rare: let Qt encode the whole string
            buffer.resize(start);
            buffer += text.toUtf8();
            return;
        }
        *out++ = char(c.unicode());
    }
}

}  // namespace

QString findingFingerprint(const QString &rule, const QStringList &targets)
{
    thread_local QByteArray text;
    thread_local QCryptographicHash hash(QCryptographicHash::Sha1);
    text.resize(0);
    appendUtf8(text, rule);
    for (const QString &t : targets) {
        text += '|';
        appendUtf8(text, t);
    }
    hash.reset();
    hash.addData(text);
    const QByteArrayView digest = hash.resultView();

    static constexpr char16_t digits[] = u"0123456789abcdef";
    QString hex(16, Qt::Uninitialized);
    QChar *out = hex.data();
    for (int i = 0; i < 8; ++i) {
        const auto byte = static_cast<unsigned char>(digest[i]);
        *out++ = QChar(digits[byte >> 4]);
        *out++ = QChar(digits[byte & 0xF]);
    }
    return hex;
}

}  // namespace lintel
