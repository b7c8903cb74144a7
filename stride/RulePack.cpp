#include "stride/RulePack.h"

#include "model/ModelFile.h"
#include "model/json/JsonParse.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <set>

namespace vigil::embedded {
std::string_view strideDefaultPack();
std::string_view medicalDevicePack();
} // namespace vigil::embedded

namespace vigil::stride {

namespace {

using nlohmann::json;

constexpr std::array<std::string_view, 4> kSeverities{"low", "medium", "high", "critical"};

std::string joined(const auto &items)
{
    std::string result;
    for (const auto &item : items)
        result += (result.empty() ? "" : ", ") + std::string(item);
    return result;
}

// Collects every problem of one pack; the pack is refused when there is any.
class Problems {
public:
    explicit Problems(std::string source) : m_source(std::move(source)) {}
    void add(const std::string &where, const std::string &problem)
    {
        m_lines.push_back(m_source + ": " + where + ": " + problem);
    }
    bool empty() const { return m_lines.empty(); }
    std::vector<std::string> take() { return std::move(m_lines); }

private:
    std::string m_source;
    std::vector<std::string> m_lines;
};

std::string typeOf(const json &value)
{
    switch (value.type()) {
    case json::value_t::string: return "text";
    case json::value_t::boolean: return "a boolean";
    case json::value_t::array: return "an array";
    case json::value_t::object: return "an object";
    case json::value_t::null: return "null";
    default: return "a number";
    }
}

// Reads an object's keys against the allowed ones, reporting unknown and missing keys.
bool checkKeys(Problems &problems, const std::string &where, const json &object,
               std::initializer_list<std::string_view> required,
               std::initializer_list<std::string_view> optional)
{
    if (!object.is_object()) {
        problems.add(where, "expected an object, found " + typeOf(object));
        return false;
    }
    bool ok = true;
    for (const auto &item : object.items()) {
        const auto known = [&](std::initializer_list<std::string_view> keys) {
            return std::find(keys.begin(), keys.end(), item.key()) != keys.end();
        };
        if (!known(required) && !known(optional)) {
            problems.add(where, "unknown key \"" + item.key() + "\"");
            ok = false;
        }
    }
    for (std::string_view key : required) {
        if (!object.contains(key)) {
            problems.add(where, "missing \"" + std::string(key) + "\"");
            ok = false;
        }
    }
    return ok;
}

// A text field; empty optional fields read as "".
bool readText(Problems &problems, const std::string &where, const json &object,
              std::string_view key, std::string &out, bool allowEmpty = false)
{
    auto it = object.find(key);
    if (it == object.end())
        return true;
    if (!it->is_string()) {
        problems.add(where + ": " + std::string(key), "expected text, found " + typeOf(*it));
        return false;
    }
    out = it->get<std::string>();
    if (out.empty() && !allowEmpty) {
        problems.add(where + ": " + std::string(key), "must not be empty");
        return false;
    }
    return true;
}

bool validRuleId(const std::string &id)
{
    return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
               || c == '-' || c == '_' || c == '.';
    });
}

bool validPackId(const std::string &id)
{
    return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
    });
}

bool validReference(const std::string &text, std::string_view prefix)
{
    if (text.size() <= prefix.size() || text.compare(0, prefix.size(), prefix) != 0)
        return false;
    return std::all_of(text.begin() + static_cast<std::ptrdiff_t>(prefix.size()), text.end(),
                       [](char c) { return c >= '0' && c <= '9'; });
}

void readAppliesTo(Problems &problems, const std::string &where, const json &value, Rule &rule)
{
    std::vector<std::string> items;
    if (value.is_string()) {
        items.push_back(value.get<std::string>());
    } else if (value.is_array() && !value.empty()
               && std::all_of(value.begin(), value.end(),
                              [](const json &item) { return item.is_string(); })) {
        for (const json &item : value)
            items.push_back(item.get<std::string>());
    } else {
        problems.add(where + ": appliesTo", "expected a non-empty list of external-entity, "
                                            "process, data-store, element, flow or crossing");
        return;
    }
    bool flowLike = false;
    for (const std::string &item : items) {
        if (item == "flow" || item == "crossing") {
            flowLike = true;
            rule.scope = item == "flow" ? RuleScope::Flow : RuleScope::Crossing;
        } else if (item == "element") {
            rule.kinds |= kAllKinds;
        } else if (auto kind = elementKindFromString(item)) {
            rule.kinds |= kindBit(*kind);
        } else {
            problems.add(where + ": appliesTo", "\"" + item + "\" is not one of external-entity,"
                                                " process, data-store, element, flow, crossing");
            return;
        }
    }
    if (flowLike && items.size() != 1)
        problems.add(where + ": appliesTo", "\"flow\" and \"crossing\" must stand alone: a rule "
                                            "applies to elements, to flows or to crossings");
}

