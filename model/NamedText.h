#pragma once

// A threat's text that names model objects: the wording, shared by every threat a rule writes
// the same way, and the ids of the objects it names, whose names are looked up when the text is
// shown (ThreatModel::render). A rename shows at once without touching a threat, and a name is
// kept once, in its object, however many threats mention it. A text typed by a person or read
// from a file names nothing: its wording is the whole text.

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace vigil {

class NamedText {
public:
    // In a wording that names objects, kMark and one byte stand for the name of
    // names()[byte - kFirstIndex], or, when the byte is kLiteralMark, for kMark itself. Both
    // bytes are ASCII, so a wording is valid UTF-8 whenever its text is (the store keeps it as
    // text).
    static constexpr char kMark = '\x1A';
    static constexpr unsigned char kFirstIndex = 0x20;
    static constexpr unsigned char kLiteralMark = 0x7F;
    static constexpr std::size_t kMaxNames = kLiteralMark - kFirstIndex;

    NamedText() = default;
    NamedText(std::string literal); // NOLINT(google-explicit-constructor): a plain text
    NamedText(const char *literal);  // NOLINT(google-explicit-constructor)
    // A wording with marks and the ids the marks stand for, in order of their index.
    NamedText(std::shared_ptr<const std::string> wording, std::vector<std::string> names);

    // True when the text names objects (the wording holds marks).
    bool namesObjects() const { return !m_names.empty(); }
    // The text itself when it names nothing, else the wording with its marks.
    const std::string &wording() const;
    const std::shared_ptr<const std::string> &sharedWording() const { return m_wording; }
    const std::vector<std::string> &names() const { return m_names; }
    bool empty() const { return wording().empty(); }

    // Appends the text, each mark replaced by nameOf(id) (a std::string_view).
    template <class NameOf>
    void renderTo(std::string &out, const NameOf &nameOf) const;

    // The same wording and names (not: the same text once rendered).
    bool operator==(const NamedText &other) const;
    // A plain text is compared with what a text renders to (ThreatModel::render), never with
    // the text itself: these would compile through the implicit conversion and mislead.
    bool operator==(const std::string &) const = delete;
    bool operator==(std::string_view) const = delete;
    bool operator==(const char *) const = delete;

private:
    std::shared_ptr<const std::string> m_wording; // null: empty
    std::vector<std::string> m_names;
};

// Builds a wording: text appended as it is (kMark escaped) and names as marks.
class NamedTextBuilder {
public:
    void clear();
    void text(std::string_view text);
    void text(char c);
    // A mark for `id`'s name; ids already named reuse their index. False when a text names more
    // than NamedText::kMaxNames objects: then the caller writes the name as text.
    bool name(const std::string &id);
    const std::string &wording() const { return m_wording; }
    const std::vector<std::string> &names() const { return m_names; }
    // True when build() would give a text equal to `text`.
    bool sameAs(const NamedText &text) const;
    // The text as it shows, each mark replaced by nameOf(id).
    template <class NameOf>
    void renderTo(std::string &out, const NameOf &nameOf) const;
    // The text built, its wording taken from `pool` when an equal one is there (added if not).
    template <class Pool>
    NamedText build(Pool &pool) const;

private:
    // The wording with its escaped marks undone, for a text that names nothing.
    std::string plainText() const;

    std::string m_wording;
    std::vector<std::string> m_names;
};

template <class NameOf>
void NamedText::renderTo(std::string &out, const NameOf &nameOf) const
{
    const std::string &text = wording();
    if (m_names.empty()) {
        out += text;
        return;
    }
    std::size_t from = 0;
    for (std::size_t at = text.find(kMark); at != std::string::npos && at + 1 < text.size();
         at = text.find(kMark, from)) {
        out.append(text, from, at - from);
        const auto code = static_cast<unsigned char>(text[at + 1]);
        if (code == kLiteralMark)
            out += kMark;
        else if (code >= kFirstIndex && std::size_t(code - kFirstIndex) < m_names.size())
            out += nameOf(m_names[code - kFirstIndex]);
        from = at + 2;
    }
    if (from < text.size())
        out.append(text, from, std::string::npos);
}

template <class NameOf>
void NamedTextBuilder::renderTo(std::string &out, const NameOf &nameOf) const
{
    if (m_names.empty()) {
        out += plainText();
        return;
    }
    NamedText(std::make_shared<const std::string>(m_wording), m_names).renderTo(out, nameOf);
}

template <class Pool>
NamedText NamedTextBuilder::build(Pool &pool) const
{
    if (m_names.empty())
        return NamedText(plainText());
    return NamedText(pool.intern(m_wording), m_names);
}

// Wordings shared between texts: one copy of each.
class WordingPool {
public:
    std::shared_ptr<const std::string> intern(const std::string &wording);
    std::size_t size() const { return m_wordings.size(); }

private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const;
    };
    struct Equal {
        using is_transparent = void;
        bool operator()(std::string_view a, std::string_view b) const { return a == b; }
    };
    // Keyed by a view of the shared string it maps to.
    std::unordered_map<std::string_view, std::shared_ptr<const std::string>, Hash, Equal>
        m_wordings;
};

} // namespace vigil
