// vigil-cli: the headless face of Vigil that scripts and CI pipelines rely on (DESIGN.md, CLI).

#include "app/cli/CliCommand.h"
#include "app/cli/Commands.h"
#include "model/store/DocumentStore.h"
#include "model/json/JsonInterchange.h"
#include "model/ModelFile.h"

#include <array>
#include <iostream>

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
    Command{"render", "render IN [--diagram ID] -o OUT.png|OUT.svg",
            "Draw a diagram (default: the first) as a PNG or SVG image.", &runRender},
};

void printHelp(std::ostream &out)
{
    out << "Usage: vigil-cli COMMAND [ARGS...]\n\n"
           "Vigil " VIGIL_VERSION ", threat modeling for medical devices and health software.\n"
           "IN is a .vigil document or a vigil-model JSON file.\n\nCommands:\n";
    for (const Command &command : kCommands)
        out << "  " << command.synopsis << "\n      " << command.summary << "\n";
    out << "  --help | --version\n\n"
           "Exit codes: 0 ok, 1 findings (check: gaps), 2 bad input or usage.\n";
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
        try {
            const int status = command.run(args);
            finishStandardOutput();
            return status;
        } catch (const std::exception &error) {
            // UsageError, FileError, StoreError, JsonError: all carry a one-line message that
            // already names the file where there is one.
            std::cerr << "vigil-cli: " << name << ": " << error.what() << "\n";
            return kExitBadInput;
        }
    }
    std::cerr << "vigil-cli: unknown command \"" << name << "\"; see vigil-cli --help\n";
    return kExitBadInput;
}
