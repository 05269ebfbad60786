#pragma once
// Presentation mode (F5): the diagram on a shared screen. Full screen, the
// docks, toolbar, menu bar and status bar hidden, names drawn larger; Page
// Down and Page Up step through the zones and then the open findings one
// by one, selecting and centring each, with a caption saying where you are.
// Esc or F5 leaves and puts the window, its docks and the zoom back as
// they were.
#include "model/document/collections.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QTransform>

class QAction;
class QLabel;
class QMainWindow;

namespace lintel {

class Document;
class LiveValidator;
class SelectionModel;
class ViewTabs;

class PresentationMode : public QObject {
    Q_OBJECT
public:
    PresentationMode(QMainWindow *window, Document *document, ViewTabs *tabs, SelectionModel *selection,
                     LiveValidator *validator);

    // F5: checkable, for the View menu. It also belongs to the window, so
    // it works while the menu bar is hidden.
    QAction *toggleAction() const { return m_toggle; }
    bool isActive() const { return m_active; }

    // One step of Page Down: what it selects and what the caption says.
    struct Stop {
        ObjectRef ref;
        QString caption;
    };
    // The zones shown on the current canvas, in model order, then the open
    // findings, most severe first.
    QList<Stop> stops() const;
    int currentStop() const { return m_current; }  // -1: none yet
    QString caption() const;

public slots:
    void setActive(bool on);
    void next();
    void previous();

signals:
    void activeChanged(bool active);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;  // keeps the caption placed

private:
    void enter();
    void leave();
    void showStop(int index);
    void placeCaption();
    void setLabelPixels(double pixels);

    QMainWindow *m_window;
    Document *m_document;
    ViewTabs *m_tabs;
    SelectionModel *m_selection;
    LiveValidator *m_validator;
    QAction *m_toggle;
    QAction *m_next;
    QAction *m_previous;
    QLabel *m_caption;
    QList<QAction *> m_lentShortcuts;  // menu actions the window holds while presenting
    bool m_active = false;
    int m_current = -1;
    // The window as it was before, restored on leaving.
    struct {
        QByteArray docks;
        Qt::WindowStates states;
        QRect geometry;
        bool menuBar = true;
        bool statusBar = true;
        QTransform zoom;
        QPointF centre;
    } m_before;
};

}  // namespace lintel
