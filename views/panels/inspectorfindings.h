#pragma once
// The findings of the object the inspector shows, in a strip of fixed height
// between the header and the fields: a title row ("3 findings", click to
// fold) and room for a few lines that scrolls when there are more. Its
// height depends only on whether the user folded it, never on how many
// findings there are, so the fields below do not jump as findings come and
// go while the architect types.
#include "model/rules/finding.h"
#include "model/types.h"

#include <QWidget>

class QLabel;
class QScrollArea;
class QToolButton;

namespace lintel {

class InspectorFindings : public QWidget {
    Q_OBJECT
public:
    explicit InspectorFindings(QWidget *parent = nullptr);

    // Findings of the shown object; suppressed ones are left out. With a
    // model, messages name objects by name (findingnames.h).
    void setFindings(const Findings &findings, const Model *names = nullptr);
    bool isExpanded() const;
    void setExpanded(bool expanded);
    QString titleText() const;
    QString listText() const;

private:
    QToolButton *m_toggle;
    QScrollArea *m_scroll;
    QLabel *m_list;
};

}  // namespace lintel
