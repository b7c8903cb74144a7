// analyze: enumerate the STRIDE threats of a model and reconcile them with the threats it already
// holds, so numbers and decisions of surviving threats show; --write stores the result.

#include "app/cli/CliCommand.h"
#include "app/cli/Commands.h"
#include "app/cli/OpenModel.h"
#include "model/store/DocumentStore.h"
#include "model/ModelFile.h"
#include "model/json/JsonWriter.h"
#include "model/Timings.h"
#include "stride/Engine.h"

#include <algorithm>
#include <iomanip>
#include <iostream>
#include <optional>
#include <sstream>

namespace vigil::cli {

namespace {

constexpr std::string_view kSynopsis =
    "analyze IN [--rules PACK.json]... [--format json|text] [--write]";

std::vector<const Threat *> byNumber(const ThreatModel &model)
{
    std::vector<const Threat *> threats;
    for (const auto &entry : model.threats().all())
        threats.push_back(&entry.second);
    std::stable_sort(threats.begin(), threats.end(),
                     [](const Threat *a, const Threat *b) { return a->number < b->number; });
    return threats;
}

// Written as it goes: a 200,000-threat answer needs no document tree in memory.
void printJson(const ThreatModel &model)
{
    JsonWriter out(std::cout);
    std::string title; // one buffer for every title rendered
    out.beginObject();
    out.key("threats");
    out.beginArray();
    for (const Threat *threat : byNumber(model)) {
        out.beginObject();
        out.member("category", toString(threat->category));
        out.member("id", threat->id);
        out.member("number", threat->number);
        out.member("rule", threat->ruleId);
        out.member("severity", threat->severity);
        out.member("status", toString(threat->status));
        out.strings("targets", threat->targets);
        title.clear();
        model.renderTo(title, threat->title);
        out.member("title", title);
        out.endObject();
    }
    out.endArray();
    out.endObject();
    out.newline();
    out.flush();
}

void printText(const ThreatModel &model, const stride::ReconcileResult &result)
{
    std::cout << std::left << std::setw(6) << "#" << std::setw(20) << "ID" << std::setw(24)
              << "CATEGORY" << std::setw(10) << "SEVERITY" << std::setw(20) << "STATUS"
              << "TITLE\n";
    for (const Threat *threat : byNumber(model)) {
        std::cout << std::setw(6) << threat->number << std::setw(20) << threat->id
                  << std::setw(24) << toString(threat->category) << std::setw(10)
                  << threat->severity << std::setw(20) << toString(threat->status)
                  << model.render(threat->title) << "\n";
    }
    std::cout << "\n" << model.threats().size() << " threats: " << result.added << " new, "
              << result.kept << " kept, " << result.revived << " reopened, " << result.obsoleted
              << " obsolete now, " << result.suppressed << " suppressed\n";
    for (const Suppression &suppression : model.suppressions())
        std::cout << "suppressed: rule " << suppression.ruleId << " for " << suppression.element
                  << ": " << suppression.reason << "\n";
}

} // namespace

int runAnalyze(const std::vector<std::string> &args)
{
    Arguments arguments(args, {"--rules", "--format"}, {"--write"});
    arguments.expectPositional(1, 1, kSynopsis);
    const std::string format = arguments.value("--format", "json");
    if (format != "json" && format != "text")
        throw UsageError("--format " + format + " is not supported; use json or text");
    const std::string path = arguments.positional()[0];

    std::vector<stride::RulePackPtr> extra;
    for (const std::string &file : arguments.values("--rules")) {
        try {
            extra.push_back(std::make_shared<const stride::RulePack>(
                stride::loadRulePackFile(file)));
        } catch (const stride::RulePackError &error) {
            for (const std::string &line : error.errors())
                std::cerr << "vigil-cli: analyze: " << line << "\n";
            return kExitBadInput;
        }
    }

    OpenedModel opened = openModelForCommand(path, "analyze");
    if (arguments.has("--write"))
        refuseWritingBaseline(opened, path);
    if (arguments.has("--write") && opened.format != ModelFormat::VigilDocument)
        throw UsageError(path + ": --write needs a .vigil document; import the JSON file first "
                                "(vigil-cli import IN -o OUT.vigil)");
    ThreatModel &model = opened.model;
    // What the analysis changes, for the document's history.
    std::vector<std::pair<Table, std::string>> touched;
    if (arguments.has("--write"))
        model.setChangeTap(&touched);
    std::vector<stride::RulePackPtr> packs;
    try {
        packs = stride::resolvePacks(model.info().rulePacks, extra);
    } catch (const stride::RulePackError &error) {
        throw UsageError(path + ": " + error.what());
    }
    // The model records every pack it was analysed with.
    ModelInfo info = model.info();
    for (const stride::RulePackPtr &pack : packs)
        if (std::find(info.rulePacks.begin(), info.rulePacks.end(), pack->id())
            == info.rulePacks.end())
            info.rulePacks.push_back(pack->id());
    if (info != model.info())
        model.setInfo(info);

    std::optional<timings::Scope> phase(std::in_place, "enumerate");
    const stride::Analysis analysis = stride::analyze(model, packs);
    phase.emplace("reconcile");
    const stride::ReconcileResult result = stride::reconcile(model, analysis);
    phase.reset();
    if (arguments.has("--write")) {
        if (opened.readOnly)
            throw UsageError(path + ": the file is read-only");
        // Refused (exit 2) when the file changed on disk since it was read.
        pauseBeforeSaveForTests();
        const timings::Scope saving("save");
        model.setChangeTap(nullptr);
        if (!touched.empty())
            recordCommandInHistory(model, "vigil-cli analyze --write", touched);
        saveDocument(model, path, SaveMode::Incremental, opened.stamp);
    }
    const timings::Scope printing("print");
    if (format == "json")
        printJson(model);
    else
        printText(model, result);
    return kExitOk;
}

} // namespace vigil::cli