Template compileTemplate(Problems &problems, const std::string &where, std::string_view text,
                         RuleScope scope)
{
    try {
        return Template::compile(text, scope);
    } catch (const ConditionError &error) {
        problems.add(where + ": column " + std::to_string(error.column()), error.what());
        return {};
    }
}

Condition compileCondition(Problems &problems, const std::string &where, std::string_view text,
                           const Rule &rule, const PropertyCatalogue &catalogue,
                           const FactLayout &layout)
{
    try {
        return Condition::compile(text, rule.scope, rule.kinds, catalogue, layout);
    } catch (const ConditionError &error) {
        problems.add(where + "column " + std::to_string(error.column()), error.what());
        return {};
    }
}

void readSeverity(Problems &problems, const std::string &where, const json &object,
                  std::string &out)
{
    std::string text;
    if (!readText(problems, where, object, "severity", text) || text.empty())
        return;
    if (severityRank(text) < 0) {
        problems.add(where + ": severity",
                     "\"" + text + "\" is not one of " + joined(kSeverities));
        return;
    }
    out = text;
}

// "ja", "de", "pt-BR", "zh-Hant": BCP 47 language, then optional subtags.
bool validLanguageTag(const std::string &tag)
{
    std::size_t i = 0;
    while (i < tag.size() && tag[i] >= 'a' && tag[i] <= 'z')
        ++i;
    if (i < 2 || i > 3)
        return false;
    while (i < tag.size()) {
        if (tag[i++] != '-')
            return false;
        const std::size_t start = i;
        while (i < tag.size() && std::isalnum(static_cast<unsigned char>(tag[i])))
            ++i;
        if (i - start < 2 || i - start > 8)
            return false;
    }
    return true;
}

// Iterates "translations": {"<language>": {...}}, reporting a bad shape or language tag.
template <typename Each>
void forEachTranslation(Problems &problems, const std::string &where, const json &value,
                        Each each)
{
    auto list = value.find("translations");
    if (list == value.end())
        return;
    if (!list->is_object()) {
        problems.add(where + ": translations", "expected an object, found " + typeOf(*list));
        return;
    }
    for (const auto &item : list->items()) {
        const std::string at = where + ": translations." + item.key();
        if (!validLanguageTag(item.key()))
            problems.add(at, "\"" + item.key() + "\" is not a language tag (\"ja\", \"de\", "
                                                 "\"pt-BR\")");
        else
            each(item.key(), at, item.value());
    }
}

std::string placeholderNames(std::uint8_t bits)
{
    static constexpr std::array<std::string_view, 6> names{"", "{name}", "{source}", "{target}",
                                                           "{boundary}", "{protocol}"};
    std::string result;
    for (std::size_t i = 1; i < names.size(); ++i)
        if (bits & (1u << i))
            result += (result.empty() ? "" : ", ") + std::string(names[i]);
    return result;
}

// A translated template: it compiles for the rule's scope and names the same parts of the
// target as the original, so no language shows less than another.
Template compileTranslated(Problems &problems, const std::string &where, std::string_view text,
                           const Rule &rule, const Template &original)
{
    Template translated = compileTemplate(problems, where, text, rule.scope);
    if (translated.text().empty() || original.text().empty())
        return translated;
    const std::uint8_t missing = original.placeholders() & ~translated.placeholders();
    const std::uint8_t extra = translated.placeholders() & ~original.placeholders();
    if (missing)
        problems.add(where, "does not use " + placeholderNames(missing)
                                + ", which the rule's own text uses");
    if (extra)
        problems.add(where, "uses " + placeholderNames(extra)
                                + ", which the rule's own text does not");
    return translated;
}

