#include "stride/Condition.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <limits>

namespace vigil::stride {

std::string_view toString(Subject subject)
{
    switch (subject) {
    case Subject::Element: return "element";
    case Subject::Flow: return "flow";
    case Subject::Source: return "flow.source";
    case Subject::Target: return "flow.target";
    }
    return "element";
}

FactLayout::FactLayout(const PropertyCatalogue &catalogue)
{
    for (const PropertyDefinition &definition : catalogue.definitions()) {
        if (definition.type == PropertyType::Text)
            m_properties.push_back({true, static_cast<std::uint16_t>(m_textWidth++)});
        else
            m_properties.push_back({false, static_cast<std::uint16_t>(m_numberWidth++)});
    }
}

// ---------------------------------------------------------------- lexer

namespace {

enum class Tok {
    Ident, Number, String, LParen, RParen, LBracket, RBracket, Comma, Dot,
    Eq, Ne, Lt, Le, Gt, Ge, End
};

struct Token {
    Tok kind = Tok::End;
    std::string text; // identifier name, string contents, or the number as written
    double number = 0;
    std::size_t column = 1;
};

bool isIdentStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isIdentChar(char c) { return isIdentStart(c) || isDigit(c); }

std::vector<Token> tokenize(std::string_view text)
{
    std::vector<Token> tokens;
    std::size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        const std::size_t column = i + 1;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            ++i;
            continue;
        }
        Token token;
        token.column = column;
        if (isIdentStart(c)) {
            std::size_t end = i;
            while (end < text.size() && isIdentChar(text[end]))
                ++end;
            token.kind = Tok::Ident;
            token.text = std::string(text.substr(i, end - i));
            i = end;
        } else if (isDigit(c) || (c == '-' && i + 1 < text.size() && isDigit(text[i + 1]))) {
            std::size_t end = i + 1;
            while (end < text.size() && (isDigit(text[end]) || text[end] == '.'))
                ++end;
            token.kind = Tok::Number;
            token.text = std::string(text.substr(i, end - i));
            auto [ptr, error] = std::from_chars(text.data() + i, text.data() + end, token.number);
            if (error != std::errc{} || ptr != text.data() + end)
                throw ConditionError(column, "malformed number \"" + token.text + "\"");
            i = end;
        } else if (c == '"' || c == '\'') {
            std::size_t end = i + 1;
            std::string value;
            while (end < text.size() && text[end] != c) {
                if (text[end] == '\\' && end + 1 < text.size())
                    ++end;
                value += text[end++];
            }
            if (end >= text.size())
                throw ConditionError(column, "unterminated string: a closing " + std::string(1, c)
                                                 + " is missing");
            token.kind = Tok::String;
            token.text = std::move(value);
            i = end + 1;
        } else {
            const char next = i + 1 < text.size() ? text[i + 1] : '\0';
            std::size_t length = 1;
            switch (c) {
            case '(': token.kind = Tok::LParen; break;
            case ')': token.kind = Tok::RParen; break;
            case '[': token.kind = Tok::LBracket; break;
            case ']': token.kind = Tok::RBracket; break;
            case ',': token.kind = Tok::Comma; break;
            case '.': token.kind = Tok::Dot; break;
            case '<':
                token.kind = next == '=' ? Tok::Le : Tok::Lt;
                length = next == '=' ? 2 : 1;
                break;
            case '>':
                token.kind = next == '=' ? Tok::Ge : Tok::Gt;
                length = next == '=' ? 2 : 1;
                break;
            case '=':
                if (next != '=')
                    throw ConditionError(column, "unexpected \"=\": write \"==\" to compare");
                token.kind = Tok::Eq;
                length = 2;
                break;
            case '!':
                if (next != '=')
                    throw ConditionError(column, "unexpected \"!\": write \"not\" to negate");
                token.kind = Tok::Ne;
                length = 2;
                break;
            case '&':
            case '|':
                throw ConditionError(column, std::string("unexpected \"") + c + "\": write \""
                                                 + (c == '&' ? "and" : "or") + "\"");
            default:
                throw ConditionError(column, std::string("unexpected character \"") + c + "\"");
            }
            token.text = std::string(text.substr(i, length));
            i += length;
        }
        tokens.push_back(std::move(token));
    }
    Token end;
    end.kind = Tok::End;
    end.column = text.size() + 1;
    tokens.push_back(end);
    return tokens;
}

