// Whole-process figures for vigil-cli (issue 14): what a user or a CI step waits for. For each
// size N in VIGIL_BENCH_SIZES (default 1000,10000,50000; only 1000 in a sanitizer build), a
// temporary folder gets synth.vigil, the model `vigil-cli synth --elements N --flows 2N
// --boundaries N/50 --seed 7` writes, and chain.vigil, ChainModel.h's model with a complete
// traceability chain (B.vigil: the analysed model with a baseline). Each command below then runs
// as its own process with stdout to /dev/null: wall time from spawn to exit, and peak resident memory (the child's ru_maxrss). It prints the
// median wall time and the largest peak of VIGIL_BENCH_RUNS runs (default 3; 1 from 50,000
// elements and under CI=true), per size, and the growth from 10k to 50k elements (CI=true
// measures 1k and 10k only). Nothing about
// time is asserted: the only failure is a command that exits with a code it should not. An
// export too large for `import` to read (kMaxModelJsonBytes, past about 10k elements) is not
// imported: "skipped".
//
// Run alone:  ctest --preset dev -L benchmark -R cli -V
//             VIGIL_BENCH_SIZES=10000 VIGIL_BENCH_RUNS=5 build/dev/tests/bench_cli
//             VIGIL_BENCH_CLI=/path/to/older/vigil-cli ... measures another build

#include "ChainModel.h"
#include "ProcessStats.h"
#include "model/ModelFile.h"
#include "model/Synth.h"
#include "model/store/DocumentStore.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

using namespace vigil;
namespace fs = std::filesystem;

namespace {

#ifdef VIGIL_BENCH_SANITIZED
// Sanitized builds run several times slower and use several times the memory: a smoke run.
constexpr const char *kDefaultSizes = "1000";
constexpr const char *kCiSizes = "1000";
#else
constexpr const char *kDefaultSizes = "1000,10000,50000";
constexpr const char *kCiSizes = "1000,10000";
#endif
constexpr size_t kGrowthFrom = 10000;
constexpr size_t kGrowthTo = 50000;
constexpr double kGrowthFactor = static_cast<double>(kGrowthTo)
                                 / static_cast<double>(kGrowthFrom);

class BenchError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

std::vector<size_t> sizesFromEnvironment()
{
    const char *variable = std::getenv("VIGIL_BENCH_SIZES");
    // CI has a time budget: the 50k size alone takes minutes there, so it prints 1k and 10k
    // (the README's table has the 50k figures).
    const char *ci = std::getenv("CI");
    const bool inCi = ci && std::string_view(ci) == "true";
    const std::string text = variable && *variable ? variable
                             : inCi                ? kCiSizes
                                                   : kDefaultSizes;
    std::vector<size_t> sizes;
    size_t start = 0;
    while (start <= text.size()) {
        const size_t comma = std::min(text.find(',', start), text.size());
        const std::string item = text.substr(start, comma - start);
        char *end = nullptr;
        errno = 0;
        const unsigned long long value = std::strtoull(item.c_str(), &end, 10);
        if (item.empty() || *end != '\0' || errno != 0 || value < 1
            || value > kMaxSynthElements)
            throw BenchError("VIGIL_BENCH_SIZES=" + text + ": '" + item
                             + "' is not an element count (1 to "
                             + std::to_string(kMaxSynthElements) + ")");
        sizes.push_back(static_cast<size_t>(value));
        start = comma + 1;
    }
    return sizes;
}

int runsFor(size_t elements)
{
    if (const char *variable = std::getenv("VIGIL_BENCH_RUNS"); variable && *variable) {
        char *end = nullptr;
        const long runs = std::strtol(variable, &end, 10);
        if (*end != '\0' || runs < 1 || runs > 1000)
            throw BenchError(std::string("VIGIL_BENCH_RUNS=") + variable
                             + ": not a number of runs (1 to 1000)");
        return static_cast<int>(runs);
    }
    // CI prints one run of each: the figures are for reading, and CI has a time budget.
    if (const char *ci = std::getenv("CI"); ci && std::string_view(ci) == "true")
        return 1;
    return elements >= 50000 ? 1 : 3;
}

// Removed with everything in it when the driver ends, also on failure.
class TemporaryFolder {
public:
    TemporaryFolder()
    {
        std::string pattern = (fs::temp_directory_path() / "vigil-bench-cli-XXXXXX").string();
        if (!mkdtemp(pattern.data()))
            throw BenchError(std::string("cannot create a temporary folder: ")
                             + std::strerror(errno));
        m_path = pattern;
    }
    ~TemporaryFolder()
    {
        std::error_code error;
        fs::remove_all(m_path, error);
    }
    TemporaryFolder(const TemporaryFolder &) = delete;
    TemporaryFolder &operator=(const TemporaryFolder &) = delete;

