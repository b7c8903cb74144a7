#pragma once

// Phase timings for users with big models (`vigil-cli ... --timings` or VIGIL_TIMINGS=1): each
// phase a command goes through (load, enumerate, reconcile, write, ...) records its wall time;
// the CLI prints them to stderr at the end. Off by default, and then a phase costs one branch.
// Phases nest: a phase started inside another is printed indented below it.

#include <chrono>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace vigil::timings {

struct Phase {
    std::string name;
    int depth = 0;
    double milliseconds = 0;
};

void enable(bool on);
bool enabled();
// Phases recorded so far, in the order they started.
const std::vector<Phase> &phases();
// "timings:" and one line per phase, then the total of the outermost phases.
void print(std::ostream &out, std::string_view prefix);

// Times the enclosing scope as one phase.
class Scope {
public:
    explicit Scope(std::string_view name);
    ~Scope();
    Scope(const Scope &) = delete;
    Scope &operator=(const Scope &) = delete;

private:
    std::size_t m_index = 0;
    bool m_active = false;
    std::chrono::steady_clock::time_point m_start;
};

} // namespace vigil::timings
