#pragma once

// Entry points of the vigil-cli subcommands (one Cmd*.cpp each).

#include <map>
#include <string>
#include <vector>

namespace vigil {
class ThreatModel;
}

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
int runBaseline(const std::vector<std::string> &args);
int runHistory(const std::vector<std::string> &args);

// The versions of the packs the model names, as they are now (check, baseline approve); a model
// analysed with a pack of the user's needs it again (--rules) to tell whether that pack changed.
// `path` names the file in the UsageError for a pack that cannot be found.
std::map<std::string, std::string> currentPackVersions(const ThreatModel &model,
                                                       const std::vector<std::string> &files,
                                                       const std::string &path);

} // namespace vigil::cli