    const fs::path &path() const { return m_path; }

private:
    fs::path m_path;
};

std::string readText(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Runs `work` in a forked child. The models are built there, not here: a spawned child starts
// from this process's memory (posix_spawn shares it until exec), and Linux carries that memory's
// high-water mark into the child's ru_maxrss, so a large driver would inflate every figure.
void runForked(const std::function<void()> &work)
{
    std::fflush(stdout);
    std::fflush(stderr);
    const pid_t pid = fork();
    if (pid < 0)
        throw BenchError(std::string("fork: ") + std::strerror(errno));
    if (pid == 0) {
        int code = 0;
        try {
            work();
        } catch (const std::exception &error) {
            std::fprintf(stderr, "bench_cli: %s\n", error.what());
            code = 1;
        }
        std::fflush(stdout);
        std::fflush(stderr);
        _exit(code);
    }
    int status = 0;
    if (waitpid(pid, &status, 0) < 0)
        throw BenchError(std::string("waitpid: ") + std::strerror(errno));
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        throw BenchError("building or reading the models failed");
}

double mebibytes(std::uintmax_t bytes)
{
    return static_cast<double>(bytes) / (1024.0 * 1024.0);
}

// `import` refuses JSON larger than kMaxModelJsonBytes (exit 2, by design), and an analysed
// model's export outgrows that at about 10,000 elements: that size cannot be imported.
std::string tooLargeToImport(const fs::path &json)
{
    const std::uintmax_t bytes = fs::file_size(json);
    if (bytes <= kMaxModelJsonBytes)
        return {};
    char reason[160];
    std::snprintf(reason, sizeof reason,
                  "%s is %.0f MiB, more than import reads (%.0f MiB, kMaxModelJsonBytes)",
                  json.filename().c_str(), mebibytes(bytes), mebibytes(kMaxModelJsonBytes));
    return reason;
}

struct Sample {
    double wallSeconds = 0;
    long peakKilobytes = 0; // ru_maxrss is in KiB on Linux
};

struct Command {
    Command(std::string text, bool findings = false, std::function<void()> before = {},
            std::function<std::string()> skipWhy = {})
        : line(std::move(text))
        , findingsAllowed(findings)
        , prepare(std::move(before))
        , skipReason(std::move(skipWhy))
    {}

    std::string line;              // the arguments; file names are in the size's folder
    bool findingsAllowed;          // exit code 1 means findings, not a failure
    std::function<void()> prepare; // untimed, before each run
    // Why the command cannot run at this size (it would be refused by design), or "".
    std::function<std::string()> skipReason;
};

// The command's arguments, with the files (*.vigil, *.json) given by full path.
std::vector<std::string> argumentsOf(const Command &command, const fs::path &folder)
{
    std::vector<std::string> args;
    size_t start = 0;
    while (start < command.line.size()) {
        const size_t space = std::min(command.line.find(' ', start), command.line.size());
        const std::string word = command.line.substr(start, space - start);
        const bool file = word.ends_with(".vigil") || word.ends_with(".json");
        args.push_back(file ? (folder / word).native() : word);
        start = space + 1;
    }
    return args;
}

// One run of `vigil-cli` with the command's arguments; its stderr goes to a file in `folder`
// that a failure shows.
Sample runOnce(const Command &command, const fs::path &folder, size_t elements)
{
    const fs::path errorFile = folder / "stderr.txt";
    // VIGIL_BENCH_CLI measures another build (e.g. an older one, for a before/after table).
    const char *other = std::getenv("VIGIL_BENCH_CLI");
    const std::string program = other && *other ? other : VIGIL_CLI;
    bench::ProcessStats run;
    try {
        run = bench::runMeasured(program, argumentsOf(command, folder), errorFile);
    } catch (const std::runtime_error &error) {
        throw BenchError(error.what());
    }
    if (!run.exited || !(run.code == 0 || (command.findingsAllowed && run.code == 1))) {
        const std::string how = run.exited ? "exited with " + std::to_string(run.code)
                                           : "was killed by signal " + std::to_string(run.signal);
        throw BenchError("`vigil-cli " + command.line + "` (" + std::to_string(elements)
                         + " elements) " + how + "; its stderr:\n" + readText(errorFile));
    }
    return {run.seconds, run.peakKiB};
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

struct Figure {
    double wallSeconds = 0;
    double peakMegabytes = 0; // MiB, as the table's "MB"
    std::string skipped;      // why it did not run, or ""
};

Figure measure(const Command &command, int runs, const fs::path &folder, size_t elements)
{
    if (command.skipReason) {
        if (std::string reason = command.skipReason(); !reason.empty())
            return {0, 0, std::move(reason)};
    }
    std::vector<double> walls;
    long peak = 0;
    for (int run = 0; run < runs; ++run) {
        if (command.prepare)
            command.prepare();
        const Sample sample = runOnce(command, folder, elements);
        walls.push_back(sample.wallSeconds);
        peak = std::max(peak, sample.peakKilobytes);
    }
    return {median(walls), static_cast<double>(peak) / 1024.0, {}};
}

using Results = std::vector<std::pair<std::string, Figure>>; // in command order

Results benchmarkSize(size_t elements, const fs::path &folder)
{
    const fs::path synth = folder / "synth.vigil";
    const fs::path chain = folder / "chain.vigil";
    const fs::path written = folder / "W.vigil";
    const fs::path exported = folder / "OUT.json";
    const fs::path imported = folder / "I.vigil";
    const fs::path baseline = folder / "B.vigil";
    const int runs = runsFor(elements);

    std::printf("\n## %zu elements (%d run%s each)\n\n", elements, runs, runs == 1 ? "" : "s");
    runForked([&] {
        const auto start = std::chrono::steady_clock::now();
        ThreatModel model = synthesizeModel({elements, elements * 2, elements / 50, 7});
        saveDocument(model, synth, SaveMode::Full);
        ThreatModel chained = bench::modelWithChain(elements);
        saveDocument(chained, chain, SaveMode::Full);
        const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
        std::printf("synth.vigil: %zu elements, %zu flows, %zu trust zones\n"
                    "chain.vigil: %zu threats, %zu mitigations, %zu requirements, %zu tests\n"
                    "(both built and saved in %.1f s)\n\n",
                    model.elementCount(), model.flowCount(), model.boundaries().size(),
                    chained.threats().size(), chained.mitigations().size(),
                    chained.requirements().size(), chained.tests().size(), took.count());
    });

    const std::vector<Command> commands = {
        {"analyze synth.vigil --format json"}, // a model never analysed
        {"analyze synth.vigil --format text"},
        {"analyze W.vigil --write", false, // on a fresh copy of synth.vigil each run
         [&] { fs::copy_file(synth, written, fs::copy_options::overwrite_existing); }},
        {"analyze W.vigil --format json"}, // analysed and saved: everything is kept
        {"export synth.vigil -o /dev/null"},
        {"export W.vigil -o OUT.json"},
        {"import OUT.json -o I.vigil", false, [&] { fs::remove(imported); },
         [&] { return tooLargeToImport(exported); }},
        {"check chain.vigil --format json", true}, // exit code 1: it finds gaps
        // A baseline of the analysed model, on a fresh copy of it each run; then what reads it.
        {"baseline create B.vigil --name Rev-A --write", false,
         [&] { fs::copy_file(written, baseline, fs::copy_options::overwrite_existing); }},
        {"baseline list B.vigil"},
        {"history B.vigil"},
    };
    // Each row as soon as it is measured: the 50k sizes take minutes.
    std::printf("| command | wall (s) | peak (MB) |\n|---|---:|---:|\n");
    Results results;
    std::vector<std::string> notes;
    for (const Command &command : commands) {
        const Figure figure = measure(command, runs, folder, elements);
        if (figure.skipped.empty())
            std::printf("| `%s` | %.3f | %.1f |\n", command.line.c_str(), figure.wallSeconds,
                        figure.peakMegabytes);
        else
            std::printf("| `%s` | skipped | |\n", command.line.c_str());
        if (!figure.skipped.empty())
            notes.push_back("skipped `" + command.line + "`: " + figure.skipped);
        results.emplace_back(command.line, figure);
    }
    std::printf("\n");
    for (const std::string &note : notes)
        std::printf("%s\n", note.c_str());
    runForked([&] {
        std::printf("W.vigil after `analyze --write`: %zu threats; its export OUT.json: "
                    "%.0f MiB\n",
                    loadDocument(written).model.threats().size(),
                    mebibytes(fs::file_size(exported)));
    });
    return results;
}

void printGrowth(const Results &from, const Results &to)
{
    std::printf("\n## Growth from %zu to %zu elements (%.0fx the model; linear growth is "
                "%.1f)\n\n| command | wall | peak |\n|---|---:|---:|\n",
                kGrowthFrom, kGrowthTo, kGrowthFactor, kGrowthFactor);
    for (size_t i = 0; i < from.size() && i < to.size(); ++i) {
        const Figure &a = from[i].second;
        const Figure &b = to[i].second;
        if (a.skipped.empty() && b.skipped.empty())
            std::printf("| `%s` | %.2f | %.2f |\n", from[i].first.c_str(),
                        b.wallSeconds / a.wallSeconds, b.peakMegabytes / a.peakMegabytes);
        else
            std::printf("| `%s` | n/a | n/a |\n", from[i].first.c_str());
    }
}

} // namespace

int main()
{
    // One line at a time, so that ctest -V shows progress during the long sizes.
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    try {
        const std::vector<size_t> sizes = sizesFromEnvironment();
        const TemporaryFolder temporary;
        std::printf("# vigil-cli, whole process: median wall time, largest peak RSS\n");
        std::map<size_t, Results> bySize;
        for (const size_t elements : sizes) {
            const fs::path folder = temporary.path() / std::to_string(elements);
            fs::create_directory(folder);
            bySize[elements] = benchmarkSize(elements, folder);
            fs::remove_all(folder); // the 50k files take a few hundred MB
        }
        if (bySize.count(kGrowthFrom) && bySize.count(kGrowthTo))
            printGrowth(bySize[kGrowthFrom], bySize[kGrowthTo]);
        rusage self{};
        getrusage(RUSAGE_SELF, &self);
        std::printf("\n(this driver's own peak: %.1f MB, a floor under every peak above)\n",
                    static_cast<double>(self.ru_maxrss) / 1024.0);
    } catch (const std::exception &error) {
        std::fflush(stdout);
        std::fprintf(stderr, "bench_cli: %s\n", error.what());
        return 1;
    }
    return 0;
}
