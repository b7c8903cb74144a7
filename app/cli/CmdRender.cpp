// render: a diagram of a model as PNG, SVG or PDF, headless (offscreen platform), fit for a
// document: no threat-count badges unless asked, an optional legend and title block, a scale
// or resolution, and landscape paper with readable text (split into sheets when it must be).

#include "app/cli/CliCommand.h"
#include "app/cli/Commands.h"
#include "app/cli/HeadlessApp.h"
#include "app/cli/OpenModel.h"
#include "model/ModelFile.h"
#include "views/diagram/DiagramExport.h"
#include "views/diagram/DiagramScene.h"
#include "views/diagram/ThreatBadges.h"
#include "views/document/Document.h"

#include <QApplication>
#include <QDate>
#include <QTimeZone>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iostream>

namespace vigil::cli {

namespace {

constexpr std::string_view kSynopsis =
    "render IN [--diagram ID] [--fit a4|letter] [--legend] [--title] [--badges] "
    "[--revision TEXT] [--date YYYY-MM-DD] [--dpi N] [--scale F] -o OUT.png|OUT.svg|OUT.pdf";

bool endsWith(const std::string &text, std::string_view suffix)
{
    if (text.size() < suffix.size())
        return false;
    for (size_t i = 0; i < suffix.size(); ++i) {
        const char c = text[text.size() - suffix.size() + i];
        if (std::tolower(static_cast<unsigned char>(c)) != suffix[i])
            return false;
    }
    return true;
}

// A whole number in [low, high], or a UsageError naming the option.
int intOption(const std::string &option, const std::string &text, int low, int high)
{
    int value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value < low || value > high)
        throw UsageError(option + " " + text + ": expected a whole number from "
                         + std::to_string(low) + " to " + std::to_string(high));
    return value;
}

// A number in [low, high], or a UsageError naming the option.
double scaleOption(const std::string &text)
{
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value)
        || value < 0.05 || value > 20)
        throw UsageError("--scale " + text + ": expected a factor from 0.05 to 20 (1 = 100%)");
    return value;
}

// The title block's date and the PDF's creation date: --date, else SOURCE_DATE_EPOCH (the
// reproducible-builds convention), else today (UTC).
QDateTime documentDate(const Arguments &arguments)
{
    if (arguments.has("--date")) {
        const std::string text = arguments.value("--date");
        const QDate date = QDate::fromString(QString::fromStdString(text), Qt::ISODate);
        if (text.size() != 10 || !date.isValid())
            throw UsageError("--date " + text + ": expected a date as YYYY-MM-DD");
        return QDateTime(date, QTime(0, 0), QTimeZone::utc());
    }
    if (const char *epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) {
        const std::string text = epoch;
        long long seconds = 0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), seconds);
        if (error != std::errc() || end != text.data() + text.size() || seconds < 0
            || seconds > 253402300799) // 9999-12-31
            throw UsageError("SOURCE_DATE_EPOCH " + text
                             + ": expected seconds since 1970-01-01 (UTC)");
        return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
    }
    return QDateTime(QDateTime::currentDateTimeUtc().date(), QTime(0, 0), QTimeZone::utc());
}

} // namespace

int runRender(const std::vector<std::string> &args)
{
    Arguments arguments(args,
                        {"-o", "--output", "--diagram", "--fit", "--dpi", "--scale", "--date",
                         "--revision"},
                        {"--legend", "--title", "--badges"});
    arguments.expectPositional(1, 1, kSynopsis);
    const std::string out = arguments.value("-o", arguments.value("--output"));
    if (out.empty())
        throw UsageError("missing -o OUT.png|OUT.svg|OUT.pdf; usage: vigil-cli "
                         + std::string(kSynopsis));
    if (!endsWith(out, ".png") && !endsWith(out, ".svg") && !endsWith(out, ".pdf"))
        throw UsageError(out + ": unsupported file type; use .png, .svg or .pdf");

    DiagramExportSettings settings;
    if (arguments.has("--fit")) {
        const std::string paper = arguments.value("--fit");
        if (paper == "a4")
            settings.fit = Paper::A4;
        else if (paper == "letter")
            settings.fit = Paper::Letter;
        else
            throw UsageError("--fit " + paper + ": expected a4 or letter");
        if (arguments.has("--scale"))
            throw UsageError("--scale and --fit exclude each other: --fit chooses the scale");
    }
    if (arguments.has("--scale"))
        settings.scale = scaleOption(arguments.value("--scale"));
    if (arguments.has("--dpi"))
        settings.dpi = intOption("--dpi", arguments.value("--dpi"), 24, 2400);
    const QDateTime date = documentDate(arguments);
    settings.creationDate = date;
    settings.print.badges = arguments.has("--badges");
    settings.print.legend = arguments.has("--legend");
    settings.print.titleBlock = arguments.has("--title");
    settings.print.revision = QString::fromStdString(arguments.value("--revision"));
    settings.print.date = date.date().toString(Qt::ISODate);

    OpenedModel opened = openModelForCommand(arguments.positional()[0], "render");
    const std::vector<const Diagram *> diagrams = opened.model.diagrams();
    if (diagrams.empty())
        throw UsageError(arguments.positional()[0] + ": the model has no diagram to render");
    const Diagram *chosen = diagrams.front(); // the first by order
    if (arguments.has("--diagram")) {
        chosen = opened.model.diagram(arguments.value("--diagram"));
        if (!chosen) {
            std::string available;
            for (const Diagram *diagram : diagrams)
                available += (available.empty() ? "" : ", ") + diagram->id;
            throw UsageError(arguments.positional()[0] + ": no diagram with id \""
                             + arguments.value("--diagram") + "\"; available: " + available);
        }
    }
    const Id diagramId = chosen->id;
    settings.print.diagramName = QString::fromStdString(chosen->name);
    settings.print.modelName = QString::fromStdString(opened.model.info().name);

    const auto application = startHeadlessApplication();

    Document document;
    document.setUntitledModel(std::move(opened.model), settings.print.diagramName);
    DiagramScene scene(&document, diagramId);
    if (settings.print.badges)
        applyThreatCounts(&scene, openThreatCounts(document.model()));
    // Rendered in memory, then written atomically: a full disk fails the command naming the
    // file and leaves no partial image behind. A PNG of several sheets is OUT-1.png,
    // OUT-2.png, ...: all are rendered before the first is written.
    std::vector<DiagramFile> files;
    try {
        files = renderDiagramFiles(scene, QString::fromStdString(out), settings);
    } catch (const ExportError &error) {
        throw UsageError(error.what());
    }
    std::vector<std::string> written;
    try {
        for (const DiagramFile &file : files) {
            const std::string path = file.path.toStdString();
            writeFileAtomically(path, std::string_view(file.bytes.constData(),
                                                       static_cast<size_t>(file.bytes.size())));
            written.push_back(path);
        }
    } catch (...) {
        for (const std::string &path : written) // no half set of sheets
            std::remove(path.c_str());
        throw;
    }
    if (files.size() > 1)
        for (const DiagramFile &file : files)
            std::cout << file.path.toStdString() << "\n";
    return kExitOk;
}

} // namespace vigil::cli
