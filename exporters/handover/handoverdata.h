#pragma once
// The handover's view-model: a mustache data tree built from the model. Every
// string in it is already Markdown (user text escaped by md::inlineText and
// friends), and the Markdown template is rendered with an identity escape, so
// `{{x}}` and `{{{x}}}` mean the same in it. Templates never see raw model
// text, so a user's own template cannot forget to escape.
#include "exporters/adr/markdowntext.h"
#include "exporters/contractchecks.h"
#include "model/rules/finding.h"
#include "model/index/modelindex.h"
#include "model/rules/validator.h"
#include "model/types.h"

#include <kainjow/mustache.hpp>

#include <QDate>
#include <QString>
#include <QStringList>

namespace lintel::handover {

namespace mustache = kainjow::mustache;
using Data = mustache::data;
using List = mustache::list;

// How much of a long list a rendering shows. The Markdown and HTML are the
// reference copies and hold everything (zero: no limit). The PDF is the copy
// people read through and print: a table of 28,000 findings or 20,000 flows
// is hundreds of pages nobody reads, and takes Qt minutes to lay out. So it
// shows the first rows of every long table, most pressing first (errors
// before warnings, unprotected crossings before protected ones), the totals
// and per-rule counts, and says where the complete list is.
struct ListLimits {
    int rows = 0;          // rows of a table or items of a list
    int namesPerCell = 0;  // names joined in one cell ("a, b, c and 40 more")
    int charsPerField = 0; // characters of one text field (a description)
};

struct HandoverInput {
    const Model &model;
    const ModelIndex &index;
    const Findings &findings;
    QDate asOf;
    QString sourceName;  // file name of the model, without folders
    ListLimits limits = {};
    const std::vector<RuleInfo> *packRules = nullptr;  // rules of the packs that ran
    const ContractChecks *contractChecks = nullptr;    // drift against OpenAPI documents, when asked for

    // A built-in or pack rule by id; nullptr when neither knows it.
    const RuleInfo *rule(const QString &id) const
    {
        if (const RuleInfo *builtin = findRule(id))
            return builtin;
        if (packRules)
            for (const RuleInfo &r : *packRules)
                if (r.id == id)
                    return &r;
        return nullptr;
    }
};

// Escaped inline text (one line; safe in table cells).
inline Data text(const QString &s) { return Data(md::inlineText(s).toStdString()); }
// Markdown produced by our own code (links, code spans, paragraphs).
inline Data markdown(const QString &s) { return Data(s.toStdString()); }
inline Data number(qsizetype n) { return Data(std::to_string(n)); }
// A list, and a flag telling templates whether it has entries (mustache
// treats an empty list as false, but a flag reads better in templates).
inline void setList(Data &into, const std::string &name, const List &items)
{
    into.set(name, items);
    into.set("has_" + name, !items.empty());
}

// Rows a list of `total` shows under `in.limits`.
qsizetype shownRows(const HandoverInput &in, qsizetype total);
// setList for a list that may be long: cuts `items` to shownRows(in, total)
// and sets "<name>_total", "<name>_shown" and "<name>_abridged" (true when
// rows were left out) for the template's note. `total` defaults to the
// number of items; pass it when the caller built only the rows shown.
void setLongList(const HandoverInput &in, Data &into, const std::string &name, List items, qsizetype total = -1);

// "Orders service (`orders`)": how the document names an element, API, team...
QString nameAndId(const QString &name, const QString &id);
// The element's name, or its id when unnamed, escaped; "unknown `x`" when
// the id is not in the model.
QString elementLabel(const ModelIndex &index, const QString &id);
QString teamLabel(const ModelIndex &index, const QString &id);
QString zoneLabelText(const ModelIndex &index, const QString &id);
// A free-text field as a rendering shows it: whole, or its first
// in.limits.charsPerField characters and a note that the Markdown and HTML
// hold all of it.
QString fieldText(const HandoverInput &in, const QString &text);
// "1 flow", "3 flows".
QString counted(qsizetype n, const QString &one, const QString &many);
// Comma-separated, or `fallback` when empty.
QString joined(const QStringList &items, const QString &fallback = QStringLiteral("none"));
// joined(), keeping the first in.limits.namesPerCell names and counting the
// rest ("a, b and 12 more").
QString joinedNames(const HandoverInput &in, const QStringList &items, const QString &fallback = QStringLiteral("none"));

// The sections; each adds its keys to `root` (see the template for names).
void addOverview(const HandoverInput &in, Data &root);
void addReadiness(const HandoverInput &in, Data &root);
void addElementCatalogue(const HandoverInput &in, Data &root);
void addApiCatalogue(const HandoverInput &in, Data &root);
void addDataInventory(const HandoverInput &in, Data &root);
void addTrustZones(const HandoverInput &in, Data &root);
void addFindings(const HandoverInput &in, Data &root);
void addDecisionsAndQuestions(const HandoverInput &in, Data &root);
void addCredentials(const HandoverInput &in, Data &root);
// "has_transition" and, when true, the transition_* keys (section 9).
void addTransition(const HandoverInput &in, Data &root);

// Everything above: the whole view-model except the diagrams.
Data buildViewModel(const HandoverInput &in);

}  // namespace lintel::handover