void readRuleTranslation(Problems &problems, const std::string &at, const json &value,
                         Rule &rule, RuleTranslation &out)
{
    if (!checkKeys(problems, at, value, {}, {"title", "description", "notes", "mitigations"}))
        return;
    std::string text;
    if (readText(problems, at, value, "title", text) && !text.empty())
        out.title = compileTranslated(problems, at + ".title", text, rule, rule.title);
    text.clear();
    if (readText(problems, at, value, "description", text) && !text.empty())
        out.description =
            compileTranslated(problems, at + ".description", text, rule, rule.description);
    if (auto notes = value.find("notes"); notes != value.end()) {
        if (!notes->is_array() || notes->size() != rule.refinements.size()) {
            problems.add(at + ".notes", "expected an array of " + std::to_string(rule.refinements.size())
                                            + " (one per refinement, null where it has no note)");
        } else {
            for (std::size_t i = 0; i < notes->size(); ++i) {
                const json &note = (*notes)[i];
                const Template &original = rule.refinements[i].note;
                const std::string where = at + ".notes[" + std::to_string(i) + "]";
                if (note.is_null() && original.text().empty()) {
                    out.notes.emplace_back();
                } else if (note.is_string() && !note.get<std::string>().empty()
                           && !original.text().empty()) {
                    out.notes.push_back(compileTranslated(problems, where,
                                                          note.get<std::string>(), rule,
                                                          original));
                } else {
                    problems.add(where, original.text().empty()
                                            ? "expected null: the refinement has no note"
                                            : "expected the note's text");
                }
            }
        }
    }
    if (auto list = value.find("mitigations"); list != value.end()) {
        if (!list->is_array() || list->size() != rule.mitigations.size()) {
            problems.add(at + ".mitigations",
                         "expected an array of " + std::to_string(rule.mitigations.size())
                             + " (one per suggested mitigation)");
        } else {
            for (std::size_t i = 0; i < list->size(); ++i) {
                const std::string where = at + ".mitigations[" + std::to_string(i) + "]";
                const json &item = (*list)[i];
                if (!checkKeys(problems, where, item, {"title"}, {"description"}))
                    continue;
                SuggestedMitigation mitigation = rule.mitigations[i];
                readText(problems, where, item, "title", mitigation.title);
                std::string description;
                readText(problems, where, item, "description", description);
                if (!description.empty())
                    mitigation.description = std::move(description);
                else if (!mitigation.description.empty())
                    problems.add(where, "missing \"description\": the suggestion has one");
                out.mitigations.push_back(std::move(mitigation));
            }
        }
    }
}

