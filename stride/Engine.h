#pragma once

// Threat enumeration and reconciliation.
//
// analyze() is a pure function of a model and rule packs: it reads the model, writes nothing,
// and may run on a copy of the model in a worker thread. Its result refers to that model (ids
// and names are read from it, not copied), so keep the analysed model alive and unchanged while
// the Analysis is used. reconcile() then applies the result to a model, usually the document
// the copy was taken from, on the thread that owns it:
//
//     auto copy = std::make_shared<ThreatModel>(document.model());      // GUI thread
//     auto analysis = analyze(*copy, resolvePacks(copy->info().rulePacks)); // worker thread
//     reconcile(document.model(), analysis);                            // GUI thread
//
// Threat ids are "T-" + 16 hex digits of a 64-bit FNV-1a hash of the rule id and the element or
// flow id, so they survive renames, moves and re-runs. A crossing rule fires once per flow: its
// id does not include the zones, so adding, nesting or moving zones keeps it.

#include "stride/RulePack.h"

#include "model/ThreatModel.h"

#include <cstdint>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

namespace vigil::stride {

// Packs that cannot be used together (two with the same id, a rule id in two packs, different
// catalogues). what() names them.
class AnalysisError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// One threat the rules produce: a rule fired on a target. Plain indices, so enumerating a large
// model allocates no strings; the text is rendered on demand. A crossing rule's target is the
// flow; the zones it crosses are the flow's.
struct Finding {
    static constexpr std::uint32_t kNone = 0xffffffffu;
    std::uint32_t pack = 0;       // index into Analysis::packs()
    std::uint32_t rule = 0;       // index into that pack's rules()
    std::uint32_t target = 0;     // element index (element rules) or flow index
    std::int16_t refinement = -1; // the refinement that applied, -1 none
    bool suppressed = false;      // the model suppresses this rule for this element
};

class Analysis {
public:
    const std::vector<RulePackPtr> &packs() const { return m_packs; }
    const std::vector<Finding> &findings() const { return m_findings; }
    std::size_t threatCount() const { return m_findings.size() - m_suppressedCount; }
    std::size_t suppressedCount() const { return m_suppressedCount; }

    const RulePack &pack(const Finding &finding) const { return *m_packs[finding.pack]; }
    const Rule &rule(const Finding &finding) const
    {
        return m_packs[finding.pack]->rules()[finding.rule];
    }
    std::string threatId(const Finding &finding) const;
    // The 64-bit hash that threatId() spells in hex, for lookups without strings.
    std::uint64_t threatHash(const Finding &finding) const;
    // The element; the flow; or, for crossing rules, the flow and then the zones it crosses in
    // the order a message meets them: the zones it leaves, innermost first, then the zones it
    // enters, outermost first.
    std::vector<Id> targets(const Finding &finding) const;
    const Id &targetId(const Finding &finding) const; // the element or the flow: targets()[0]
    std::string title(const Finding &finding) const;
    std::string description(const Finding &finding) const;
    std::string_view severity(const Finding &finding) const;
    // Why it fired: the rule, the pack and version, and the values its conditions read.
    std::string why(const Finding &finding) const;
    // The suppression that holds this finding back, or null.
    const Suppression *suppression(const Finding &finding) const;
    // The threat record for a finding: open, without a number, no decisions.
    Threat toThreat(const Finding &finding) const;

    // What code that renders many findings of one analysis reuses: text buffers and the parts
    // of why() that many findings share (rendered once each), so that rendering allocates
    // almost nothing. Keep one per Analysis: what it holds is only valid for its packs.
    class TextCache {
    private:
        friend class Analysis;
        struct Hash {
            using is_transparent = void;
            std::size_t operator()(std::string_view text) const
            {
                return std::hash<std::string_view>{}(text);
            }
        };
        std::string m_key;
        NamedTextBuilder m_builder;
        WordingPool m_wordings; // every wording the records it writes share
        std::vector<Template::NamedRef> m_zones;
        std::vector<std::vector<std::string>> m_openings; // of why(), per pack and rule
        // The reasons part of why() by rule, refinement and the values its conditions read.
        std::unordered_map<std::string, std::string, Hash, std::equal_to<>> m_reasons;
    };
    // Writes what the engine owns into `threat`: rule, pack and version, category, targets,
    // title, description, severity, why, CAPEC and CWE. Id, number and decisions stay.
    void refresh(Threat &threat, const Finding &finding, TextCache &cache) const;
    // True when refresh() would change nothing a user sees (a text kept as shown counts as
    // the same text naming its objects).
    bool isCurrent(const Threat &threat, const Finding &finding, TextCache &cache) const;

    // The rule with this id in any of the packs (for its suggested mitigations), or null.
    const Rule *findRule(std::string_view ruleId) const;

