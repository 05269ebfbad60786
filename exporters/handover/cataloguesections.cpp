// Sections 3 to 5: what runs, which contracts it offers, and where the data
// lives and travels.
#include "exporters/handover/handoverdata.h"
#include "exporters/handover/readiness.h"

#include "model/index/semantics.h"

#include <QFileInfo>
#include <algorithm>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>

namespace lintel::handover {

namespace {

// A runbook given as a plain URL becomes a link (and is not a bare URL for
// MD034); anything else is text.
QString runbookCell(const QString &runbook)
{
    const QString r = runbook.trimmed();
    static const QRegularExpression url(QStringLiteral("^https?://[^\\s<>|`\\\\]+$"));
    if (r.isEmpty())
        return QStringLiteral("**missing**");
    if (url.match(r).hasMatch())
        return u'<' + r + u'>';
    return md::inlineText(r);
}

QString observabilityCell(const Operations &o)
{
    QStringList has;
    if (o.logs == true)
        has << QStringLiteral("logs");
    if (o.metrics == true)
        has << QStringLiteral("metrics");
    if (o.traces == true)
        has << QStringLiteral("traces");
    if (o.healthCheck == true)
        has << QStringLiteral("health check");
    return has.isEmpty() ? QStringLiteral("**none recorded**") : has.join(QStringLiteral(", "));
}

// "GET /orders/{id}" for REST. Other styles use `method` for an RPC name or
// "publish" and `path` for a service or topic, which repeat across
// operations, so the operation's id leads.
QString operationLabel(const Api &api, const ApiOperation &op)
{
    const bool rest = !api.style || *api.style == ApiStyle::Rest;
    const QString method = rest ? op.method.trimmed().toUpper() : op.method.trimmed();
    const QString call = (method + u' ' + op.path.trimmed()).trimmed();
    if (rest)
        return md::inlineText(call.isEmpty() ? op.id : call);
    return call.isEmpty() ? md::code(op.id) : md::code(op.id) + QStringLiteral(" (") + md::inlineText(call) + u')';
}

QString orDash(const QString &s)
{
    return s.trimmed().isEmpty() ? QStringLiteral("not recorded") : md::inlineText(s);
}

}  // namespace

void addElementCatalogue(const HandoverInput &in, Data &root)
{
    List rows;
    for (const Element &e : in.model.elements) {
        const bool operated = isOperated(e);
        Data row;
        row.set("element", markdown(nameAndId(e.name, e.id)));
        row.set("kind", text(enumName(e.kind)));
        row.set("team", markdown(teamLabel(in.index, e.team)));
        row.set("zone", markdown(zoneLabelText(in.index, e.zone)));
        row.set("technology", markdown(orDash(e.technology)));
        row.set("exposure", text(e.exposure ? enumName(*e.exposure) : QStringLiteral("not recorded")));
        row.set("runbook", markdown(operated ? runbookCell(e.operations.runbook) : QStringLiteral("n/a")));
        row.set("observability", markdown(operated ? observabilityCell(e.operations) : QStringLiteral("n/a")));
        rows.push_back(row);
    }
    setLongList(in, root, "elements", rows);
}

namespace {

// What comparing the contract with its provider's OpenAPI document found,
// in the words of a rule: a summary, then one line per drift.
void addContractDrift(const HandoverInput &in, const Api &api, Data &row)
{
    List items;
    QString summary;
    if (in.contractChecks) {
        const auto check = std::find_if(in.contractChecks->checks.begin(), in.contractChecks->checks.end(),
                                        [&](const ContractCheck &c) { return c.apiId == api.id; });
        if (check == in.contractChecks->checks.end() || check->document.isEmpty()) {
            summary = QStringLiteral("no OpenAPI document in the folder matches this contract, so it was not checked.");
        } else {
            const QString document = md::code(QFileInfo(check->document).fileName());
            summary = check->drifts.empty()
                ? QStringLiteral("matches %1: no drift.").arg(document)
                : QStringLiteral("**drifted** from %1: %2.").arg(document, counted(qsizetype(check->drifts.size()),
                                                                               QStringLiteral("difference"), QStringLiteral("differences")));
            for (const ContractDriftItem &d : check->drifts) {
                Data item;
                item.set("kind", markdown(md::code(d.kind)));
                item.set("subject", text(d.subject));
                item.set("has_subject", !d.subject.isEmpty());
                item.set("message", text(d.message));
                items.push_back(item);
            }
        }
    }
    row.set("drift_summary", markdown(summary));
    row.set("drifts", items);  // set on every row, so a row never sees another's
}

}  // namespace

void addApiCatalogue(const HandoverInput &in, Data &root)
{
    // Flows grouped by the contract they name, in model order: one pass over
    // the flows rather than one per contract.
    QHash<QString, QList<const Flow *>> flowsByApi;
    for (const Flow &f : in.model.flows)
        if (!f.api.isEmpty())
            flowsByApi[f.api].append(&f);
    List rows;
    for (const Api &a : in.model.apis) {
        // Consumers are the other ends of the flows that use the contract;
        // the provider's own flows (a gateway routing onwards, a service
        // publishing its events) do not make it a consumer.
        QStringList consumers;
        QSet<QString> seen;
        for (const Flow *f : flowsByApi.value(a.id)) {
            if (f->from == a.provider)
                continue;
            const QString label = elementLabel(in.index, f->from);
            if (!seen.contains(label)) {
                seen.insert(label);
                consumers << label;
            }
        }
        List operations;
        for (const ApiOperation &op : a.operations) {
            Data operation;
            operation.set("call", markdown(operationLabel(a, op)));
            operation.set("summary", text(op.summary.trimmed()));
            operation.set("has_summary", !op.summary.trimmed().isEmpty());
            operations.push_back(operation);
        }
        const qsizetype operationCount = qsizetype(operations.size());
        if (operations.empty()) {  // the list under the table still names the contract
            Data none;
            none.set("call", std::string("No operations are recorded."));
            none.set("has_summary", false);
            operations.push_back(none);
        }
        QString status = a.status ? enumName(*a.status) : QStringLiteral("not recorded");
        if (a.status == ApiStatus::Deprecated && !a.sunset.isEmpty())
            status += QStringLiteral(", sunset ") + a.sunset;
        Data row;
        row.set("api", markdown(nameAndId(a.name, a.id)));
        row.set("style", text(a.style ? enumName(*a.style) : QStringLiteral("rest")));
        row.set("provider", markdown(elementLabel(in.index, a.provider)));
        row.set("consumers", markdown(joinedNames(in, consumers)));
        row.set("version", markdown(orDash(a.version)));
        row.set("visibility", text(a.visibility ? enumName(*a.visibility) : QStringLiteral("not recorded")));
        row.set("status", text(status));
        row.set("authentication", markdown(orDash(a.authentication)));
        row.set("operation_count", markdown(operationCount == 0 ? QStringLiteral("none recorded")
                                                                : counted(operationCount, QStringLiteral("operation"), QStringLiteral("operations"))));
        row.set("operations", operations);
        addContractDrift(in, a, row);
        rows.push_back(row);
    }
    setLongList(in, root, "apis", rows);
    root.set("drift_checked", in.contractChecks != nullptr);
    if (in.contractChecks)
        root.set("drift_folder", markdown(md::code(in.contractChecks->folder)));
}

void addDataInventory(const HandoverInput &in, Data &root)
{
    List rows;
    for (const DataClass &d : in.model.data) {
        QStringList stores, unencryptedStores, flows, plainFlows;
        bool atRestUnknown = false;
        for (const Element &e : in.model.elements) {
            if (!e.data.contains(d.id))
                continue;
            stores << elementLabel(in.index, e.id);
            if (!e.encryptionAtRest)
                atRestUnknown = true;
            else if (!*e.encryptionAtRest)
                unencryptedStores << elementLabel(in.index, e.id);
        }
        for (const Flow &f : in.model.flows) {
            if (!f.data.contains(d.id))
                continue;
            flows << md::code(f.id);
            if (!isEncrypted(f))
                plainFlows << md::code(f.id);
        }
        // The table says how many flows; the list under it names them, so a
        // class carried by twenty flows does not make a page-long row.
        const QString inTransit = flows.isEmpty() ? QStringLiteral("n/a")
                                : plainFlows.isEmpty() ? QStringLiteral("yes")
                                : QStringLiteral("**no** on %1 of %2").arg(plainFlows.size()).arg(flows.size());
        QString carriedBy = joinedNames(in, flows);
        if (!plainFlows.isEmpty())
            carriedBy += QStringLiteral(". Not encrypted: ") + joinedNames(in, plainFlows) + u'.';
        QString atRest = stores.isEmpty() ? QStringLiteral("n/a")
                       : !unencryptedStores.isEmpty() ? QStringLiteral("**no**: ") + unencryptedStores.join(QStringLiteral(", "))
                       : atRestUnknown ? QStringLiteral("not recorded for some stores")
                                       : QStringLiteral("yes");
        Data row;
        row.set("data", markdown(nameAndId(d.name, d.id)));
        row.set("classification", text(d.classification ? enumName(*d.classification) : QStringLiteral("not classified")));
        row.set("pii", text(md::yesNo(d.pii)));
        row.set("stored_in", markdown(joinedNames(in, stores)));
        row.set("flow_count", markdown(flows.isEmpty() ? QStringLiteral("none")
                                                       : counted(flows.size(), QStringLiteral("flow"), QStringLiteral("flows"))));
        row.set("carried_by", markdown(carriedBy));
        row.set("in_transit", markdown(inTransit));
        row.set("at_rest", markdown(atRest));
        rows.push_back(row);
    }
    setList(root, "data_classes", rows);
}

}  // namespace lintel::handover
