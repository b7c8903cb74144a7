#pragma once

// Entry points of the vigil-cli subcommands (one Cmd*.cpp each).

#include <string>
#include <vector>

namespace vigil::cli {

int runImport(const std::vector<std::string> &args);
int runExport(const std::vector<std::string> &args);
int runSynth(const std::vector<std::string> &args);
int runAnalyze(const std::vector<std::string> &args);
int runRules(const std::vector<std::string> &args);
int runRender(const std::vector<std::string> &args);
int runCheck(const std::vector<std::string> &args);
int runResults(const std::vector<std::string> &args);
int runCvss(const std::vector<std::string> &args);
int runReport(const std::vector<std::string> &args);
int runDiff(const std::vector<std::string> &args);
int runMerge(const std::vector<std::string> &args);

} // namespace vigil::cli