std::string describe(const Token &token)
{
    switch (token.kind) {
    case Tok::End: return "the end of the condition";
    case Tok::String: return "\"" + token.text + "\"";
    default: return "\"" + token.text + "\"";
    }
}

bool isKeyword(const std::string &word)
{
    return word == "and" || word == "or" || word == "not" || word == "in" || word == "true"
           || word == "false";
}

std::string kindList(KindMask kinds)
{
    std::string result;
    for (ElementKind kind : {ElementKind::ExternalEntity, ElementKind::Process,
                             ElementKind::DataStore}) {
        if (!(kinds & kindBit(kind)))
            continue;
        if (!result.empty())
            result += ", ";
        result += std::string(toString(kind));
    }
    return result;
}

} // namespace

// ---------------------------------------------------------------- parser and type checker

enum class ValueType { Bool, Number, Text, Enum, Kind, Literal };

struct Typed {
    std::uint32_t node = 0;
    ValueType type = ValueType::Bool;
    std::size_t column = 1;
    const PropertyDefinition *definition = nullptr; // Enum
    std::string literal;                            // Literal: the quoted value
    std::string what;                               // for messages: "flow.encrypted"
};

class ConditionCompiler {
public:
    ConditionCompiler(std::string_view text, RuleScope scope, KindMask kinds,
                      const PropertyCatalogue &catalogue, const FactLayout &layout)
        : m_tokens(tokenize(text)), m_scope(scope), m_kinds(kinds), m_catalogue(catalogue),
          m_layout(layout)
    {
        m_condition.m_text = std::string(text);
    }

    Condition run()
    {
        if (peek().kind == Tok::End)
            throw ConditionError(1, "empty condition; leave \"condition\" out for a rule that "
                                    "always applies");
        Typed root = parseOr();
        if (peek().kind != Tok::End)
            throw ConditionError(peek().column, "expected \"and\", \"or\" or the end of the "
                                                "condition, found " + describe(peek()));
        expectBool(root, "a condition");
        m_condition.m_root = root.node;
        m_condition.m_alwaysTrue = m_condition.m_nodes[root.node].op == Condition::Op::True;
        return std::move(m_condition);
    }

private:
    using Op = Condition::Op;

    const Token &peek() const { return m_tokens[m_position]; }
    const Token &take() { return m_tokens[m_position++]; }
    bool atWord(std::string_view word) const
    {
        return peek().kind == Tok::Ident && peek().text == word;
    }

    std::uint32_t add(Condition::Node node)
    {
        m_condition.m_nodes.push_back(node);
        return static_cast<std::uint32_t>(m_condition.m_nodes.size() - 1);
    }
    std::uint32_t addOp(Op op, std::uint32_t left = 0, std::uint32_t right = 0)
    {
        Condition::Node node;
        node.op = op;
        node.left = left;
        node.right = right;
        return add(node);
    }

    static std::string typeName(const Typed &value)
    {
        switch (value.type) {
        case ValueType::Bool: return "true/false";
        case ValueType::Number: return "a number";
        case ValueType::Text: return "text";
        case ValueType::Kind: return "an element kind";
        case ValueType::Literal: return "a quoted value";
        case ValueType::Enum: {
            std::string values;
            for (const std::string &v : value.definition->values)
                values += (values.empty() ? "" : ", ") + v;
            return "one of " + values;
        }
        }
        return "?";
    }

    void expectBool(const Typed &value, const std::string &context)
    {
        if (value.type != ValueType::Bool)
            throw ConditionError(value.column, context + " must be true or false, but "
                                                   + value.what + " is " + typeName(value));
    }

