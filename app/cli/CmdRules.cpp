// rules validate: check a rule pack file, reporting every problem with the rule and column.

#include "app/cli/CliCommand.h"
#include "app/cli/Commands.h"
#include "stride/RulePack.h"

#include <iostream>

namespace vigil::cli {

int runRules(const std::vector<std::string> &args)
{
    constexpr std::string_view synopsis = "rules validate PACK.json...";
    Arguments arguments(args, {});
    if (arguments.positional().empty() || arguments.positional()[0] != "validate")
        throw UsageError("expected a subcommand; usage: vigil-cli " + std::string(synopsis));
    if (arguments.positional().size() < 2)
        throw UsageError("missing PACK.json; usage: vigil-cli " + std::string(synopsis));
    int status = kExitOk;
    for (size_t i = 1; i < arguments.positional().size(); ++i) {
        const std::string &file = arguments.positional()[i];
        try {
            const stride::RulePack pack = stride::loadRulePackFile(file);
            std::cout << file << ": ok: " << pack.id() << " " << pack.version() << ", "
                      << pack.rules().size() << " rules\n";
        } catch (const stride::RulePackError &error) {
            for (const std::string &line : error.errors())
                std::cerr << "vigil-cli: rules: " << line << "\n";
            status = kExitBadInput;
        }
    }
    return status;
}

} // namespace vigil::cli