void readRule(Problems &problems, const json &value, std::size_t index,
              const std::string &fallbackWhere, const PropertyCatalogue &catalogue,
              const FactLayout &layout, std::set<std::string> &ids, std::vector<Rule> &rules)
{
    Rule rule;
    std::string where = fallbackWhere;
    if (value.is_object()) {
        auto id = value.find("id");
        if (id != value.end() && id->is_string() && validRuleId(id->get<std::string>())) {
            rule.id = id->get<std::string>();
            where = "rule " + rule.id;
        }
    }
    if (!checkKeys(problems, where, value,
                   {"id", "category", "appliesTo", "title", "description", "severity"},
                   {"condition", "refinements", "mitigations", "references", "translations"})
        && !value.is_object())
        return;
    if (rule.id.empty() && value.contains("id")) {
        problems.add(where + ": id", "expected letters, digits, \"-\", \"_\" or \".\" (rule "
                                     + std::to_string(index) + ")");
    } else if (!rule.id.empty() && !ids.insert(rule.id).second) {
        problems.add(where, "duplicate rule id");
    }
    std::string category;
    if (readText(problems, where, value, "category", category) && !category.empty()) {
        if (auto parsed = strideCategoryFromString(category))
            rule.category = *parsed;
        else
            problems.add(where + ": category", "\"" + category + "\" is not one of spoofing, "
                                               "tampering, repudiation, information-disclosure, "
                                               "denial-of-service, elevation-of-privilege");
    }
    bool scopeKnown = false;
    if (auto applies = value.find("appliesTo"); applies != value.end()) {
        readAppliesTo(problems, where, *applies, rule);
        scopeKnown = rule.scope != RuleScope::Element || rule.kinds != 0;
    }
    readSeverity(problems, where, value, rule.severity);

    std::string text;
    if (readText(problems, where, value, "title", text) && !text.empty())
        rule.title = compileTemplate(problems, where + ": title", text, rule.scope);
    text.clear();
    if (readText(problems, where, value, "description", text) && !text.empty())
        rule.description = compileTemplate(problems, where + ": description", text, rule.scope);
    text.clear();
    if (value.contains("condition") && readText(problems, where, value, "condition", text, true)
        && scopeKnown)
        rule.condition = compileCondition(problems, where + ": ", text, rule, catalogue, layout);

    if (auto list = value.find("refinements"); list != value.end()) {
        if (!list->is_array()) {
            problems.add(where + ": refinements", "expected an array, found " + typeOf(*list));
        } else {
            for (std::size_t i = 0; i < list->size(); ++i) {
                const json &item = (*list)[i];
                const std::string at = where + ": refinements[" + std::to_string(i) + "]";
                if (!checkKeys(problems, at, item, {"when"}, {"severity", "note"}))
                    continue;
                Refinement refinement;
                std::string when;
                if (readText(problems, at, item, "when", when) && scopeKnown)
                    refinement.when = compileCondition(problems, at + ".when: ", when, rule,
                                                       catalogue, layout);
                readSeverity(problems, at, item, refinement.severity);
                std::string note;
                if (readText(problems, at, item, "note", note) && !note.empty())
                    refinement.note = compileTemplate(problems, at + ".note", note, rule.scope);
                if (refinement.severity.empty() && note.empty())
                    problems.add(at, "a refinement needs a \"severity\" or a \"note\"");
                rule.refinements.push_back(std::move(refinement));
            }
        }
    }

    if (auto list = value.find("mitigations"); list != value.end()) {
        if (!list->is_array()) {
            problems.add(where + ": mitigations", "expected an array, found " + typeOf(*list));
        } else {
            for (std::size_t i = 0; i < list->size(); ++i) {
                const json &item = (*list)[i];
                const std::string at = where + ": mitigations[" + std::to_string(i) + "]";
                if (!checkKeys(problems, at, item, {"title", "category"}, {"description"}))
                    continue;
                SuggestedMitigation mitigation;
                readText(problems, at, item, "title", mitigation.title);
                readText(problems, at, item, "description", mitigation.description, true);
                if (readText(problems, at, item, "category", mitigation.controlCategory)
                    && std::find(kControlCategories.begin(), kControlCategories.end(),
                                 mitigation.controlCategory)
                           == kControlCategories.end())
                    problems.add(at + ": category", "\"" + mitigation.controlCategory
                                                        + "\" is not an FDA control category ("
                                                        + joined(kControlCategories) + ")");
                rule.mitigations.push_back(std::move(mitigation));
            }
        }
    }

    if (auto references = value.find("references"); references != value.end()) {
        if (checkKeys(problems, where + ": references", *references, {}, {"capec", "cwe"})) {
            for (auto [key, prefix, out] : {std::tuple{"capec", "CAPEC-", &rule.capec},
                                            std::tuple{"cwe", "CWE-", &rule.cwe}}) {
                auto list = references->find(key);
                if (list == references->end())
                    continue;
                const std::string at = where + ": references." + key;
                if (!list->is_array()) {
                    problems.add(at, "expected an array, found " + typeOf(*list));
                    continue;
                }
                for (const json &item : *list) {
                    if (item.is_string() && validReference(item.get<std::string>(), prefix))
                        out->push_back(item.get<std::string>());
                    else
                        problems.add(at, "expected \"" + std::string(prefix) + "<number>\", found "
                                             + item.dump());
                }
            }
        }
    }
    forEachTranslation(problems, where, value,
                       [&](const std::string &language, const std::string &at, const json &item) {
                           readRuleTranslation(problems, at, item, rule,
                                               rule.translations[language]);
                       });
    rules.push_back(std::move(rule));
}

} // namespace

RulePackError::RulePackError(std::vector<std::string> errors)
    : std::runtime_error(errors.empty() ? std::string("invalid rule pack")
                                        : errors.front()
                                              + (errors.size() > 1
                                                     ? " (and " + std::to_string(errors.size() - 1)
                                                           + " more)"
                                                     : std::string())),
      m_errors(std::move(errors))
{}

// ---------------------------------------------------------------- templates

