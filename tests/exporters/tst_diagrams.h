#pragma once
// Tests of the diagram description (model/style) and the diagram exporters:
// Graphviz (SVG, PNG, PDF, DOT), Mermaid and PlantUML. Outputs are compared
// with golden files and checked by real parsers: Graphviz's `dot`, xmllint,
// QImage, pdfinfo and, when installed, PlantUML.
#include "model/types.h"
#include "tests/support/exampledata.h"
#include "tests/support/exportrun.h"
#include "tests/support/externaltool.h"
#include "tests/support/goldenfile.h"

#include <QObject>
#include <QString>
#include <QStringList>

namespace diagrams {

// Example models, golden files, exporter runs and external tools
// (LoadedModel, loadModel, matchesGolden, findTool, runTool, ...).
using namespace lintel::test;

// Built in code, so they exist whatever the YAML reader does.
lintel::Model realisticModel();  // zones nested, every kind, a crossing
lintel::Model hostileModel();    // ids and names that break naive escaping

// Runs an exporter into memory. With LINTEL_DIAGRAMS_OUT=/some/dir the files
// are also written to /some/dir/<outName>/, for looking at them by hand.
ExportRun runExport(const QString &exporterId, const lintel::Model &model,
                    const QMap<QString, QString> &options = {},
                    const lintel::Findings &findings = {}, const QString &outName = {});

// The one file of `run` whose path ends with `suffix` ("overview.svg"), or
// empty bytes.
QByteArray fileEndingWith(const ExportRun &run, const QString &suffix);

// Structural checks shared by the text formats; empty when fine, else what
// is wrong with which line.
QString mermaidProblems(const QByteArray &text);
QString plantUmlProblems(const QByteArray &text);
// Runs the Debian PlantUML on `text` with the C4 macros replaced by plain
// stand-ins (the C4 library bundled there is too old to know ContainerQueue
// or tags): checks that no user text breaks the syntax. Empty when fine.
QString plantUmlSyntaxProblems(const QString &plantuml, const QByteArray &text);

}  // namespace diagrams

// Graphviz's `dot`, xmllint and pdfinfo are pinned validators of this
// project: missing, the test fails rather than silently passing.
#define DIAGRAMS_REQUIRE_TOOL(var, name)                                       \
    const QString var = diagrams::findTool(QStringLiteral(name));             \
    if (var.isEmpty())                                                         \
        QFAIL(name " is not installed (scripts/setup.sh installs it)");

class TestDiagrams : public QObject {
    Q_OBJECT

private slots:
    // model/style
    void everyKindHasADistinctReadableStyle();
    void zoneLabelsAndStylesFollowTrust();
    void flowStyleMarksUnprotectedCrossings();
    void modelIndexFindsWhatASearchWould();
    void flowLabelShowsProtocolSyncAndApi();
    void storeShowsHighestClassification();
    void labelsWrapAndTruncate();
    void scopeOfViewIncludesAncestorZones();
    void scopeWithoutViewsIsTheWholeModel();
    void scopeSurvivesZoneParentCycles();
    void unknownViewIsAnError();

    // Graphviz
    void dotSourceIsDeterministicAndParses();
    void svgPngPdfAreValid();
    void findingsAreMarked();
    void savedPositionsArePinned();
    void autoLayoutIgnoresSavedPositions();
    void layoutPositionsForTheEditor();
    void forceDirectedLayoutsNameZones();
    void renderingIsThreadSafe();
    void exporterWritesOneFilePerViewAndFormat();
    void examplesInEveryFormat_data();
    void examplesInEveryFormat();
    void exporterRejectsBadOptions_data();
    void exporterRejectsBadOptions();
    // Size limits that keep Graphviz fast
    void edgeRoutingDependsOnSize();
    void flowsBetweenTheSamePairStaySafeToCurve();
    void largeDiagramsAreNotLayered();

    // Pathological shapes (tst_diagrams_scale.cpp)
    void deepZonesInEveryTextFormat();
    void zoneLoopIsCutOnceInTheScope();
    void longCycleMarksStaySmall();
    void pngOfDenseDiagramsIsAnOverview();

    // Mermaid and PlantUML
    void mermaidShapesSubgraphsAndStyles();
    void plantUmlUsesC4Macros();
    void textFormatsEscapeHostileText();

    // Examples and torture files
    void goldenFiles_data();
    void goldenFiles();
    void tortureModelThroughAllFormats_data();
    void tortureModelThroughAllFormats();
};
