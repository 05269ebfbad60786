// Section 8: what was decided, what is still open, and which credentials and
// access must change hands (or be rotated) when a vendor leaves.
#include "exporters/handover/handoverdata.h"

#include "exporters/adr/adrwriter.h"
#include "model/transition/teamreach.h"

namespace lintel::handover {

void addDecisionsAndQuestions(const HandoverInput &in, Data &root)
{
    List decisions;
    for (qsizetype i = 0; i < qsizetype(in.model.decisions.size()); ++i) {
        const Decision &d = in.model.decisions[std::size_t(i)];
        Data row;
        row.set("number", std::string(QStringLiteral("%1").arg(i + 1, 4, 10, QChar(u'0')).toStdString()));
        row.set("decision", markdown(nameAndId(d.title, d.id)));
        row.set("status", text(d.status ? enumName(*d.status) : QStringLiteral("not set")));
        row.set("date", text(d.date.isEmpty() ? QStringLiteral("not recorded") : d.date));
        // Where the record lives when the ADR export is written next to the
        // handover (both go into the same output folder).
        row.set("file", markdown(md::code(QStringLiteral("adr/") + adr::fileName(in.model, i))));
        decisions.push_back(row);
    }
    setList(root, "decisions", decisions);

    List open;
    int answered = 0;
    for (const Question &q : in.model.questions) {
        if (q.status == QuestionStatus::Answered) {
            ++answered;
            continue;
        }
        QStringList about;
        for (const QString &id : q.about)
            about << md::code(id);
        Data row;
        row.set("question", text(q.text.trimmed().isEmpty() ? q.id : q.text));
        row.set("id", markdown(md::code(q.id)));
        row.set("about", markdown(joined(about, QStringLiteral("the whole system"))));
        row.set("owner", text(q.owner.trimmed().isEmpty() ? QStringLiteral("nobody") : q.owner));
        open.push_back(row);
    }
    setList(root, "open_questions", open);
    root.set("answered_questions", number(answered));
}

void addCredentials(const HandoverInput &in, Data &root)
{
    List outside;
    QStringList unknown;
    for (const Element &e : in.model.elements) {
        if (isActor(e.kind))
            continue;
        if (!e.security.secrets) {
            unknown << md::code(e.id);
            continue;
        }
        if (*e.security.secrets == SecretsStore::Vault)
            continue;
        Data row;
        row.set("element", markdown(nameAndId(e.name, e.id)));
        row.set("team", markdown(teamLabel(in.index, e.team)));
        row.set("store", text(enumName(*e.security.secrets)));
        outside.push_back(row);
    }
    setLongList(in, root, "secrets_outside_vault", outside);
    root.set("secrets_unknown", markdown(joinedNames(in, unknown)));
    root.set("has_secrets_unknown", !unknown.isEmpty());

    List vendors;
    for (const Team &t : in.model.teams) {
        if (t.kind != TeamKind::Vendor)
            continue;
        // The same walk derives the exit credentials of the transition
        // summary (model/transition/teamreach.h).
        const transition::TeamReach reach = transition::teamReach(in.index, t.id);
        QStringList owns, stores, apis, externals;
        const auto addOnce = [](QStringList &list, const QString &item) {
            if (!list.contains(item))
                list << item;
        };
        for (int i : reach.elements) {
            const Element &e = in.index.elementAt(i);
            owns << md::inlineText(e.name.trimmed().isEmpty() ? e.id : e.name);
        }
        for (const QString &id : reach.stores)
            addOnce(stores, elementLabel(in.index, id));
        for (const QString &id : reach.externals)
            addOnce(externals, elementLabel(in.index, id));
        for (const QString &id : reach.apis) {
            const Api *api = in.index.api(id);
            addOnce(apis, api && !api->name.trimmed().isEmpty() ? md::inlineText(api->name) : md::code(id));
        }
        Data row;
        row.set("team", markdown(nameAndId(t.name, t.id)));
        row.set("contact", text(t.contact.trimmed().isEmpty() ? QStringLiteral("not recorded") : t.contact));
        row.set("owns", markdown(joinedNames(in, owns)));
        row.set("stores", markdown(joinedNames(in, stores)));
        row.set("apis", markdown(joinedNames(in, apis)));
        row.set("externals", markdown(joinedNames(in, externals)));
        vendors.push_back(row);
    }
    setList(root, "vendors", vendors);
}

Data buildViewModel(const HandoverInput &in)
{
    Data root;
    addOverview(in, root);
    addReadiness(in, root);
    addElementCatalogue(in, root);
    addApiCatalogue(in, root);
    addDataInventory(in, root);
    addTrustZones(in, root);
    addFindings(in, root);
    addDecisionsAndQuestions(in, root);
    addCredentials(in, root);
    addTransition(in, root);
    return root;
}

}  // namespace lintel::handover
