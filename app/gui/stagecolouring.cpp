#include "app/gui/stagecolouring.h"

#include "app/gui/viewtabs.h"
#include "model/document/document.h"
#include "views/canvas/canvasview.h"
#include "views/canvas/diagramscene.h"
#include "views/canvas/stageoverlay.h"

#include <QAction>
#include <QEvent>

namespace lintel {

StageColouring::StageColouring(Document *document, ViewTabs *tabs, QObject *parent)
    : QObject(parent), m_document(document), m_tabs(tabs), m_action(new QAction(tr("Colour by Ownership &Stage"), this))
{
    m_action->setObjectName(QStringLiteral("actionStageColouring"));
    m_action->setCheckable(true);
    m_action->setToolTip(tr("Colour the elements changing hands by their ownership stage"));
    connect(m_action, &QAction::toggled, this, [this](bool on) { on ? apply() : remove(); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (isOn())
            apply();
    });
    connect(m_document, &Document::contentChanged, this, [this] {
        if (m_overlay)
            m_overlay->update();
    });
    connect(m_document, &Document::modelReset, this, [this] {
        if (isOn())
            apply();  // the canvases were rebuilt
    });
}

bool StageColouring::isOn() const { return m_action->isChecked(); }

void StageColouring::remove()
{
    if (m_canvas && m_overlay) {
        m_canvas->diagramScene()->removeItem(m_overlay);
        m_canvas->viewport()->removeEventFilter(this);
    }
    delete m_overlay;
    m_overlay = nullptr;
    delete m_legend;
    m_canvas = nullptr;
}

void StageColouring::apply()
{
    remove();
    m_canvas = m_tabs->currentCanvas();
    if (!m_canvas)
        return;
    m_overlay = new canvas::StageOverlay(m_canvas->diagramScene(), m_document);
    m_canvas->diagramScene()->addItem(m_overlay);
    // The scene owns the item from here; a rebuilt canvas deletes it.
    connect(m_canvas, &QObject::destroyed, this, [this] {
        m_overlay = nullptr;
        m_canvas = nullptr;
    });
    m_legend = new canvas::StageLegend(m_canvas->viewport());
    m_legend->show();
    m_canvas->viewport()->installEventFilter(this);
    placeLegend();
}

void StageColouring::placeLegend()
{
    if (!m_legend || !m_canvas)
        return;
    const int margin = 10;
    m_legend->move(margin, m_canvas->viewport()->height() - m_legend->height() - margin);
}

bool StageColouring::eventFilter(QObject *watched, QEvent *event)
{
    if (m_canvas && watched == m_canvas->viewport() && event->type() == QEvent::Resize)
        placeLegend();
    return QObject::eventFilter(watched, event);
}

}  // namespace lintel
