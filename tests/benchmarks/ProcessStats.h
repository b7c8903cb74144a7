#pragma once

// One whole process as a user runs it: wall time from spawn to exit and peak resident memory
// (the child's ru_maxrss), with stdin and stdout on /dev/null and stderr kept in a file.
// Shared by the whole-process benchmarks (bench_cli, bench_report).

#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char **environ;

namespace vigil::bench {

struct ProcessStats {
    double seconds = 0;
    long peakKiB = 0;
    bool exited = false; // false: killed by `signal`
    int code = -1;
    int signal = 0;
};

inline ProcessStats runMeasured(std::string program, std::vector<std::string> args,
                                const std::filesystem::path &errorFile)
{
    std::vector<char *> argv{program.data()}; // posix_spawn wants char *
    for (std::string &arg : args)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, errorFile.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0644);
    const auto start = std::chrono::steady_clock::now();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, program.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        throw std::runtime_error("cannot start " + program + ": " + std::strerror(spawned));
    int status = 0;
    rusage usage{};
    while (wait4(pid, &status, 0, &usage) < 0) {
        if (errno != EINTR)
            throw std::runtime_error(std::string("wait4: ") + std::strerror(errno));
    }
    ProcessStats stats;
    stats.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    stats.peakKiB = usage.ru_maxrss;
    stats.exited = WIFEXITED(status);
    stats.code = stats.exited ? WEXITSTATUS(status) : -1;
    stats.signal = stats.exited ? 0 : WTERMSIG(status);
    return stats;
}

} // namespace vigil::bench