    // A chain "a or b or c" (and likewise "and") becomes one node over a list of operands, so
    // that evaluating it loops instead of recursing once per term: a chain of any length costs
    // no stack. Only parentheses and "not" nest, and enterNesting() bounds them.
    Typed parseOr() { return parseChain("or", Op::Or, &ConditionCompiler::parseAnd); }
    Typed parseAnd() { return parseChain("and", Op::And, &ConditionCompiler::parseNot); }

    Typed parseChain(std::string_view word, Op op, Typed (ConditionCompiler::*operand)())
    {
        Typed first = (this->*operand)();
        if (!atWord(word))
            return first;
        const std::string context = "each side of \"" + std::string(word) + "\"";
        expectBool(first, context);
        std::vector<std::uint32_t> operands{first.node};
        while (atWord(word)) {
            take();
            Typed next = (this->*operand)();
            expectBool(next, context);
            operands.push_back(next.node);
        }
        Condition::Node node;
        node.op = op;
        node.first = static_cast<std::uint32_t>(m_condition.m_operands.size());
        node.count = static_cast<std::uint32_t>(operands.size());
        m_condition.m_operands.insert(m_condition.m_operands.end(), operands.begin(),
                                      operands.end());
        return boolResult(add(node), first.column, "the \"" + std::string(word) + "\"");
    }

    Typed parseNot()
    {
        if (atWord("not")) {
            const std::size_t column = take().column;
            const Nesting nesting = enterNesting(column);
            Typed operand = parseNot();
            expectBool(operand, "the operand of \"not\"");
            return boolResult(addOp(Op::Not, operand.node), column, "the \"not\"");
        }
        return parseComparison();
    }

    // Counts one level of parentheses or "not" for as long as it lives.
    class Nesting {
    public:
        explicit Nesting(std::size_t &depth) : m_depth(depth) { ++m_depth; }
        ~Nesting() { --m_depth; }
        Nesting(const Nesting &) = delete;
        Nesting &operator=(const Nesting &) = delete;

    private:
        std::size_t &m_depth;
    };

    Nesting enterNesting(std::size_t column)
    {
        if (m_depth >= kMaxConditionDepth)
            throw ConditionError(column, "nested too deeply: more than "
                                             + std::to_string(kMaxConditionDepth)
                                             + " levels of parentheses and \"not\"");
        return Nesting(m_depth);
    }

    static Typed boolResult(std::uint32_t node, std::size_t column, std::string what)
    {
        Typed result;
        result.node = node;
        result.type = ValueType::Bool;
        result.column = column;
        result.what = std::move(what);
        return result;
    }

    Typed parseComparison()
    {
        Typed left = parsePrimary();
        const Token &token = peek();
        Op op;
        switch (token.kind) {
        case Tok::Eq: op = Op::Eq; break;
        case Tok::Ne: op = Op::Ne; break;
        case Tok::Lt: op = Op::Lt; break;
        case Tok::Le: op = Op::Le; break;
        case Tok::Gt: op = Op::Gt; break;
        case Tok::Ge: op = Op::Ge; break;
        default:
            if (atWord("in") || (atWord("not") && m_tokens[m_position + 1].kind == Tok::Ident
                                 && m_tokens[m_position + 1].text == "in"))
                return parseMembership(left);
            if (left.type == ValueType::Literal)
                throw ConditionError(left.column, "a quoted value on its own is not a condition;"
                                                  " compare a property with it");
            return left;
        }
        const std::string opText = take().text;
        Typed right = parsePrimary();
        return comparison(op, opText, std::move(left), std::move(right));
    }

