// vigil: the desktop application. `vigil [FILE]` opens FILE; see MainWindow::openInitial.

#include "app/MainWindow.h"
#include "app/Preferences.h"
#include "views/panels/ShownThreatText.h"

#include <QApplication>
#include <QCommandLineParser>

#ifndef VIGIL_VERSION
#define VIGIL_VERSION "0.0.0"
#endif

int main(int argc, char **argv)
{
    QApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Vigil"));
    QCoreApplication::setApplicationName(QStringLiteral("Vigil"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VIGIL_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Vigil"));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/vigil.svg")));

    // Vigil's own strings (embedded .qm files) and Qt's standard dialogs, in the language of
    // Edit > Preferences (by default the system's).
    // Threats read in that language too, where the rule packs translate them.
    vigil::setThreatTextLanguage(vigil::installTranslators().toStdString());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Threat modeling for medical devices"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QCoreApplication::translate("main", "A .vigil document or vigil-model JSON file to open."),
        QStringLiteral("[FILE]"));
    parser.process(application);

    vigil::MainWindow window;
    window.show();
    const QStringList files = parser.positionalArguments();
    window.openInitial(files.isEmpty() ? QString() : files.first());
    return QApplication::exec();
}
