#pragma once

// Reading JSON text from outside (model files, rule packs, the property catalogue, settings kept
// in a .vigil) into nlohmann::json, strictly and within fixed bounds, with errors in our words:
// every problem is a JsonError naming the JSON path where it is, never a raw library exception.
// - Nesting deeper than kMaxJsonDepth is refused while parsing. nlohmann's parser itself does not
//   recurse, but copying, comparing, dumping and our readers do, once per level; the bound keeps
//   every later step within a small, fixed amount of stack.
// - A key given twice in one object is an error (nlohmann would keep the last one silently).
// - A number too large for a double (1e5555) is an error naming its path.
// - A syntax error names the line and column.

#include <nlohmann/json.hpp>

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

namespace vigil {

// Malformed input. what() is "<JSON path>: <problem>", e.g.
// "$.elements[2].properties.encrypted: expected a boolean".
class JsonError : public std::runtime_error {
public:
    JsonError(const std::string &path, const std::string &problem)
        : std::runtime_error(path + ": " + problem), m_path(path), m_problem(problem)
    {}
    const std::string &path() const { return m_path; }
    const std::string &problem() const { return m_problem; }

private:
    std::string m_path;
    std::string m_problem;
};

// The deepest nesting of arrays and objects accepted: 64 levels (the document itself is level
// 1). A vigil-model file nests 6 levels, a rule pack 5, the files of other tools' formats we
// import about a dozen.
inline constexpr std::size_t kMaxJsonDepth = 64;

// Parses `text` as exactly one JSON document under the rules above. Throws JsonError: its path is
// "$" for a syntax error (the message then gives the line and column), otherwise the path of the
// offending key or value ("$.flows[3]['tb-pump']").
nlohmann::json parseJson(std::string_view text);

// JSONPath spelling, as every Vigil message writes it: `$.a.b` for plain names, `$['tb-pump']`
// (RFC 9535 normalized form) for any other key, `$.a[3]` for array items.
std::string jsonMember(const std::string &path, const std::string &key);
std::string jsonIndex(const std::string &path, std::size_t index);

} // namespace vigil
