#include "model/json/JsonWriter.h"
#include "model/Utf8.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <cmath>
#include <stdexcept>

namespace vigil {

namespace {

constexpr std::size_t kIndent = 2;
constexpr std::size_t kFlushBytes = 1 << 20;

// Appends `text` as a JSON string the way nlohmann writes it with ensure_ascii off.
void appendQuoted(std::string &out, std::string_view text)
{
    if (!validUtf8(text)) {
        out += nlohmann::json(std::string(text))
                   .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        return;
    }
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    std::size_t plain = 0; // start of the run of bytes copied as they are
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte >= 0x20 && byte != '"' && byte != '\\')
            continue;
        out.append(text.data() + plain, i - plain);
        plain = i + 1;
        switch (byte) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            out += "\\u00";
            out += kHex[byte >> 4];
            out += kHex[byte & 0xf];
        }
    }
    out.append(text.data() + plain, text.size() - plain);
    out += '"';
}

} // namespace

JsonWriter::JsonWriter() = default;

JsonWriter::JsonWriter(std::ostream &out) : m_out(&out) {}

JsonWriter::~JsonWriter()
{
    if (m_out)
        m_out->write(m_buffer.data(), static_cast<std::streamsize>(m_buffer.size()));
}

void JsonWriter::flush()
{
    if (!m_out)
        return;
    m_out->write(m_buffer.data(), static_cast<std::streamsize>(m_buffer.size()));
    m_buffer.clear();
}

void JsonWriter::maybeFlush()
{
    if (m_out && m_buffer.size() >= kFlushBytes)
        flush();
}

void JsonWriter::indent()
{
    m_buffer.append(m_depth * kIndent, ' ');
}

void JsonWriter::raw(std::string_view text)
{
    beforeValue();
    m_buffer += text;
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.empty())
        return;
    Level &level = m_levels.back();
    if (level.object)
        throw std::logic_error("JsonWriter: a value in an object needs a key");
    m_buffer += level.empty ? "\n" : ",\n";
    level.empty = false;
    indent();
}

void JsonWriter::key(std::string_view name)
{
    if (m_levels.empty() || !m_levels.back().object || m_afterKey)
        throw std::logic_error("JsonWriter: a key outside an object");
    Level &level = m_levels.back();
    if (!level.empty && name <= level.lastKey)
        throw std::logic_error("JsonWriter: key \"" + std::string(name)
                               + "\" out of order (after \"" + level.lastKey + "\")");
    m_buffer += level.empty ? "\n" : ",\n";
    level.empty = false;
    level.lastKey.assign(name);
    indent();
    appendQuoted(m_buffer, name);
    m_buffer += ": ";
    m_afterKey = true;
}

void JsonWriter::begin(bool object, char bracket)
{
    beforeValue();
    m_buffer += bracket;
    m_levels.push_back({object, true, {}});
    ++m_depth;
}

void JsonWriter::end(bool object, char bracket)
{
    if (m_levels.empty() || m_levels.back().object != object || m_afterKey)
        throw std::logic_error("JsonWriter: unbalanced end");
    const bool empty = m_levels.back().empty;
    m_levels.pop_back();
    --m_depth;
    if (!empty) {
        m_buffer += '\n';
        indent();
    }
    m_buffer += bracket;
    maybeFlush();
}

void JsonWriter::beginObject() { begin(true, '{'); }
void JsonWriter::endObject() { end(true, '}'); }
void JsonWriter::beginArray() { begin(false, '['); }
void JsonWriter::endArray() { end(false, ']'); }

void JsonWriter::value(std::string_view text)
{
    beforeValue();
    appendQuoted(m_buffer, text);
}

void JsonWriter::value(bool flag)
{
    raw(flag ? "true" : "false");
}

void JsonWriter::value(std::int64_t number)
{
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, number);
    raw(std::string_view(digits, static_cast<std::size_t>(result.ptr - digits)));
}

void JsonWriter::number(double number)
{
    constexpr double kExactIntegers = 9007199254740992.0; // 2^53
    if (std::isfinite(number) && std::trunc(number) == number
        && std::fabs(number) < kExactIntegers) {
        value(static_cast<std::int64_t>(number));
        return;
    }
    raw(nlohmann::json(number).dump());
}

void JsonWriter::null()
{
    raw("null");
}

void JsonWriter::value(const nlohmann::json &tree)
{
    beforeValue();
    const std::string text =
        tree.dump(static_cast<int>(kIndent), ' ', false, nlohmann::json::error_handler_t::replace);
    // Newlines in the dump are its own layout (strings escape theirs): indent each line to here.
    std::size_t start = 0;
    for (std::size_t end = text.find('\n'); end != std::string::npos;
         end = text.find('\n', start)) {
        m_buffer.append(text, start, end + 1 - start);
        indent();
        start = end + 1;
    }
    m_buffer.append(text, start);
}

} // namespace vigil
