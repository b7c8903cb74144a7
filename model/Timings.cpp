#include "model/Timings.h"

#include <cstdio>

namespace vigil::timings {

namespace {

struct State {
    bool enabled = false;
    int depth = 0;
    std::vector<Phase> phases;
};

State &state()
{
    static State instance;
    return instance;
}

} // namespace

void enable(bool on)
{
    state().enabled = on;
}

bool enabled()
{
    return state().enabled;
}

const std::vector<Phase> &phases()
{
    return state().phases;
}

void print(std::ostream &out, std::string_view prefix)
{
    double total = 0;
    out << prefix << "timings (wall, ms):\n";
    for (const Phase &phase : state().phases) {
        if (phase.depth == 0)
            total += phase.milliseconds;
        char figure[32];
        std::snprintf(figure, sizeof figure, "%10.1f", phase.milliseconds);
        out << prefix << figure << "  " << std::string(std::size_t(phase.depth) * 2, ' ')
            << phase.name << "\n";
    }
    char figure[32];
    std::snprintf(figure, sizeof figure, "%10.1f", total);
    out << prefix << figure << "  total\n";
}

Scope::Scope(std::string_view name)
{
    State &s = state();
    if (!s.enabled)
        return;
    m_active = true;
    m_index = s.phases.size();
    s.phases.push_back(Phase{std::string(name), s.depth, 0});
    ++s.depth;
    m_start = std::chrono::steady_clock::now();
}

Scope::~Scope()
{
    if (!m_active)
        return;
    State &s = state();
    const auto elapsed = std::chrono::steady_clock::now() - m_start;
    s.phases[m_index].milliseconds
        = std::chrono::duration<double, std::milli>(elapsed).count();
    --s.depth;
}

} // namespace vigil::timings
