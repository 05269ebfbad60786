#include "views/panels/fieldhints.h"

#include "model/document/fieldaccess.h"

#include <QHash>
#include <QVariant>

namespace lintel {

namespace {

bool is(FormSubject subject, Collection c) { return subject && *subject == c; }

// The description's entry for `path` (model/describe.h), which says whether
// the field is prose or holds ids.
std::optional<FieldInfo> describedField(FormSubject subject, const QString &path)
{
    const auto fieldsOf = [](auto tag) { return listFields<typename decltype(tag)::type>(); };
    const std::vector<FieldInfo> fields = subject ? withCollectionType(*subject, fieldsOf) : listFields<System>();
    for (const FieldInfo &field : fields)
        if (field.path == path)
            return field;
    return std::nullopt;
}

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
    const std::optional<FieldInfo> field = describedField(subject, path);
    return field && (field->flags & MultiLine);
}

ReferenceHint referenceHint(FormSubject subject, const QString &path)
{
    // Only fields a form edits as text or a list of texts: a view's
    // positions are keyed by element ids too, but are edited on the canvas.
    const std::optional<FieldInfo> field = describedField(subject, path);
    if (!field || (field->type != FieldType::Text && field->type != FieldType::StringList))
        return {};
    const FieldReference ref = fieldReference(field->flags);
    if (!ref.offered)
        return {};
    if (!ref.collection)
        return {true, {}};
    return {true, {*ref.collection}};
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
