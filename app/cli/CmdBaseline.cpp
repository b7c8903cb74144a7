// baseline: named, frozen revisions of a model kept inside its .vigil document, and approvals of
// them (model/Baselines.h). `create` and `approve` change the file only with --write; without it
// they say what they would record. An approval of a baseline whose model has traceability gaps
// (`vigil-cli check`) is refused unless the approver gives a rationale.

#include "app/cli/CliCommand.h"
#include "app/cli/Commands.h"
#include "app/cli/OpenModel.h"
#include "model/Baselines.h"
#include "model/IsoDate.h"
#include "model/ModelFile.h"
#include "model/json/JsonInterchange.h"
#include "model/json/JsonWriter.h"
#include "stride/Traceability.h"

#include <iostream>

namespace vigil::cli {

namespace {

constexpr std::string_view kSynopsis =
    "baseline create IN.vigil --name N [--comment TEXT] [--write] | "
    "baseline list IN [--format json|text] | "
    "baseline approve IN.vigil --baseline N --by NAME [--role ROLE] "
    "[--meaning reviewed|approved-for-release] [--rationale TEXT] [--rules PACK.json]... "
    "[--write]";

void printBaselinesJson(const ThreatModel &model)
{
    JsonWriter out(std::cout);
    out.beginObject();
    out.key("baselines");
    out.beginArray();
    for (const auto &[id, baseline] : model.baselines().all()) {
        out.beginObject();
        out.key("approvals");
        out.beginArray();
        for (const Approval &approval : baseline.approvals)
            writeApproval(out, approval);
        out.endArray();
        out.member("author", baseline.author);
        out.member("comment", baseline.comment);
        out.member("date", baseline.date);
        out.member("hash", baseline.hash);
        out.member("id", baseline.id);
        out.member("intact", snapshotIntact(baseline));
        out.member("name", baseline.name);
        out.endObject();
    }
    out.endArray();
    out.endObject();
    out.newline();
    out.flush();
}

void printBaselineText(const Baseline &baseline)
{
    std::cout << baseline.id << "  " << baseline.name << "  " << baseline.date << "  "
              << baseline.author << "\n    " << baseline.hash
              << (snapshotIntact(baseline) ? "" : "  CHANGED SINCE IT WAS MADE") << "\n";
    if (!baseline.comment.empty())
        std::cout << "    " << baseline.comment << "\n";
    for (const Approval &approval : baseline.approvals) {
        std::cout << "    " << approval.meaning << " by " << approval.by
                  << (approval.role.empty() ? "" : " (" + approval.role + ")") << " on "
                  << approval.date << "\n";
        if (!approval.rationale.empty())
            std::cout << "      rationale: " << approval.rationale << "\n";
    }
}

// Opens IN for a change of its baselines: a .vigil document that can be written.
OpenedModel openForChange(const std::string &path, bool write)
{
    OpenedModel opened = openModelForCommand(path, "baseline");
    refuseWritingBaseline(opened, path);
    if (write && opened.format != ModelFormat::VigilDocument)
        throw UsageError(path + ": --write needs a .vigil document; import the JSON file first "
                                "(vigil-cli import IN -o OUT.vigil)");
    if (write && opened.readOnly)
        throw UsageError(path + ": the file is read-only");
    return opened;
}

void save(OpenedModel &opened, const std::string &path, const std::string &action,
          const Id &baseline)
{
    recordCommandInHistory(opened.model, action, {{Table::Baseline, baseline}});
    pauseBeforeSaveForTests();
    saveDocument(opened.model, path, SaveMode::Incremental, opened.stamp);
}

int create(const std::vector<std::string> &args)
{
    Arguments arguments(args, {"--name", "--comment"}, {"--write"});
    arguments.expectPositional(1, 1, kSynopsis);
    if (!arguments.has("--name"))
        throw UsageError("baseline create needs --name; usage: vigil-cli " + std::string(kSynopsis));
    const std::string path = arguments.positional()[0];
    const bool write = arguments.has("--write");
    OpenedModel opened = openForChange(path, write);
    Baseline baseline;
    try {
        baseline = makeBaseline(opened.model, arguments.value("--name"), commandAuthor(),
                                arguments.value("--comment"), nowIsoDateTimeUtc());
    } catch (const ModelError &error) {
        throw UsageError(path + ": " + error.what());
    }
    const Id id = baseline.id;
    printBaselineText(baseline);
    opened.model.baselines().put(std::move(baseline));
    if (write)
        save(opened, path, "vigil-cli baseline create --name " + arguments.value("--name"), id);
    else
        std::cout << "(not written; add --write to keep it in " << path << ")\n";
    return kExitOk;
}

int list(const std::vector<std::string> &args)
{
    Arguments arguments(args, {"--format"});
    arguments.expectPositional(1, 1, kSynopsis);
    const std::string format = arguments.value("--format", "text");
    if (format != "json" && format != "text")
        throw UsageError("--format " + format + " is not supported; use json or text");
    const OpenedModel opened = openModelForCommand(arguments.positional()[0], "baseline");
    if (format == "json") {
        printBaselinesJson(opened.model);
    } else {
        for (const auto &[id, baseline] : opened.model.baselines().all())
            printBaselineText(baseline);
        const size_t count = opened.model.baselines().size();
        std::cout << count << (count == 1 ? " baseline\n" : " baselines\n");
    }
    return kExitOk;
}

int approve(const std::vector<std::string> &args)
{
    Arguments arguments(args, {"--baseline", "--by", "--role", "--meaning", "--rationale",
                               "--rules"},
                        {"--write"});
    arguments.expectPositional(1, 1, kSynopsis);
    for (const char *needed : {"--baseline", "--by"})
        if (!arguments.has(needed))
            throw UsageError("baseline approve needs " + std::string(needed)
                             + "; usage: vigil-cli " + std::string(kSynopsis));
    const std::string path = arguments.positional()[0];
    const bool write = arguments.has("--write");
    OpenedModel opened = openForChange(path, write);
    const Baseline *baseline = opened.model.baselineNamed(arguments.value("--baseline"));
    if (!baseline)
        throw UsageError(path + ": no baseline named \"" + arguments.value("--baseline") + "\"");

    Approval approval;
    approval.by = arguments.value("--by");
    approval.role = arguments.value("--role");
    approval.meaning = arguments.value("--meaning", "reviewed");
    approval.rationale = arguments.value("--rationale");
    approval.date = nowIsoDateTimeUtc();
    Baseline approved;
    try {
        approved = withApproval(*baseline, approval); // a wrong meaning is said first
    } catch (const ModelError &error) {
        throw UsageError(error.what());
    }

    // What is approved is the frozen model: its gaps decide whether a rationale is needed.
    ThreatModel frozen;
    try {
        frozen = baselineModel(*baseline);
    } catch (const ModelError &error) {
        throw UsageError(path + ": " + error.what());
    }
    stride::CheckOptions options;
    options.packVersions = currentPackVersions(frozen, arguments.values("--rules"), path);
    const std::vector<stride::Gap> gaps = stride::checkTraceability(frozen, options);
    if (!gaps.empty() && approved.approvals.back().rationale.empty()) {
        std::cerr << "vigil-cli: baseline: " << path << ": baseline \"" << baseline->name
                  << "\" has " << gaps.size() << (gaps.size() == 1 ? " gap" : " gaps")
                  << " (vigil-cli check " << path << "@" << baseline->name
                  << "); an approval needs --rationale saying why it is approved anyway\n";
        for (size_t i = 0; i < gaps.size() && i < 10; ++i)
            std::cerr << "  " << stride::toString(gaps[i].kind) << ": " << gaps[i].message
                      << "\n";
        return kExitFindings;
    }
    const Id id = approved.id;
    opened.model.baselines().put(approved);
    printBaselineText(approved);
    if (write)
        save(opened, path,
             "vigil-cli baseline approve --baseline " + approved.name + " --meaning "
                 + approval.meaning,
             id);
    else
        std::cout << "(not written; add --write to keep it in " << path << ")\n";
    return kExitOk;
}

} // namespace

int runBaseline(const std::vector<std::string> &args)
{
    if (args.empty())
        throw UsageError("usage: vigil-cli " + std::string(kSynopsis));
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    if (args[0] == "create")
        return create(rest);
    if (args[0] == "list")
        return list(rest);
    if (args[0] == "approve")
        return approve(rest);
    throw UsageError("baseline " + args[0] + ": unknown action; use create, list or approve");
}

} // namespace vigil::cli