    // Converts a quoted value to a constant of `type`.
    std::uint32_t literalAs(const Typed &literal, const Typed &other)
    {
        Condition::Node node;
        switch (other.type) {
        case ValueType::Text:
            node.op = Op::Text;
            node.first = static_cast<std::uint32_t>(m_condition.m_texts.size());
            m_condition.m_texts.push_back(literal.literal);
            return add(node);
        case ValueType::Enum: {
            const auto &values = other.definition->values;
            for (std::size_t i = 0; i < values.size(); ++i) {
                if (values[i] == literal.literal) {
                    node.op = Op::Number;
                    node.number = static_cast<double>(i);
                    return add(node);
                }
            }
            throw ConditionError(literal.column, "\"" + literal.literal + "\" is not a value of "
                                                     + other.what + " (" + typeName(other) + ")");
        }
        case ValueType::Kind:
            if (auto kind = elementKindFromString(literal.literal)) {
                node.op = Op::Number;
                node.number = static_cast<double>(static_cast<int>(*kind));
                return add(node);
            }
            throw ConditionError(literal.column, "\"" + literal.literal
                                                     + "\" is not an element kind (external-"
                                                       "entity, process, data-store)");
        default:
            throw ConditionError(literal.column, "cannot compare " + other.what + ", which is "
                                                     + typeName(other) + ", with the quoted value"
                                                     " \"" + literal.literal + "\"");
        }
    }

    static bool sameType(const Typed &a, const Typed &b)
    {
        if (a.type != b.type)
            return false;
        return a.type != ValueType::Enum || a.definition == b.definition;
    }

    Typed comparison(Op op, const std::string &opText, Typed left, Typed right)
    {
        const std::size_t column = left.column;
        if (left.type == ValueType::Literal && right.type == ValueType::Literal)
            throw ConditionError(column, "\"" + opText + "\" compares two constants; compare a "
                                         "property with a value");
        if (left.type == ValueType::Literal) {
            left.node = literalAs(left, right);
            left.type = right.type;
            left.definition = right.definition;
        } else if (right.type == ValueType::Literal) {
            right.node = literalAs(right, left);
            right.type = left.type;
            right.definition = left.definition;
        }
        const bool ordering = op == Op::Lt || op == Op::Le || op == Op::Gt || op == Op::Ge;
        if (ordering) {
            for (const Typed *side : {&left, &right})
                if (side->type != ValueType::Number)
                    throw ConditionError(side->column, "\"" + opText + "\" compares numbers, but "
                                                           + side->what + " is "
                                                           + typeName(*side));
        } else if (!sameType(left, right)) {
            throw ConditionError(right.column, "\"" + opText + "\" compares values of one type, "
                                                   "but " + left.what + " is " + typeName(left)
                                                   + " and " + right.what + " is "
                                                   + typeName(right));
        }
        if (left.type == ValueType::Text)
            op = op == Op::Eq ? Op::TextEq : Op::TextNe;
        return boolResult(addOp(op, left.node, right.node), column,
                          "the \"" + opText + "\" comparison");
    }

    Typed parseMembership(const Typed &left)
    {
        bool negated = false;
        if (atWord("not")) {
            take();
            negated = true;
        }
        take(); // in
        if (left.type != ValueType::Text && left.type != ValueType::Enum
            && left.type != ValueType::Kind && left.type != ValueType::Number)
            throw ConditionError(left.column, "\"in\" needs text, a number, an enum or a kind "
                                              "on its left, but " + left.what + " is "
                                              + typeName(left));
        if (peek().kind != Tok::LBracket)
            throw ConditionError(peek().column, "expected \"[\" after \"in\", found "
                                                    + describe(peek()));
        take();
        Condition::Node node;
        node.op = left.type == ValueType::Text ? Op::TextIn : Op::In;
        node.left = left.node;
        node.first = static_cast<std::uint32_t>(left.type == ValueType::Text
                                                    ? m_condition.m_texts.size()
                                                    : m_condition.m_numbers.size());
        if (peek().kind == Tok::RBracket)
            throw ConditionError(peek().column, "an empty list never matches; list at least one "
                                                "value");
        while (true) {
            const Token &item = take();
            if (item.kind == Tok::Number && left.type == ValueType::Number) {
                m_condition.m_numbers.push_back(item.number);
            } else if (item.kind == Tok::String && left.type != ValueType::Number) {
                Typed literal;
                literal.type = ValueType::Literal;
                literal.literal = item.text;
                literal.column = item.column;
                if (left.type == ValueType::Text) {
                    m_condition.m_texts.push_back(item.text);
                } else {
                    const std::uint32_t constant = literalAs(literal, left);
                    m_condition.m_numbers.push_back(m_condition.m_nodes[constant].number);
                    m_condition.m_nodes.pop_back(); // the list holds the value, not a node
                }
            } else {
                throw ConditionError(item.column, "expected " + std::string(
                                                      left.type == ValueType::Number
                                                          ? "a number" : "a quoted value")
                                                      + " for " + left.what + " in the list, "
                                                      "found " + describe(item));
            }
            ++node.count;
            if (peek().kind == Tok::Comma) {
                take();
                continue;
            }
            if (peek().kind == Tok::RBracket) {
                take();
                break;
            }
            throw ConditionError(peek().column, "expected \",\" or \"]\" in the list, found "
                                                    + describe(peek()));
        }
        std::uint32_t result = add(node);
        if (negated)
            result = addOp(Op::Not, result);
        return boolResult(result, left.column, "the \"in\" test");
    }

