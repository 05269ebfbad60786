#include "views/canvas/stageoverlay.h"

#include "model/document/document.h"
#include "views/canvas/canvasconstants.h"
#include "views/canvas/canvasitem.h"
#include "views/canvas/diagramscene.h"
#include "model/transition/membership.h"

#include <QGridLayout>
#include <QLabel>
#include <QPainter>

namespace lintel::canvas {

namespace {

// Above the elements, below the compare marks and the rubber band; it
// takes no clicks.
constexpr double kStageZ = kOverlayZ - 2;
constexpr double kRing = 5;

}  // namespace

QColor stageColour(std::optional<int> stage)
{
    switch (stage.value_or(0)) {
    case 1: return QColor(0xd8, 0x43, 0x15);  // still the outgoing team's
    case 2: return QColor(0xf9, 0xa8, 0x25);  // shared
    case 3: return QColor(0x1e, 0x88, 0xe5);  // the incoming team leads
    case 4: return QColor(0x2e, 0x7d, 0x32);  // the incoming team's alone
    default: return QColor(0x75, 0x75, 0x75);
    }
}

QString stageLabel(std::optional<int> stage)
{
    switch (stage.value_or(0)) {
    case 1: return QStringLiteral("1 · outgoing team leads");
    case 2: return QStringLiteral("2 · shared");
    case 3: return QStringLiteral("3 · incoming team leads");
    case 4: return QStringLiteral("4 · incoming team owns");
    default: return QStringLiteral("no stage yet");
    }
}

StageOverlay::StageOverlay(DiagramScene *scene, const Document *document) : m_scene(scene), m_document(document)
{
    setZValue(kStageZ);
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
    setFlag(ItemIsSelectable, false);
}

std::optional<std::optional<int>> StageOverlay::stageShownFor(const QString &elementId) const
{
    const Model &m = m_document->model();
    for (const Element &e : m.elements)
        if (e.id == elementId && isInTransition(m, e) && m_scene->itemFor({Collection::Elements, e.id}))
            return e.handover.stage;
    return std::nullopt;
}

int StageOverlay::markedCount() const
{
    const Model &m = m_document->model();
    int count = 0;
    for (const Element &e : m.elements)
        if (isInTransition(m, e) && m_scene->itemFor({Collection::Elements, e.id}))
            ++count;
    return count;
}

QRectF StageOverlay::boundingRect() const { return m_scene->contentRect().adjusted(-40, -40, 40, 40); }

void StageOverlay::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const Model &m = m_document->model();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont font = painter->font();
    font.setPixelSize(13);  // scene units, beside element names of 15
    font.setBold(true);
    painter->setFont(font);
    for (const Element &e : m.elements) {
        if (!isInTransition(m, e))
            continue;
        const CanvasItem *item = m_scene->itemFor({Collection::Elements, e.id});
        if (!item)
            continue;
        const QColor colour = stageColour(e.handover.stage);
        const QRectF ring = item->selectionExtent().adjusted(-kRing, -kRing, kRing, kRing);
        QColor tint = colour;
        tint.setAlpha(45);
        painter->setBrush(tint);
        painter->setPen(QPen(colour, 4, e.handover.stage ? Qt::SolidLine : Qt::DashLine));
        painter->drawRoundedRect(ring, 8, 8);
        // The stage number in a badge on the top right corner.
        const QRectF badge(ring.right() - 20, ring.top() - 12, 32, 22);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawRoundedRect(badge, 11, 11);
        painter->setPen(Qt::white);
        painter->drawText(badge, Qt::AlignCenter,
                          e.handover.stage ? QStringLiteral("S%1").arg(*e.handover.stage) : QStringLiteral("?"));
    }
    painter->restore();
}

StageLegend::StageLegend(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("stageLegend"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(8, 6, 8, 6);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(2);
    auto *title = new QLabel(tr("<b>Ownership stage</b>"), this);
    grid->addWidget(title, 0, 0, 1, 2);
    const std::optional<int> stages[] = {1, 2, 3, 4, std::nullopt};
    int row = 1;
    for (const std::optional<int> &stage : stages) {
        auto *swatch = new QLabel(this);
        swatch->setFixedSize(14, 14);
        swatch->setStyleSheet(QStringLiteral("background:%1; border-radius:3px;").arg(stageColour(stage).name()));
        grid->addWidget(swatch, row, 0);
        grid->addWidget(new QLabel(stageLabel(stage), this), row, 1);
        ++row;
    }
    adjustSize();
}

}  // namespace lintel::canvas
