// What OTM's free-form component types and 0-100 scores mean in Lintel's
// closed vocabularies. A component type is a word list such as
// "web-client", "postgresql-database" or "aws-lambda-function"; a kind is
// taken only when its words point at exactly one kind.
#include "importers/otm/otmreader.h"

#include <QRegularExpression>
#include <array>
#include <set>
#include <vector>
#include <utility>

namespace lintel::otm {

namespace {

struct KindWords {
    ElementKind kind;
    std::vector<const char *> words;
};

// Words that name a kind on their own. "service", "server" and friends are
// here too: a "web-service" is clearly a service, not a guess.
const std::array<KindWords, 10> &kindWords()
{
    static const std::array<KindWords, 10> table = {{
        {ElementKind::Person, {"user", "person", "human", "actor", "customer", "employee"}},
        {ElementKind::Client, {"client", "browser", "mobile", "android", "ios", "desktop", "spa", "frontend"}},
        {ElementKind::Gateway, {"gateway", "proxy", "balancer", "loadbalancer", "waf", "ingress", "cdn"}},
        {ElementKind::Function, {"lambda", "function", "functions", "serverless"}},
        {ElementKind::Worker, {"worker", "batch", "job", "scheduler", "cron"}},
        {ElementKind::Datastore, {"database", "db", "sql", "mysql", "postgres", "postgresql", "mongodb", "mongo",
                                  "dynamodb", "oracle", "mariadb", "cassandra", "storage", "s3", "bucket", "datastore",
                                  "rds", "aurora", "nosql", "filesystem"}},
        {ElementKind::Cache, {"cache", "redis", "memcached", "elasticache"}},
        {ElementKind::Queue, {"queue", "broker", "kafka", "rabbitmq", "sqs", "sns", "mq", "kinesis", "topic", "bus"}},
        {ElementKind::External, {"external", "saas", "thirdparty"}},
        {ElementKind::Service, {"service", "server", "api", "backend", "microservice", "application", "app"}},
    }};
    return table;
}

// The kinds the words of `text` name (split at "-", "_", spaces, ...).
std::set<ElementKind> kindsNamedBy(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^a-z0-9]+"));
    std::set<ElementKind> kinds;
    for (const QString &word : text.toLower().split(separators, Qt::SkipEmptyParts))
        for (const KindWords &row : kindWords())
            for (const char *w : row.words)
                if (word == QLatin1String(w))
                    kinds.insert(row.kind);
    // "web-service" names a service; "database-server" a datastore that
    // runs on a server: a more specific kind wins over Service.
    if (kinds.size() > 1)
        kinds.erase(ElementKind::Service);
    return kinds;
}

}  // namespace

std::optional<ElementKind> kindForComponent(const QString &type, const QStringList &tags)
{
    // The type decides when it is clear; the tags only when the type says nothing.
    const std::set<ElementKind> byType = kindsNamedBy(type);
    if (byType.size() == 1)
        return *byType.begin();
    if (!byType.empty())
        return std::nullopt;
    const std::set<ElementKind> byTags = kindsNamedBy(tags.join(u' '));
    if (byTags.size() == 1)
        return *byTags.begin();
    return std::nullopt;
}

// OTM rates trust from 0 (none) to 100 (full); Lintel has four levels.
// The quarters are the plain reading: the example's Internet (20) is
// untrusted, its private zone (100) restricted.
Trust trustForRating(double rating)
{
    if (rating < 25)
        return Trust::Untrusted;
    if (rating < 50)
        return Trust::Dmz;
    if (rating < 75)
        return Trust::Internal;
    return Trust::Restricted;
}

Classification classificationForConfidentiality(double confidentiality)
{
    if (confidentiality < 25)
        return Classification::Public;
    if (confidentiality < 50)
        return Classification::Internal;
    if (confidentiality < 75)
        return Classification::Confidential;
    return Classification::Restricted;
}

}  // namespace lintel::otm
