// lintel: the desktop editor.
//   lintel [MODEL]                       open a .lintel or .yaml model
//   lintel --screenshot OUT.png [MODEL]  render the window to a PNG and quit
#include "app/gui/mainwindow.h"
#include "app/gui/windowplacement.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Lintel"));
    QApplication::setApplicationName(QStringLiteral("Lintel"));
    QApplication::setApplicationVersion(QStringLiteral(LINTEL_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Architecture modeller for systems built with vendors."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QStringLiteral("Render the window to PNG FILE once shown, then quit."),
                                  QStringLiteral("FILE"));
    parser.addOption(screenshot);
    parser.addPositionalArgument(QStringLiteral("model"), QStringLiteral("A .lintel or .yaml model to open."));
    parser.process(app);

    lintel::MainWindow window;
    lintel::placeMainWindow(window);
    window.show();
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        window.openFile(files.first());
    if (parser.isSet(screenshot)) {
        const QString out = parser.value(screenshot);
        QTimer::singleShot(1500, &window, [&window, out] {
            window.grab().save(out);
            QApplication::quit();
        });
    } else {
        QTimer::singleShot(0, &window, &lintel::MainWindow::offerRecovery);
    }
    return app.exec();
}
