// import, export and synth: moving models between files.

#include "app/cli/CliCommand.h"
#include "app/cli/Commands.h"
#include "model/store/DocumentStore.h"
#include "model/json/JsonInterchange.h"
#include "model/ModelFile.h"
#include "model/Synth.h"

#include <charconv>
#include <iostream>

namespace vigil::cli {

namespace {

bool endsWith(const std::string &text, std::string_view suffix)
{
    return text.size() >= suffix.size()
           && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Writes `model` to `out`: JSON when the name ends in .json, a .vigil document otherwise.
void writeModel(ThreatModel &model, const std::string &out)
{
    if (endsWith(out, ".json"))
        writeModelJson(model, out);
    else
        saveDocument(model, out, SaveMode::Full);
}

size_t parseCount(const Arguments &arguments, const std::string &option, size_t fallback)
{
    if (!arguments.has(option))
        return fallback;
    const std::string text = arguments.value(option);
    unsigned long long value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{} || end != text.data() + text.size())
        throw UsageError(option + " expects a non-negative whole number, not \"" + text + "\"");
    return static_cast<size_t>(value);
}

} // namespace

int runImport(const std::vector<std::string> &args)
{
    constexpr std::string_view synopsis = "import IN [--from vigil-json] -o OUT.vigil";
    Arguments arguments(args, {"-o", "--output", "--from"});
    arguments.expectPositional(1, 1, synopsis);
    const std::string out = arguments.value("-o", arguments.value("--output"));
    if (out.empty())
        throw UsageError("missing -o OUT.vigil; usage: vigil-cli " + std::string(synopsis));
    const std::string from = arguments.value("--from", "vigil-json");
    if (from != "vigil-json" && from != "vigil")
        throw UsageError("--from " + from
                         + " is not supported yet; supported: vigil-json (and .vigil)");
    OpenedModel opened = openModelFile(arguments.positional()[0]);
    saveDocument(opened.model, out, SaveMode::Full);
    return kExitOk;
}

int runExport(const std::vector<std::string> &args)
{
    constexpr std::string_view synopsis = "export IN -o OUT.json";
    Arguments arguments(args, {"-o", "--output"});
    arguments.expectPositional(1, 1, synopsis);
    const std::string out = arguments.value("-o", arguments.value("--output"));
    if (out.empty())
        throw UsageError("missing -o OUT.json; usage: vigil-cli " + std::string(synopsis));
    OpenedModel opened = openModelFile(arguments.positional()[0]);
    if (out == "-")
        std::cout << modelToJson(opened.model);
    else
        writeModelJson(opened.model, out);
    return kExitOk;
}

int runSynth(const std::vector<std::string> &args)
{
    constexpr std::string_view synopsis =
        "synth --elements N [--flows M] [--boundaries B] [--seed S] -o OUT";
    Arguments arguments(args, {"--elements", "--flows", "--boundaries", "--seed", "-o",
                               "--output"});
    arguments.expectPositional(0, 0, synopsis);
    if (!arguments.has("--elements"))
        throw UsageError("missing --elements N; usage: vigil-cli " + std::string(synopsis));
    const std::string out = arguments.value("-o", arguments.value("--output"));
    if (out.empty())
        throw UsageError("missing -o OUT; usage: vigil-cli " + std::string(synopsis));
    SynthOptions options;
    options.elements = parseCount(arguments, "--elements", 0);
    if (options.elements < 1)
        throw UsageError("--elements must be at least 1");
    options.flows = parseCount(arguments, "--flows", options.elements * 2);
    options.boundaries = parseCount(arguments, "--boundaries", std::max<size_t>(1, options.elements / 20));
    options.seed = parseCount(arguments, "--seed", 1);
    ThreatModel model = synthesizeModel(options);
    writeModel(model, out);
    return kExitOk;
}

} // namespace vigil::cli
