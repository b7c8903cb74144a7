#pragma once

// The condition language of rule packs: a small, total, side-effect-free expression language
// (see resources/rules/README.md). A condition is parsed and type-checked once against the
// property catalogue and compiled into a flat node array whose property reads are column
// indices into per-target fact tables, so evaluation does no string lookup and no parsing.

#include "model/PropertyCatalogue.h"

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace vigil::stride {

// What a rule applies to; it decides what its condition may read.
enum class RuleScope : std::uint8_t {
    Element,  // one element: `element.*`
    Flow,     // one flow: `flow.*`, `flow.source.*`, `flow.target.*`
    Crossing, // one flow and one boundary it crosses: as Flow
};

// Whose facts a property read takes.
enum class Subject : std::uint8_t { Element, Flow, Source, Target };
inline constexpr std::size_t kSubjectCount = 4;

// Element kinds as a bit mask (bit = static_cast<int>(ElementKind)).
using KindMask = std::uint8_t;
inline constexpr KindMask kindBit(ElementKind kind)
{
    return static_cast<KindMask>(1u << static_cast<unsigned>(kind));
}
inline constexpr KindMask kAllKinds = 0x7;

// Where each fact lives in the fact tables built for one catalogue. Every target (element or
// flow) gets one row of numbers (booleans as 0/1, numbers, enum values and kinds as their index,
// -1 when an enum is not set) and one row of texts. Elements and flows share the layout.
class FactLayout {
public:
    struct Column {
        bool text = false;
        std::uint16_t index = 0;
    };
    explicit FactLayout(const PropertyCatalogue &catalogue);

    std::size_t numberWidth() const { return m_numberWidth; }
    std::size_t textWidth() const { return m_textWidth; }
    Column property(std::size_t catalogueIndex) const { return m_properties[catalogueIndex]; }

    // Built-in facts.
    Column kind() const { return {false, 0}; }           // element kind index
    Column crossesBoundary() const { return {false, 1}; } // flow crosses at least one zone
    Column bidirectional() const { return {false, 2}; }
    Column name() const { return {true, 0}; }
    Column protocol() const { return {true, 1}; }

private:
    std::vector<Column> m_properties;
    std::size_t m_numberWidth = 3;
    std::size_t m_textWidth = 2;
};

// The fact rows a condition reads, one per subject (null when the subject does not exist).
struct FactView {
    const double *numbers[kSubjectCount] = {};
    const std::string_view *texts[kSubjectCount] = {};
};

// A syntax or type error at a 1-based column of the condition text.
class ConditionError : public std::runtime_error {
public:
    ConditionError(std::size_t column, const std::string &problem)
        : std::runtime_error(problem), m_column(column)
    {}
    std::size_t column() const { return m_column; }

private:
    std::size_t m_column;
};

// One fact a condition reads, for explaining why a rule fired.
struct FactRead {
    std::string path;                        // as written, e.g. "flow.source.debugPort"
    Subject subject = Subject::Element;
    FactLayout::Column column;
    enum class Kind : std::uint8_t { Bool, Number, Enum, ElementKind, Text } kind = Kind::Bool;
    const PropertyDefinition *definition = nullptr; // for enum value names
};

// The deepest nesting of parentheses and "not" a condition may have: 64 levels. Hand-written
// conditions nest two or three; the bound keeps parsing and evaluation (which recurse once per
// level) within a small, fixed amount of stack, whatever a pack file holds. Chains of "and" and
// "or" do not nest: they compile to one node over a list and cost no stack at any length.
inline constexpr std::size_t kMaxConditionDepth = 64;

class Condition {
public:
    Condition(); // always true

    // Parses and type-checks `text` for a rule of `scope` (element rules: of the kinds in
    // `kinds`). Throws ConditionError with the column of the first problem, also for nesting
    // deeper than kMaxConditionDepth ("nested too deeply").
    static Condition compile(std::string_view text, RuleScope scope, KindMask kinds,
                             const PropertyCatalogue &catalogue, const FactLayout &layout);

    bool evaluate(const FactView &facts) const { return evalBool(m_root, facts); }
    bool alwaysTrue() const { return m_alwaysTrue; }
    const std::string &text() const { return m_text; }
    const std::vector<FactRead> &reads() const { return m_reads; }

    // "flow.encrypted = false, flow.source.kind = external-entity" for one target.
    std::string describeReads(const FactView &facts) const;

    enum class Op : std::uint8_t {
        True, False, Number, Text,    // constants
        LoadNumber, LoadText,         // fact reads (booleans load as numbers)
        Not, And, Or,
        Eq, Ne, Lt, Le, Gt, Ge,       // on numbers (and booleans, enums, kinds)
        TextEq, TextNe,
        In, TextIn,                   // membership in a constant list
    };
    struct Node {
        Op op = Op::True;
        Subject subject = Subject::Element;
        std::uint16_t column = 0;
        std::uint32_t left = 0;
        std::uint32_t right = 0;
        // Constants: index into m_numbers / m_texts; lists: first index; And, Or: first index
        // into m_operands.
        std::uint32_t first = 0;
        std::uint32_t count = 0; // lists, And, Or: length
        double number = 0;
    };

private:
    friend class ConditionCompiler;
    bool evalBool(std::uint32_t index, const FactView &facts) const;
    double evalNumber(std::uint32_t index, const FactView &facts) const;
    std::string_view evalText(std::uint32_t index, const FactView &facts) const;

    std::string m_text;
    std::vector<Node> m_nodes;
    std::vector<double> m_numbers;
    std::vector<std::string> m_texts;
    std::vector<std::uint32_t> m_operands; // node indices, the operands of And and Or nodes
    std::vector<FactRead> m_reads;
    std::uint32_t m_root = 0;
    bool m_alwaysTrue = true;
};

std::string_view toString(Subject subject);

} // namespace vigil::stride
