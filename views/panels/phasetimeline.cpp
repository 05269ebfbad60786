#include "views/panels/phasetimeline.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>

namespace lintel {

namespace {

constexpr int kRowHeight = 22;
constexpr int kAxisHeight = 20;
constexpr int kNameWidth = 190;
constexpr int kMargin = 6;

QDate dateOf(const QString &text) { return QDate::fromString(text, Qt::ISODate); }

bool isOverdue(const TransitionPhase &p, QDate today)
{
    const QDate end = dateOf(p.plannedEnd);
    return end.isValid() && end < today && !dateOf(p.actualEnd).isValid();
}

QString span(const QString &from, const QString &to)
{
    if (from.isEmpty() && to.isEmpty())
        return QStringLiteral("not set");
    return QStringLiteral("%1 → %2").arg(from.isEmpty() ? QStringLiteral("?") : from,
                                         to.isEmpty() ? QStringLiteral("…") : to);
}

}  // namespace

PhaseTimeline::PhaseTimeline(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMouseTracking(true);
}

void PhaseTimeline::setTransition(const Transition &transition)
{
    m_transition = transition;
    updateRange();
    updateGeometry();
    update();
}

void PhaseTimeline::setToday(QDate today)
{
    m_today = today;
    updateRange();
    update();
}

QStringList PhaseTimeline::overduePhases() const
{
    QStringList ids;
    for (const TransitionPhase &p : m_transition.phases)
        if (isOverdue(p, m_today))
            ids << p.id;
    return ids;
}

void PhaseTimeline::updateRange()
{
    m_first = m_last = QDate();
    auto take = [this](const QString &text) {
        const QDate d = dateOf(text);
        if (!d.isValid())
            return;
        m_first = m_first.isValid() ? std::min(m_first, d) : d;
        m_last = m_last.isValid() ? std::max(m_last, d) : d;
    };
    for (const TransitionPhase &p : m_transition.phases)
        for (const QString *d : {&p.plannedStart, &p.plannedEnd, &p.actualStart, &p.actualEnd})
            take(*d);
    take(m_transition.targetDate);
    if (!m_first.isValid())
        return;
    // Today is always on the axis, so "where are we" is never off the chart.
    m_first = std::min(m_first, m_today);
    m_last = std::max(m_last, m_today);
    // Whole months: the ticks then fall on the axis' ends.
    m_first = QDate(m_first.year(), m_first.month(), 1);
    m_last = QDate(m_last.year(), m_last.month(), 1).addMonths(1);
}

QSize PhaseTimeline::sizeHint() const
{
    const int rows = std::max<int>(1, int(m_transition.phases.size()));
    return {kNameWidth + 400, kAxisHeight + rows * kRowHeight + 2 * kMargin};
}

QSize PhaseTimeline::minimumSizeHint() const { return {kNameWidth + 160, sizeHint().height()}; }

QRectF PhaseTimeline::chartArea() const
{
    return QRectF(kNameWidth, kMargin, std::max(40, width() - kNameWidth - kMargin),
                  height() - 2 * kMargin - kAxisHeight);
}

double PhaseTimeline::xOf(QDate date, const QRectF &area) const
{
    const double days = std::max<qint64>(1, m_first.daysTo(m_last));
    return area.left() + area.width() * double(m_first.daysTo(date)) / days;
}

int PhaseTimeline::phaseAt(const QPoint &pos) const
{
    const int row = (pos.y() - kMargin) / kRowHeight;
    return pos.y() >= kMargin && row < int(m_transition.phases.size()) ? row : -1;
}

bool PhaseTimeline::event(QEvent *e)
{
    if (e->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(e);
        const int row = phaseAt(help->pos());
        if (row < 0) {
            QToolTip::hideText();
            return true;
        }
        const TransitionPhase &p = m_transition.phases[std::size_t(row)];
        QString text = QStringLiteral("<b>%1</b><br>planned: %2<br>actual: %3")
                           .arg(p.name.toHtmlEscaped(), span(p.plannedStart, p.plannedEnd),
                                span(p.actualStart, p.actualEnd));
        if (isOverdue(p, m_today))
            text += QStringLiteral("<br><span style='color:#c62828'>overdue: planned to end %1</span>")
                        .arg(p.plannedEnd);
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(e);
}

void PhaseTimeline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.base());
    if (m_transition.phases.empty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No phases planned"));
        return;
    }
    const QRectF area = chartArea();
    const QFontMetrics fm(font());

    // Month ticks and labels along the bottom.
    if (m_first.isValid()) {
        painter.setPen(pal.color(QPalette::Mid));
        const double axisY = area.bottom() + 2;
        for (QDate month = m_first; month <= m_last; month = month.addMonths(1)) {
            const double x = xOf(month, area);
            painter.drawLine(QPointF(x, area.top()), QPointF(x, axisY + 4));
            if (month < m_last)
                painter.drawText(QRectF(x + 3, axisY, 80, kAxisHeight), Qt::AlignLeft | Qt::AlignVCenter,
                                 QLocale().toString(month, QStringLiteral("MMM yy")));
        }
    }

    const QColor planned(0x90, 0xa4, 0xae), actual(0x15, 0x65, 0xc0), late(0xc6, 0x28, 0x28);
    for (std::size_t row = 0; row < m_transition.phases.size(); ++row) {
        const TransitionPhase &p = m_transition.phases[row];
        const double top = kMargin + double(row) * kRowHeight;
        const bool overdue = isOverdue(p, m_today);
        painter.setPen(overdue ? late : pal.color(QPalette::Text));
        painter.drawText(QRectF(kMargin, top, kNameWidth - 2 * kMargin, kRowHeight), Qt::AlignVCenter,
                         fm.elidedText(p.name.isEmpty() ? p.id : p.name, Qt::ElideRight, kNameWidth - 2 * kMargin));
        if (!m_first.isValid())
            continue;
        const QDate ps = dateOf(p.plannedStart), pe = dateOf(p.plannedEnd);
        if (ps.isValid() && pe.isValid()) {
            QColor fill = planned;
            fill.setAlpha(70);
            painter.setBrush(fill);
            painter.setPen(QPen(overdue ? late : planned, overdue ? 2 : 1));
            painter.drawRoundedRect(QRectF(QPointF(xOf(ps, area), top + 3), QPointF(xOf(pe.addDays(1), area), top + kRowHeight - 3)), 3, 3);
        }
        const QDate as = dateOf(p.actualStart);
        if (as.isValid()) {
            const QDate ae = dateOf(p.actualEnd);
            const QDate end = ae.isValid() ? ae.addDays(1) : std::max(as, m_today);
            painter.setPen(Qt::NoPen);
            painter.setBrush(ae.isValid() ? actual : QColor(actual.red(), actual.green(), actual.blue(), 150));
            painter.drawRoundedRect(QRectF(QPointF(xOf(as, area), top + 7), QPointF(xOf(end, area), top + kRowHeight - 7)), 2, 2);
        }
    }

    auto marker = [&](QDate date, const QColor &colour, Qt::PenStyle style, const QString &label) {
        if (!date.isValid() || !m_first.isValid())
            return;
        const double x = xOf(date, area);
        painter.setPen(QPen(colour, 2, style));
        painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
        painter.drawText(QRectF(x + 3, area.bottom() - fm.height(), 120, fm.height()), Qt::AlignLeft, label);
    };
    marker(dateOf(m_transition.targetDate), QColor(0x6a, 0x1b, 0x9a), Qt::DashLine, tr("target"));
    marker(m_today, late, Qt::SolidLine, tr("today"));
}

}  // namespace lintel
