#include "model/json/JsonParse.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <vector>

namespace vigil {

namespace {

using Json = nlohmann::json;

bool isIdentifier(const std::string &key)
{
    if (key.empty() || std::isdigit(static_cast<unsigned char>(key.front())))
        return false;
    return std::all_of(key.begin(), key.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
    });
}

// "line L, column C" of a byte offset, counting columns in bytes from 1.
std::string lineAndColumn(std::string_view text, std::size_t offset)
{
    offset = std::min(offset, text.size());
    std::size_t line = 1;
    std::size_t lineStart = 0;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(offset - lineStart + 1);
}

// nlohmann's what() is "[json.exception.parse_error.101] parse error at line 1, column 5:
// syntax error while parsing value - ..."; keep the part after the position.
std::string syntaxProblem(const std::string &what)
{
    const auto at = what.find("parse error");
    if (at == std::string::npos)
        return what;
    const auto colon = what.find(": ", at);
    return colon == std::string::npos ? what : what.substr(colon + 2);
}

// Paths deeper than this many steps are shortened in messages: the start and the end are what a
// reader needs, and a message stays one readable line.
constexpr std::size_t kPathStepsShown = 12;

// Builds the DOM from nlohmann's (iterative) SAX parser, as its own json_sax_dom_parser does,
// and enforces the depth limit and unique keys. A problem stops the parse (a handler returns
// false) and is kept for parseJson to throw.
class StrictDomBuilder {
public:
    StrictDomBuilder(Json &root, std::string_view text) : m_root(root), m_text(text) {}

    const std::optional<JsonError> &error() const { return m_error; }

    bool null() { return addValue(Json(nullptr)); }
    bool boolean(bool value) { return addValue(Json(value)); }
    bool number_integer(Json::number_integer_t value) { return addValue(Json(value)); }
    bool number_unsigned(Json::number_unsigned_t value) { return addValue(Json(value)); }
    bool number_float(Json::number_float_t value, const std::string &)
    {
        return addValue(Json(value));
    }
    bool string(std::string &value) { return addValue(Json(std::move(value))); }
    bool binary(Json::binary_t &value) { return addValue(Json(std::move(value))); }

    bool start_object(std::size_t) { return startContainer(Json::object(), false); }
    bool start_array(std::size_t) { return startContainer(Json::array(), true); }
    bool end_object() { return endContainer(); }
    bool end_array() { return endContainer(); }

    bool key(std::string &name)
    {
        Frame &frame = m_stack.back();
        if (frame.value->contains(name)) {
            m_error.emplace(jsonMember(pathTo(m_stack.size()), name),
                          "the key \"" + name + "\" is given twice in one object");
            return false;
        }
        frame.key = std::move(name);
        return true;
    }

    bool parse_error(std::size_t byte, const std::string &token,
                     const nlohmann::detail::exception &problem)
    {
        // out_of_range.406: a number beyond the range of a double. `byte` is the offset just
        // past it; report where it starts.
        if (problem.id == 406) {
            const std::size_t start = byte >= token.size() ? byte - token.size() : 0;
            m_error.emplace(pathOfNext(), "the number " + token + " is too large (at "
                                            + lineAndColumn(m_text, start) + ")");
            return false;
        }
        // `byte` counts the bytes read, including the one that failed.
        m_error.emplace("$", "not valid JSON at " + lineAndColumn(m_text, byte > 0 ? byte - 1 : 0)
                               + ": " + syntaxProblem(problem.what()));
        return false;
    }

private:
    struct Frame {
        Json *value = nullptr;
        bool array = false;
        std::string key; // objects: the key of the member being read
    };

    // The path of the value being read now: the item after the last one of the innermost array,
    // or the member under the last key of the innermost object.
    std::string pathOfNext() const
    {
        if (m_stack.empty())
            return "$";
        const Frame &frame = m_stack.back();
        const std::string container = pathTo(m_stack.size());
        return frame.array ? jsonIndex(container, frame.value->size())
                           : jsonMember(container, frame.key);
    }

    // The path of the container at m_stack[depth - 1] ("$" for the document).
    std::string pathTo(std::size_t depth) const
    {
        std::string path = "$";
        for (std::size_t i = 1; i < depth; ++i) {
            if (depth > kPathStepsShown && i == kPathStepsShown / 2) {
                path += "...";
                i = depth - kPathStepsShown / 2;
            }
            const Frame &parent = m_stack[i - 1];
            path = parent.array ? jsonIndex(path, parent.value->size() - 1)
                                : jsonMember(path, parent.key);
        }
        return path;
    }

    Json *place(Json &&value)
    {
        if (m_stack.empty()) {
            m_root = std::move(value);
            return &m_root;
        }
        Frame &frame = m_stack.back();
        if (frame.array) {
            frame.value->push_back(std::move(value));
            return &frame.value->back();
        }
        Json &slot = (*frame.value)[frame.key];
        slot = std::move(value);
        return &slot;
    }

    bool addValue(Json &&value)
    {
        place(std::move(value));
        return true;
    }

    bool startContainer(Json &&empty, bool array)
    {
        if (m_stack.size() >= kMaxJsonDepth) {
            m_error.emplace(pathOfNext(), "arrays and objects nested too deeply (more than "
                                            + std::to_string(kMaxJsonDepth) + " levels)");
            return false;
        }
        Json *value = place(std::move(empty));
        m_stack.push_back({value, array, {}});
        return true;
    }

    bool endContainer()
    {
        m_stack.pop_back();
        return true;
    }

    Json &m_root;
    std::string_view m_text;
    std::vector<Frame> m_stack;
    std::optional<JsonError> m_error;
};

} // namespace

std::string jsonMember(const std::string &path, const std::string &key)
{
    if (isIdentifier(key))
        return path + "." + key;
    std::string escaped;
    for (char c : key) {
        if (c == '\'' || c == '\\')
            escaped += '\\';
        escaped += c;
    }
    return path + "['" + escaped + "']";
}

std::string jsonIndex(const std::string &path, std::size_t index)
{
    return path + "[" + std::to_string(index) + "]";
}

Json parseJson(std::string_view text)
{
    Json root;
    StrictDomBuilder builder(root, text);
    bool ok = false;
    try {
        ok = Json::sax_parse(text.begin(), text.end(), &builder);
    } catch (const Json::exception &problem) {
        // The SAX interface reports every parse problem through parse_error(); anything else
        // is a library condition we do not know, still told in one line with the file's path.
        throw JsonError("$", std::string("cannot read the JSON: ") + problem.what());
    }
    if (builder.error())
        throw *builder.error();
    if (!ok)
        throw JsonError("$", "not valid JSON");
    return root;
}

} // namespace vigil
