// history: a document's audit trail, oldest first: when each change was saved, by whom, what it
// was (the undo step's text in the GUI, the command for vigil-cli) and the ids it touched.

#include "app/cli/CliCommand.h"
#include "app/cli/Commands.h"
#include "app/cli/OpenModel.h"
#include "model/ModelFile.h"
#include "model/json/JsonInterchange.h"
#include "model/json/JsonWriter.h"

#include <iostream>

namespace vigil::cli {

namespace {

constexpr std::string_view kSynopsis = "history IN [--format json|text]";

void printJson(const ThreatModel &model)
{
    JsonWriter out(std::cout);
    out.beginObject();
    out.key("history");
    out.beginArray();
    for (const auto &[id, entry] : model.history().all())
        writeHistoryEntry(out, entry);
    out.endArray();
    out.endObject();
    out.newline();
    out.flush();
}

void printText(const ThreatModel &model)
{
    for (const auto &[id, entry] : model.history().all()) {
        std::cout << entry.time << "  " << entry.author << "  " << entry.action;
        if (entry.touched > 0) {
            std::cout << "  [";
            for (size_t i = 0; i < entry.ids.size() && i < 5; ++i)
                std::cout << (i ? ", " : "") << model.displayName(entry.ids[i]);
            if (entry.touched > 5)
                std::cout << " and " << entry.touched - 5 << " more";
            std::cout << "]";
        }
        std::cout << "\n";
    }
    const size_t count = model.history().size();
    std::cout << count << (count == 1 ? " entry\n" : " entries\n");
}

} // namespace

int runHistory(const std::vector<std::string> &args)
{
    Arguments arguments(args, {"--format"});
    arguments.expectPositional(1, 1, kSynopsis);
    const std::string format = arguments.value("--format", "text");
    if (format != "json" && format != "text")
        throw UsageError("--format " + format + " is not supported; use json or text");
    const OpenedModel opened = openModelForCommand(arguments.positional()[0], "history");
    if (opened.baseline)
        throw UsageError(arguments.positional()[0]
                         + ": a baseline has no history of its own; ask the file itself");
    if (format == "json")
        printJson(opened.model);
    else
        printText(opened.model);
    return kExitOk;
}

} // namespace vigil::cli
