#include "app/cli/CliCommand.h"

#include <algorithm>

namespace vigil::cli {

Arguments::Arguments(const std::vector<std::string> &args, const std::vector<std::string> &valued,
                     const std::vector<std::string> &flags)
{
    const auto known = [](const std::vector<std::string> &list, const std::string &name) {
        return std::find(list.begin(), list.end(), name) != list.end();
    };
    for (size_t i = 0; i < args.size(); ++i) {
        std::string arg = args[i];
        if (arg.size() > 1 && arg[0] == '-') {
            std::string inlineValue;
            bool hasInline = false;
            if (auto eq = arg.find('='); arg.rfind("--", 0) == 0 && eq != std::string::npos) {
                inlineValue = arg.substr(eq + 1);
                arg = arg.substr(0, eq);
                hasInline = true;
            }
            if (known(valued, arg)) {
                if (!hasInline) {
                    if (i + 1 >= args.size())
                        throw UsageError("option " + arg + " needs a value");
                    inlineValue = args[++i];
                }
                m_options.emplace_back(arg, inlineValue);
            } else if (known(flags, arg) && !hasInline) {
                m_options.emplace_back(arg, std::string{});
            } else {
                throw UsageError("unknown option " + arg);
            }
        } else {
            m_positional.push_back(arg);
        }
    }
}

std::string Arguments::value(const std::string &option, const std::string &fallback) const
{
    for (auto it = m_options.rbegin(); it != m_options.rend(); ++it)
        if (it->first == option)
            return it->second;
    return fallback;
}

std::vector<std::string> Arguments::values(const std::string &option) const
{
    std::vector<std::string> result;
    for (const auto &[name, value] : m_options)
        if (name == option)
            result.push_back(value);
    return result;
}

bool Arguments::has(const std::string &option) const
{
    return std::any_of(m_options.begin(), m_options.end(),
                       [&](const auto &entry) { return entry.first == option; });
}

void Arguments::expectPositional(size_t min, size_t max, std::string_view synopsis) const
{
    if (m_positional.size() < min)
        throw UsageError("missing argument; usage: vigil-cli " + std::string(synopsis));
    if (m_positional.size() > max)
        throw UsageError("unexpected argument \"" + m_positional[max]
                         + "\"; usage: vigil-cli " + std::string(synopsis));
}

} // namespace vigil::cli
