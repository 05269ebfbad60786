#pragma once
// The transition's phases on a time line: each phase's planned span as a
// light bar, what actually happened as a solid one (still running: up to
// today), today and the target date as vertical lines. A phase whose
// planned end has passed without an actual end is drawn in red, like the
// transition-phase-overdue finding says.
#include "model/types.h"

#include <QDate>
#include <QWidget>

namespace lintel {

class PhaseTimeline : public QWidget {
    Q_OBJECT
public:
    explicit PhaseTimeline(QWidget *parent = nullptr);

    void setTransition(const Transition &transition);
    void setToday(QDate today);
    QDate today() const { return m_today; }
    // The dates the axis spans (invalid when no phase has a date).
    QDate firstDate() const { return m_first; }
    QDate lastDate() const { return m_last; }
    // Phases drawn as overdue, by id: for tests and the panel's summary.
    QStringList overduePhases() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;  // tooltips per phase

private:
    void updateRange();
    double xOf(QDate date, const QRectF &area) const;
    QRectF chartArea() const;
    int phaseAt(const QPoint &pos) const;

    Transition m_transition;
    QDate m_today = QDate::currentDate();
    QDate m_first, m_last;
};

}  // namespace lintel