Template Template::compile(std::string_view text, RuleScope scope)
{
    Template result;
    result.m_text = std::string(text);
    std::string literal;
    const auto flush = [&] {
        if (!literal.empty())
            result.m_parts.push_back({Piece::Text, std::move(literal)});
        literal.clear();
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '}' ) {
            if (i + 1 < text.size() && text[i + 1] == '}') {
                literal += '}';
                ++i;
                continue;
            }
            throw ConditionError(i + 1, "unmatched \"}\" (write \"}}\" for a brace)");
        }
        if (c != '{') {
            literal += c;
            continue;
        }
        if (i + 1 < text.size() && text[i + 1] == '{') {
            literal += '{';
            ++i;
            continue;
        }
        const std::size_t close = text.find('}', i);
        if (close == std::string_view::npos)
            throw ConditionError(i + 1, "unclosed \"{\" (write \"{{\" for a brace)");
        const std::string_view name = text.substr(i + 1, close - i - 1);
        Piece piece;
        if (name == "name")
            piece = Piece::Name;
        else if (name == "source")
            piece = Piece::Source;
        else if (name == "target")
            piece = Piece::Target;
        else if (name == "boundary")
            piece = Piece::Boundary;
        else if (name == "protocol")
            piece = Piece::Protocol;
        else
            throw ConditionError(i + 1, "unknown placeholder {" + std::string(name)
                                            + "}; use {name}, {source}, {target}, {boundary} "
                                              "or {protocol}");
        if (scope == RuleScope::Element && piece != Piece::Name)
            throw ConditionError(i + 1, "{" + std::string(name) + "} is only available in "
                                                                   "rules for flows");
        if (scope == RuleScope::Flow && piece == Piece::Boundary)
            throw ConditionError(i + 1, "{boundary} is only available in rules for crossings");
        flush();
        result.m_parts.push_back({piece, {}});
        i = close;
    }
    flush();
    return result;
}

void Template::renderTo(std::string &out, const Values &values) const
{
    for (const Part &part : m_parts) {
        switch (part.piece) {
        case Piece::Text: out += part.text; break;
        case Piece::Name: out += values.name; break;
        case Piece::Source: out += values.source; break;
        case Piece::Target: out += values.target; break;
        case Piece::Boundary: out += values.boundary; break;
        case Piece::Protocol: out += values.protocol; break;
        }
    }
}

void Template::buildTo(NamedTextBuilder &out, const NamedValues &values) const
{
    for (const Part &part : m_parts) {
        switch (part.piece) {
        case Piece::Text: out.text(part.text); break;
        case Piece::Name: appendName(out, values.name); break;
        case Piece::Source: appendName(out, values.source); break;
        case Piece::Target: appendName(out, values.target); break;
        case Piece::Boundary:
            if (values.zones)
                appendZones(out, *values.zones, {});
            break;
        case Piece::Protocol: out.text(values.protocol); break;
        }
    }
}

void Template::appendName(NamedTextBuilder &out, const NamedRef &name)
{
    if (!name.id || !out.name(*name.id))
        out.text(name.shown);
}

void Template::appendZones(NamedTextBuilder &out, const std::vector<NamedRef> &zones,
                           std::string_view quote)
{
    for (std::size_t c = 0; c < zones.size(); ++c) {
        if (c > 0)
            out.text(c + 1 == zones.size() ? " and " : ", ");
        out.text(quote);
        appendName(out, zones[c]);
        out.text(quote);
    }
}

namespace {

using Slots = std::array<std::string_view, 6>; // by Template::Piece

// Whether parts [index, end) match `text` from `at`, filling `slots` (backtracking over the
// lengths of the placeholders; a placeholder used twice must stand for the same text). Views,
// not copies: a recorded text can hold a name megabytes long.
bool matchFrom(const std::vector<Template::Part> &parts, std::size_t index, std::string_view text,
               std::size_t at, Slots &slots, std::uint8_t &filled)
{
    if (index == parts.size())
        return at == text.size();
    const Template::Part &part = parts[index];
    const std::string_view rest = text.substr(at);
    if (part.piece == Template::Piece::Text)
        return rest.starts_with(part.text)
               && matchFrom(parts, index + 1, text, at + part.text.size(), slots, filled);
    const auto piece = static_cast<std::size_t>(part.piece);
    const auto bit = static_cast<std::uint8_t>(1u << piece);
    if (filled & bit)
        return rest.starts_with(slots[piece])
               && matchFrom(parts, index + 1, text, at + slots[piece].size(), slots, filled);
    filled |= bit;
    // When literal text follows, only where that text occurs can the placeholder end.
    const bool textFollows =
        index + 1 < parts.size() && parts[index + 1].piece == Template::Piece::Text;
    for (std::size_t end = at + 1; end <= text.size(); ++end) {
        if (textFollows) {
            end = text.find(parts[index + 1].text, end);
            if (end == std::string_view::npos)
                break;
        }
        slots[piece] = text.substr(at, end - at);
        if (matchFrom(parts, index + 1, text, end, slots, filled))
            return true;
    }
    filled &= static_cast<std::uint8_t>(~bit);
    return false;
}

} // namespace

