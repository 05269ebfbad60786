#pragma once
// The problems panel: the live findings of the rule engine. Toggle buttons
// per severity show the counts and filter; accepted (suppressed) findings
// are hidden unless asked for, then greyed. Selecting a finding selects its
// targets everywhere and asks the window to centre the canvas on the first;
// "Accept Risk…" records an AcceptedRisk, "Explain" shows why the rule
// exists and how to fix what it found.
#include "model/document/collections.h"
#include "model/rules/finding.h"

#include <QWidget>
#include <functional>

class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTextBrowser;
class QToolButton;

namespace lintel {

class AcceptRiskDialog;
class Document;
class FindingsFilter;
class FindingsModel;
class LiveValidator;
class SelectionModel;
struct RuleInfo;

class ProblemsPanel : public QWidget {
    Q_OBJECT
public:
    ProblemsPanel(Document *document, SelectionModel *selection, LiveValidator *validator,
                  QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    FindingsModel *findingsModel() const { return m_model; }
    // Rules the catalogue does not know (those of rule packs), for Explain.
    void setExtraRules(std::function<const RuleInfo *(const QString &)> lookup) { m_extraRules = std::move(lookup); }
    FindingsFilter *filter() const { return m_filter; }
    QTextBrowser *explanation() const { return m_explanation; }
    const Finding *currentFinding() const;
    // "2 errors · 5 warnings · 1 info · 3 accepted"
    QString countsText() const;
    // The dialog opened by acceptRiskForCurrent(), while it is open.
    AcceptRiskDialog *openDialog() const;

public slots:
    // Opens the dialog without blocking (window-modal); on OK the accepted
    // risk is added as one undoable command.
    void acceptRiskForCurrent();
    // Asks who accepts `finding`, why and until when (a dialog), then
    // records the accepted risk as one undo step.
    void acceptRisk(const lintel::Finding &finding);
    void revokeAcceptanceForCurrent();
    void setExplanationVisible(bool visible);
    void setFilterText(const QString &text);
    void setSeverityShown(lintel::Severity severity, bool shown);
    void setShowSuppressed(bool show);

signals:
    void findingActivated(const lintel::ObjectRef &ref);

private:
    QWidget *buildToolbar();
    void setFindings(const Findings &findings);
    void currentChanged();
    void activate(bool selectTargets);
    void updateCounts();
    void updateActions();
    void updateExplanation();
    void updateEmptyState();
    void showContextMenu(const QPoint &pos);

    Document *m_document;
    SelectionModel *m_selection;
    LiveValidator *m_validator;
    std::function<const RuleInfo *(const QString &)> m_extraRules;
    FindingsModel *m_model;
    FindingsFilter *m_filter;
    QTableView *m_view;
    QStackedWidget *m_stack;
    QLabel *m_empty, *m_latency;
    QTextBrowser *m_explanation;
    QLineEdit *m_search;
    QToolButton *m_severityButtons[3];
    QToolButton *m_suppressedButton, *m_acceptButton, *m_explainButton;
    bool m_restoring = false;
};

}  // namespace lintel
