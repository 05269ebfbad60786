#pragma once
// The Transition panel: the plan's phases on a time line with today marked,
// and a table of the elements changing hands with their ownership stage,
// knowledge transfer and definition of done, editable in place and
// filterable by team. A model without a transition offers to plan one from
// the usual five phases.
#include "model/document/collections.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace lintel {

class Document;
class PhaseTimeline;
class SelectionModel;
class TransitionTableModel;

class TransitionPanel : public QWidget {
    Q_OBJECT
public:
    TransitionPanel(Document *document, SelectionModel *selection, QWidget *parent = nullptr);

    PhaseTimeline *timeline() const { return m_timeline; }
    QTableView *table() const { return m_table; }
    TransitionTableModel *tableModel() const { return m_model; }
    QComboBox *teamFilter() const { return m_teamFilter; }
    QPushButton *planButton() const { return m_plan; }
    // The button that switches the diagram's stage colouring; the window
    // gives it its View menu action so both stay in step.
    QToolButton *overlayButton() const { return m_overlayButton; }
    QString summaryText() const;

    // For tests: the date edits and "today" on the time line are judged by.
    void setToday(QDate today);

public slots:
    // Plans a transition from the template: the first vendor team hands
    // over to the first in-house team, starting today. One undo step.
    void planTransition();

signals:
    void activated(const lintel::ObjectRef &ref);

private:
    void refresh();
    void refreshTeams();

    Document *m_document;
    SelectionModel *m_selection;
    QStackedWidget *m_stack;
    QLabel *m_header;
    QLabel *m_counts;
    PhaseTimeline *m_timeline;
    QComboBox *m_teamFilter;
    QToolButton *m_overlayButton;
    QTableView *m_table;
    TransitionTableModel *m_model;
    QPushButton *m_plan;
    QDate m_today = QDate::currentDate();
};

}  // namespace lintel