    // What this analysis saw: the analysed model's fingerprint and the packs' versions.
    // reconcile() records it in ModelInfo::lastAnalysis; `check` compares it with the model.
    const AnalysisStamp &stamp() const { return m_stamp; }

private:
    friend Analysis analyze(const ThreatModel &, std::vector<RulePackPtr>);
    struct FlowRow {
        const Flow *flow = nullptr;
        std::uint32_t source = 0;
        std::uint32_t target = 0;
        std::uint32_t crossingsBegin = 0;
        std::uint32_t crossingsCount = 0;
    };
    FactView factsOf(const Finding &finding) const;
    // `zones` receives the zones {boundary} names; the values refer to it.
    Template::NamedValues valuesOf(const Finding &finding,
                                   std::vector<Template::NamedRef> &zones) const;
    Template::NamedRef nameOf(const Element &element) const;
    Template::NamedRef nameOf(const Flow &flow) const;
    Template::NamedRef nameOf(const Finding &finding) const;
    bool sameTargets(const std::vector<Id> &ids, const Finding &finding) const;
    void buildTitle(TextCache &cache, const Finding &finding) const;
    void buildDescription(TextCache &cache, const Finding &finding) const;
    void buildWhy(TextCache &cache, const Finding &finding) const;
    // A text built by one of the three, as the model shows it.
    std::string rendered(const TextCache &cache) const;
    // True when the text built in `cache` is `text`, or shows exactly as it.
    bool isBuiltText(const TextCache &cache, const NamedText &text) const;
    void appendWhyOpening(std::string &out, const Finding &finding) const;
    void appendWhySubject(TextCache &cache, const Finding &finding) const;
    void appendWhyReasons(std::string &out, const Finding &finding) const;
    static void appendValuesRead(std::string &key, const Condition &condition,
                                 const FactView &view);
    const std::string &cachedWhyOpening(TextCache &cache, const Finding &finding) const;
    const std::string &cachedWhyReasons(TextCache &cache, const Finding &finding) const;

    const ThreatModel *m_model = nullptr;
    std::vector<RulePackPtr> m_packs;
    std::vector<const Element *> m_elements;
    std::vector<FlowRow> m_flows;
    std::vector<const TrustBoundary *> m_boundaries;
    std::vector<std::uint32_t> m_crossings; // boundary indices in crossing order, per FlowRow
    std::size_t m_numberWidth = 0;
    std::size_t m_textWidth = 0;
    std::vector<double> m_elementNumbers; // m_elements.size() rows of m_numberWidth
    std::vector<std::string_view> m_elementTexts;
    std::vector<double> m_flowNumbers;
    std::vector<std::string_view> m_flowTexts;
    std::vector<Finding> m_findings;
    std::size_t m_suppressedCount = 0;
    AnalysisStamp m_stamp;
};

// Enumerates every threat of the whole model. Out-of-scope elements and flows get none.
// Findings come in a deterministic order: elements by id (rules in pack order), then flows by
// id (flow rules, then crossing rules, each once per flow however many zones it crosses).
Analysis analyze(const ThreatModel &model, std::vector<RulePackPtr> packs);

// Threats that an earlier engine recorded once per crossed zone (id from rule, flow and zone),
// folded into the one threat per flow that now stands for them.
struct ThreatMerge {
    Id into;               // the per-flow threat
    std::vector<Id> from;  // the per-zone threats, by number; now obsolete, "Merged into ..."
    bool operator==(const ThreatMerge &) const = default;
};

struct ReconcileResult {
    std::size_t added = 0;     // new threats, status open, fresh numbers
    std::size_t kept = 0;      // fired before and now: decisions kept, text refreshed (merged
                               // threats count here: they carry the decisions of `merges`)
    std::size_t revived = 0;   // were obsolete, fire again: back to open
    std::size_t obsoleted = 0; // no longer fire (or now suppressed): status obsolete
    std::size_t suppressed = 0; // fire, but switched off for their element: status suppressed
    std::vector<ThreatMerge> merges;
};

// Applies an analysis to `model` (the analysed one or the one it was copied from): status,
// justification, risk, hazards and mitigations of threats that still fire are kept; threats
// whose rule no longer fires become obsolete with their history (manual threats, which no rule
// produced, are left alone); threats whose rule is
// suppressed for their element become suppressed (open again once it is not); new threats are
// open and get
// numbers from ModelInfo::nextThreatNumber in finding order. Only changed records are written.
// ModelInfo::lastAnalysis becomes the analysis's stamp.
//
// A model analysed before crossing rules fired once per flow holds one threat per rule, flow and
// crossed zone. When the per-flow threat is new and such threats exist, it takes a fresh number
// and inherits their decisions (see resources/rules/README.md, "How threats are kept across
// analyses"): the status furthest along (a decision beats open; then the lowest number), every
// justification (the others naming their number), the union of mitigations and hazards, the
// higher risk before and after, the hand-over to safety and a residual-risk acceptance. The old
// threats become obsolete, "Merged into T-... (#n)", and test records naming them name it.
ReconcileResult reconcile(ThreatModel &model, const Analysis &analysis);

// A hash of everything analysis reads (rule pack names; elements, flows and zones with their
// kinds, names, properties, scope and membership; suppressions), and nothing it does not
// (layout, descriptions, threats, the traceability records). Equal fingerprints: the same
// analysis result.
std::string analysisFingerprint(const ThreatModel &model);

// The threat id for a rule and its targets.
std::string threatId(std::string_view ruleId, const std::vector<Id> &targets);

} // namespace vigil::stride
