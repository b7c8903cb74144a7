#pragma once

// Opening a model file for a command: a file that opened with warnings (a checksum that does not
// match, text that was not UTF-8) says so on stderr, one line each, naming the file; the command
// goes on, so the data can always get out.

#include "app/cli/CliCommand.h"
#include "model/Baselines.h"
#include "model/IsoDate.h"
#include "model/ModelFile.h"

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <utility>
#include <vector>
#include <string_view>
#include <thread>

namespace vigil::cli {

// `argument` is a file, or FILE@BASELINE for a baseline kept in it (model/Baselines.h): the
// frozen model, read-only, with the baseline's record in `baseline`. A baseline that is not
// there, or whose content no longer has its hash, is a UsageError naming the file.
inline OpenedModel openModelForCommand(const std::string &argument, std::string_view command)
{
    const auto [file, baselineName] = splitBaselineArgument(argument);
    OpenedModel opened = openModelFile(file);
    for (const std::string &warning : opened.warnings)
        std::cerr << "vigil-cli: " << command << ": warning: " << warning << "\n";
    if (baselineName.empty())
        return opened;
    const Baseline *baseline = opened.model.baselineNamed(baselineName);
    if (!baseline) {
        std::string known;
        for (const auto &[id, each] : opened.model.baselines().all())
            known += (known.empty() ? "" : ", ") + each.name;
        throw UsageError(file + ": no baseline named \"" + baselineName + "\"; "
                         + (known.empty() ? "the file has none" : "the file has: " + known));
    }
    Baseline record = *baseline; // `baseline` points into the model about to be replaced
    try {
        opened.model = baselineModel(record);
    } catch (const ModelError &error) {
        throw UsageError(file + ": " + error.what());
    }
    record.snapshot.clear();
    opened.baseline = std::move(record);
    opened.readOnly = true;
    opened.warnings.clear();
    return opened;
}

// A command's --write on a baseline: refused, naming it (a baseline never changes).
inline void refuseWritingBaseline(const OpenedModel &opened, const std::string &argument)
{
    if (opened.baseline)
        throw UsageError(argument + ": baseline \"" + opened.baseline->name
                         + "\" is frozen; --write changes only the model itself");
}

// Who the audit trail names for a command: $VIGIL_AUTHOR, else the operating system's user.
inline std::string commandAuthor()
{
    const char *author = std::getenv("VIGIL_AUTHOR");
    return author && *author ? std::string(author) : operatingSystemUser();
}

// Records a command that changes a document (--write) in its history: `action` names the
// command as the user typed it, `touched` the journal keys it changed (ThreatModel::setChangeTap).
inline void recordCommandInHistory(ThreatModel &model, const std::string &action,
                                   const std::vector<std::pair<Table, std::string>> &touched)
{
    recordHistory(model, {{action, touchedIds(touched)}}, commandAuthor(),
                  std::chrono::system_clock::now());
}

// A test hook for the in-place saves (--write): with VIGIL_TEST_PAUSE_BEFORE_SAVE=FOLDER set, the
// command creates FOLDER/loaded once it has read its file and waits (at most a minute) for
// FOLDER/go before saving, so that a test can change the file in between, deterministically.
inline void pauseBeforeSaveForTests()
{
    const char *folder = std::getenv("VIGIL_TEST_PAUSE_BEFORE_SAVE");
    if (!folder || !*folder)
        return;
    const std::filesystem::path hook(folder);
    std::ofstream(hook / "loaded").put('\n');
    std::error_code error;
    for (int i = 0; i < 6000 && !std::filesystem::exists(hook / "go", error); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
}

} // namespace vigil::cli
