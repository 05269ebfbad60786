#pragma once
// The one interface every exporter implements. The CLI (`lintel-cli export
// KIND`) and the editor's Export menu both go through the registry below, so
// they cannot drift apart.
#include "exporters/contractchecks.h"
#include "exporters/outputsink.h"
#include "model/rules/finding.h"
#include "model/rules/validator.h"
#include "model/types.h"

#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace lintel {

// A command-line option an exporter understands, e.g. `--format svg,png`.
struct ExportOption {
    QString name;          // without dashes: "format"
    QString valueName;     // "LIST"; empty for a flag
    QString help;
    QString defaultValue;
};

struct ExportContext {
    const Model &model;
    const Findings &findings;           // from validate(); exported models may have findings
    QMap<QString, QString> options;     // by ExportOption::name; flags hold "true"
    QString sourceFile;                 // the model's file, for titles and links
    QDate asOf = QDate::currentDate();
    // Progress from 0 to 1 with a short text; may be empty.
    std::function<void(double, const QString &)> progress;
    // Set from another thread to stop early; the exporter then returns false.
    const std::atomic_bool *cancelled = nullptr;
    // The rules of the rule packs that ran (docs/rule-packs.md), so their
    // findings are described like built-in ones.
    std::vector<RuleInfo> packRules = {};
    // The contracts compared with OpenAPI documents, when the caller was
    // asked to (`export handover --drift DIR`); nullptr otherwise.
    const ContractChecks *contractChecks = nullptr;

    QString option(const QString &name, const QString &fallback = {}) const
    {
        return options.value(name, fallback);
    }
    bool isCancelled() const { return cancelled && cancelled->load(); }
};

class Exporter {
public:
    virtual ~Exporter() = default;
    virtual QString id() const = 0;           // "diagram": the CLI's KIND
    virtual QString title() const = 0;        // "Diagrams (SVG, PNG, PDF, DOT)": menu text
    virtual QString description() const = 0; // one sentence for --help
    virtual std::vector<ExportOption> options() const { return {}; }
    // Writes every file into `out`. On failure returns false and sets
    // `error`; `messages` collects notes for the user (e.g. "skipped
    // contract X: not REST").
    virtual bool run(const ExportContext &context, OutputSink &out, QStringList &messages,
                     QString *error) = 0;
};

// All exporters, in menu order; registered explicitly in registry.cpp.
const std::vector<std::unique_ptr<Exporter>> &exporters();
Exporter *findExporter(const QString &id);

}  // namespace lintel