    Typed parsePrimary()
    {
        const Token &token = take();
        Typed result;
        result.column = token.column;
        switch (token.kind) {
        case Tok::LParen: {
            const Nesting nesting = enterNesting(token.column);
            result = parseOr();
            if (peek().kind != Tok::RParen)
                throw ConditionError(peek().column, "expected \")\" to close the \"(\" at column "
                                                        + std::to_string(token.column)
                                                        + ", found " + describe(peek()));
            take();
            result.column = token.column;
            return result;
        }
        case Tok::Number: {
            Condition::Node node;
            node.op = Op::Number;
            node.number = token.number;
            result.node = add(node);
            result.type = ValueType::Number;
            result.what = token.text;
            return result;
        }
        case Tok::String:
            result.type = ValueType::Literal;
            result.literal = token.text;
            result.what = "\"" + token.text + "\"";
            return result;
        case Tok::Ident:
            if (token.text == "true" || token.text == "false") {
                result.node = addOp(token.text == "true" ? Op::True : Op::False);
                result.type = ValueType::Bool;
                result.what = token.text;
                return result;
            }
            if (isKeyword(token.text))
                throw ConditionError(token.column, "expected a value, found \"" + token.text
                                                       + "\"");
            return parsePath(token);
        default:
            throw ConditionError(token.column, "expected a value, found " + describe(token));
        }
    }