std::optional<Template::Captured> Template::match(std::string_view text) const
{
    Slots slots;
    std::uint8_t filled = 0;
    if (!matchFrom(m_parts, 0, text, 0, slots, filled))
        return std::nullopt;
    auto slot = [&](Piece piece) { return std::string(slots[static_cast<std::size_t>(piece)]); };
    return Captured{slot(Piece::Name), slot(Piece::Source), slot(Piece::Target),
                    slot(Piece::Boundary), slot(Piece::Protocol)};
}

std::uint8_t Template::placeholders() const
{
    std::uint8_t bits = 0;
    for (const Part &part : m_parts)
        if (part.piece != Piece::Text)
            bits |= static_cast<std::uint8_t>(1u << static_cast<unsigned>(part.piece));
    return bits;
}

// ---------------------------------------------------------------- translations

namespace {

const RuleTranslation *translationOf(const Rule &rule, std::string_view language)
{
    auto it = rule.translations.find(language);
    return it == rule.translations.end() ? nullptr : &it->second;
}

} // namespace

const Template &Rule::titleIn(std::string_view language) const
{
    const RuleTranslation *translated = translationOf(*this, language);
    return translated && !translated->title.text().empty() ? translated->title : title;
}

const Template &Rule::descriptionIn(std::string_view language) const
{
    const RuleTranslation *translated = translationOf(*this, language);
    return translated && !translated->description.text().empty() ? translated->description
                                                                 : description;
}

const Template &Rule::noteIn(std::size_t refinement, std::string_view language) const
{
    const RuleTranslation *translated = translationOf(*this, language);
    return translated && refinement < translated->notes.size()
                   && !translated->notes[refinement].text().empty()
               ? translated->notes[refinement]
               : refinements.at(refinement).note;
}

const SuggestedMitigation &Rule::mitigationIn(std::size_t index, std::string_view language) const
{
    const RuleTranslation *translated = translationOf(*this, language);
    return translated && index < translated->mitigations.size() ? translated->mitigations[index]
                                                                : mitigations.at(index);
}

const std::string &RulePack::titleIn(std::string_view language) const
{
    auto it = m_translations.find(language);
    return it != m_translations.end() && !it->second.title.empty() ? it->second.title : m_title;
}

const std::string &RulePack::descriptionIn(std::string_view language) const
{
    auto it = m_translations.find(language);
    return it != m_translations.end() && !it->second.description.empty()
               ? it->second.description
               : m_description;
}

std::vector<std::string> RulePack::languages() const
{
    std::vector<std::string> result;
    for (const auto &[language, text] : m_translations)
        result.push_back(language);
    return result;
}

// ---------------------------------------------------------------- packs

const Rule *RulePack::rule(std::string_view id) const
{
    for (const Rule &rule : m_rules)
        if (rule.id == id)
            return &rule;
    return nullptr;
}

std::string_view severityName(int rank)
{
    return rank >= 0 && rank < static_cast<int>(kSeverities.size())
               ? kSeverities[static_cast<std::size_t>(rank)]
               : std::string_view{};
}

int severityRank(std::string_view severity)
{
    for (std::size_t i = 0; i < kSeverities.size(); ++i)
        if (kSeverities[i] == severity)
            return static_cast<int>(i);
    return -1;
}

