#pragma once
// The layout the collection panels (API contracts, decisions, questions)
// share: the object list on the left, on the right a stack showing either a
// hint (nothing selected) or the selected object's editor.
#include <QString>

class QLabel;
class QMargins;
class QStackedWidget;
class QToolButton;
class QWidget;

namespace lintel {

// A flat tool button for the list's toolbar.
QToolButton *panelToolButton(QWidget *parent, const QString &text, const QString &toolTip);

// `content` in a frameless scroll area, with `margins` around it.
QWidget *scrollingPage(QWidget *content, const QMargins &margins);

// Page 0 of `stack`: a centred, greyed `hint` (returned); page 1: `detail`.
QLabel *addHintAndDetail(QStackedWidget *stack, const QString &hint, QWidget *detail);

// Puts `list` and `detail` side by side in a splitter filling `panel`,
// sharing the width in the ratio listStretch : detailStretch.
void layOutListAndDetail(QWidget *panel, QWidget *list, QWidget *detail, int listStretch, int detailStretch);

}  // namespace lintel
