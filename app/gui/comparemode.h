#pragma once
// File → Compare With…: the open model against another version of it (a
// file, a revision of the open .lintel, or a git revision of the open file).
// While comparing, a Changes panel lists the semantic diff, the canvas rings
// added and changed objects and shows removed elements as ghosts, and the
// Problems panel marks the findings the other version did not have. Edits
// go on as usual and the comparison follows them; leaving restores the
// normal view. Also owns the Conflicts panel a merged model brings.
#include "model/compare/modeldiff.h"
#include "model/compare/riskdelta.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

class QDockWidget;
class QMainWindow;
class QMenu;

namespace lintel {

class ChangesPanel;
class ConflictsPanel;
class Document;
class LiveValidator;
class ProblemsPanel;
class Prompts;
class ViewTabs;
namespace canvas {
class CompareOverlay;
class CanvasView;
}

class CompareMode : public QObject {
    Q_OBJECT
public:
    struct Parts {
        QMainWindow *window;
        Document *document;
        LiveValidator *validator;
        ViewTabs *tabs;
        ProblemsPanel *problems;
        std::function<Prompts *()> prompts;  // the window's, which tests replace
        std::function<void(const ObjectRef &)> showObject;  // select and scroll to it
    };
    explicit CompareMode(Parts parts, QObject *parent = nullptr);

    // Fills File → Compare With.
    void populateMenu(QMenu *menu);

    // Compares the open model with `other`, called `label` on screen.
    void start(Model other, const QString &label);
    // Reads the version `argument` names (modelversion.h) and compares;
    // false, having told the user why, when it cannot be read.
    bool startWith(const QString &argument, const QString &gitDirectory = {});
    void leave();
    bool isActive() const { return m_other.has_value(); }

    const ModelDiff &diff() const { return m_diff; }
    const RiskDelta &risks() const { return m_risks; }
    ChangesPanel *changesPanel() const { return m_changes; }
    ConflictsPanel *conflictsPanel() const { return m_conflicts; }
    QDockWidget *changesDock() const { return m_changesDock; }
    QDockWidget *conflictsDock() const { return m_conflictsDock; }
    // The overlay on the current canvas while comparing, else nullptr.
    canvas::CompareOverlay *currentOverlay() const;

public slots:
    void compareWithFile();
    void compareWithRevision();
    void compareWithGit();

private:
    void refresh();
    void markCanvas(canvas::CanvasView *canvas);
    void clearCanvases();
    Parts m_parts;
    std::optional<Model> m_other;
    QString m_label;
    Findings m_otherFindings;
    ModelDiff m_diff;
    RiskDelta m_risks;
    ChangesPanel *m_changes;
    ConflictsPanel *m_conflicts;
    QDockWidget *m_changesDock;
    QDockWidget *m_conflictsDock;
    QHash<canvas::CanvasView *, canvas::CompareOverlay *> m_overlays;
    QTimer m_refresh;  // edits while comparing: recompute once they pause
};

}  // namespace lintel
