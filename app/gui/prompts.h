#pragma once
// Every question the editor window asks the user goes through this one
// interface: message boxes, file choosers, a line of text, and running a
// dialog. The real implementation shows Qt's dialogs; tests install their own
// (see tests/gui/tst_mainwindow_prompts.h) so no modal loop ever blocks them,
// and they can check which questions were asked.
#include <QMessageBox>
#include <QString>
#include <optional>

class QDialog;
class QWidget;

namespace lintel {

class Prompts {
public:
    virtual ~Prompts() = default;

    // A question with the given buttons; returns the one chosen.
    virtual QMessageBox::StandardButton ask(QWidget *parent, const QString &title, const QString &text,
                                            QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
    // Information, a warning or an error the user must see (never silent).
    // `details` goes into the expandable part when not empty.
    virtual void tell(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                      const QString &details = {});
    // Empty when cancelled.
    virtual QString openFileName(QWidget *parent, const QString &title, const QString &filter);
    virtual QString saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                                 const QString &filter);
    // nullopt when cancelled.
    virtual std::optional<QString> text(QWidget *parent, const QString &title, const QString &label,
                                        const QString &initial = {});
    // Runs a dialog to its end; returns its QDialog::DialogCode.
    virtual int run(QDialog &dialog);

    // The one shared instance that shows real dialogs.
    static Prompts *interactive();
};

}  // namespace lintel
