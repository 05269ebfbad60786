#include "importers/threagile/threagilerisks.h"

#include "importers/documentvalue.h"

#include <algorithm>
#include <array>

namespace lintel::threagile {

namespace {

// Threagile risk categories that mean what a Lintel rule means, and which
// part of the risk id (split at '@') names the object Lintel reports.
struct RuleMatch {
    const char *category;
    const char *rule;
    int targetPart;
};

// Only one so far: Threagile's "unencrypted-asset@ASSET" is an asset
// holding sensitive data unencrypted, which is what Lintel's rule says of
// a store. Its other categories either have no Lintel rule or are reported
// by Lintel on other objects (a flow rather than an asset), so accepting
// one could silence a different finding.
constexpr std::array<RuleMatch, 1> kMatches = {{
    {"unencrypted-asset", "sensitive-data-unencrypted-at-rest", 1},
}};

}  // namespace

void readRiskTracking(RiskContext &context, Model &model)
{
    DocumentTree &doc = context.doc;
    const auto note = [&](NodeIndex n, const QString &text) {
        context.notes << QStringLiteral("%1: note: %2").arg(doc.locationOf(n).line).arg(text);
    };
    for (const auto &[riskId, entry] : doc.entries(doc.child(doc.root(), "risk_tracking"))) {
        const QString status = fieldText(doc, entry, "status");
        if (status != u"accepted") {
            note(entry, QStringLiteral("risk \"%1\" is %2; only accepted risks are imported")
                            .arg(riskId, status.isEmpty() ? QStringLiteral("without a status") : status));
            continue;
        }
        const QStringList parts = riskId.split(u'@');
        const QString justification = fieldText(doc, entry, "justification");
        const auto match = std::find_if(kMatches.begin(), kMatches.end(),
                                        [&](const RuleMatch &m) { return parts.first() == QLatin1String(m.category); });
        const QString target = match != kMatches.end() && match->targetPart < parts.size()
            ? context.elementIds.value(parts.at(match->targetPart)) : QString();
        if (!target.isEmpty()) {
            AcceptedRisk risk;
            risk.rule = QLatin1String(match->rule);
            risk.target = target;
            risk.reason = justification;
            if (const QString ticket = fieldText(doc, entry, "ticket"); !ticket.isEmpty())
                risk.reason += QStringLiteral(" (ticket %1)").arg(ticket);
            risk.acceptedBy = fieldText(doc, entry, "checked_by");
            SourceTag tag = context.tag;
            tag.id = QStringLiteral("risk_tracking/") + riskId;
            setSourceTag(risk.extras, tag);
            model.acceptedRisks.push_back(std::move(risk));
            continue;
        }
        // No Lintel rule says the same: keep the decision on the asset it names.
        Element *element = nullptr;
        for (const QString &part : parts.mid(1))
            for (Element &e : model.elements)
                if (!element && e.id == context.elementIds.value(part))
                    element = &e;
        if (!element) {
            note(entry, QStringLiteral("accepted risk \"%1\" matches no Lintel rule and names no single technical "
                                       "asset; not imported").arg(riskId));
            continue;
        }
        YamlValue kept;
        setEntry(kept, QStringLiteral("risk"), textValue(riskId));
        for (const char *key : {"justification", "ticket", "date", "checked_by"})
            if (const QString value = fieldText(doc, entry, key); !value.isEmpty())
                setEntry(kept, QString::fromLatin1(key), textValue(value));
        YamlValue *list = nullptr;
        for (auto &[k, v] : element->extras)
            if (k == u"x-threagile-accepted-risks")
                list = &v;
        if (!list) {
            YamlValue empty;
            empty.type = YamlValue::Type::Sequence;
            setExtra(element->extras, QStringLiteral("x-threagile-accepted-risks"), empty);
            list = &element->extras.back().second;
        }
        list->items.push_back(std::move(kept));
        note(entry, QStringLiteral("accepted risk \"%1\" matches no Lintel rule; kept as x-threagile-accepted-risks on "
                                   "\"%2\"").arg(riskId, element->id));
    }
}

}  // namespace lintel::threagile
