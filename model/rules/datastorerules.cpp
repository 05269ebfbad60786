// Rules about stores (datastores, caches, queues): who may touch them and
// how their contents are protected.
#include "model/rules/builtinrules.h"
#include "model/rules/messages.h"
#include "model/index/modelindex.h"

#include <QMap>

namespace lintel {

namespace {

// Calls `visit(flow, otherEnd)` for every flow into or out of `element`
// whose other end exists.
template <class F> void forEachNeighbour(const ModelIndex &index, int element, F &&visit)
{
    for (int f : index.outgoing(element))
        if (index.toOf(f) >= 0)
            visit(f, index.toOf(f));
    for (int f : index.incoming(element))
        if (index.fromOf(f) >= 0)
            visit(f, index.fromOf(f));
}

bool isDatastoreOrCache(ElementKind k)
{
    return k == ElementKind::Datastore || k == ElementKind::Cache;
}

class SharedDatastoreRule final : public Rule {
public:
    SharedDatastoreRule()
        : Rule({QStringLiteral("shared-datastore"), Severity::Error,
                QStringLiteral("Datastore shared between teams"),
                QStringLiteral("When services of different teams read and write the same database, its "
                               "schema becomes an unwritten contract between them. No team can change or "
                               "migrate it alone, failures spread across team lines, and when a vendor "
                               "hands the system over nobody can say who owns the data."),
                QStringLiteral("Give the store to one team and let the other teams go through that team's "
                               "API or events. If the sharing is intended for now, record it as an "
                               "accepted risk with a date by which it ends.")})
    {
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        const ModelIndex &index = ctx.index;
        for (std::size_t s = 0; s < ctx.model.elements.size(); ++s) {
            const Element &store = ctx.model.elements[s];
            if (!isDatastoreOrCache(store.kind))
                continue;
            QMap<QString, QStringList> elementsByTeam;  // sorted by team id
            forEachNeighbour(index, int(s), [&](int, int other) {
                const Element &e = index.elementAt(other);
                if (isCompute(e.kind) && !e.team.isEmpty())
                    elementsByTeam[e.team] << e.id;
            });
            if (elementsByTeam.size() < 2)
                continue;
            QStringList targets{store.id};
            QStringList users;
            for (auto it = elementsByTeam.begin(); it != elementsByTeam.end(); ++it) {
                targets << it.key();
                it->sort();
                it->removeDuplicates();  // an element may have several flows to the store
                users << QStringLiteral("%1 (%2)").arg(it.key(), messages::list(*it));
            }
            sink.report(store, targets,
                        QStringLiteral("%1 is read or written by compute elements of %2 teams: %3")
                            .arg(messages::Named(store))
                            .arg(elementsByTeam.size())
                            .arg(users.join(QStringLiteral("; "))));
        }
    }
};

class ForeignDatastoreAccessRule final : public Rule {
public:
    ForeignDatastoreAccessRule()
        : Rule({QStringLiteral("foreign-datastore-access"), Severity::Warning,
                QStringLiteral("Store accessed by an element other than its owner"),
                QStringLiteral("A store with an owner is that element's private state. Anything else "
                               "reading or writing it bypasses the owner's rules and couples itself to "
                               "internals that the owner (often a different vendor) may change without "
                               "notice."),
                QStringLiteral("Route the access through the owner, for example an API call or an event "
                               "it publishes, or make the accessing element the owner if it really is.")})
    {
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        const ModelIndex &index = ctx.index;
        for (std::size_t s = 0; s < ctx.model.elements.size(); ++s) {
            const Element &store = ctx.model.elements[s];
            // An owner that does not exist is a dangling reference; flagging
            // every accessor as well would only repeat it.
            if (!isStore(store.kind) || store.owner.isEmpty() || index.elementIndex(store.owner) < 0)
                continue;
            QMap<QString, QStringList> flowsByAccessor;  // sorted by element id
            forEachNeighbour(index, int(s), [&](int flow, int other) {
                const Element &e = index.elementAt(other);
                if (isCompute(e.kind) && e.id != store.owner)
                    flowsByAccessor[e.id] << index.flowAt(flow).id;
            });
            for (auto it = flowsByAccessor.cbegin(); it != flowsByAccessor.cend(); ++it) {
                const Element &accessor = *index.element(it.key());
                sink.report(accessor, {accessor.id, store.id},
                            QStringLiteral("%1 accesses %2, which is owned by %3 (flows: %4)")
                                .arg(messages::Named(accessor), messages::named(store), store.owner,
                                     messages::list(*it)));
            }
        }
    }
};

class ClientDirectDatastoreRule final : public Rule {
public:
    ClientDirectDatastoreRule()
        : Rule({QStringLiteral("client-direct-datastore"), Severity::Error,
                QStringLiteral("Person, client or external system talks to a datastore directly"),
                QStringLiteral("A datastore reachable from a person, a client application or a third "
                               "party has no service in front of it to check who asks, what they may "
                               "see, and how much. Credentials for it end up on devices or at partners, "
                               "where they cannot be rotated or revoked safely."),
                QStringLiteral("Put a service (or a gateway and a service) between the outside and the "
                               "store, and let only that service hold the store's credentials.")})
    {
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        const ModelIndex &index = ctx.index;
        for (std::size_t f = 0; f < ctx.model.flows.size(); ++f) {
            const int from = index.fromOf(int(f)), to = index.toOf(int(f));
            if (from < 0 || to < 0)
                continue;
            const Element &a = index.elementAt(from), &b = index.elementAt(to);
            const Element *actor = isActor(a.kind) && isDatastoreOrCache(b.kind) ? &a
                : isActor(b.kind) && isDatastoreOrCache(a.kind)                 ? &b
                                                                                : nullptr;
            if (!actor)
                continue;
            const Element &store = actor == &a ? b : a;
            const Flow &flow = ctx.model.flows[f];
            sink.report(flow, {flow.id, actor->id, store.id},
                        QStringLiteral("%1 reaches %2 directly through flow %3, with no service in between")
                            .arg(messages::Named(*actor), messages::named(store), flow.id));
        }
    }
};

class SensitiveDataUnencryptedAtRestRule final : public Rule {
public:
    SensitiveDataUnencryptedAtRestRule()
        : Rule({QStringLiteral("sensitive-data-unencrypted-at-rest"), Severity::Error,
                QStringLiteral("Sensitive data stored without encryption at rest"),
                QStringLiteral("Confidential and restricted data outlive the service that writes them: "
                               "they sit in backups, snapshots and replicas, often run by the vendor's "
                               "operations staff. Without encryption at rest any copy of the disk is a "
                               "copy of the data."),
                QStringLiteral("Turn on encryption at rest for the store (and its backups) and set "
                               "`encryption_at_rest: true`, or keep the sensitive data elsewhere.")})
    {
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        for (const Element &e : ctx.model.elements) {
            if (!isStore(e.kind) || e.encryptionAtRest.value_or(false))
                continue;
            const QStringList sensitive = ctx.index.dataAtLeast(e.data, Classification::Confidential);
            if (sensitive.isEmpty())
                continue;
            QStringList described;
            for (const QString &id : sensitive)
                described << QStringLiteral("%1 (%2)").arg(id, enumName(*ctx.index.classification(id)));
            sink.report(e, QStringList{e.id} + sensitive,
                        QStringLiteral("%1 holds sensitive data %2 but encryption_at_rest is not true")
                            .arg(messages::Named(e), messages::list(described)));
        }
    }
};

class DatastoreWithoutBackupRule final : public Rule {
public:
    DatastoreWithoutBackupRule()
        : Rule({QStringLiteral("datastore-without-backup"), Severity::Warning,
                QStringLiteral("Datastore without backup"),
                QStringLiteral("A datastore is the system's memory; services can be redeployed, lost "
                               "data cannot. If the design does not say how it is backed up, the "
                               "question is usually first asked after an incident or at handover, when "
                               "the vendor's contract no longer covers it."),
                QStringLiteral("State the backup (for example `backup: daily snapshots, 30 days`). Caches "
                               "and queues are exempt; if the datastore really holds only data that can "
                               "be rebuilt, record that as an accepted risk.")})
    {
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        for (const Element &e : ctx.model.elements) {
            if (e.kind != ElementKind::Datastore)
                continue;
            const QString backup = e.backup.trimmed();
            if (backup.isEmpty())
                sink.report(e, {e.id}, QStringLiteral("%1 has no backup").arg(messages::Named(e)));
            else if (backup.compare(QStringLiteral("none"), Qt::CaseInsensitive) == 0)
                sink.report(e, {e.id}, QStringLiteral("%1 has backup: none").arg(messages::Named(e)));
        }
    }
};

}  // namespace

RulePtr makeSharedDatastoreRule() { return std::make_unique<SharedDatastoreRule>(); }
RulePtr makeForeignDatastoreAccessRule() { return std::make_unique<ForeignDatastoreAccessRule>(); }
RulePtr makeClientDirectDatastoreRule() { return std::make_unique<ClientDirectDatastoreRule>(); }
RulePtr makeSensitiveDataUnencryptedAtRestRule() { return std::make_unique<SensitiveDataUnencryptedAtRestRule>(); }
RulePtr makeDatastoreWithoutBackupRule() { return std::make_unique<DatastoreWithoutBackupRule>(); }

}  // namespace lintel