    Typed parsePath(const Token &first)
    {
        std::vector<std::string> parts{first.text};
        std::string path = first.text;
        while (peek().kind == Tok::Dot) {
            take();
            const Token &part = take();
            if (part.kind != Tok::Ident)
                throw ConditionError(part.column, "expected a name after \".\" in " + path
                                                      + ", found " + describe(part));
            parts.push_back(part.text);
            path += "." + part.text;
        }
        const std::size_t column = first.column;
        Subject subject = Subject::Element;
        std::string name;
        const bool flowScope = m_scope != RuleScope::Element;
        if (parts[0] == "element") {
            if (flowScope)
                throw ConditionError(column, "\"element\" is not available in a rule that "
                                             "applies to flows; read flow.source.* or "
                                             "flow.target.*");
            if (parts.size() != 2)
                throw ConditionError(column, "expected element.<property>, found " + path);
            name = parts[1];
        } else if (parts[0] == "flow") {
            if (!flowScope)
                throw ConditionError(column, "\"flow\" is not available in a rule that applies "
                                             "to elements; read element.*");
            if (parts.size() == 2 && parts[1] != "source" && parts[1] != "target") {
                subject = Subject::Flow;
                name = parts[1];
            } else if (parts.size() == 3 && (parts[1] == "source" || parts[1] == "target")) {
                subject = parts[1] == "source" ? Subject::Source : Subject::Target;
                name = parts[2];
            } else {
                throw ConditionError(column, "expected flow.<property>, flow.source.<property> "
                                             "or flow.target.<property>, found " + path);
            }
        } else if (parts.size() == 1) {
            throw ConditionError(column, "\"" + path + "\" needs its subject: write "
                                             + (flowScope ? "flow." : "element.") + path);
        } else {
            throw ConditionError(column, "unknown subject \"" + parts[0] + "\"; properties are "
                                         "read as element.<name> or flow.<name>");
        }

        Typed result;
        result.column = column;
        result.what = path;
        FactRead read;
        read.path = path;
        read.subject = subject;
        const bool elementSubject = subject != Subject::Flow;
        if (elementSubject && name == "kind") {
            result.type = ValueType::Kind;
            read.column = m_layout.kind();
            read.kind = FactRead::Kind::ElementKind;
        } else if (name == "name") {
            result.type = ValueType::Text;
            read.column = m_layout.name();
            read.kind = FactRead::Kind::Text;
        } else if (!elementSubject && name == "protocol") {
            result.type = ValueType::Text;
            read.column = m_layout.protocol();
            read.kind = FactRead::Kind::Text;
        } else if (!elementSubject && name == "crossesBoundary") {
            result.type = ValueType::Bool;
            read.column = m_layout.crossesBoundary();
        } else if (!elementSubject && name == "bidirectional") {
            result.type = ValueType::Bool;
            read.column = m_layout.bidirectional();
        } else {
            const PropertyDefinition *definition = m_catalogue.find(name);
            if (!definition)
                throw ConditionError(column, "unknown property \"" + name + "\" in " + path);
            checkApplies(*definition, subject, column);
            const auto index =
                static_cast<std::size_t>(definition - m_catalogue.definitions().data());
            read.column = m_layout.property(index);
            read.definition = definition;
            switch (definition->type) {
            case PropertyType::Bool:
                result.type = ValueType::Bool;
                read.kind = FactRead::Kind::Bool;
                break;
            case PropertyType::Number:
                result.type = ValueType::Number;
                read.kind = FactRead::Kind::Number;
                break;
            case PropertyType::Text:
                result.type = ValueType::Text;
                read.kind = FactRead::Kind::Text;
                break;
            case PropertyType::Enum:
                result.type = ValueType::Enum;
                result.definition = definition;
                read.kind = FactRead::Kind::Enum;
                break;
            }
        }
        Condition::Node node;
        node.op = read.column.text ? Op::LoadText : Op::LoadNumber;
        node.subject = subject;
        node.column = read.column.index;
        result.node = add(node);
        bool known = false;
        for (const FactRead &existing : m_condition.m_reads)
            known = known || existing.path == read.path;
        if (!known)
            m_condition.m_reads.push_back(std::move(read));
        return result;
    }

    void checkApplies(const PropertyDefinition &definition, Subject subject, std::size_t column)
    {
        if (subject == Subject::Flow) {
            if (!definition.appliesToTarget(PropertyTarget::Flow))
                throw ConditionError(column, "property \"" + definition.key
                                                 + "\" does not apply to flows");
            return;
        }
        const KindMask kinds = subject == Subject::Element ? m_kinds : kAllKinds;
        for (ElementKind kind : {ElementKind::ExternalEntity, ElementKind::Process,
                                 ElementKind::DataStore})
            if ((kinds & kindBit(kind)) && definition.appliesToTarget(targetOf(kind)))
                return;
        throw ConditionError(column, "property \"" + definition.key + "\" does not apply to "
                                         + (subject == Subject::Element ? kindList(kinds)
                                                                        : "elements"));
    }

    std::vector<Token> m_tokens;
    std::size_t m_position = 0;
    std::size_t m_depth = 0; // open parentheses and "not"s around the current position
    RuleScope m_scope;
    KindMask m_kinds;
    const PropertyCatalogue &m_catalogue;
    const FactLayout &m_layout;
    Condition m_condition;
};

// ---------------------------------------------------------------- condition

Condition::Condition() : m_text("true"), m_nodes{Node{}} {}

Condition Condition::compile(std::string_view text, RuleScope scope, KindMask kinds,
                             const PropertyCatalogue &catalogue, const FactLayout &layout)
{
    Condition condition = ConditionCompiler(text, scope, kinds, catalogue, layout).run();
    if (condition.m_nodes.size() > std::numeric_limits<std::uint32_t>::max())
        throw ConditionError(1, "condition too long");
    return condition;
}

