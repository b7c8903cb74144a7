#pragma once

// Opening a model file for a command: a file that opened with warnings (a checksum that does not
// match, text that was not UTF-8) says so on stderr, one line each, naming the file; the command
// goes on, so the data can always get out.

#include "model/ModelFile.h"

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string_view>
#include <thread>

namespace vigil::cli {

inline OpenedModel openModelForCommand(const std::filesystem::path &path,
                                       std::string_view command)
{
    OpenedModel opened = openModelFile(path);
    for (const std::string &warning : opened.warnings)
        std::cerr << "vigil-cli: " << command << ": warning: " << warning << "\n";
    return opened;
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
