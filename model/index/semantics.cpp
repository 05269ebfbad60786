#include "model/index/semantics.h"

#include "model/index/zonetree.h"

#include <QSet>

namespace lintel {

namespace {

// The words of `list` (separated by spaces) as a set.
QSet<QString> wordSet(const char *list)
{
    QSet<QString> set;
    for (const QString &word : QString::fromLatin1(list).split(u' ', Qt::SkipEmptyParts))
        set.insert(word);
    return set;
}

// Protocols that are encrypted by definition (TLS, DTLS, QUIC or SSH).
const QSet<QString> &encryptedProtocols()
{
    static const QSet<QString> set = wordSet(
        "https grpcs amqps wss tls mtls ssl dtls mqtts ldaps sftp ftps ssh scp smtps imaps pop3s rediss "
        "h2 http3 quic starttls ipsec wireguard stomps natss");
    return set;
}

const QSet<QString> &messagingProtocols()
{
    static const QSet<QString> set = wordSet(
        "amqp amqps kafka mqtt mqtts sqs sns nats natss events event stomp stomps jms pubsub kinesis "
        "eventbridge eventhubs servicebus pulsar zeromq zmq nsq activemq rabbitmq async");
    return set;
}

// "kafka+sasl_ssl" -> {kafka, sasl, ssl}: the parts of a compound protocol
// (runs of a-z and 0-9). A hand-written scan: a regular expression split
// was the biggest single cost of validating a large model.
QStringList protocolParts(const QString &normalized)
{
    QStringList parts;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= normalized.size(); ++i) {
        const QChar c = i < normalized.size() ? normalized.at(i) : QChar();
        const bool partChar = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
        if (partChar && start < 0)
            start = i;
        else if (!partChar && start >= 0) {
            parts << normalized.mid(start, i - start);
            start = -1;
        }
    }
    return parts;
}

}  // namespace

QString normalizedProtocol(const QString &protocol)
{
    return protocol.trimmed().toLower();
}

bool isEncryptedProtocol(const QString &protocol)
{
    const QString p = normalizedProtocol(protocol);
    if (p.isEmpty())
        return false;
    if (encryptedProtocols().contains(p))
        return true;
    // A compound such as "kafka+ssl" or "postgres/tls" is encrypted when one
    // of its parts is; "sasl_plaintext" has none and is not.
    const QStringList parts = protocolParts(p);
    if (parts.size() < 2)
        return false;
    for (const QString &part : parts)
        if (encryptedProtocols().contains(part))
            return true;
    return false;
}

bool isMessagingProtocol(const QString &protocol)
{
    const QString p = normalizedProtocol(protocol);
    if (p.isEmpty())
        return false;
    if (messagingProtocols().contains(p))
        return true;
    const QStringList parts = protocolParts(p);
    return !parts.isEmpty() && messagingProtocols().contains(parts.first());
}

bool isEncrypted(const Flow &flow)
{
    return flow.encrypted.value_or(isEncryptedProtocol(flow.protocol));
}

bool isSync(const Flow &flow)
{
    return flow.sync.value_or(!isMessagingProtocol(flow.protocol));
}

bool isAuthenticationGiven(const QString &authentication)
{
    const QString a = authentication.trimmed();
    return !a.isEmpty() && a.compare(QStringLiteral("none"), Qt::CaseInsensitive) != 0;
}

bool hasAuthentication(const Flow &flow)
{
    return isAuthenticationGiven(flow.authentication);
}

bool isSensitive(Classification classification)
{
    return classification == Classification::Confidential || classification == Classification::Restricted;
}

std::optional<Classification> highestClassification(const Model &model, const QStringList &dataIds)
{
    std::optional<Classification> highest;
    for (const QString &id : dataIds) {
        for (const DataClass &d : model.data) {
            if (d.id != id || !d.classification)
                continue;
            if (!highest || *d.classification > *highest)
                highest = d.classification;
            break;
        }
    }
    return highest;
}

std::optional<Trust> effectiveTrust(const Model &model, const QString &zoneId)
{
    // One pass over the zones. Callers asking about many zones should keep
    // a ZoneTree (or ModelIndex) instead: this builds one per call.
    return ZoneTree(model).trustOf(zoneId);
}

bool crossesBoundary(const Element &from, const Element &to)
{
    return !from.zone.isEmpty() && !to.zone.isEmpty() && from.zone != to.zone;
}

QString kindName(ElementKind kind)
{
    // The kind table's name column (also the YAML spelling).
    const std::string_view name = kindRow(kind).name;
    return QString::fromLatin1(name.data(), qsizetype(name.size()));
}

}  // namespace lintel
