#pragma once

// Writes JSON as it goes, in exactly the form nlohmann's dump(2) gives a document (two-space
// indentation, ": " after keys, "[]" and "{}" when empty, UTF-8 kept, invalid UTF-8 replaced), so
// a 200,000-threat output needs no document tree of its own in memory. Keys must come in the
// order nlohmann sorts them (byte order): the writer refuses any other, since output that depends
// on the order code happens to write in would not be deterministic.

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace vigil {

class JsonWriter {
public:
    // Into a string the caller reads with text().
    JsonWriter();
    // Into a stream, in chunks; flush() (or the destructor) writes the rest.
    explicit JsonWriter(std::ostream &out);
    ~JsonWriter();
    JsonWriter(const JsonWriter &) = delete;
    JsonWriter &operator=(const JsonWriter &) = delete;

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    // The next member's key; keys of one object in ascending byte order.
    void key(std::string_view name);

    void value(std::string_view text);
    void value(const char *text) { value(std::string_view(text)); }
    void value(const std::string &text) { value(std::string_view(text)); }
    void value(bool flag);
    void value(int number) { value(static_cast<std::int64_t>(number)); }
    void value(std::int64_t number);
    // Integral values as integers (10, not 10.0), as the model JSON writes coordinates.
    void number(double number);
    void null();
    // A small subtree (settings, a risk): formatted by nlohmann, indented to fit.
    void value(const nlohmann::json &tree);

    // Shorthands for a member.
    template<typename T>
    void member(std::string_view name, const T &item)
    {
        key(name);
        value(item);
    }
    // An array of strings.
    template<typename Strings>
    void strings(std::string_view name, const Strings &items)
    {
        key(name);
        beginArray();
        for (const auto &item : items)
            value(std::string_view(item));
        endArray();
    }

    void newline() { m_buffer += '\n'; }
    const std::string &text() const { return m_buffer; }
    void flush();

private:
    struct Level {
        bool object = false;
        bool empty = true;
        std::string lastKey;
    };
    void beforeValue();
    void begin(bool object, char bracket);
    void end(bool object, char bracket);
    void indent();
    void raw(std::string_view text);
    void maybeFlush();

    std::string m_buffer;
    std::ostream *m_out = nullptr;
    std::vector<Level> m_levels;
    std::size_t m_depth = 0;
    bool m_afterKey = false;
};

} // namespace vigil
