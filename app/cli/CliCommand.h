#pragma once

// vigil-cli subcommands. Each lives in its own Cmd*.cpp and is listed once in CliMain.cpp.
// Contract (DESIGN.md, CLI): exit 0 ok, 1 findings, 2 bad input or usage, with a one-line error
// on stderr that names the file and the problem.

#include <nlohmann/json_fwd.hpp>

#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace vigil::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFindings = 1;
inline constexpr int kExitBadInput = 2;

// Thrown by commands for bad usage or bad input; main prints "vigil-cli: <message>" and exits 2.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// JSON for scripts, indented by two: text that is not valid UTF-8 (a .vigil written by another
// tool) comes out with replacement characters instead of stopping the command.
std::string jsonText(const nlohmann::json &value);
// A JSON value on one line for a text report: "(none)" for null, at most `longest` bytes (a
// longer one is cut at a character boundary and ends in "...").
std::string oneLineJson(const nlohmann::json &value, size_t longest);

// Makes std::cout remember why a write to standard output failed (main calls it first), and
// flushes it at the end, throwing UsageError naming standard output and the reason when
// anything written was lost (/dev/full, a full disk): a command that could not deliver its
// output fails with exit 2.
void installCheckedOutput();
void finishStandardOutput();

struct Command {
    std::string_view name;
    std::string_view synopsis; // one usage line, e.g. "import IN [--from FORMAT] -o OUT.vigil"
    std::string_view summary;
    int (*run)(const std::vector<std::string> &args);
};

// Minimal option scanner shared by the commands: positional arguments and --name VALUE options.
class Arguments {
public:
    // `valued` lists options that take a value (e.g. {"-o", "--format"}); `flags` those that don't.
    Arguments(const std::vector<std::string> &args, const std::vector<std::string> &valued,
              const std::vector<std::string> &flags = {});
    const std::vector<std::string> &positional() const { return m_positional; }
    // Last value given for the option, or `fallback`.
    std::string value(const std::string &option, const std::string &fallback = {}) const;
    std::vector<std::string> values(const std::string &option) const; // every occurrence
    bool has(const std::string &option) const;
    // Throws UsageError unless there are between min and max positional arguments.
    void expectPositional(size_t min, size_t max, std::string_view synopsis) const;

private:
    std::vector<std::string> m_positional;
    std::vector<std::pair<std::string, std::string>> m_options;
};

} // namespace vigil::cli
