// diff: what changed from model A to model B, record by record and field by field (model/diff).
// Exit 0 when equal, 1 when different, 2 on bad input.

#include "app/cli/CliCommand.h"
#include "app/cli/Commands.h"
#include "app/cli/OpenModel.h"
#include "model/diff/ModelDiff.h"
#include "model/json/JsonWriter.h"
#include "model/Timings.h"

#include <iostream>
#include <optional>

namespace vigil::cli {

namespace {

// Long texts are shortened in the text output; the JSON output has them whole.
constexpr size_t kLongestValue = 80;

constexpr std::string_view kSynopsis = "diff A B [--format json|text]";

struct Tally {
    size_t added = 0, removed = 0, changed = 0;
};

Tally tallyOf(const ModelDiff &diff)
{
    Tally tally;
    for (const RecordChange &change : diff.changes) {
        switch (change.change) {
        case RecordChangeKind::Added: ++tally.added; break;
        case RecordChangeKind::Removed: ++tally.removed; break;
        case RecordChangeKind::Changed: ++tally.changed; break;
        }
    }
    return tally;
}

void printJson(const ModelDiff &diff)
{
    JsonWriter out(std::cout);
    out.beginObject();
    out.key("changes");
    out.beginArray();
    for (const RecordChange &change : diff.changes) {
        out.beginObject();
        out.member("change", toString(change.change));
        if (change.change == RecordChangeKind::Changed) {
            out.key("fields");
            out.beginArray();
            for (const FieldChange &field : change.fields) {
                out.beginObject();
                if (field.summary.empty()) {
                    out.key("after");
                    out.value(field.after);
                    out.key("before");
                    out.value(field.before);
                }
                out.member("field", field.field);
                if (!field.summary.empty())
                    out.member("summary", field.summary);
                out.endObject();
            }
            out.endArray();
        }
        out.member("id", change.id);
        out.member("kind", change.kind);
        out.member("label", change.label);
        out.endObject();
    }
    out.endArray();
    out.member("equal", diff.equal());
    const Tally tally = tallyOf(diff);
    out.key("summary");
    out.beginObject();
    out.member("added", static_cast<std::int64_t>(tally.added));
    out.member("changed", static_cast<std::int64_t>(tally.changed));
    out.member("removed", static_cast<std::int64_t>(tally.removed));
    out.endObject();
    out.endObject();
    out.newline();
    out.flush();
}

void printText(const ModelDiff &diff)
{
    for (const RecordChange &change : diff.changes) {
        std::cout << change.kind;
        if (!change.id.empty())
            std::cout << " " << change.id;
        if (!change.label.empty() && change.label != change.id)
            std::cout << " \"" << change.label << "\"";
        std::cout << ": " << toString(change.change) << "\n";
        for (const FieldChange &field : change.fields) {
            std::cout << "  " << field.field << ": ";
            if (!field.summary.empty())
                std::cout << field.summary << "\n";
            else
                std::cout << oneLineJson(field.before, kLongestValue) << " -> "
                          << oneLineJson(field.after, kLongestValue) << "\n";
        }
    }
    if (diff.equal()) {
        std::cout << "no differences\n";
        return;
    }
    const Tally tally = tallyOf(diff);
    std::cout << diff.changes.size() << (diff.changes.size() == 1 ? " change" : " changes")
              << ": " << tally.added << " added, " << tally.removed << " removed, "
              << tally.changed << " changed\n";
}

} // namespace

int runDiff(const std::vector<std::string> &args)
{
    Arguments arguments(args, {"--format"});
    arguments.expectPositional(2, 2, kSynopsis);
    const std::string format = arguments.value("--format", "json");
    if (format != "json" && format != "text")
        throw UsageError("--format " + format + " is not supported; use json or text");
    const OpenedModel before = openModelForCommand(arguments.positional()[0], "diff");
    const OpenedModel after = openModelForCommand(arguments.positional()[1], "diff");
    const ModelDiff diff = diffModels(before.model, after.model);
    const timings::Scope phase("print");
    if (format == "json")
        printJson(diff);
    else
        printText(diff);
    return diff.equal() ? kExitOk : kExitFindings;
}

} // namespace vigil::cli
