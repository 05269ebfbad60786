#pragma once
// Scripted answers for the editor window's questions, so tests never sit in
// a modal loop. Every question and message is logged; a question without a
// scripted answer is logged as unexpected and answered Cancel.
#include "app/gui/prompts.h"

#include <QDialog>
#include <QStringList>
#include <functional>

namespace lintel::testing {

class ScriptedPrompts : public Prompts {
public:
    QList<QMessageBox::StandardButton> answers;  // for ask(), in order
    QStringList fileNames;                        // for open/saveFileName(), in order
    QStringList texts;                            // for text(), in order
    std::function<int(QDialog &)> onDialog;       // for run()
    QStringList asked;                            // titles of ask() calls
    QStringList told;                             // "title: text" of tell() calls
    QStringList toldDetails;
    QStringList unexpected;

    QMessageBox::StandardButton ask(QWidget *, const QString &title, const QString &,
                                    QMessageBox::StandardButtons, QMessageBox::StandardButton) override
    {
        asked << title;
        if (answers.isEmpty()) {
            unexpected << QStringLiteral("ask: ") + title;
            return QMessageBox::Cancel;
        }
        return answers.takeFirst();
    }
    void tell(QWidget *, QMessageBox::Icon, const QString &title, const QString &text,
              const QString &details) override
    {
        told << title + QStringLiteral(": ") + text;
        toldDetails << details;
    }
    QString openFileName(QWidget *, const QString &title, const QString &) override { return nextFile(title); }
    QString saveFileName(QWidget *, const QString &title, const QString &, const QString &) override
    {
        return nextFile(title);
    }
    std::optional<QString> text(QWidget *, const QString &title, const QString &, const QString &) override
    {
        if (texts.isEmpty()) {
            unexpected << QStringLiteral("text: ") + title;
            return std::nullopt;
        }
        return texts.takeFirst();
    }
    int run(QDialog &dialog) override
    {
        if (!onDialog) {
            unexpected << QStringLiteral("dialog: ") + dialog.windowTitle();
            return QDialog::Rejected;
        }
        return onDialog(dialog);
    }

private:
    QString nextFile(const QString &title)
    {
        if (fileNames.isEmpty()) {
            unexpected << QStringLiteral("file: ") + title;
            return {};
        }
        return fileNames.takeFirst();
    }
};

}  // namespace lintel::testing
