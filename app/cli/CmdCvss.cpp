// cvss: the base score and severity of a CVSS v3.0 or v3.1 vector, and the vector with its
// metrics in the specification's order. A malformed vector is bad input (exit 2); the message
// names the metric.

#include "app/cli/CliCommand.h"
#include "app/cli/Commands.h"
#include "stride/Cvss.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>

namespace vigil::cli {

int runCvss(const std::vector<std::string> &args)
{
    constexpr std::string_view synopsis = "cvss VECTOR [--format text|json]";
    Arguments arguments(args, {"--format"});
    arguments.expectPositional(1, 1, synopsis);
    const std::string format = arguments.value("--format", "text");
    if (format != "json" && format != "text")
        throw UsageError("--format " + format + " is not supported; use text or json");

    const stride::CvssScore result = stride::scoreCvss3(arguments.positional()[0]);
    char score[8];
    std::snprintf(score, sizeof score, "%.1f", result.score);
    if (format == "text") {
        std::cout << score << " " << result.severity << " " << result.normalizedVector << "\n";
    } else {
        // One line, keys in sorted order like every JSON Vigil writes.
        using nlohmann::json;
        std::cout << "{\"score\": " << score << ", \"severity\": " << json(result.severity).dump()
                  << ", \"vector\": " << json(result.normalizedVector).dump()
                  << ", \"version\": " << json(result.version).dump() << "}\n";
    }
    return kExitOk;
}

} // namespace vigil::cli
