#include "app/cli/CliCommand.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <streambuf>

namespace vigil::cli {

std::string jsonText(const nlohmann::json &value)
{
    return value.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string oneLineJson(const nlohmann::json &value, size_t longest)
{
    if (value.is_null())
        return "(none)";
    // Compact: a text's line breaks stay escaped.
    std::string text = value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    if (text.size() <= longest)
        return text;
    size_t cut = longest;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut; // not inside a UTF-8 sequence
    return text.substr(0, cut) + "...";
}

namespace {

// std::cout's buffer in vigil-cli: writes through stdio's stdout and keeps the reason of the
// first failed write, which stdio itself forgets (ferror() only says that one failed).
class CheckedOutput final : public std::streambuf {
public:
    bool failed() const { return m_failed; }
    int reason() const { return m_reason; }

protected:
    int_type overflow(int_type c) override
    {
        if (traits_type::eq_int_type(c, traits_type::eof()))
            return traits_type::not_eof(c);
        const char ch = traits_type::to_char_type(c);
        return put(&ch, 1) ? c : traits_type::eof();
    }
    std::streamsize xsputn(const char *text, std::streamsize count) override
    {
        return put(text, static_cast<size_t>(count)) ? count : 0;
    }
    int sync() override
    {
        errno = 0;
        if (std::fflush(stdout) == 0 && !std::ferror(stdout))
            return 0;
        fail();
        return -1;
    }

private:
    bool put(const char *text, size_t count)
    {
        if (m_failed)
            return false;
        errno = 0;
        if (std::fwrite(text, 1, count, stdout) == count)
            return true;
        fail();
        return false;
    }
    void fail()
    {
        if (!m_failed)
            m_reason = errno;
        m_failed = true;
    }

    bool m_failed = false;
    int m_reason = 0;
};

CheckedOutput &checkedOutput()
{
    // Never destroyed: std::cout flushes through it at exit, after function statics are gone.
    static auto *buffer = new CheckedOutput;
    return *buffer;
}

} // namespace

void installCheckedOutput() { std::cout.rdbuf(&checkedOutput()); }

void finishStandardOutput()
{
    std::cout.flush();
    const CheckedOutput &buffer = checkedOutput();
    if (!buffer.failed() && std::cout)
        return;
    throw UsageError("cannot write to standard output: "
                     + std::string(buffer.reason() != 0 ? std::strerror(buffer.reason())
                                                        : "output error"));
}

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
