#pragma once
// What a form needs to know about a field. Which texts are multi-line and
// which fields hold ids of which collections are read from the description's
// flags (model/describe.h, ADR 20); what the description does not say
// (readable labels, suggestions, placeholders, sections) is kept here as
// small tables, so forms stay generic: a new field appears in every form with
// a derived label even when nobody adds a hint for it.
#include "model/document/collections.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace lintel {

// What a form edits: an object of a collection, or the system (nullopt).
using FormSubject = std::optional<Collection>;

// "rate_limited" -> "Rate limited", "security.audit_log" -> "Audit log",
// "api" -> "API".
QString fieldLabel(const QString &path);

bool isMultiLineField(FormSubject subject, const QString &path);

// Fields (and list fields) that name other objects by id.
struct ReferenceHint {
    bool isReference = false;
    QList<Collection> collections;  // empty: any id of any collection
};
ReferenceHint referenceHint(FormSubject subject, const QString &path);

// Common values offered for free-text fields (protocol, authentication...).
QStringList suggestionsFor(FormSubject subject, const QString &path);

QString placeholderFor(FormSubject subject, const QString &path);
QString toolTipFor(FormSubject subject, const QString &path);

// Fields shown but not editable: an accepted risk is identified by its rule
// and target, so changing either would make it a different risk.
bool isReadOnlyField(FormSubject subject, const QString &path);

// The section a top-level field is shown in; nested objects get their own.
QString sectionOf(FormSubject subject, const QString &path);

// Whether a section applies to the object at all (Storage only for stores).
using FieldGetter = std::function<QVariant(const QString &path)>;
bool sectionApplies(FormSubject subject, const QString &section, const FieldGetter &get);

}  // namespace lintel
