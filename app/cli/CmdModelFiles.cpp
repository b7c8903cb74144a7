// import, export and synth: moving models between files.

#include "app/cli/CliCommand.h"
#include "app/cli/Commands.h"
#include "app/cli/OpenModel.h"
#include "model/store/DocumentStore.h"
#include "model/json/JsonInterchange.h"
#include "model/ModelFile.h"
#include "model/Synth.h"
#include "model/Timings.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
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

std::uint64_t parseNumber(const Arguments &arguments, const std::string &option,
                          std::uint64_t fallback, std::uint64_t max)
{
    if (!arguments.has(option))
        return fallback;
    const std::string text = arguments.value(option);
    std::uint64_t value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error == std::errc::result_out_of_range
        || (error == std::errc{} && end == text.data() + text.size() && value > max))
        throw UsageError(option + " " + text + " is too large; the most is "
                         + std::to_string(max));
    if (error != std::errc{} || end != text.data() + text.size())
        throw UsageError(option + " expects a non-negative whole number, not \"" + text + "\"");
    return value;
}

size_t parseCount(const Arguments &arguments, const std::string &option, size_t fallback,
                  size_t max)
{
    return static_cast<size_t>(parseNumber(arguments, option, fallback, max));
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
    OpenedModel opened = openModelForCommand(arguments.positional()[0], "import");
    const timings::Scope phase("save");
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
    const std::string in = arguments.positional()[0];
    OpenedModel opened = openModelForCommand(in, "export");
    if (out != "-") {
        writeModelJson(opened.model, out);
        return kExitOk;
    }
    try {
        const timings::Scope phase("write JSON");
        streamModelJson(opened.model, std::cout);
    } catch (const JsonError &problem) {
        throw UsageError(in + ": cannot write the model as JSON: " + problem.what());
    }
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
    options.elements = parseCount(arguments, "--elements", 0, kMaxSynthElements);
    if (options.elements < 1)
        throw UsageError("--elements must be at least 1");
    options.flows = parseCount(arguments, "--flows",
                               std::min(options.elements * 2, kMaxSynthFlows), kMaxSynthFlows);
    options.boundaries = parseCount(arguments, "--boundaries",
                                    std::max<size_t>(1, options.elements / 20),
                                    kMaxSynthBoundaries);
    options.seed = parseNumber(arguments, "--seed", 1, UINT64_MAX);
    ThreatModel model = synthesizeModel(options);
    writeModel(model, out);
    return kExitOk;
}

} // namespace vigil::cli
