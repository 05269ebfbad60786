#pragma once
// The editor window as a user drives it: files, autosave, revisions, export,
// the workshop loop, undo/redo, auto-layout and keyboard. Offscreen, real
// widgets; modal questions are answered by ScriptedPrompts.
#include "app/gui/mainwindow.h"
#include "tests/gui/tst_mainwindow_prompts.h"

#include <QObject>
#include <QTemporaryDir>
#include <memory>

using namespace lintel;

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    // tst_mainwindow.cpp: files
    void titleShowsModifiedMarker();
    void closePromptsOnlyWithUnsavedChanges();
    void saveAndReopen_data();
    void saveAndReopen();
    void lintelSaveAddsRevision();
    void openingBrokenFileShowsWhere();
    void autosaveIsRecoveredAtNextStart();
    void autosaveCanBeDiscarded();
    void autosaveOfRunningWindowIsNotOffered();

    // tst_mainwindow_workshop.cpp
    void workshopLoop();
    void undoRedoRestoresExactModel();
    void exportWritesFilesIntoFolder();
    void exportIntoUnusableFolderSaysWhy();
    void autoLayoutAgreesWithCanvasAndUndoes();
    void autoLayoutCanBeCancelled();
    void findElementByNameOrId();
    void viewsAddAndRemoveElements();
    void rendersRealisticExample();

    // tst_mainwindow_pointer.cpp: menus, auto-layout, names, decisions
    void contextMenusOfferWhatApplies();
    void autoLayoutKeepsZonesApart_data();
    void autoLayoutKeepsZonesApart();
    void autoLayoutKeepsWhatWasPlacedByHand();
    void findingsAndPickersShowNames();
    void decisionOpensInRoomyEditor();

    // tst_mainwindow_readonly.cpp: an old revision on show
    void revisionRefusesEveryEdit();
    void refusedDragShowsModelAgain();
    void saveAsMakesRevisionEditable();
    void unreadableRevisionIsToldThroughPrompts();

    // tst_mainwindow_chrome.cpp: the window around the model
    void paletteShowsEveryEntry();
    void aboutGoesThroughPrompts();
    void undoInTextFieldUndoesModel();
    void undoInIdFieldUndoesTypingFirst();

    // tst_mainwindow_keys.cpp: standard keys and a still screen
    void standardShortcutsAreBound();
    void redoKeysWorkOnCanvas();
    void saveAsKeyAsksForFile();
    void f2StartsRenamingSelection();
    void deleteSaysWhatWentWithIt();
    void movesSaveWholeNumbers();
    void wheelOverInspectorChangesNothing();
    void toolbarButtonsHoldStill();
    void docksKeepSizesWhenFindingClicked();

    // tst_mainwindow_commandbar.cpp: keyboard first
    void commandBarAddsElementInOneStep();
    void commandBarSaysWhatIsWrong();
    void commandBarCompletes();
    void typingOnCanvasStartsSentence();
    void addMenuPlacesNextToSelectionAndNamesInPlace();
    void f2NamesInPlaceAndEscapeCancels();
    void duplicateCopiesSelection();
    void tabCyclesSelectionOnCanvas();
    void findEnterThenEscapeActsOnCanvas();

private:
    // A fresh window with the scripted prompts, shown and active.
    std::unique_ptr<MainWindow> newWindow();
    // Writes the canvas fixture model to a YAML file and opens it.
    QString openFixture(MainWindow *window);
    QString tempPath(const QString &name) const;
    // Renames the system through the document: a simple undoable edit.
    void editSystemName(MainWindow *window, const QString &name);
    QPoint onCanvas(MainWindow *window, QPointF scenePos) const;
    // Saves the fixture as a .lintel with two revisions and shows the first
    // (read-only); returns the .lintel path, empty on failure.
    QString showFirstRevision();

    QTemporaryDir m_dir;
    testing::ScriptedPrompts m_prompts;
    std::unique_ptr<MainWindow> m_window;
};