RulePack loadRulePack(std::string_view text, const std::string &sourceName,
                      const PropertyCatalogue &catalogue)
{
    Problems problems(sourceName);
    json document;
    try {
        document = parseJson(text);
    } catch (const JsonError &error) {
        // "$: not valid JSON at line 3, column 9: ...", "$.rules[2]: the key ... is given twice"
        throw RulePackError({sourceName + ": " + error.what()});
    }
    RulePack pack;
    pack.m_sourceName = sourceName;
    pack.m_catalogue = &catalogue;
    pack.m_layout = std::make_shared<FactLayout>(catalogue);
    if (!checkKeys(problems, "$", document,
                   {"format", "formatVersion", "id", "version", "title", "rules"},
                   {"description", "translations"})
        && !document.is_object())
        throw RulePackError(problems.take());
    std::string format;
    if (readText(problems, "$", document, "format", format) && !format.empty()
        && format != "vigil-rule-pack")
        problems.add("$.format", "expected \"vigil-rule-pack\", found \"" + format + "\"");
    if (auto version = document.find("formatVersion"); version != document.end()
                                                       && *version != json(1))
        problems.add("$.formatVersion", "expected 1, found " + version->dump()
                                            + " (a newer Vigil may read it)");
    if (readText(problems, "$", document, "id", pack.m_id) && !pack.m_id.empty()
        && !validPackId(pack.m_id))
        problems.add("$.id", "\"" + pack.m_id + "\" must be lower-case letters, digits, \"-\" or "
                                                "\".\"");
    readText(problems, "$", document, "version", pack.m_version);
    readText(problems, "$", document, "title", pack.m_title);
    readText(problems, "$", document, "description", pack.m_description, true);
    forEachTranslation(problems, "$", document,
                       [&](const std::string &language, const std::string &at, const json &item) {
                           if (!checkKeys(problems, at, item, {}, {"title", "description"}))
                               return;
                           RulePack::PackText &translated = pack.m_translations[language];
                           readText(problems, at, item, "title", translated.title);
                           readText(problems, at, item, "description", translated.description);
                       });
    if (auto rules = document.find("rules"); rules != document.end()) {
        if (!rules->is_array()) {
            problems.add("$.rules", "expected an array, found " + typeOf(*rules));
        } else {
            std::set<std::string> ids;
            for (std::size_t i = 0; i < rules->size(); ++i)
                readRule(problems, (*rules)[i], i, "rules[" + std::to_string(i) + "]", catalogue,
                         *pack.m_layout, ids, pack.m_rules);
        }
    }
    if (!problems.empty())
        throw RulePackError(problems.take());
    return pack;
}

RulePack loadRulePackFile(const std::string &path, const PropertyCatalogue &catalogue)
{
    std::string text;
    try {
        text = readInputFile(path, kMaxRulePackBytes, "a rule pack (JSON)");
    } catch (const FileError &error) {
        throw RulePackError({error.what()});
    }
    return loadRulePack(text, path, catalogue);
}

const std::vector<RulePackPtr> &shippedPacks()
{
    // The shipped packs are tested to load; a failure here is a build defect, so let it throw.
    static const std::vector<RulePackPtr> packs{
        std::make_shared<const RulePack>(
            loadRulePack(embedded::strideDefaultPack(), "stride-default.json")),
        std::make_shared<const RulePack>(
            loadRulePack(embedded::medicalDevicePack(), "medical-device.json")),
    };
    return packs;
}

RulePackPtr shippedPack(std::string_view id)
{
    for (const RulePackPtr &pack : shippedPacks())
        if (pack->id() == id)
            return pack;
    return nullptr;
}

std::vector<RulePackPtr> resolvePacks(const std::vector<std::string> &modelPacks,
                                      const std::vector<RulePackPtr> &extra)
{
    std::vector<RulePackPtr> result;
    const auto findIn = [](const std::vector<RulePackPtr> &packs, const std::string &id) {
        for (const RulePackPtr &pack : packs)
            if (pack->id() == id)
                return pack;
        return RulePackPtr{};
    };
    const auto listed = [&](const std::string &id) { return findIn(result, id) != nullptr; };
    for (const std::string &id : modelPacks) {
        if (listed(id))
            continue;
        RulePackPtr pack = findIn(extra, id);
        if (!pack)
            pack = shippedPack(id);
        if (!pack)
            throw RulePackError({"the model uses rule pack \"" + id + "\", which is not shipped "
                                 "with Vigil and was not given (--rules PACK.json)"});
        result.push_back(pack);
    }
    for (const RulePackPtr &pack : extra)
        if (!listed(pack->id()))
            result.push_back(pack);
    return result;
}

} // namespace vigil::stride
