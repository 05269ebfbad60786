#pragma once
// The handover's view-model: a mustache data tree built from the model. Every
// string in it is already Markdown (user text escaped by md::inlineText and
// friends), and the Markdown template is rendered with an identity escape, so
// `{{x}}` and `{{{x}}}` mean the same in it. Templates never see raw model
// text, so a user's own template cannot forget to escape.
#include "exporters/adr/markdowntext.h"
#include "model/rules/finding.h"
#include "model/rules/modelindex.h"
#include "model/types.h"

#include <kainjow/mustache.hpp>

#include <QDate>
#include <QString>
#include <QStringList>

namespace lintel::handover {

namespace mustache = kainjow::mustache;
using Data = mustache::data;
using List = mustache::list;

struct HandoverInput {
    const Model &model;
    const ModelIndex &index;
    const Findings &findings;
    QDate asOf;
    QString sourceName;  // file name of the model, without folders
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

// "Orders service (`orders`)": how the document names an element, API, team...
QString nameAndId(const QString &name, const QString &id);
// The element's name, or its id when unnamed, escaped; "unknown `x`" when
// the id is not in the model.
QString elementLabel(const ModelIndex &index, const QString &id);
QString teamLabel(const ModelIndex &index, const QString &id);
QString zoneLabelText(const ModelIndex &index, const QString &id);
// "1 flow", "3 flows".
QString counted(qsizetype n, const QString &one, const QString &many);
// Comma-separated, or `fallback` when empty.
QString joined(const QStringList &items, const QString &fallback = QStringLiteral("none"));

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

// Everything above: the whole view-model except the diagrams.
Data buildViewModel(const HandoverInput &in);

}  // namespace lintel::handover
