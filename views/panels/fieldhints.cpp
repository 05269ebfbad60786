#include "views/panels/fieldhints.h"

#include "model/types.h"

#include <QHash>
#include <QVariant>

namespace lintel {

namespace {

bool is(FormSubject subject, Collection c) { return subject && *subject == c; }

QString lastSegment(const QString &path)
{
    const qsizetype dot = path.lastIndexOf(u'.');
    return dot < 0 ? path : path.mid(dot + 1);
}

}  // namespace

QString fieldLabel(const QString &path)
{
    static const QHash<QString, QString> special = {
        {QStringLiteral("id"), QStringLiteral("ID")},
        {QStringLiteral("api"), QStringLiteral("API")},
        {QStringLiteral("pii"), QStringLiteral("Personal data (PII)")},
        {QStringLiteral("apis"), QStringLiteral("APIs")},
    };
    const QString name = lastSegment(path);
    if (const auto it = special.find(name); it != special.end())
        return *it;
    QString label = name;
    label.replace(u'_', u' ');
    if (!label.isEmpty())
        label[0] = label[0].toUpper();
    return label;
}

bool isMultiLineField(FormSubject subject, const QString &path)
{
    if (path == u"description" || path == u"consequences" || path == u"outcome" || path == u"answer"
        || path == u"reason")
        return true;
    // An element's context is a bounded-context name; a decision's is prose.
    if (path == u"context")
        return is(subject, Collection::Decisions);
    return is(subject, Collection::Questions) && path == u"text";
}

ReferenceHint referenceHint(FormSubject subject, const QString &path)
{
    if (!subject)
        return {};
    auto only = [](Collection c) { return ReferenceHint{true, {c}}; };
    const ReferenceHint anyId{true, {}};
    switch (*subject) {
    case Collection::Elements:
        if (path == u"zone") return only(Collection::Zones);
        if (path == u"team") return only(Collection::Teams);
        if (path == u"owner") return only(Collection::Elements);
        if (path == u"data") return only(Collection::Data);
        break;
    case Collection::Flows:
        if (path == u"from" || path == u"to") return only(Collection::Elements);
        if (path == u"api") return only(Collection::Apis);
        if (path == u"data") return only(Collection::Data);
        break;
    case Collection::Zones:
        if (path == u"parent") return only(Collection::Zones);
        break;
    case Collection::Apis:
        if (path == u"provider") return only(Collection::Elements);
        break;
    case Collection::Decisions:
        if (path == u"affects") return anyId;
        if (path == u"supersedes" || path == u"superseded_by") return only(Collection::Decisions);
        break;
    case Collection::Questions:
        if (path == u"about") return anyId;
        // Usually a person's name; the teams are offered as a start.
        if (path == u"owner") return only(Collection::Teams);
        break;
    case Collection::Views:
        if (path == u"elements") return only(Collection::Elements);
        break;
    case Collection::AcceptedRisks:
        if (path == u"target") return anyId;
        break;
    case Collection::Teams:
    case Collection::Data:
        break;
    }
    return {};
}

QStringList suggestionsFor(FormSubject subject, const QString &path)
{
    const QString name = lastSegment(path);
    if (is(subject, Collection::Flows) && name == u"protocol")
        return {QStringLiteral("https"), QStringLiteral("http"), QStringLiteral("grpcs"), QStringLiteral("grpc"),
                QStringLiteral("amqps"), QStringLiteral("amqp"), QStringLiteral("kafka"), QStringLiteral("sql"),
                QStringLiteral("tls"), QStringLiteral("tcp"), QStringLiteral("sftp")};
    if (name == u"authentication")
        return {QStringLiteral("none"), QStringLiteral("oauth2"), QStringLiteral("oidc"), QStringLiteral("jwt"),
                QStringLiteral("mtls"), QStringLiteral("api-key"), QStringLiteral("basic"),
                QStringLiteral("saml")};
    if (name == u"backup")
        return {QStringLiteral("none"), QStringLiteral("daily"), QStringLiteral("hourly"),
                QStringLiteral("continuous")};
    return {};
}

QString placeholderFor(FormSubject subject, const QString &path)
{
    const QString name = lastSegment(path);
    if (name == u"timeout") return QStringLiteral("e.g. 2s");
    if (name == u"technology") return QStringLiteral("e.g. Java 21 / Spring Boot");
    if (name == u"contact") return QStringLiteral("e-mail or chat channel");
    if (name == u"runbook") return QStringLiteral("link to the runbook");
    if (name == u"rate_limit") return QStringLiteral("e.g. 100/min per client");
    if (name == u"version") return QStringLiteral("e.g. 1.2");
    if (name == u"tags" || name == u"deciders") return QStringLiteral("comma separated");
    if (is(subject, Collection::Elements) && name == u"context") return QStringLiteral("bounded context");
    return {};
}

QString toolTipFor(FormSubject subject, const QString &path)
{
    const ReferenceHint ref = referenceHint(subject, path);
    if (!ref.isReference)
        return QStringLiteral("YAML key: %1").arg(path);
    QStringList kinds;
    for (Collection c : ref.collections)
        kinds << collectionName(c);
    return QStringLiteral("YAML key: %1 — the id of %2")
        .arg(path, kinds.isEmpty() ? QStringLiteral("any object") : QStringLiteral("a ") + kinds.join(u'/'));
}

bool isReadOnlyField(FormSubject subject, const QString &path)
{
    return is(subject, Collection::AcceptedRisks) && (path == u"rule" || path == u"target");
}

QString sectionOf(FormSubject subject, const QString &path)
{
    static const QString general = QStringLiteral("General");
    if (is(subject, Collection::Elements)
        && (path == u"data" || path == u"owner" || path == u"encryption_at_rest" || path == u"backup"))
        return QStringLiteral("Storage");
    if (is(subject, Collection::Elements) && (path == u"exposure" || path == u"stateful" || path == u"replicas"))
        return QStringLiteral("Runtime");
    if (is(subject, Collection::Flows)
        && (path == u"protocol" || path == u"sync" || path == u"encrypted" || path == u"authentication"
            || path == u"data" || path == u"api"))
        return QStringLiteral("Transport");
    if (is(subject, Collection::Apis)
        && (path == u"style" || path == u"version" || path == u"visibility" || path == u"status"
            || path == u"sunset" || path == u"authentication" || path == u"rate_limit"))
        return QStringLiteral("Contract");
    if (is(subject, Collection::Apis) && (path == u"operations" || path == u"schemas"))
        return QStringLiteral("Operations");
    if (is(subject, Collection::Decisions)
        && (path == u"context" || path == u"options" || path == u"outcome" || path == u"consequences"))
        return QStringLiteral("Record");
    if (is(subject, Collection::Decisions)
        && (path == u"affects" || path == u"supersedes" || path == u"superseded_by"))
        return QStringLiteral("Links");
    if (is(subject, Collection::Questions) && (path == u"status" || path == u"answer"))
        return QStringLiteral("Answer");
    return general;
}

bool sectionApplies(FormSubject subject, const QString &section, const FieldGetter &get)
{
    if (is(subject, Collection::Elements) && section == u"Storage") {
        // Shown for stores, and for anything that has storage fields set
        // anyway, so no value is ever hidden from the user.
        const auto kind = parseEnum<ElementKind>(get(QStringLiteral("kind")).toString());
        if (kind && isStore(*kind))
            return true;
        return !get(QStringLiteral("data")).toStringList().isEmpty() || !get(QStringLiteral("owner")).toString().isEmpty()
            || get(QStringLiteral("encryption_at_rest")).isValid() || !get(QStringLiteral("backup")).toString().isEmpty();
    }
    return true;
}

}  // namespace lintel
