#pragma once

// Rule packs: JSON files of STRIDE rules (format in resources/rules/README.md). A pack is parsed,
// validated and type-checked once against the property catalogue; any problem refuses the whole
// pack. The two packs Vigil ships are compiled into the library.

#include "model/NamedText.h"
#include "stride/Condition.h"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace vigil::stride {

// A refused pack. errors() holds every problem, one line each, as
// "<pack>: rule <id>: column <n>: <problem>" (or "<pack>: <where>: <problem>" outside a rule);
// what() is the first of them and how many more there are.
class RulePackError : public std::runtime_error {
public:
    explicit RulePackError(std::vector<std::string> errors);
    const std::vector<std::string> &errors() const { return m_errors; }

private:
    std::vector<std::string> m_errors;
};

// A title or description with {name}, {source}, {target}, {boundary}, {protocol} placeholders,
// split once into pieces so rendering only appends.
class Template {
public:
    enum class Piece : std::uint8_t { Text, Name, Source, Target, Boundary, Protocol };
    struct Part {
        Piece piece = Piece::Text;
        std::string text;
    };
    // Throws ConditionError (reused for the column) on an unknown or unavailable placeholder.
    static Template compile(std::string_view text, RuleScope scope);

    struct Values {
        std::string_view name, source, target, boundary, protocol;
    };
    void renderTo(std::string &out, const Values &values) const;
    // The same as a threat's NamedText: names, sources, targets and zones as marks for their
    // ids (`shown`: the name as text, for a text that names too many objects), protocols as text.
    struct NamedRef {
        const std::string *id = nullptr;
        std::string_view shown;
    };
    struct NamedValues {
        NamedRef name, source, target;
        const std::vector<NamedRef> *zones = nullptr; // "A", "A and B", "A, B and C"
        std::string_view protocol;
    };
    void buildTo(NamedTextBuilder &out, const NamedValues &values) const;
    // Appends a name as a mark, or as text when the text names too many objects already.
    static void appendName(NamedTextBuilder &out, const NamedRef &name);
    static void appendZones(NamedTextBuilder &out, const std::vector<NamedRef> &zones,
                            std::string_view quote);
    // The values that render to `text`, when some do (the first match, placeholders as short
    // as they can be): what a recorded threat text was rendered from.
    struct Captured {
        std::string name, source, target, boundary, protocol;
        Values values() const { return {name, source, target, boundary, protocol}; }
    };
    std::optional<Captured> match(std::string_view text) const;
    const std::string &text() const { return m_text; }
    // The placeholders it uses, one bit per Piece (1 << Piece::Name, ...), to check that a
    // translation names what the original names.
    std::uint8_t placeholders() const;

private:
    std::string m_text;
    std::vector<Part> m_parts;
};

// A mitigation a rule suggests; the engine never creates Mitigation records by itself.
struct SuggestedMitigation {
    std::string title;
    std::string description;
    std::string controlCategory; // FDA control category, e.g. "authentication"
};

// Property values refine a threat, they never hide it: the first refinement whose condition
// holds replaces the severity and appends its note to the description.
struct Refinement {
    Condition when;
    std::string severity; // empty: keep the rule's
    Template note;        // may be empty
};

// A rule's texts in another language. What a translation leaves out falls back to the rule's
// own text: an empty template, or an empty list.
struct RuleTranslation {
    Template title;
    Template description;
    std::vector<Template> notes;                  // none, or one per refinement
    std::vector<SuggestedMitigation> mitigations; // none, or one per suggestion
};

struct Rule {
    std::string id;
    StrideCategory category = StrideCategory::Spoofing;
    RuleScope scope = RuleScope::Element;
    KindMask kinds = 0; // element rules: the kinds it applies to
    Condition condition;
    Template title;
    Template description;
    std::string severity; // low, medium, high, critical
    std::vector<Refinement> refinements;
    std::vector<SuggestedMitigation> mitigations;
    std::vector<std::string> capec; // "CAPEC-94"
    std::vector<std::string> cwe;   // "CWE-319"
    // By language tag ("ja", "de"); see resources/rules/README.md, "Languages".
    std::map<std::string, RuleTranslation, std::less<>> translations;

    // The text in `language`, or the rule's own where the pack does not translate it.
    const Template &titleIn(std::string_view language) const;
    const Template &descriptionIn(std::string_view language) const;
    const Template &noteIn(std::size_t refinement, std::string_view language) const;
    const SuggestedMitigation &mitigationIn(std::size_t index, std::string_view language) const;
};

class RulePack {
public:
    const std::string &id() const { return m_id; }
    const std::string &version() const { return m_version; }
    const std::string &title() const { return m_title; }
    const std::string &description() const { return m_description; }
    // Title and description in `language`, or the pack's own where it has no translation.
    const std::string &titleIn(std::string_view language) const;
    const std::string &descriptionIn(std::string_view language) const;
    // The languages the pack translates its own title into, sorted ("de", "ja").
    std::vector<std::string> languages() const;
    const std::string &sourceName() const { return m_sourceName; }
    const std::vector<Rule> &rules() const { return m_rules; }
    const Rule *rule(std::string_view id) const;
    const PropertyCatalogue &catalogue() const { return *m_catalogue; }
    const FactLayout &layout() const { return *m_layout; }

private:
    friend RulePack loadRulePack(std::string_view, const std::string &,
                                 const PropertyCatalogue &);
    std::string m_id;
    std::string m_version;
    std::string m_title;
    std::string m_description;
    struct PackText {
        std::string title;
        std::string description;
    };
    std::map<std::string, PackText, std::less<>> m_translations;
    std::string m_sourceName;
    std::vector<Rule> m_rules;
    const PropertyCatalogue *m_catalogue = nullptr;
    std::shared_ptr<const FactLayout> m_layout;
};

using RulePackPtr = std::shared_ptr<const RulePack>;

// Parses and checks a pack. `sourceName` (usually the file name) starts every error line.
// The catalogue must outlive the pack. Throws RulePackError.
RulePack loadRulePack(std::string_view json, const std::string &sourceName,
                      const PropertyCatalogue &catalogue = PropertyCatalogue::builtin());

// The largest rule pack file read: 64 MiB. The shipped packs are about 40 KiB; a pack of a few
// thousand generated rules stays far below.
inline constexpr std::uintmax_t kMaxRulePackBytes = std::uintmax_t{64} * 1024 * 1024;

// Reads and loads a pack file; a file that cannot be read (missing, a folder, not a regular file,
// larger than kMaxRulePackBytes) is a RulePackError too.
RulePack loadRulePackFile(const std::string &path,
                          const PropertyCatalogue &catalogue = PropertyCatalogue::builtin());

// The packs compiled into Vigil, "stride-default" then "medical-device", loaded once.
const std::vector<RulePackPtr> &shippedPacks();
RulePackPtr shippedPack(std::string_view id); // null when there is no such pack

// The packs a model uses: each id of its ModelInfo::rulePacks, taken from `extra` when a pack
// there has that id (a user pack overrides a shipped one), else from the shipped packs; then
// every pack of `extra` the model does not list. Throws RulePackError for an id found nowhere.
std::vector<RulePackPtr> resolvePacks(const std::vector<std::string> &modelPacks,
                                      const std::vector<RulePackPtr> &extra = {});

std::string_view severityName(int rank); // 0 low .. 3 critical
int severityRank(std::string_view severity); // -1 when unknown

} // namespace vigil::stride
