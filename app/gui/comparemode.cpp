#include "app/gui/comparemode.h"

#include "app/gui/prompts.h"
#include "app/gui/viewtabs.h"
#include "model/compare/modelversion.h"
#include "model/compare/sections.h"
#include "model/document/document.h"
#include "model/index/lookup.h"
#include "model/rules/validator.h"
#include "model/storage/lintelfile.h"
#include "views/canvas/canvasview.h"
#include "views/canvas/compareoverlay.h"
#include "views/canvas/diagramscene.h"
#include "views/panels/changespanel.h"
#include "views/panels/conflictspanel.h"
#include "views/panels/findingsmodel.h"
#include "views/panels/problemspanel.h"
#include "views/validation/livevalidator.h"

#include <QDockWidget>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>

namespace lintel {

namespace {

QDockWidget *bottomDock(QMainWindow *window, const QString &title, const QString &name, QWidget *content)
{
    auto *dock = new QDockWidget(title, window);
    dock->setObjectName(name);
    dock->setWidget(content);
    window->addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->hide();
    return dock;
}

canvas::CompareMark markFor(ChangeStatus status)
{
    return status == ChangeStatus::Added ? canvas::CompareMark::Added : canvas::CompareMark::Changed;
}

}  // namespace

CompareMode::CompareMode(Parts parts, QObject *parent)
    : QObject(parent), m_parts(std::move(parts)), m_changes(new ChangesPanel),
      m_conflicts(new ConflictsPanel(m_parts.document)),
      m_changesDock(bottomDock(m_parts.window, tr("Changes"), QStringLiteral("changes"), m_changes)),
      m_conflictsDock(bottomDock(m_parts.window, tr("Conflicts"), QStringLiteral("conflicts"), m_conflicts))
{
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(250);
    connect(&m_refresh, &QTimer::timeout, this, &CompareMode::refresh);
    connect(m_parts.document, &Document::contentChanged, this, [this] {
        if (isActive())
            m_refresh.start();
    });
    connect(m_parts.validator, &LiveValidator::findingsChanged, this, [this] {
        if (isActive())
            m_refresh.start();
    });
    // Another model opened: what was compared no longer applies.
    connect(m_parts.document, &Document::modelReset, this, &CompareMode::leave);
    connect(m_parts.tabs, &QTabWidget::currentChanged, this, [this] {
        if (isActive())
            refresh();
    });
    connect(m_changes, &ChangesPanel::leaveRequested, this, &CompareMode::leave);
    connect(m_changes, &ChangesPanel::objectActivated, this, [this](const ObjectRef &ref) { m_parts.showObject(ref); });

    // A merged model with conflicts shows them as soon as it is open.
    auto showConflicts = [this](int count) {
        m_conflictsDock->setVisible(count > 0);
        if (count > 0)
            m_conflictsDock->raise();
    };
    connect(m_conflicts, &ConflictsPanel::countChanged, this, showConflicts);
    connect(m_conflicts, &ConflictsPanel::objectActivated, this, [this](const QString &section, const QString &id) {
        const SectionAccess *access = findSection(section);
        if (access && access->collection() && !id.isEmpty())
            m_parts.showObject({*access->collection(), id});
    });
    showConflicts(m_conflicts->conflictCount());
}

void CompareMode::populateMenu(QMenu *menu)
{
    menu->addAction(tr("Another &File…"), this, &CompareMode::compareWithFile);
    QAction *revision = menu->addAction(tr("&Revision of This File…"), this, &CompareMode::compareWithRevision);
    QAction *git = menu->addAction(tr("&Git Revision of This File…"), this, &CompareMode::compareWithGit);
    menu->addSeparator();
    QAction *leaveAction = menu->addAction(tr("&Leave Compare"), this, &CompareMode::leave);
    connect(menu, &QMenu::aboutToShow, this, [this, revision, git, leaveAction] {
        const QString file = m_parts.document->fileName();
        revision->setEnabled(file.endsWith(QStringLiteral(".lintel"), Qt::CaseInsensitive));
        git->setEnabled(!file.isEmpty());
        leaveAction->setEnabled(isActive());
    });
}

void CompareMode::compareWithFile()
{
    const QString path = m_parts.prompts()->openFileName(m_parts.window, tr("Compare With"),
                                                       tr("Lintel models (*.yaml *.yml *.lintel)"));
    if (!path.isEmpty())
        startWith(path);
}

void CompareMode::compareWithRevision()
{
    const QString file = m_parts.document->fileName();
    Diagnostic error;
    auto document = LintelFile::open(file, LintelFile::Access::ReadOnly, &error);
    const auto revisions = document ? document->revisions(&error) : std::nullopt;
    if (!revisions || revisions->empty()) {
        m_parts.prompts()->tell(m_parts.window, QMessageBox::Warning, tr("Compare With"),
                              revisions ? tr("This file has no saved revisions yet.") : error.toString());
        return;
    }
    const int last = revisions->back().number;
    const auto answer = m_parts.prompts()->text(m_parts.window, tr("Compare With Revision"),
                                              tr("Revision number (1 to %1):").arg(last), QString::number(std::max(1, last - 1)));
    if (answer)
        startWith(QStringLiteral("%1@%2").arg(file, answer->trimmed()));
}

void CompareMode::compareWithGit()
{
    const QFileInfo file(m_parts.document->fileName());
    const auto revision = m_parts.prompts()->text(m_parts.window, tr("Compare With Git Revision"),
                                                tr("Git revision (a branch, a tag, HEAD~1, a commit):"),
                                                QStringLiteral("HEAD"));
    if (revision && !revision->trimmed().isEmpty())
        startWith(revision->trimmed() + QStringLiteral(":./") + file.fileName(), file.absolutePath());
}

bool CompareMode::startWith(const QString &argument, const QString &gitDirectory)
{
    VersionLoad load = loadModelVersion(argument, gitDirectory);
    if (!load.model) {
        QStringList lines;
        for (const Diagnostic &d : load.problems)
            lines << d.toString();
        m_parts.prompts()->tell(m_parts.window, QMessageBox::Warning, tr("Compare With"),
                              tr("%1 could not be read, so nothing is compared.").arg(argument), lines.join(u'\n'));
        return false;
    }
    start(std::move(*load.model), argument);
    return true;
}

void CompareMode::start(Model other, const QString &label)
{
    m_otherFindings = validate(other);
    m_other = std::move(other);
    m_label = label;
    m_changesDock->show();
    m_changesDock->raise();
    refresh();
}

void CompareMode::leave()
{
    if (!isActive())
        return;
    m_refresh.stop();
    m_other.reset();
    m_diff = {};
    m_risks = {};
    clearCanvases();
    m_parts.problems->findingsModel()->setIntroduced({});
    m_changesDock->hide();
}

void CompareMode::refresh()
{
    if (!isActive())
        return;
    const Model &current = m_parts.document->model();
    m_diff = diffModels(*m_other, current);
    m_risks = riskDelta(*m_other, m_otherFindings, current, m_parts.validator->findings(), QDate::currentDate());
    m_changes->showDiff(m_label, m_diff, m_risks, *m_other, current);
    QSet<QString> introduced;
    for (const Finding &f : m_risks.introduced)
        introduced.insert(f.fingerprint);
    m_parts.problems->findingsModel()->setIntroduced(introduced, m_label);
    if (auto *canvas = m_parts.tabs->currentCanvas())
        markCanvas(canvas);
}

void CompareMode::markCanvas(canvas::CanvasView *canvas)
{
    canvas::CompareOverlay *&overlay = m_overlays[canvas];
    if (!overlay) {
        overlay = new canvas::CompareOverlay(canvas->diagramScene());
        canvas->diagramScene()->addItem(overlay);
        // A canvas rebuilt or closed takes its overlay with it.
        connect(canvas, &QObject::destroyed, this, [this, canvas] { m_overlays.remove(canvas); });
    }
    QHash<QString, canvas::CompareMark> elements, flows, zones;
    QList<canvas::CompareGhost> ghosts;
    const QString viewId = canvas->diagramScene()->viewId();
    const View *oldView = findObject<View>(*m_other, viewId);
    for (const ObjectChange &change : m_diff.changes) {
        if (!change.collection)
            continue;
        const Collection c = *change.collection;
        if (change.status == ChangeStatus::Removed) {
            const Element *gone = c == Collection::Elements ? findObject<Element>(*m_other, change.id) : nullptr;
            const Position *at = gone && oldView ? findIn(oldView->positions, change.id) : nullptr;
            if (at)
                ghosts.push_back({change.id, gone->name.isEmpty() ? gone->id : gone->name, QPointF(at->x, at->y)});
            continue;
        }
        if (change.status == ChangeStatus::Changed && change.contentChanges() == 0)
            continue;  // only moved: the Changes panel says so
        QHash<QString, canvas::CompareMark> *marks = c == Collection::Elements ? &elements
                                                     : c == Collection::Flows  ? &flows
                                                     : c == Collection::Zones  ? &zones
                                                                               : nullptr;
        if (marks)
            marks->insert(change.id, markFor(change.status));
    }
    overlay->setMarks(elements, flows, zones, ghosts);
}

void CompareMode::clearCanvases()
{
    for (auto it = m_overlays.begin(); it != m_overlays.end(); ++it) {
        it.key()->diagramScene()->removeItem(it.value());
        delete it.value();
    }
    m_overlays.clear();
}

canvas::CompareOverlay *CompareMode::currentOverlay() const
{
    return m_overlays.value(m_parts.tabs->currentCanvas(), nullptr);
}

}  // namespace lintel
