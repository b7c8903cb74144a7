#pragma once

// Commands that draw (render, report) need a QApplication for scenes, fonts and text layout;
// they run without a display on the offscreen platform. Qt's complaints that say nothing about
// the output (XDG_RUNTIME_DIR) stay off stderr, which keeps the one-line error the CLI promises.

#include <QApplication>

#include <cstdio>
#include <memory>

namespace vigil::cli {

inline std::unique_ptr<QApplication> startHeadlessApplication()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &text) {
        if (type != QtDebugMsg && type != QtInfoMsg
            && !text.startsWith(QLatin1String("QStandardPaths:")))
            std::fputs(qPrintable(text + QLatin1Char('\n')), stderr);
    });
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "vigil-cli";
    static char *argv[] = {name, nullptr};
    return std::make_unique<QApplication>(argc, argv);
}

} // namespace vigil::cli
