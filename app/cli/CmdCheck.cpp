// check: every gap in the chain threat -> risk -> mitigation -> requirement -> test, as a CI gate.
// Exit 1 when there is any gap that is not ignored, 0 when none, 2 on bad input.

#include "app/cli/CliCommand.h"
#include "app/cli/Commands.h"
#include "app/cli/OpenModel.h"
#include "model/ModelFile.h"
#include "model/json/JsonWriter.h"
#include "model/Timings.h"
#include "stride/Engine.h"
#include "stride/Traceability.h"

#include <nlohmann/json.hpp>

#include <iostream>
#include <optional>

namespace vigil::cli {

namespace {

constexpr std::string_view kSynopsis =
    "check IN [--format json|text] [--ignore KIND]... [--rules PACK.json]...";

std::string knownKinds()
{
    std::string list;
    for (std::string_view name : stride::gapKindNames())
        list += (list.empty() ? "" : ", ") + std::string(name);
    return list;
}

std::set<stride::GapKind> ignoredKinds(const Arguments &arguments)
{
    std::set<stride::GapKind> ignored;
    for (const std::string &name : arguments.values("--ignore")) {
        const auto kind = stride::gapKindFromString(name);
        if (!kind)
            throw UsageError("--ignore " + name + ": unknown gap kind; the kinds are "
                             + knownKinds());
        ignored.insert(*kind);
    }
    return ignored;
}

void printJson(const std::vector<stride::Gap> &gaps)
{
    JsonWriter out(std::cout);
    out.beginObject();
    out.key("gaps");
    out.beginArray();
    for (const stride::Gap &gap : gaps) {
        out.beginObject();
        out.strings("ids", gap.ids);
        out.member("kind", stride::toString(gap.kind));
        out.member("message", gap.message);
        out.endObject();
    }
    out.endArray();
    out.endObject();
    out.newline();
    out.flush();
}

void printText(const std::vector<stride::Gap> &gaps)
{
    for (const stride::Gap &gap : gaps)
        std::cout << stride::toString(gap.kind) << ": " << gap.message << "\n";
    std::cout << gaps.size() << (gaps.size() == 1 ? " gap\n" : " gaps\n");
}

} // namespace

std::map<std::string, std::string> currentPackVersions(const ThreatModel &model,
                                                       const std::vector<std::string> &files,
                                                       const std::string &path)
{
    std::vector<stride::RulePackPtr> extra;
    for (const std::string &file : files)
        extra.push_back(
            std::make_shared<const stride::RulePack>(stride::loadRulePackFile(file)));
    std::vector<stride::RulePackPtr> packs;
    try {
        packs = stride::resolvePacks(model.info().rulePacks, extra);
    } catch (const stride::RulePackError &error) {
        throw UsageError(path + ": " + error.what() + " (give the pack with --rules)");
    }
    std::map<std::string, std::string> versions;
    for (const stride::RulePackPtr &pack : packs)
        versions[pack->id()] = pack->version();
    return versions;
}

int runCheck(const std::vector<std::string> &args)
{
    Arguments arguments(args, {"--format", "--ignore", "--rules"});
    arguments.expectPositional(1, 1, kSynopsis);
    const std::string format = arguments.value("--format", "json");
    if (format != "json" && format != "text")
        throw UsageError("--format " + format + " is not supported; use json or text");
    stride::CheckOptions options;
    options.ignore = ignoredKinds(arguments);
    const std::string path = arguments.positional()[0];
    const OpenedModel opened = openModelForCommand(path, "check");
    try {
        options.packVersions =
            currentPackVersions(opened.model, arguments.values("--rules"), path);
    } catch (const stride::RulePackError &error) {
        for (const std::string &line : error.errors())
            std::cerr << "vigil-cli: check: " << line << "\n";
        return kExitBadInput;
    }
    std::optional<timings::Scope> phase(std::in_place, "check");
    const std::vector<stride::Gap> gaps = stride::checkTraceability(opened.model, options);
    phase.emplace("print");
    if (format == "json")
        printJson(gaps);
    else
        printText(gaps);
    return gaps.empty() ? kExitOk : kExitFindings;
}

} // namespace vigil::cli
