#pragma once
// What the model's optional fields mean when they are left out. The rules,
// the exporters and the editor all ask these questions ("is this flow
// encrypted?"), and must all get the same answer, so the answers live here.
#include "model/types.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace lintel {

// Protocols are compared case-insensitively, ignoring surrounding spaces.
QString normalizedProtocol(const QString &protocol);

// True for protocols that always run over TLS or SSH: https, grpcs, amqps,
// wss, tls, mqtts, ldaps, sftp, ... and any protocol with a tls/ssl part,
// e.g. "kafka+ssl", "postgres+tls", "sasl_ssl".
bool isEncryptedProtocol(const QString &protocol);

// True for messaging protocols, whose flows are asynchronous by default:
// amqp(s), kafka, mqtt(s), sqs, sns, nats, events, ... The first part of a
// compound protocol decides ("kafka+ssl" is kafka).
bool isMessagingProtocol(const QString &protocol);

// `encrypted` when given, otherwise what the protocol implies.
bool isEncrypted(const Flow &flow);
// `sync` when given, otherwise true unless the protocol is a messaging one.
bool isSync(const Flow &flow);
// Authentication is named and is not "none".
bool hasAuthentication(const Flow &flow);
// For element-level security.authentication the same way.
bool isAuthenticationGiven(const QString &authentication);

// Confidential and restricted data need protection; public and internal not.
bool isSensitive(Classification classification);

// The most sensitive classification among `dataIds` (ids of model.data);
// empty when none of them is known or classified. Linear in the model's data
// classes: for many calls, use ModelIndex::highestClassification.
std::optional<Classification> highestClassification(const Model &model, const QStringList &dataIds);

// A zone's trust, or when it has none its nearest ancestor's (through
// `parent`); empty when no zone in the chain says, and for a zone without
// trust of its own in a parent loop. Linear in the number of zones: to ask
// about many zones, build one ZoneTree (model/index/zonetree.h) and ask it.
std::optional<Trust> effectiveTrust(const Model &model, const QString &zoneId);

// Both ends are in a zone and the zones differ. An element with no zone is
// treated as not crossing anything: we do not know where it runs.
bool crossesBoundary(const Element &from, const Element &to);

// "service", "datastore", ...: the YAML name of an element's kind, which is
// also how messages name it.
QString kindName(ElementKind kind);

}  // namespace lintel
