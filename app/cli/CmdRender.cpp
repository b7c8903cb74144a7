// render: a diagram of a model as PNG or SVG, headless (offscreen platform).

#include "app/cli/CliCommand.h"
#include "app/cli/Commands.h"
#include "app/cli/OpenModel.h"
#include "model/ModelFile.h"
#include "views/diagram/DiagramExport.h"
#include "views/diagram/DiagramScene.h"
#include "views/document/Document.h"

#include <QApplication>

#include <cstdio>

namespace vigil::cli {

namespace {

bool endsWith(const std::string &text, std::string_view suffix)
{
    return text.size() >= suffix.size()
           && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

} // namespace

int runRender(const std::vector<std::string> &args)
{
    constexpr std::string_view synopsis = "render IN [--diagram ID] -o OUT.png|OUT.svg";
    Arguments arguments(args, {"-o", "--output", "--diagram"});
    arguments.expectPositional(1, 1, synopsis);
    const std::string out = arguments.value("-o", arguments.value("--output"));
    if (out.empty())
        throw UsageError("missing -o OUT.png|OUT.svg; usage: vigil-cli " + std::string(synopsis));
    if (!endsWith(out, ".png") && !endsWith(out, ".svg"))
        throw UsageError(out + ": unsupported image type; use .png or .svg");

    OpenedModel opened = openModelForCommand(arguments.positional()[0], "render");
    const std::vector<const Diagram *> diagrams = opened.model.diagrams();
    if (diagrams.empty())
        throw UsageError(arguments.positional()[0] + ": the model has no diagram to render");
    Id diagramId = diagrams.front()->id; // the first by order
    std::string title = diagrams.front()->name;
    if (arguments.has("--diagram")) {
        diagramId = arguments.value("--diagram");
        const Diagram *chosen = opened.model.diagram(diagramId);
        if (!chosen) {
            std::string available;
            for (const Diagram *diagram : diagrams)
                available += (available.empty() ? "" : ", ") + diagram->id;
            throw UsageError(arguments.positional()[0] + ": no diagram with id \"" + diagramId
                             + "\"; available: " + available);
        }
        title = chosen->name;
    }

    // Scenes and fonts need a GUI application; render without a display. The offscreen
    // platform's complaint about XDG_RUNTIME_DIR says nothing about the image: keep stderr for
    // the one-line error the CLI contract promises.
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
    QApplication application(argc, argv);

    Document document;
    document.setUntitledModel(std::move(opened.model), QString::fromStdString(title));
    DiagramScene scene(&document, diagramId);
    // Rendered in memory, then written atomically: a full disk fails the command naming the
    // file and leaves no partial image behind.
    const QByteArray image =
        renderDiagramFile(scene, QString::fromStdString(out), QString::fromStdString(title));
    writeFileAtomically(out, std::string_view(image.constData(),
                                              static_cast<size_t>(image.size())));
    return kExitOk;
}

} // namespace vigil::cli
