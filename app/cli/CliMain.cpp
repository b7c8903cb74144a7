// vigil-cli: the headless face of Vigil that scripts and CI pipelines rely on (DESIGN.md, CLI).

#include "app/cli/CliCommand.h"
#include "app/cli/Commands.h"
#include "model/store/DocumentStore.h"
#include "model/json/JsonInterchange.h"
#include "model/ModelFile.h"
#include "model/Timings.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <iostream>
#include <string_view>

#ifndef VIGIL_VERSION
#define VIGIL_VERSION "0.0.0"
#endif

namespace vigil::cli {
namespace {

constexpr std::array kCommands{
    Command{"import", "import IN [--from vigil-json] -o OUT.vigil",
            "Read a model file and write it as a .vigil document.", &runImport},
    Command{"export", "export IN -o OUT.json",
            "Write a model as deterministic vigil-model JSON.", &runExport},
    Command{"analyze", "analyze IN [--rules PACK.json]... [--format json|text] [--write]",
            "Enumerate STRIDE threats and reconcile them with the model's (--write: store them).",
            &runAnalyze},
    Command{"check", "check IN [--format json|text] [--ignore KIND]... [--rules PACK.json]...",
            "List every traceability gap (threat, risk, mitigation, requirement, test); exit 1 "
            "when there is any.",
            &runCheck},
    Command{"diff", "diff A B [--format json|text]",
            "List what changed from model A to model B, record by record and field by field; "
            "exit 1 when they differ.",
            &runDiff},
    Command{"merge", "merge BASE OURS THEIRS -o OUT [--prefer ours|theirs] [--format json|text]",
            "Merge the changes OURS and THEIRS made since BASE (a git merge driver); exit 1 "
            "with conflicts, which OUT settles as ours (or --prefer) and the output lists.",
            &runMerge},
    Command{"baseline",
            "baseline create IN.vigil --name N [--comment TEXT] [--write] | baseline list IN | "
            "baseline approve IN.vigil --baseline N --by NAME [--role ROLE] "
            "[--meaning reviewed|approved-for-release] [--rationale TEXT] [--write]",
            "Keep a named, frozen revision in the document; list them; approve one "
            "(IN@NAME opens a baseline in every command).",
            &runBaseline},
    Command{"history", "history IN [--format json|text]",
            "Print the document's audit trail: every saved change, when, by whom, what.",
            &runHistory},
    Command{"results",
            "results IN.vigil JUNIT.xml... [--write] [--format json|text] [--date YYYY-MM-DD]",
            "Set verification test results from JUnit reports, matched by automated test "
            "reference (--write: store them).",
            &runResults},
    Command{"rules", "rules validate PACK.json...",
            "Check rule pack files; exit 2 with every error (rule id and column).", &runRules},
    Command{"cvss", "cvss VECTOR [--format text|json]",
            "Print the CVSS v3.1 base score and severity of a vector.", &runCvss},
    Command{"synth", "synth --elements N [--flows M] [--boundaries B] [--seed S] -o OUT",
            "Generate a synthetic model (.vigil or .json by OUT's extension).", &runSynth},
    Command{"render",
            "render IN [--diagram ID] [--fit a4|letter] [--legend] [--title] [--badges] "
            "[--revision TEXT] [--date YYYY-MM-DD] [--dpi N] [--scale F] "
            "-o OUT.png|OUT.svg|OUT.pdf",
            "Draw a diagram (default: the first) as a PNG, SVG or PDF for a document; --fit "
            "keeps its text readable on landscape pages (several sheets when needed).",
            &runRender},
    Command{"report",
            "report IN --format pdf|html|odt|csv -o OUT [--lang en|ja|de] [--date YYYY-MM-DD]\n"
            "         [--paper a4|letter] [--sections LIST] [--document-id ID] [--revision REV]\n"
            "         [--author NAME] [--approver NAME]... [--rules PACK.json]...",
            "Write the threat model report for the design history file: PDF/A, HTML, ODT, or CSV "
            "files (one per table) into the folder OUT.",
            &runReport},
};

void printHelp(std::ostream &out)
{
    out << "Usage: vigil-cli COMMAND [ARGS...]\n\n"
           "Vigil " VIGIL_VERSION ", threat modeling for medical devices and health software.\n"
           "IN is a .vigil document or a vigil-model JSON file.\n\nCommands:\n";
    for (const Command &command : kCommands)
        out << "  " << command.synopsis << "\n      " << command.summary << "\n";
    out << "  --help | --version\n\n"
           "--timings (or VIGIL_TIMINGS=1) after any command prints the wall time of each of its\n"
           "phases (load, enumerate, reconcile, save, print, ...) to stderr.\n\n"
           "Exit codes: 0 ok, 1 findings (check: gaps), 2 bad input or usage.\n";
}

// Takes --timings out of the arguments; it and VIGIL_TIMINGS (any value but empty or 0) switch
// the phase timings on.
void takeTimingsSwitch(std::vector<std::string> &args)
{
    const auto flag = std::find(args.begin(), args.end(), "--timings");
    const bool fromArguments = flag != args.end();
    if (fromArguments)
        args.erase(flag);
    const char *variable = std::getenv("VIGIL_TIMINGS");
    const bool fromEnvironment = variable && *variable && std::string_view(variable) != "0";
    vigil::timings::enable(fromArguments || fromEnvironment);
}

int runCommand(const Command &command, const std::vector<std::string> &args)
{
    try {
        const int status = command.run(args);
        finishStandardOutput();
        return status;
    } catch (const std::exception &error) {
        // UsageError, FileError, StoreError, JsonError: all carry a one-line message that
        // already names the file where there is one.
        std::cerr << "vigil-cli: " << command.name << ": " << error.what() << "\n";
        return kExitBadInput;
    }
}

} // namespace
} // namespace vigil::cli

int main(int argc, char **argv)
{
    using namespace vigil::cli;
    installCheckedOutput();
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) {
        printHelp(std::cerr);
        return kExitBadInput;
    }
    const std::string name = args.front();
    if (name == "--help" || name == "-h" || name == "help") {
        printHelp(std::cout);
        return kExitOk;
    }
    if (name == "--version") {
        std::cout << "vigil-cli " VIGIL_VERSION "\n";
        return kExitOk;
    }
    for (const Command &command : kCommands) {
        if (command.name != name)
            continue;
        args.erase(args.begin());
        if (!args.empty() && (args.front() == "--help" || args.front() == "-h")) {
            std::cout << "Usage: vigil-cli " << command.synopsis << "\n" << command.summary
                      << "\n";
            return kExitOk;
        }
        takeTimingsSwitch(args);
        const int status = runCommand(command, args);
        if (vigil::timings::enabled())
            vigil::timings::print(std::cerr, "vigil-cli: " + name + ": ");
        return status;
    }
    std::cerr << "vigil-cli: unknown command \"" << name << "\"; see vigil-cli --help\n";
    return kExitBadInput;
}
