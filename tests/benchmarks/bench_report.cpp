// Whole-process figures for `vigil-cli report` (issue 9): the example's PDF, and PDFs of
// analysed synthetic models of about 500 and 20,000 threats (`synth --elements 34` and
// `--elements 1200`, flows twice the elements, analysed and written first). Each report runs as
// its own process: wall time and peak memory, printed with the page count, and the memory the
// report takes beyond the model itself (the peak of `vigil-cli check` on the same model, which
// loads it and little else): that part must stay flat however many pages the report has.
// Nothing about time is asserted; a report that fails is. VIGIL_BENCH_REPORT_SIZES=34 (a comma list of element
// counts) narrows the run; under CI=true only the example and 34 elements run.
//
// Run alone:  ctest --preset dev -L benchmark -R report -V

#include "ProcessStats.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <algorithm>
#include <string>
#include <vector>

#include <unistd.h>

namespace fs = std::filesystem;
using vigil::bench::runMeasured;

namespace {

int failures = 0;

std::string readText(const fs::path &path)
{
    std::ifstream in(path);
    std::string text;
    for (std::string line; std::getline(in, line);)
        text += line + "\n";
    return text;
}

bool run(const std::vector<std::string> &args, const fs::path &folder, vigil::bench::ProcessStats *stats = nullptr)
{
    const vigil::bench::ProcessStats result = runMeasured(VIGIL_CLI, args, folder / "stderr.txt");
    if (stats)
        *stats = result;
    if (result.exited && result.code == 0)
        return true;
    std::printf("FAILED: vigil-cli %s ...: %s\n", args.front().c_str(),
                readText(folder / "stderr.txt").c_str());
    ++failures;
    return false;
}

// pdfinfo's page count, or 0 when poppler is not there.
int pagesOf(const fs::path &pdf)
{
    const std::string command = "pdfinfo '" + pdf.string() + "' 2>/dev/null";
    FILE *pipe = popen(command.c_str(), "r");
    if (!pipe)
        return 0;
    char line[512];
    int pages = 0;
    while (std::fgets(line, sizeof line, pipe))
        std::sscanf(line, "Pages: %d", &pages);
    pclose(pipe);
    return pages;
}

void report(const std::string &label, const fs::path &path, const fs::path &folder)
{
    const fs::path pdf = folder / "report.pdf";
    vigil::bench::ProcessStats stats;
    if (!run({"report", path.string(), "--format", "pdf", "-o", pdf.string(), "--date",
              "2026-12-01"},
             folder, &stats))
        return;
    // `check` exits 1 when the model has gaps: only its memory counts here.
    const vigil::bench::ProcessStats model =
        runMeasured(VIGIL_CLI, {"check", path.string()}, folder / "stderr.txt");
    std::printf("%-34s %8.2f s %8.0f MiB peak %6d pages %6.0f MiB beyond the model\n",
                label.c_str(), stats.seconds, double(stats.peakKiB) / 1024.0, pagesOf(pdf),
                double(stats.peakKiB - model.peakKiB) / 1024.0);
    std::fflush(stdout);
}

} // namespace

int main()
{
    const fs::path folder = fs::temp_directory_path() / ("vigil-bench-report-" + std::to_string(getpid()));
    fs::create_directories(folder);
    const bool ci = std::getenv("CI") && std::string(std::getenv("CI")) == "true";
    std::string sizes = std::getenv("VIGIL_BENCH_REPORT_SIZES") ? std::getenv("VIGIL_BENCH_REPORT_SIZES")
                                                                : (ci ? "34" : "34,300,1200");
    std::printf("vigil-cli report --format pdf, whole process\n");
    report("example (insulin pump)", VIGIL_SOURCE_DIR "/resources/examples/insulin-pump.json", folder);
    for (std::size_t start = 0; start < sizes.size();) {
        const std::size_t comma = std::min(sizes.find(',', start), sizes.size());
        const std::string item = sizes.substr(start, comma - start);
        start = comma + 1;
        const long elements = std::strtol(item.c_str(), nullptr, 10);
        if (elements <= 0)
            continue;
        const fs::path model = folder / ("synth-" + item + ".vigil");
        if (!run({"synth", "--elements", item, "--flows", std::to_string(2 * elements),
                  "--boundaries", std::to_string(elements / 50 + 1), "--seed", "7", "-o",
                  model.string()},
                 folder)
            || !run({"analyze", model.string(), "--write", "--format", "text"}, folder))
            continue;
        report("synth " + item + " elements, analysed",
               model, folder);
    }
    fs::remove_all(folder);
    return failures == 0 ? 0 : 1;
}
