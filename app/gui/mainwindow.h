#pragma once
// The editor window: wires the document, the canvas tabs and the panels
// together. The panels and canvas live in views/; this class only places
// them and connects their signals. The docks are built in maindocks.cpp, the
// menus in mainmenus.cpp.
#include "app/gui/autosave.h"
#include "model/document/document.h"

#include <QMainWindow>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;

namespace lintel {

class AutoLayout;
class ContextMenus;
class ApiContractsPanel;
class CanvasKeys;
class CommandBar;
class CompareMode;
class StageColouring;
class TransitionPanel;
class DecisionsPanel;
class FileSession;
class FindBar;
class ImportActions;
class InspectorPanel;
class LiveValidator;
class RulePackWatcher;
class OutlinePanel;
class PresentationMode;
class ProblemsPanel;
class Prompts;
class QuestionsPanel;
class SelectionModel;
class ViewTabs;
namespace canvas {
class PaletteWidget;
}

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openFile(const QString &path);
    // Where questions and messages go; tests install scripted answers.
    // Not owned; the default shows real dialogs.
    void setPrompts(Prompts *prompts);
    Prompts *prompts() const { return m_prompts; }
    // Autosaves left by a session that did not close cleanly: ask and recover.
    void offerRecovery();

    Document *document() const { return m_document; }
    SelectionModel *selection() const { return m_selection; }
    LiveValidator *validator() const { return m_validator; }
    FileSession *files() const { return m_files; }
    Autosave *autosave() const { return m_autosave; }
    ViewTabs *viewTabs() const { return m_tabs; }
    InspectorPanel *inspector() const { return m_inspector; }
    ProblemsPanel *problems() const { return m_problems; }
    DecisionsPanel *decisions() const { return m_decisions; }
    PresentationMode *presentation() const { return m_presentation; }
    CompareMode *compare() const { return m_compare; }
    StageColouring *stageColouring() const { return m_stageColouring; }
    TransitionPanel *transitionPanel() const { return m_transition; }
    ImportActions *imports() const { return m_imports; }
    RulePackWatcher *rulePacks() const { return m_packs; }

public slots:
    void exportWith(const QStringList &exporterIds = {});
    void showRevisions();
    void runAutoLayout();
    void findElement();
    // F2: the inspector's name field takes the keyboard, its text selected.
    void renameSelection();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;  // maindocks.cpp

private:
    void createDocks();       // maindocks.cpp
    void applyDockSizes();    // maindocks.cpp
    void createMenus();       // mainmenus.cpp
    void createRecentMenu(QMenu *fileMenu);
    void connectPanels();
    // Right-click menus and connect mode of the canvas shown (contextmenus.h).
    void connectCanvasMenus();
    void updateTitle();
    void updateStatus();
    // A read-only document (an old revision) disables every editing action.
    void updateEditing();
    void explainReadOnly();  // in the status bar: why nothing changed
    void showObject(const ObjectRef &ref);
    bool recover(const Autosave::Recovery &recovery);

    // Keyboard-first tools (keyboardtools.cpp).
    void createKeyboardTools();
public:
    CommandBar *commandBar() const { return m_commandBar; }
    // Ctrl+K: the command bar over the canvas, with `text` already typed.
    void openCommandBar(const QString &text);
    // Adds a palette entry next to the selection and opens its name in place.
    void addFromKeyboard(const QString &paletteEntry);
    void duplicateSelection();  // Ctrl+D
private:
    void focusCanvas();
    bool renameOnCanvas();      // F2 on the canvas; false if not shown there
    CommandBar *m_commandBar = nullptr;
    CanvasKeys *m_canvasKeys = nullptr;

    Prompts *m_prompts;
    Document *m_document;
    SelectionModel *m_selection;
    LiveValidator *m_validator;
    FileSession *m_files;
    Autosave *m_autosave;
    AutoLayout *m_autoLayout;
    ContextMenus *m_contextMenus = nullptr;
    PresentationMode *m_presentation = nullptr;
    CompareMode *m_compare = nullptr;
    StageColouring *m_stageColouring = nullptr;
    ImportActions *m_imports = nullptr;
    RulePackWatcher *m_packs = nullptr;
    ViewTabs *m_tabs;
    InspectorPanel *m_inspector = nullptr;
    OutlinePanel *m_outline = nullptr;
    ProblemsPanel *m_problems = nullptr;
    ApiContractsPanel *m_apis = nullptr;
    DecisionsPanel *m_decisions = nullptr;
    QuestionsPanel *m_questions = nullptr;
    TransitionPanel *m_transition = nullptr;
    FindBar *m_findBar = nullptr;
    QLabel *m_statusFindings = nullptr;
    QLabel *m_statusZoom = nullptr;
    canvas::PaletteWidget *m_palette = nullptr;
    // Actions that change the model; off while the document is read-only.
    QList<QAction *> m_editActions;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    struct {
        QDockWidget *palette = nullptr;
        QDockWidget *outline = nullptr;
        QDockWidget *inspector = nullptr;
        QDockWidget *problems = nullptr;
    } m_docks;
    bool m_docksSized = false;
};

}  // namespace lintel
