// results: verification results from CI. Reads JUnit XML reports, matches their test cases to
// verification tests by automated test reference, and sets result, date and evidence
// (--write stores them). Lists test cases that match nothing and referenced tests that no report
// contains. The gate is `check` (test-not-passed), so a failed test is data here, not exit 1.

#include "app/cli/CliCommand.h"
#include "app/cli/Commands.h"
#include "app/cli/OpenModel.h"
#include "model/IsoDate.h"
#include "model/ModelFile.h"
#include "model/import/TestResults.h"
#include "model/store/DocumentStore.h"

#include <nlohmann/json.hpp>

#include <iostream>

namespace vigil::cli {

namespace {

constexpr std::string_view kSynopsis =
    "results IN.vigil JUNIT.xml... [--write] [--format json|text] [--date YYYY-MM-DD]";

void printJson(const TestResultsOutcome &outcome)
{
    nlohmann::json updates = nlohmann::json::array();
    for (const TestResultUpdate &u : outcome.updates)
        updates.push_back({{"test", u.test},
                           {"result", u.result},
                           {"date", u.date},
                           {"evidence", u.evidence},
                           {"message", u.message}});
    nlohmann::json unmatched = nlohmann::json::array();
    for (const UnmatchedCase &c : outcome.unmatched)
        unmatched.push_back({{"file", c.file}, {"case", c.reference}});
    std::cout << jsonText(nlohmann::json{{"updated", updates},
                                         {"missing", outcome.missing},
                                         {"unmatched", unmatched},
                                         {"warnings", outcome.warnings}})
              << "\n";
}

void printText(const TestResultsOutcome &outcome)
{
    for (const TestResultUpdate &u : outcome.updates)
        std::cout << u.test << ": " << u.result << " (" << u.evidence << ")"
                  << (u.message.empty() ? "" : ": " + u.message) << "\n";
    for (const Id &id : outcome.missing)
        std::cout << id << ": no test case in the reports matches its automated test reference\n";
    for (const UnmatchedCase &c : outcome.unmatched)
        std::cout << "unmatched: " << c.file << "#" << c.reference << "\n";
    std::cout << outcome.updates.size() << " verification tests updated, "
              << outcome.missing.size() << " missing from the reports, "
              << outcome.unmatched.size() << " test cases unmatched\n";
}

} // namespace

int runResults(const std::vector<std::string> &args)
{
    Arguments arguments(args, {"--format", "--date"}, {"--write"});
    arguments.expectPositional(2, SIZE_MAX, kSynopsis);
    const std::string format = arguments.value("--format", "text");
    if (format != "json" && format != "text")
        throw UsageError("--format " + format + " is not supported; use json or text");
    const std::string today = arguments.value("--date", isoDate(todayUtc()));
    if (!parseIsoDate(today))
        throw UsageError("--date " + today + ": expected YYYY-MM-DD");
    const std::string path = arguments.positional()[0];

    OpenedModel opened = openModelForCommand(path, "results");
    if (arguments.has("--write"))
        refuseWritingBaseline(opened, path);
    if (arguments.has("--write") && opened.format != ModelFormat::VigilDocument)
        throw UsageError(path + ": --write needs a .vigil document; import the JSON file first "
                                "(vigil-cli import IN -o OUT.vigil)");
    if (arguments.has("--write") && opened.readOnly)
        throw UsageError(path + ": the file is read-only");
    // Every report is read and checked before the model is touched.
    std::vector<JUnitSource> sources;
    for (size_t i = 1; i < arguments.positional().size(); ++i) {
        const std::string &file = arguments.positional()[i];
        sources.push_back({file, readJUnitXmlFile(file)});
    }
    const TestResultsOutcome outcome = matchTestResults(opened.model, sources, today);
    for (const std::string &warning : outcome.warnings)
        std::cerr << "vigil-cli: results: warning: " << warning << "\n";
    if (arguments.has("--write")) {
        std::vector<std::pair<Table, std::string>> touched;
        opened.model.setChangeTap(&touched);
        applyTestResults(opened.model, outcome);
        opened.model.setChangeTap(nullptr);
        if (!touched.empty())
            recordCommandInHistory(opened.model, "vigil-cli results --write", touched);
        // Refused (exit 2) when the file changed on disk since it was read.
        pauseBeforeSaveForTests();
        saveDocument(opened.model, path, SaveMode::Incremental, opened.stamp);
    }
    if (format == "json")
        printJson(outcome);
    else
        printText(outcome);
    return kExitOk;
}

} // namespace vigil::cli
