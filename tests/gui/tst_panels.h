#pragma once
// The editor's panels driven like a user would: QTest keyboard and mouse
// events on the real widgets, on the Greenhouse example model
// (resources/examples/small.yaml). Every edit must reach the model as undo
// commands, and undo must give back exactly the model we started from
// (compared as canonical YAML text).
//
// tst_panels.cpp: the inspector; tst_panels_outline.cpp: the outline;
// tst_panels_problems.cpp: live findings and accepted risks;
// tst_panels_editors.cpp: API contracts, decisions and questions;
// tst_panels_readonly.cpp: the panels on a read-only document;
// tst_panels_still.cpp: nothing changes or moves without intent (the wheel,
// findings in the inspector).
#include "model/document/document.h"
#include "views/selectionmodel.h"
#include "views/validation/livevalidator.h"

#include <QObject>
#include <QVariant>
#include <QWidget>
#include <memory>

class QAbstractButton;
class QComboBox;
class QLineEdit;

namespace lintel {
class InspectorPanel;
}

using namespace lintel;

class TestPanels : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    // Inspector
    void typingInInspectorIsOneUndoStep();
    void comboChoosesEnumValue();
    void referencePickerMovesElement();
    void listFieldEditsReferences();
    void editsEveryKindOfObject_data();
    void editsEveryKindOfObject();
    void systemShownWhenNothingSelected();
    void renameIdRewritesReferences();

    // Nothing changes or moves without intent (tst_panels_still.cpp)
    void wheelOverUnfocusedInspectorFieldsChangesNothing();
    void wheelOverFormScrollsIt();
    void wheelOverDecisionFormChangesNothing();
    void wheelOverFocusedFieldStillEdits();
    void inspectorFieldsHoldStillAsFindingsComeAndGo();

    // Outline
    void outlineGroupsElementsInZones();
    void outlineShowsElementsOutsideZones();
    void outlineFilterShowsMatchesOnly();
    void outlineNamesAreNotCut();
    void outlineClickSelects();

    // Problems
    void problemFollowsBreakAndFix();
    void validatorEndsOnNewestModel();
    void selectingFindingSelectsTarget();
    void acceptRiskSuppressesFinding();
    void acceptRiskOffWhileReadOnly();

    // API contracts, decisions, questions
    void operationsTableEdits();
    void recordDecisionAboutSelection();
    void questionsAddAndAnswer();

    // A read-only document (a revision opened for reading)
    void inspectorLockedWhileReadOnly();
    void collectionPanelsLockedWhileReadOnly();

private:
    const Model &model() const { return doc->model(); }
    QByteArray yaml() const;
    void undoAll();
    void select(Collection collection, const QString &id);
    QVariant fieldOf(const ObjectRef &ref, const QString &path) const;
    InspectorPanel *showInspector();
    template <class W> W *inspectorInput(const QString &path) const;
    // Keyboard into a line edit: focus, select all, type (replacing).
    static void retype(QLineEdit *edit, const QString &text);
    // Presses Enter as a user would: an open completion popup gets the key
    // first (QTest would otherwise bypass it and talk to `edit` directly).
    static void pressEnter(QWidget *edit);
    // Opens the combo's popup and clicks the entry showing `text`.
    static void choose(QComboBox *combo, const QString &text);
    static QAbstractButton *buttonWithText(QWidget *root, const QString &text);
    static void showWidget(QWidget *widget, QSize size);
    // Breaks the small model: the browser's calls lose their authentication.
    void removeGatewayAuthentication();

    std::unique_ptr<Document> doc;
    std::unique_ptr<SelectionModel> selection;
    std::unique_ptr<LiveValidator> validator;
    std::vector<std::unique_ptr<QWidget>> widgets;  // panels shown in a test
    QByteArray original;
};
