// Rules about how elements handle secrets and sensitive data.
#include "model/rules/builtinrules.h"
#include "model/rules/messages.h"
#include "model/index/modelindex.h"

namespace lintel {

namespace {

class SecretsOutsideVaultRule final : public Rule {
public:
    SecretsOutsideVaultRule()
        : Rule({QStringLiteral("secrets-outside-vault"), Severity::Error,
                QStringLiteral("Secrets kept in code or configuration"),
                QStringLiteral("Secrets in source code or configuration files travel with every copy of "
                               "the repository and every deployment artefact, including the vendor's. "
                               "They cannot be rotated without a release, and nobody can tell who has "
                               "seen them."),
                QStringLiteral("Keep secrets in a secrets manager (`security.secrets: vault`) or at least "
                               "inject them through the environment, and rotate the ones that were "
                               "exposed.")})
    {
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        for (const Element &e : ctx.model.elements)
            if (e.security.secrets == SecretsStore::Code || e.security.secrets == SecretsStore::Config)
                sink.report(e, {e.id},
                            QStringLiteral("%1 keeps secrets in %2").arg(messages::Named(e), enumName(*e.security.secrets)));
    }
};

class NoAuditLogOnSensitiveRule final : public Rule {
public:
    NoAuditLogOnSensitiveRule()
        : Rule({QStringLiteral("no-audit-log-on-sensitive"), Severity::Warning,
                QStringLiteral("Restricted data handled without an audit log"),
                QStringLiteral("For restricted data the question after an incident is who read or "
                               "changed what, and when. Only an audit log answers it, and regulators and "
                               "customers will ask the system owner, not the vendor."),
                QStringLiteral("Record access to restricted data in an audit log and set "
                               "`security.audit_log: true` on every element that stores, sends or "
                               "receives it.")})
    {
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        const ModelIndex &index = ctx.index;
        for (std::size_t i = 0; i < ctx.model.elements.size(); ++i) {
            const Element &e = ctx.model.elements[i];
            // People and third parties keep no audit log we could ask for;
            // sensitive-data-to-external covers what is sent to them.
            if (e.kind == ElementKind::Person || e.kind == ElementKind::External
                || e.security.auditLog.value_or(false))
                continue;
            QStringList verbs, restricted;
            auto take = [&](const QStringList &data, const QString &verb) {
                const QStringList found = index.dataAtLeast(data, Classification::Restricted);
                if (found.isEmpty())
                    return;
                if (!verbs.contains(verb))
                    verbs << verb;
                restricted += found;
            };
            take(e.data, QStringLiteral("stores"));
            for (int f : index.outgoing(int(i)))
                take(index.flowAt(f).data, QStringLiteral("sends"));
            for (int f : index.incoming(int(i)))
                take(index.flowAt(f).data, QStringLiteral("receives"));
            if (restricted.isEmpty())
                continue;
            restricted.sort();
            restricted.removeDuplicates();
            sink.report(e, QStringList{e.id} + restricted,
                        QStringLiteral("%1 %2 restricted data %3 without an audit log")
                            .arg(messages::Named(e), messages::list(verbs), messages::list(restricted)));
        }
    }
};

}  // namespace

RulePtr makeSecretsOutsideVaultRule() { return std::make_unique<SecretsOutsideVaultRule>(); }
RulePtr makeNoAuditLogOnSensitiveRule() { return std::make_unique<NoAuditLogOnSensitiveRule>(); }

}  // namespace lintel
