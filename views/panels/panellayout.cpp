#include "views/panels/panellayout.h"

#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace lintel {

QToolButton *panelToolButton(QWidget *parent, const QString &text, const QString &toolTip)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAutoRaise(true);
    return button;
}

QWidget *scrollingPage(QWidget *content, const QMargins &margins)
{
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget;
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(margins);
    pageLayout->addWidget(content);
    scroll->setWidget(page);
    return scroll;
}

QLabel *addHintAndDetail(QStackedWidget *stack, const QString &hint, QWidget *detail)
{
    auto *label = new QLabel(hint, stack);
    label->setAlignment(Qt::AlignCenter);
    label->setForegroundRole(QPalette::PlaceholderText);
    stack->addWidget(label);
    stack->addWidget(detail);
    return label;
}

void layOutListAndDetail(QWidget *panel, QWidget *list, QWidget *detail, int listStretch, int detailStretch)
{
    auto *splitter = new QSplitter(Qt::Horizontal, panel);
    splitter->addWidget(list);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, listStretch);
    splitter->setStretchFactor(1, detailStretch);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);
}

}  // namespace lintel
