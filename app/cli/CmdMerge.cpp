// merge: three-way merge of models (model/diff/ModelMerge.h), usable as a git merge driver.
// Exit 0 when clean (or every conflict settled by --prefer), 1 with conflicts (OUT then holds
// ours where they are and keeps them as open conflicts, `mergeConflicts`), 2 on bad input.

#include "app/cli/CliCommand.h"
#include "app/cli/Commands.h"
#include "app/cli/OpenModel.h"
#include "model/diff/ModelMerge.h"
#include "model/json/JsonInterchange.h"
#include "model/json/JsonParse.h"
#include "model/json/JsonWriter.h"
#include "model/Timings.h"

#include <iostream>

namespace vigil::cli {

namespace {

// Long texts are shortened in the text output; the JSON output has them whole.
constexpr size_t kLongestValue = 60;

constexpr std::string_view kSynopsis =
    "merge BASE OURS THEIRS -o OUT [--prefer ours|theirs] [--format json|text]";

const char *sideName(MergeSide side) { return side == MergeSide::Ours ? "ours" : "theirs"; }

void printJson(const MergeResult &result)
{
    JsonWriter out(std::cout);
    out.beginObject();
    out.member("clean", result.clean());
    out.key("conflicts");
    out.beginArray();
    for (const MergeConflict &conflict : result.conflicts) {
        out.beginObject();
        out.key("base");
        out.value(conflict.base);
        out.member("field", conflict.field);
        out.member("id", conflict.id);
        out.member("kind", conflict.kind);
        out.member("label", conflict.label);
        out.key("ours");
        out.value(conflict.ours);
        out.member("reason", conflict.reason);
        out.member("taken", std::string_view(sideName(conflict.taken)));
        out.key("theirs");
        out.value(conflict.theirs);
        out.endObject();
    }
    out.endArray();
    out.strings("notes", result.notes);
    out.endObject();
    out.newline();
    out.flush();
}

void printText(const MergeResult &result, bool settled)
{
    for (const MergeConflict &conflict : result.conflicts) {
        std::cout << "conflict: " << conflict.kind;
        if (!conflict.id.empty())
            std::cout << " " << conflict.id;
        if (!conflict.label.empty() && conflict.label != conflict.id)
            std::cout << " \"" << conflict.label << "\"";
        if (!conflict.field.empty())
            std::cout << " " << conflict.field;
        std::cout << ": " << conflict.reason << "\n";
        if (!conflict.field.empty())
            std::cout << "  base: " << oneLineJson(conflict.base, kLongestValue)
                      << "  ours: " << oneLineJson(conflict.ours, kLongestValue)
                      << "  theirs: " << oneLineJson(conflict.theirs, kLongestValue) << "\n";
        std::cout << "  the result holds " << sideName(conflict.taken) << "\n";
    }
    for (const std::string &note : result.notes)
        std::cout << "note: " << note << "\n";
    const size_t count = result.conflicts.size();
    if (count == 0)
        std::cout << "merged cleanly\n";
    else
        std::cout << count << (count == 1 ? " conflict" : " conflicts")
                  << (settled ? ", settled by --prefer\n"
                              : "; the result holds ours and lists them: open it in Vigil to "
                                "choose a side for each (Merge Conflicts), or merge again with "
                                "--prefer\n");
}

} // namespace

int runMerge(const std::vector<std::string> &args)
{
    Arguments arguments(args, {"-o", "--output", "--prefer", "--format"});
    arguments.expectPositional(3, 3, kSynopsis);
    const std::string out = arguments.value("-o", arguments.value("--output"));
    if (out.empty())
        throw UsageError("missing -o OUT; usage: vigil-cli " + std::string(kSynopsis));
    const std::string format = arguments.value("--format", "json");
    if (format != "json" && format != "text")
        throw UsageError("--format " + format + " is not supported; use json or text");
    const bool settled = arguments.has("--prefer");
    const std::string prefer = arguments.value("--prefer", "ours");
    if (prefer != "ours" && prefer != "theirs")
        throw UsageError("--prefer " + prefer + ": expected ours or theirs");

    const std::vector<std::string> &paths = arguments.positional();
    const OpenedModel base = openModelForCommand(paths[0], "merge");
    const OpenedModel ours = openModelForCommand(paths[1], "merge");
    const OpenedModel theirs = openModelForCommand(paths[2], "merge");
    MergeResult result;
    {
        const timings::Scope phase("merge");
        result = mergeModelDocuments(modelDocument(base.model), modelDocument(ours.model),
                                     modelDocument(theirs.model),
                                     prefer == "ours" ? MergeSide::Ours : MergeSide::Theirs);
    }
    JsonImport merged;
    {
        const timings::Scope phase("check the result");
        try {
            merged = importModelJson(result.document.dump());
        } catch (const JsonError &error) {
            // The merge keeps every reference whole; reaching this is a defect of ours.
            throw UsageError("the merged model does not read back at " + std::string(error.what())
                             + "; nothing was written");
        }
    }
    for (const std::string &warning : merged.warnings)
        std::cerr << "vigil-cli: merge: warning: merged model: " << warning << "\n";
    // Unsettled conflicts stay in OUT until someone chooses (the window's Merge Conflicts).
    if (!settled)
        for (OpenConflict &conflict : openConflicts(result))
            merged.model.conflicts().put(std::move(conflict));
    {
        const timings::Scope phase("save");
        // The result takes OURS' format unless OUT's name says otherwise: a git merge driver
        // writes to a temporary name without an extension, and JSON must go back as JSON.
        const bool json = out.ends_with(".json")
                          || (!out.ends_with(".vigil") && ours.format == ModelFormat::VigilJson);
        if (json)
            writeModelJson(merged.model, out);
        else
            saveDocument(merged.model, out, SaveMode::Full);
    }
    if (format == "json")
        printJson(result);
    else
        printText(result, settled);
    return result.clean() || settled ? kExitOk : kExitFindings;
}

} // namespace vigil::cli
