#pragma once
// Tests of the document exporters: ADR, OpenAPI and handover. Outputs are
// compared with golden files and run through the real validators (redocly,
// swagger-cli, markdownlint, xmllint, pdfinfo).
#include "model/types.h"
#include "tests/support/exampledata.h"
#include "tests/support/exportrun.h"
#include "tests/support/externaltool.h"
#include "tests/support/goldenfile.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace docs {

// Example models, golden files, exporter runs and external tools
// (LoadedModel, loadModel, matchesGolden, findTool, runTool, ...).
using namespace lintel::test;

// Runs an exporter on a loaded model into memory. With LINTEL_DOCS_OUT=/tmp/docs
// the files are also written to /tmp/docs/<model file name>/.
ExportRun runExport(const QString &exporterId, const LoadedModel &loaded,
                    const QMap<QString, QString> &options = {});

// The golden folder tests/data/golden/<relativeFolder> holds exactly the
// files `sink` wrote under `exportFolder` (so a renamed output cannot leave a
// stale golden behind). With LINTEL_UPDATE_GOLDEN=1, deletes the extra ones.
bool goldenFolderHoldsExactly(const QString &relativeFolder, const lintel::MemorySink &sink,
                              const QString &exportFolder);

// Writes the sink's files under `dir` and returns that folder.
QString writeToDisk(const lintel::MemorySink &sink, const QTemporaryDir &dir);

}  // namespace docs

// A missing validator is a failure, never a skip: a run without the
// validators would otherwise pass while checking nothing. `setup` installs
// them (Debian packages and npm).
#define DOCS_REQUIRE_TOOL(var, name)                                                    \
    const QString var = docs::findTool(name);                                           \
    if (var.isEmpty())                                                                  \
        QFAIL(qPrintable(QStringLiteral("validator %1 is not installed; run the setup command").arg(name)));

class TestDocuments : public QObject {
    Q_OBJECT
private slots:
    // Markdown text (tst_documents.cpp)
    void inlineTextEscapesStructure_data();
    void inlineTextEscapesStructure();
    void paragraphsKeepListsAndParagraphs();
    void headingPunctuationIsAReference();
    void slugs();
    void registryListsDocumentExporters();
    void failingSinkGivesAnError_data();
    void failingSinkGivesAnError();

    // ADR (tst_documents_adr.cpp)
    void adrGolden_data();
    void adrGolden();
    void adrLinksBetweenRecords();
    void adrMarkdownlint_data();
    void adrMarkdownlint();

    // OpenAPI (tst_documents_openapi.cpp)
    void openApiGolden_data();
    void openApiGolden();
    void openApiStructure();
    void openApiSkipsOtherStyles();
    void openApiValidators_data();
    void openApiValidators();
    void openApiYamlKeepsHostileStrings();

    // Handover (tst_documents_handover.cpp)
    void handoverReadiness();
    void handoverGolden_data();
    void handoverGolden();
    void handoverValidators_data();
    void handoverValidators();
    void handoverHtmlIsSelfContained();
    void handoverWithoutDiagrams();
    void handoverTemplateOverride();
    void handoverMissingTemplateFolder();
    void handoverPdfSplitsLongTables();
    void handoverPdfAbridgesLongLists();
    void handoverPdfCapsLongText();
    void handoverTransitionSection();
    void handoverWithoutTransition();
};