bool Condition::evalBool(std::uint32_t index, const FactView &facts) const
{
    const Node &node = m_nodes[index];
    switch (node.op) {
    case Op::True: return true;
    case Op::False: return false;
    case Op::LoadNumber: return facts.numbers[static_cast<int>(node.subject)][node.column] != 0;
    case Op::Not: return !evalBool(node.left, facts);
    case Op::And:
        for (std::uint32_t i = node.first; i < node.first + node.count; ++i)
            if (!evalBool(m_operands[i], facts))
                return false;
        return true;
    case Op::Or:
        for (std::uint32_t i = node.first; i < node.first + node.count; ++i)
            if (evalBool(m_operands[i], facts))
                return true;
        return false;
    case Op::Eq: return evalNumber(node.left, facts) == evalNumber(node.right, facts);
    case Op::Ne: return evalNumber(node.left, facts) != evalNumber(node.right, facts);
    case Op::Lt: return evalNumber(node.left, facts) < evalNumber(node.right, facts);
    case Op::Le: return evalNumber(node.left, facts) <= evalNumber(node.right, facts);
    case Op::Gt: return evalNumber(node.left, facts) > evalNumber(node.right, facts);
    case Op::Ge: return evalNumber(node.left, facts) >= evalNumber(node.right, facts);
    case Op::TextEq: return evalText(node.left, facts) == evalText(node.right, facts);
    case Op::TextNe: return evalText(node.left, facts) != evalText(node.right, facts);
    case Op::In: {
        const double value = evalNumber(node.left, facts);
        for (std::uint32_t i = node.first; i < node.first + node.count; ++i)
            if (m_numbers[i] == value)
                return true;
        return false;
    }
    case Op::TextIn: {
        const std::string_view value = evalText(node.left, facts);
        for (std::uint32_t i = node.first; i < node.first + node.count; ++i)
            if (m_texts[i] == value)
                return true;
        return false;
    }
    case Op::Number:
    case Op::Text:
    case Op::LoadText:
        break; // the type checker never lets these stand where a boolean is needed
    }
    return false;
}

double Condition::evalNumber(std::uint32_t index, const FactView &facts) const
{
    const Node &node = m_nodes[index];
    switch (node.op) {
    case Op::Number: return node.number;
    case Op::LoadNumber: return facts.numbers[static_cast<int>(node.subject)][node.column];
    default: return evalBool(index, facts) ? 1.0 : 0.0; // a boolean compared with a boolean
    }
}

std::string_view Condition::evalText(std::uint32_t index, const FactView &facts) const
{
    const Node &node = m_nodes[index];
    if (node.op == Op::Text)
        return m_texts[node.first];
    return facts.texts[static_cast<int>(node.subject)][node.column];
}

std::string Condition::describeReads(const FactView &facts) const
{
    std::string result;
    for (const FactRead &read : m_reads) {
        const auto subject = static_cast<int>(read.subject);
        if (!result.empty())
            result += ", ";
        result += read.path + " = ";
        if (read.column.text) {
            result += "\"" + std::string(facts.texts[subject][read.column.index]) + "\"";
            continue;
        }
        const double value = facts.numbers[subject][read.column.index];
        switch (read.kind) {
        case FactRead::Kind::Bool:
            result += value != 0 ? "true" : "false";
            break;
        case FactRead::Kind::Enum:
            if (value < 0 || value >= static_cast<double>(read.definition->values.size()))
                result += "(not set)";
            else
                result += read.definition->values[static_cast<std::size_t>(value)];
            break;
        case FactRead::Kind::ElementKind:
            result += std::string(toString(static_cast<ElementKind>(static_cast<int>(value))));
            break;
        default: {
            char buffer[32];
            std::snprintf(buffer, sizeof buffer, "%g", value);
            result += buffer;
        }
        }
    }
    return result;
}

} // namespace vigil::stride
