#include "stride/Engine.h"

#include "stride/Risk.h"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <tuple>
#include <unordered_map>

namespace vigil::stride {

namespace {

constexpr std::uint64_t kFnvOffset = 14695981039346656037ull;
constexpr std::uint64_t kFnvPrime = 1099511628211ull;

std::uint64_t fnv(std::uint64_t hash, std::string_view bytes)
{
    for (char c : bytes) {
        hash ^= static_cast<unsigned char>(c);
        hash *= kFnvPrime;
    }
    return hash;
}

std::string hexId(std::uint64_t hash)
{
    char buffer[24];
    std::snprintf(buffer, sizeof buffer, "T-%016llx", static_cast<unsigned long long>(hash));
    return buffer;
}

std::uint64_t threatHash(std::string_view ruleId, const std::vector<Id> &targets)
{
    std::uint64_t hash = fnv(kFnvOffset, ruleId);
    for (const Id &target : targets)
        hash = fnv(fnv(hash, std::string_view("\0", 1)), target);
    return hash;
}

// The hash an id of hexId()'s spelling holds; nullopt for any other id (manual threats).
std::optional<std::uint64_t> hashOfThreatId(std::string_view id)
{
    constexpr std::size_t kDigits = 16;
    if (id.size() != 2 + kDigits || id.substr(0, 2) != "T-")
        return std::nullopt;
    std::uint64_t hash = 0;
    for (const char c : id.substr(2)) {
        unsigned digit = 0;
        if (c >= '0' && c <= '9')
            digit = static_cast<unsigned>(c - '0');
        else if (c >= 'a' && c <= 'f')
            digit = static_cast<unsigned>(c - 'a' + 10);
        else
            return std::nullopt;
        hash = hash << 4 | digit;
    }
    return hash;
}

// The bytes of a plain value, for cache keys.
template<typename T>
void appendBytes(std::string &key, const T &value)
{
    key.append(reinterpret_cast<const char *>(&value), sizeof value);
}

// A rule ready to run: where it lives and its global index (for suppressions).
struct ActiveRule {
    const Rule *rule = nullptr;
    std::uint32_t pack = 0;
    std::uint32_t index = 0;
    std::uint32_t global = 0;
};

std::string_view displayName(const std::string &name, const std::string &id)
{
    return name.empty() ? std::string_view(id) : std::string_view(name);
}

// Feeds values into the hash with a separator, so "ab","c" and "a","bc" differ.
class Fingerprint {
public:
    Fingerprint &operator<<(std::string_view text)
    {
        m_hash = fnv(fnv(m_hash, text), std::string_view("\0", 1));
        return *this;
    }
    Fingerprint &operator<<(bool flag) { return *this << std::string_view(flag ? "1" : "0"); }
    Fingerprint &operator<<(const PropertyMap &properties)
    {
        for (const auto &[key, value] : properties) {
            *this << key;
            if (const auto *flag = std::get_if<bool>(&value)) {
                *this << std::string_view("b") << *flag;
            } else if (const auto *amount = std::get_if<double>(&value)) {
                char buffer[32];
                std::snprintf(buffer, sizeof buffer, "n%.17g", *amount);
                *this << std::string_view(buffer);
            } else {
                *this << std::string_view("s") << std::get<std::string>(value);
            }
        }
        return *this << std::string_view("}");
    }
    std::string hex() const
    {
        char buffer[24];
        std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(m_hash));
        return buffer;
    }

private:
    std::uint64_t m_hash = kFnvOffset;
};

} // namespace

std::string analysisFingerprint(const ThreatModel &model)
{
    Fingerprint print;
    for (const std::string &pack : model.info().rulePacks)
        print << pack;
    print << std::string_view("elements");
    for (const Element *e : model.elements())
        print << e->id << toString(e->kind) << e->name << e->properties << e->outOfScope;
    print << std::string_view("flows");
    for (const Flow *f : model.flows())
        print << f->id << f->source << f->target << f->bidirectional << f->name << f->protocol
              << f->properties << f->outOfScope;
    print << std::string_view("zones");
    for (const TrustBoundary *b : model.boundaries()) {
        print << b->id << b->name << b->parent;
        for (const Id &member : b->members)
            print << member;
        print << std::string_view("}");
    }
    print << std::string_view("suppressions");
    for (const Suppression &s : model.suppressions())
        print << s.element << s.ruleId;
    return print.hex();
}

std::string threatId(std::string_view ruleId, const std::vector<Id> &targets)
{
    return hexId(threatHash(ruleId, targets));
}

// ---------------------------------------------------------------- analyze

Analysis analyze(const ThreatModel &model, std::vector<RulePackPtr> packs)
{
    Analysis analysis;
    analysis.m_model = &model;
    analysis.m_packs = std::move(packs);
    const auto &usedPacks = analysis.m_packs;
    analysis.m_stamp.fingerprint = analysisFingerprint(model);
    for (const RulePackPtr &pack : usedPacks)
        analysis.m_stamp.packVersions[pack->id()] = pack->version();

    // Rules by what they apply to, checked for clashes between packs.
    std::vector<ActiveRule> kindRules[3];
    std::vector<ActiveRule> flowRules;
    std::vector<ActiveRule> crossingRules;
    std::unordered_map<std::string_view, std::uint32_t> ruleByIdGlobal;
    std::unordered_map<std::string_view, std::uint32_t> packIds;
    std::uint32_t global = 0;
    for (std::uint32_t p = 0; p < usedPacks.size(); ++p) {
        const RulePack &pack = *usedPacks[p];
        if (&pack.catalogue() != &usedPacks.front()->catalogue())
            throw AnalysisError("rule packs " + usedPacks.front()->id() + " and " + pack.id()
                                + " were checked against different property catalogues");
        if (!packIds.emplace(pack.id(), p).second)
            throw AnalysisError("rule pack \"" + pack.id() + "\" is given twice");
        for (std::uint32_t r = 0; r < pack.rules().size(); ++r, ++global) {
            const Rule &rule = pack.rules()[r];
            if (!ruleByIdGlobal.emplace(rule.id, global).second)
                throw AnalysisError("rule id \"" + rule.id + "\" of pack \"" + pack.id()
                                    + "\" is also used by another pack");
            const ActiveRule active{&rule, p, r, global};
            if (rule.scope == RuleScope::Flow)
                flowRules.push_back(active);
            else if (rule.scope == RuleScope::Crossing)
                crossingRules.push_back(active);
            else
                for (int k = 0; k < 3; ++k)
                    if (rule.kinds & kindBit(static_cast<ElementKind>(k)))
                        kindRules[k].push_back(active);
        }
    }
    if (usedPacks.empty())
        return analysis;

    const FactLayout &layout = usedPacks.front()->layout();
    const PropertyCatalogue &catalogue = usedPacks.front()->catalogue();
    const std::size_t numberWidth = layout.numberWidth();
    const std::size_t textWidth = layout.textWidth();
    analysis.m_numberWidth = numberWidth;
    analysis.m_textWidth = textWidth;

    // Catalogue keys to fact columns, and a row of defaults (unset enums read as -1).
    struct PropertySlot {
        FactLayout::Column column;
        const PropertyDefinition *definition;
    };
    std::unordered_map<std::string_view, PropertySlot> slots;
    std::vector<double> defaultNumbers(numberWidth, 0.0);
    for (std::size_t i = 0; i < catalogue.definitions().size(); ++i) {
        const PropertyDefinition &definition = catalogue.definitions()[i];
        slots.emplace(definition.key, PropertySlot{layout.property(i), &definition});
        if (definition.type == PropertyType::Enum)
            defaultNumbers[layout.property(i).index] = -1;
    }
    const auto fillProperties = [&](const PropertyMap &properties, double *numbers,
                                    std::string_view *texts) {
        for (const auto &[key, value] : properties) {
            auto slot = slots.find(key);
            if (slot == slots.end())
                continue; // not in the catalogue: no rule can read it
            const auto [column, definition] = slot->second;
            if (const bool *flag = std::get_if<bool>(&value)) {
                if (!column.text)
                    numbers[column.index] = *flag ? 1.0 : 0.0;
            } else if (const double *number = std::get_if<double>(&value)) {
                if (!column.text)
                    numbers[column.index] = *number;
            } else if (const std::string *text = std::get_if<std::string>(&value)) {
                if (column.text) {
                    texts[column.index] = *text;
                } else if (definition->type == PropertyType::Enum) {
                    const auto &values = definition->values;
                    auto it = std::find(values.begin(), values.end(), *text);
                    if (it != values.end())
                        numbers[column.index] = static_cast<double>(it - values.begin());
                }
            }
        }
    };

    // Zones: index by id order and each one's parent index.
    analysis.m_boundaries = model.boundaries();
    const auto &boundaries = analysis.m_boundaries;
    std::unordered_map<std::string_view, std::uint32_t> boundaryIndex;
    for (std::uint32_t b = 0; b < boundaries.size(); ++b)
        boundaryIndex.emplace(boundaries[b]->id, b);
    std::vector<std::uint32_t> parentOf(boundaries.size(), Finding::kNone);
    for (std::uint32_t b = 0; b < boundaries.size(); ++b)
        if (auto it = boundaryIndex.find(boundaries[b]->parent); it != boundaryIndex.end())
            parentOf[b] = it->second;

    // Elements: facts and the chain of zones each lies in, innermost first.
    analysis.m_elements = model.elements();
    const auto &elements = analysis.m_elements;
    const std::size_t elementCount = elements.size();
    std::unordered_map<std::string_view, std::uint32_t> elementIndex;
    elementIndex.reserve(elementCount);
    analysis.m_elementNumbers.resize(elementCount * numberWidth);
    analysis.m_elementTexts.resize(elementCount * textWidth);
    std::vector<std::uint32_t> chains;
    std::vector<std::uint32_t> chainBegin(elementCount + 1, 0);
    for (std::uint32_t e = 0; e < elementCount; ++e)
        elementIndex.emplace(elements[e]->id, e);
    std::vector<std::uint32_t> innermostZone(elementCount, Finding::kNone);
    for (std::uint32_t b = 0; b < boundaries.size(); ++b)
        for (const Id &member : boundaries[b]->members)
            if (auto it = elementIndex.find(member); it != elementIndex.end())
                innermostZone[it->second] = b;
    for (std::uint32_t e = 0; e < elementCount; ++e) {
        const Element &element = *elements[e];
        double *numbers = analysis.m_elementNumbers.data() + e * numberWidth;
        std::string_view *texts = analysis.m_elementTexts.data() + e * textWidth;
        std::copy(defaultNumbers.begin(), defaultNumbers.end(), numbers);
        numbers[layout.kind().index] = static_cast<double>(static_cast<int>(element.kind));
        texts[layout.name().index] = element.name;
        fillProperties(element.properties, numbers, texts);
        chainBegin[e] = static_cast<std::uint32_t>(chains.size());
        for (std::uint32_t b = innermostZone[e]; b != Finding::kNone; b = parentOf[b])
            chains.push_back(b);
    }
    chainBegin[elementCount] = static_cast<std::uint32_t>(chains.size());

    // Flows: endpoints, crossed zones (the zones in exactly one endpoint's chain, in the order a
    // message meets them: leaving innermost first, then entering outermost first), facts.
    // Chains are a few zones deep, so a linear search is the fastest set operation here.
    const std::vector<const Flow *> flows = model.flows();
    analysis.m_flows.resize(flows.size());
    analysis.m_flowNumbers.resize(flows.size() * numberWidth);
    analysis.m_flowTexts.resize(flows.size() * textWidth);
    for (std::uint32_t f = 0; f < flows.size(); ++f) {
        const Flow &flow = *flows[f];
        Analysis::FlowRow &row = analysis.m_flows[f];
        row.flow = &flow;
        row.source = elementIndex.at(flow.source);
        row.target = elementIndex.at(flow.target);
        row.crossingsBegin = static_cast<std::uint32_t>(analysis.m_crossings.size());
        const auto sourceBegin = chains.begin() + chainBegin[row.source];
        const auto sourceEnd = chains.begin() + chainBegin[row.source + 1];
        const auto targetBegin = chains.begin() + chainBegin[row.target];
        const auto targetEnd = chains.begin() + chainBegin[row.target + 1];
        for (auto zone = sourceBegin; zone != sourceEnd; ++zone)
            if (std::find(targetBegin, targetEnd, *zone) == targetEnd)
                analysis.m_crossings.push_back(*zone);
        for (auto zone = targetEnd; zone != targetBegin; --zone)
            if (std::find(sourceBegin, sourceEnd, *(zone - 1)) == sourceEnd)
                analysis.m_crossings.push_back(*(zone - 1));
        row.crossingsCount =
            static_cast<std::uint32_t>(analysis.m_crossings.size()) - row.crossingsBegin;
        double *numbers = analysis.m_flowNumbers.data() + f * numberWidth;
        std::string_view *texts = analysis.m_flowTexts.data() + f * textWidth;
        std::copy(defaultNumbers.begin(), defaultNumbers.end(), numbers);
        numbers[layout.crossesBoundary().index] = row.crossingsCount > 0 ? 1.0 : 0.0;
        numbers[layout.bidirectional().index] = flow.bidirectional ? 1.0 : 0.0;
        texts[layout.name().index] = flow.name;
        texts[layout.protocol().index] = flow.protocol;
        fillProperties(flow.properties, numbers, texts);
    }

    // Suppressions: (element or flow index, global rule index), sorted for binary search.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> suppressedElements, suppressedFlows;
    std::unordered_map<std::string_view, std::uint32_t> flowIndex;
    if (!model.suppressions().empty())
        for (std::uint32_t f = 0; f < flows.size(); ++f)
            flowIndex.emplace(flows[f]->id, f);
    for (const Suppression &suppression : model.suppressions()) {
        auto rule = ruleByIdGlobal.find(suppression.ruleId);
        if (rule == ruleByIdGlobal.end())
            continue;
        if (auto e = elementIndex.find(suppression.element); e != elementIndex.end())
            suppressedElements.emplace_back(e->second, rule->second);
        else if (auto f = flowIndex.find(suppression.element); f != flowIndex.end())
            suppressedFlows.emplace_back(f->second, rule->second);
    }
    std::sort(suppressedElements.begin(), suppressedElements.end());
    std::sort(suppressedFlows.begin(), suppressedFlows.end());
    const auto isSuppressed = [](const auto &list, std::uint32_t target, std::uint32_t rule) {
        return !list.empty()
               && std::binary_search(list.begin(), list.end(), std::pair{target, rule});
    };

    // Enumeration: the only per-target work is evaluating compiled conditions.
    auto &findings = analysis.m_findings;
    findings.reserve(elementCount * 8 + flows.size() * 8);
    const auto fire = [&](const ActiveRule &active, const FactView &view, std::uint32_t target,
                          bool suppressed) {
        Finding finding;
        finding.pack = active.pack;
        finding.rule = active.index;
        finding.target = target;
        finding.suppressed = suppressed;
        const auto &refinements = active.rule->refinements;
        for (std::size_t i = 0; i < refinements.size(); ++i) {
            if (refinements[i].when.evaluate(view)) {
                finding.refinement = static_cast<std::int16_t>(i);
                break;
            }
        }
        analysis.m_suppressedCount += suppressed ? 1 : 0;
        findings.push_back(finding);
    };
    FactView view;
    for (std::uint32_t e = 0; e < elementCount; ++e) {
        const Element &element = *elements[e];
        if (element.outOfScope)
            continue;
        view.numbers[0] = analysis.m_elementNumbers.data() + e * numberWidth;
        view.texts[0] = analysis.m_elementTexts.data() + e * textWidth;
        for (const ActiveRule &active : kindRules[static_cast<int>(element.kind)])
            if (active.rule->condition.evaluate(view))
                fire(active, view, e, isSuppressed(suppressedElements, e, active.global));
    }
    for (std::uint32_t f = 0; f < flows.size(); ++f) {
        const Analysis::FlowRow &row = analysis.m_flows[f];
        if (row.flow->outOfScope)
            continue;
        view.numbers[1] = analysis.m_flowNumbers.data() + f * numberWidth;
        view.texts[1] = analysis.m_flowTexts.data() + f * textWidth;
        view.numbers[2] = analysis.m_elementNumbers.data() + row.source * numberWidth;
        view.texts[2] = analysis.m_elementTexts.data() + row.source * textWidth;
        view.numbers[3] = analysis.m_elementNumbers.data() + row.target * numberWidth;
        view.texts[3] = analysis.m_elementTexts.data() + row.target * textWidth;
        for (const ActiveRule &active : flowRules)
            if (active.rule->condition.evaluate(view))
                fire(active, view, f, isSuppressed(suppressedFlows, f, active.global));
        if (row.crossingsCount == 0)
            continue;
        // Once per flow, not per zone: one message crosses all its zones at once.
        for (const ActiveRule &active : crossingRules)
            if (active.rule->condition.evaluate(view))
                fire(active, view, f, isSuppressed(suppressedFlows, f, active.global));
    }
    return analysis;
}

// ---------------------------------------------------------------- findings

FactView Analysis::factsOf(const Finding &finding) const
{
    FactView view;
    const Rule &r = rule(finding);
    if (r.scope == RuleScope::Element) {
        view.numbers[0] = m_elementNumbers.data() + finding.target * m_numberWidth;
        view.texts[0] = m_elementTexts.data() + finding.target * m_textWidth;
        return view;
    }
    const FlowRow &row = m_flows[finding.target];
    view.numbers[1] = m_flowNumbers.data() + finding.target * m_numberWidth;
    view.texts[1] = m_flowTexts.data() + finding.target * m_textWidth;
    view.numbers[2] = m_elementNumbers.data() + row.source * m_numberWidth;
    view.texts[2] = m_elementTexts.data() + row.source * m_textWidth;
    view.numbers[3] = m_elementNumbers.data() + row.target * m_numberWidth;
    view.texts[3] = m_elementTexts.data() + row.target * m_textWidth;
    return view;
}

Template::NamedRef Analysis::nameOf(const Element &element) const
{
    return {&element.id, displayName(element.name, element.id)};
}

Template::NamedRef Analysis::nameOf(const Flow &flow) const
{
    return {&flow.id, displayName(flow.name, flow.id)};
}

Template::NamedRef Analysis::nameOf(const Finding &finding) const
{
    if (rule(finding).scope == RuleScope::Element)
        return nameOf(*m_elements[finding.target]);
    return nameOf(*m_flows[finding.target].flow);
}

Template::NamedValues Analysis::valuesOf(const Finding &finding,
                                         std::vector<Template::NamedRef> &zones) const
{
    Template::NamedValues values;
    values.name = nameOf(finding);
    if (rule(finding).scope != RuleScope::Element) {
        const FlowRow &row = m_flows[finding.target];
        values.source = nameOf(*m_elements[row.source]);
        values.target = nameOf(*m_elements[row.target]);
        values.protocol = row.flow->protocol.empty() ? std::string_view("an unnamed protocol")
                                                     : std::string_view(row.flow->protocol);
        if (rule(finding).scope == RuleScope::Crossing) {
            // The zones a crossing flow passes, in crossing order.
            zones.clear();
            for (std::uint32_t c = 0; c < row.crossingsCount; ++c) {
                const TrustBoundary &zone = *m_boundaries[m_crossings[row.crossingsBegin + c]];
                zones.push_back({&zone.id, displayName(zone.name, zone.id)});
            }
            values.zones = &zones;
        }
    }
    return values;
}

const Id &Analysis::targetId(const Finding &finding) const
{
    return rule(finding).scope == RuleScope::Element ? m_elements[finding.target]->id
                                                     : m_flows[finding.target].flow->id;
}

std::uint64_t Analysis::threatHash(const Finding &finding) const
{
    const std::string_view separator("\0", 1);
    return fnv(fnv(fnv(kFnvOffset, rule(finding).id), separator), targetId(finding));
}

std::string Analysis::threatId(const Finding &finding) const
{
    return hexId(threatHash(finding));
}

std::vector<Id> Analysis::targets(const Finding &finding) const
{
    if (rule(finding).scope == RuleScope::Element)
        return {m_elements[finding.target]->id};
    const FlowRow &row = m_flows[finding.target];
    std::vector<Id> result{row.flow->id};
    if (rule(finding).scope == RuleScope::Crossing)
        for (std::uint32_t c = 0; c < row.crossingsCount; ++c)
            result.push_back(m_boundaries[m_crossings[row.crossingsBegin + c]]->id);
    return result;
}

// targets() == ids, without building the vector.
bool Analysis::sameTargets(const std::vector<Id> &ids, const Finding &finding) const
{
    if (rule(finding).scope != RuleScope::Crossing)
        return ids.size() == 1 && ids.front() == targetId(finding);
    const FlowRow &row = m_flows[finding.target];
    if (ids.size() != 1 + std::size_t(row.crossingsCount) || ids.front() != row.flow->id)
        return false;
    for (std::uint32_t c = 0; c < row.crossingsCount; ++c)
        if (ids[1 + c] != m_boundaries[m_crossings[row.crossingsBegin + c]]->id)
            return false;
    return true;
}

void Analysis::buildTitle(TextCache &cache, const Finding &finding) const
{
    cache.m_builder.clear();
    rule(finding).title.buildTo(cache.m_builder, valuesOf(finding, cache.m_zones));
}

void Analysis::buildDescription(TextCache &cache, const Finding &finding) const
{
    const Rule &r = rule(finding);
    const Template::NamedValues values = valuesOf(finding, cache.m_zones);
    cache.m_builder.clear();
    r.description.buildTo(cache.m_builder, values);
    if (finding.refinement >= 0) {
        const Template &note = r.refinements[static_cast<std::size_t>(finding.refinement)].note;
        if (!note.text().empty()) {
            cache.m_builder.text(' ');
            note.buildTo(cache.m_builder, values);
        }
    }
}

std::string Analysis::rendered(const TextCache &cache) const
{
    std::string out;
    cache.m_builder.renderTo(out, [this](const Id &id) { return m_model->nameShown(id); });
    return out;
}

std::string Analysis::title(const Finding &finding) const
{
    TextCache cache;
    buildTitle(cache, finding);
    return rendered(cache);
}

std::string Analysis::description(const Finding &finding) const
{
    TextCache cache;
    buildDescription(cache, finding);
    return rendered(cache);
}

std::string_view Analysis::severity(const Finding &finding) const
{
    const Rule &r = rule(finding);
    if (finding.refinement >= 0) {
        const auto &refined = r.refinements[static_cast<std::size_t>(finding.refinement)];
        if (!refined.severity.empty())
            return refined.severity;
    }
    return r.severity;
}

std::string Analysis::why(const Finding &finding) const
{
    TextCache cache;
    buildWhy(cache, finding);
    return rendered(cache);
}

void Analysis::buildWhy(TextCache &cache, const Finding &finding) const
{
    cache.m_builder.clear();
    cache.m_builder.text(cachedWhyOpening(cache, finding));
    appendWhySubject(cache, finding);
    cache.m_builder.text(cachedWhyReasons(cache, finding));
    if (const Suppression *held = suppression(finding)) {
        cache.m_builder.text(" Suppressed for this element: ");
        cache.m_builder.text(held->reason);
    }
}

// The opening depends on the rule alone.
const std::string &Analysis::cachedWhyOpening(TextCache &cache, const Finding &finding) const
{
    if (cache.m_openings.size() != m_packs.size())
        cache.m_openings.resize(m_packs.size());
    std::vector<std::string> &ofPack = cache.m_openings[finding.pack];
    if (ofPack.empty())
        ofPack.resize(pack(finding).rules().size());
    std::string &opening = ofPack[finding.rule];
    if (opening.empty())
        appendWhyOpening(opening, finding);
    return opening;
}

// The reasons depend on the rule, the refinement and the values the conditions read.
const std::string &Analysis::cachedWhyReasons(TextCache &cache, const Finding &finding) const
{
    const Rule &r = rule(finding);
    const FactView view = factsOf(finding);
    std::string &key = cache.m_key;
    key.clear();
    appendBytes(key, &r);
    appendBytes(key, finding.refinement);
    appendValuesRead(key, r.condition, view);
    for (const Refinement &refinement : r.refinements)
        appendValuesRead(key, refinement.when, view);
    auto known = cache.m_reasons.find(std::string_view(key));
    if (known == cache.m_reasons.end()) {
        std::string reasons;
        appendWhyReasons(reasons, finding);
        known = cache.m_reasons.emplace(key, std::move(reasons)).first;
    }
    return known->second;
}

void Analysis::appendWhyOpening(std::string &out, const Finding &finding) const
{
    const RulePack &p = pack(finding);
    out += "Rule ";
    out += rule(finding).id;
    out += " of pack ";
    out += p.id();
    out += ' ';
    out += p.version();
    out += " fired on ";
}

void Analysis::appendWhySubject(TextCache &cache, const Finding &finding) const
{
    NamedTextBuilder &out = cache.m_builder;
    const RuleScope scope = rule(finding).scope;
    if (scope == RuleScope::Element) {
        out.text(toString(m_elements[finding.target]->kind));
        out.text(" \"");
    } else {
        out.text("flow \"");
    }
    const Template::NamedValues values = valuesOf(finding, cache.m_zones);
    Template::appendName(out, values.name);
    out.text('"');
    if (scope == RuleScope::Crossing) {
        out.text(" crossing ");
        Template::appendZones(out, cache.m_zones, "\"");
    }
}

void Analysis::appendWhyReasons(std::string &out, const Finding &finding) const
{
    const Rule &r = rule(finding);
    const FactView view = factsOf(finding);
    if (r.condition.alwaysTrue()) {
        out += ": it applies to every such target.";
    } else {
        out += " because ";
        out += r.condition.text();
        out += " holds: ";
        out += r.condition.describeReads(view);
        out += '.';
    }
    if (finding.refinement >= 0) {
        const Refinement &refinement = r.refinements[static_cast<std::size_t>(finding.refinement)];
        out += " Refined by ";
        out += refinement.when.text();
        out += " (";
        out += refinement.when.describeReads(view);
        out += ')';
        if (!refinement.severity.empty()) {
            out += ": severity ";
            out += refinement.severity;
            out += " instead of ";
            out += r.severity;
        }
        out += '.';
    } else if (!r.refinements.empty()) {
        out += " Severity ";
        out += r.severity;
        out += " stands, no refinement applies: ";
        const std::size_t readsBegin = out.size();
        for (const Refinement &refinement : r.refinements) {
            if (out.size() != readsBegin) // a refinement that reads nothing adds no comma
                out += ", ";
            out += refinement.when.describeReads(view);
        }
        out += '.';
    }
}

// Every value `condition` reads, spelled unambiguously (texts with their length).
void Analysis::appendValuesRead(std::string &key, const Condition &condition,
                                const FactView &view)
{
    for (const FactRead &read : condition.reads()) {
        const auto subject = static_cast<int>(read.subject);
        if (read.column.text) {
            const std::string_view text = view.texts[subject][read.column.index];
            appendBytes(key, text.size());
            key += text;
        } else {
            appendBytes(key, view.numbers[subject][read.column.index]);
        }
    }
}

const Suppression *Analysis::suppression(const Finding &finding) const
{
    if (!finding.suppressed)
        return nullptr;
    return m_model->suppression(targetId(finding), rule(finding).id);
}

Threat Analysis::toThreat(const Finding &finding) const
{
    Threat threat;
    threat.id = threatId(finding);
    TextCache cache;
    refresh(threat, finding, cache);
    return threat;
}

void Analysis::refresh(Threat &threat, const Finding &finding, TextCache &cache) const
{
    const Rule &r = rule(finding);
    threat.ruleId = r.id;
    threat.rulePack = pack(finding).id();
    threat.rulePackVersion = pack(finding).version();
    threat.category = r.category;
    if (!sameTargets(threat.targets, finding))
        threat.targets = targets(finding);
    // Built in a reused buffer; the records share their wordings.
    buildTitle(cache, finding);
    threat.title = cache.m_builder.build(cache.m_wordings);
    buildDescription(cache, finding);
    threat.description = cache.m_builder.build(cache.m_wordings);
    threat.severity = severity(finding);
    buildWhy(cache, finding);
    threat.why = cache.m_builder.build(cache.m_wordings);
    threat.capec = r.capec;
    threat.cwe = r.cwe;
}

bool Analysis::isCurrent(const Threat &threat, const Finding &finding, TextCache &cache) const
{
    const Rule &r = rule(finding);
    const RulePack &p = pack(finding);
    if (threat.category != r.category || threat.ruleId != r.id || threat.rulePack != p.id()
        || threat.rulePackVersion != p.version() || threat.severity != severity(finding)
        || threat.capec != r.capec || threat.cwe != r.cwe || !sameTargets(threat.targets, finding))
        return false;
    buildTitle(cache, finding);
    if (!isBuiltText(cache, threat.title))
        return false;
    buildDescription(cache, finding);
    if (!isBuiltText(cache, threat.description))
        return false;
    buildWhy(cache, finding);
    return isBuiltText(cache, threat.why);
}

bool Analysis::isBuiltText(const TextCache &cache, const NamedText &text) const
{
    if (cache.m_builder.sameAs(text))
        return true;
    // A record imported from JSON or saved before texts named objects holds the text as shown:
    // it stays as it is while it shows the same (re-analysing an unchanged model changes
    // nothing), and names its objects from the next change on.
    return !text.namesObjects() && !cache.m_builder.names().empty()
           && rendered(cache) == text.wording();
}

const Rule *Analysis::findRule(std::string_view ruleId) const
{
    for (const RulePackPtr &p : m_packs)
        if (const Rule *r = p->rule(ruleId))
            return r;
    return nullptr;
}

// ---------------------------------------------------------------- reconcile

namespace {

const std::string_view kMergedInto = "Merged into ";

// How far the team got with a threat: a decision, then an investigation, then nothing.
int progress(ThreatStatus status)
{
    switch (status) {
    case ThreatStatus::Mitigated:
    case ThreatStatus::Accepted:
    case ThreatStatus::Transferred:
    case ThreatStatus::NotApplicable:
        return 2;
    case ThreatStatus::NeedsInvestigation:
        return 1;
    default:
        return 0;
    }
}

// Orders estimates so that the larger is the more cautious one to keep: an estimate beats none,
// an unacceptable one beats an acceptable one, then the larger share of its scale.
std::tuple<int, int, double> riskWeight(const Risk &risk, const RiskScheme &scheme)
{
    const RiskEvaluation evaluation = evaluateRisk(risk, scheme);
    if (!evaluation.present)
        return {0, 0, 0.0};
    if (!evaluation.valid)
        return {1, 0, 0.0};
    const double cells = static_cast<double>(scheme.exploitabilityLevels.size()
                                             * scheme.severityLevels.size());
    const double share = risk.method == "cvss"
                             ? evaluation.score / 10.0
                             : risk.exploitability * risk.severity / cells;
    return {2, evaluation.acceptability == Acceptability::Unacceptable ? 1 : 0, share};
}

// Threats recorded by the engine that fired crossing rules once per crossed zone: targets
// [flow, zone] and the id of exactly that, by rule and flow, in number order.
using LegacyCrossings = std::unordered_map<std::string, std::vector<const Threat *>>;

std::string legacyKey(std::string_view ruleId, std::string_view flow)
{
    std::string key(ruleId);
    key += '\0';
    key += flow;
    return key;
}

LegacyCrossings legacyCrossings(const ThreatModel &model)
{
    LegacyCrossings found;
    for (const auto &[id, threat] : model.threats().all()) {
        if (threat.manual || threat.targets.size() != 2
            || threat.justification.rfind(kMergedInto, 0) == 0
            || hashOfThreatId(id) != threatHash(threat.ruleId, threat.targets))
            continue;
        found[legacyKey(threat.ruleId, threat.targets.front())].push_back(&threat);
    }
    for (auto &[key, threats] : found)
        std::sort(threats.begin(), threats.end(),
                  [](const Threat *a, const Threat *b) { return a->number < b->number; });
    return found;
}

// Gives `into` (a new threat) the decisions of `from` (ordered by number); nothing a reviewer
// wrote is dropped. See resources/rules/README.md for the rules.
void inheritDecisions(Threat &into, const std::vector<const Threat *> &from,
                      const RiskScheme &scheme)
{
    const Threat *lead = from.front();
    for (const Threat *threat : from)
        if (progress(threat->status) > progress(lead->status))
            lead = threat;
    into.status = progress(lead->status) > 0 ? lead->status : ThreatStatus::Open;
    into.justification = lead->justification;
    for (const Threat *threat : from) {
        const std::string &text = threat->justification;
        if (threat == lead || text.empty() || into.justification.find(text) != std::string::npos)
            continue;
        if (!into.justification.empty())
            into.justification += "\n\n";
        into.justification += "From #" + std::to_string(threat->number) + ": " + text;
    }
    into.riskBefore = lead->riskBefore;
    into.riskAfter = lead->riskAfter;
    into.residualAcceptance = lead->residualAcceptance;
    for (const Threat *threat : from) {
        into.mitigations.insert(threat->mitigations.begin(), threat->mitigations.end());
        into.hazards.insert(threat->hazards.begin(), threat->hazards.end());
        into.transferredToSafety = into.transferredToSafety || threat->transferredToSafety;
        if (riskWeight(threat->riskBefore, scheme) > riskWeight(into.riskBefore, scheme))
            into.riskBefore = threat->riskBefore;
        if (riskWeight(threat->riskAfter, scheme) > riskWeight(into.riskAfter, scheme))
            into.riskAfter = threat->riskAfter;
        if (into.residualAcceptance.rationale.empty())
            into.residualAcceptance = threat->residualAcceptance;
    }
}

// Records that name a threat name the one it was merged into. Threats link to their mitigations
// and hazards themselves (the merged threat holds the union); a test's `verifies` is the one
// field of another record that may hold a threat id.
void redirectTests(ThreatModel &model, const std::vector<ThreatMerge> &merges)
{
    if (merges.empty())
        return;
    std::unordered_map<std::string_view, const Id *> into;
    for (const ThreatMerge &merge : merges)
        for (const Id &old : merge.from)
            into.emplace(old, &merge.into);
    std::vector<VerificationTest> changed;
    for (const auto &[id, test] : model.tests().all()) {
        if (std::none_of(test.verifies.begin(), test.verifies.end(),
                         [&](const Id &target) { return into.count(target) != 0; }))
            continue;
        VerificationTest redirected = test;
        redirected.verifies.clear();
        for (const Id &target : test.verifies) {
            auto it = into.find(target);
            redirected.verifies.insert(it == into.end() ? target : *it->second);
        }
        changed.push_back(std::move(redirected));
    }
    for (VerificationTest &test : changed)
        model.tests().put(std::move(test));
}

// Applies an analysis in passes that walk the records in id order instead of looking each one up
// (loaded records also lie in memory in that order), and build only records that change:
// match() pairs each finding with the record of its id and notes whether that record is current;
// plan() goes through the findings in their order, numbering and settling statuses and merges;
// write() builds the new and changed records and puts them in id order.
class Reconciler {
public:
    Reconciler(ThreatModel &model, const Analysis &analysis)
        : m_model(model), m_analysis(analysis), m_findings(analysis.findings()),
          m_info(model.info())
    {}
    ReconcileResult run();

private:
    // What reconciling decides for one finding.
    struct Plan {
        const Threat *existing = nullptr; // the record with its id, as it was before
        const std::vector<const Threat *> *mergedFrom = nullptr; // per-zone threats it inherits
        int number = 0;
        ThreatStatus status = ThreatStatus::Open;
        bool current = false;  // `existing` holds what the engine renders now
        bool sharesId = false; // an earlier finding has the same id
        bool write = false;
    };

    void match();
    void noteUnmatched(const Threat &threat);
    void plan();
    void planNew(const Finding &finding, Plan &plan);
    void planExisting(const Finding &finding, Plan &plan);
    void mergeLegacy(const Finding &finding, Plan &plan);
    void write();
    Threat newRecord(std::uint64_t hash, const Finding &finding, const Plan &plan);
    Threat changedRecord(const Finding &finding, const Plan &plan);
    void writeMergedAway();
    void obsoleteUnmatched();

    ThreatModel &m_model;
    const Analysis &m_analysis;
    const std::vector<Finding> &m_findings;
    ModelInfo m_info;
    ReconcileResult m_result;
    std::vector<std::pair<std::uint64_t, std::uint32_t>> m_byId; // (id hash, finding), ascending
    std::vector<Plan> m_plans;                                   // one per finding
    std::vector<const Threat *> m_unmatched; // records no finding has, neither manual nor obsolete
    std::optional<LegacyCrossings> m_legacy; // built the first time a crossing threat is new
    std::vector<Threat> m_mergedAway;
    Analysis::TextCache m_cache;
};

ReconcileResult Reconciler::run()
{
    const int firstNumber = m_info.nextThreatNumber;
    m_result.suppressed = m_analysis.suppressedCount();
    match();
    plan();
    write();
    // Only now: write() read the per-zone threats merged away to inherit their decisions.
    writeMergedAway();
    redirectTests(m_model, m_result.merges);
    obsoleteUnmatched();
    if (m_info.nextThreatNumber != firstNumber || !(m_info.lastAnalysis == m_analysis.stamp())) {
        m_info.lastAnalysis = m_analysis.stamp();
        m_model.setInfo(std::move(m_info));
    }
    return std::move(m_result);
}

// Findings sorted by id hash and the records (ascending by id, so by hash for the engine's ids)
// are walked side by side: no lookups, no id strings, each record read once.
void Reconciler::match()
{
    m_byId.reserve(m_findings.size());
    for (std::uint32_t index = 0; index < m_findings.size(); ++index)
        m_byId.emplace_back(m_analysis.threatHash(m_findings[index]), index);
    std::sort(m_byId.begin(), m_byId.end());
    m_plans.resize(m_findings.size());
    for (std::size_t k = 1; k < m_byId.size(); ++k)
        m_plans[m_byId[k].second].sharesId = m_byId[k].first == m_byId[k - 1].first;
    auto finding = m_byId.begin();
    for (const auto &[id, record] : m_model.threats().all()) {
        const std::optional<std::uint64_t> hash = hashOfThreatId(id);
        while (hash && finding != m_byId.end() && finding->first < *hash)
            ++finding; // a finding with no record: a new threat
        if (!hash || finding == m_byId.end() || finding->first != *hash) {
            noteUnmatched(record);
            continue;
        }
        const std::uint32_t index = (finding++)->second;
        Plan &plan = m_plans[index];
        plan.existing = &record;
        plan.number = record.number;
        plan.status = record.status;
        plan.current = m_analysis.isCurrent(record, m_findings[index], m_cache);
    }
}

void Reconciler::noteUnmatched(const Threat &threat)
{
    if (!threat.manual && threat.status != ThreatStatus::Obsolete)
        m_unmatched.push_back(&threat);
}

// In finding order, which decides the numbers of new threats.
void Reconciler::plan()
{
    for (std::size_t index = 0; index < m_findings.size(); ++index) {
        const Finding &finding = m_findings[index];
        Plan &plan = m_plans[index];
        if (plan.sharesId) {
            // Only a hash collision between two rules or targets gets here: the first finding
            // with the id decides its record.
            if (!finding.suppressed)
                ++m_result.kept;
        } else if (plan.existing) {
            planExisting(finding, plan);
        } else {
            planNew(finding, plan);
        }
    }
}

// Keeps every decision; the engine's fields are refreshed in write().
void Reconciler::planExisting(const Finding &finding, Plan &plan)
{
    const int number = plan.number > 0 ? plan.number : m_info.nextThreatNumber++;
    ThreatStatus status = plan.status;
    if (finding.suppressed) {
        status = ThreatStatus::Suppressed;
    } else if (isInactive(status)) {
        status = ThreatStatus::Open; // fires again, or no longer suppressed
        ++m_result.revived;
    } else {
        ++m_result.kept;
    }
    plan.write = !plan.current || number != plan.number || status != plan.status;
    plan.number = number;
    plan.status = status;
}

void Reconciler::planNew(const Finding &finding, Plan &plan)
{
    plan.number = m_info.nextThreatNumber++;
    plan.write = true;
    if (m_analysis.rule(finding).scope == RuleScope::Crossing)
        mergeLegacy(finding, plan);
    if (!finding.suppressed)
        ++(plan.mergedFrom ? m_result.kept : m_result.added);
}

// A new per-flow crossing threat takes over the per-zone threats of an older engine, if any.
void Reconciler::mergeLegacy(const Finding &finding, Plan &plan)
{
    if (!m_legacy)
        m_legacy = legacyCrossings(m_model);
    if (m_legacy->empty())
        return;
    auto it = m_legacy->find(legacyKey(m_analysis.rule(finding).id, m_analysis.targetId(finding)));
    if (it == m_legacy->end())
        return;
    plan.mergedFrom = &it->second;
    ThreatMerge merge{m_analysis.threatId(finding), {}};
    const std::string note = std::string(kMergedInto) + merge.into + " (#"
                             + std::to_string(plan.number) + ").";
    for (const Threat *threat : it->second) {
        merge.from.push_back(threat->id);
        Threat obsolete = *threat;
        obsolete.status = ThreatStatus::Obsolete;
        obsolete.justification =
            note + (threat->justification.empty()
                        ? std::string()
                        : " Earlier justification: " + threat->justification);
        m_mergedAway.push_back(std::move(obsolete));
    }
    m_result.merges.push_back(std::move(merge));
}

void Reconciler::write()
{
    // What stays unchanged is neither copied nor put.
    std::erase_if(m_byId, [this](const auto &entry) { return !m_plans[entry.second].write; });
    m_model.threats().putAscending(m_byId.size(), [this](std::size_t k) {
        const auto [hash, index] = m_byId[k];
        const Plan &plan = m_plans[index];
        return plan.existing ? changedRecord(m_findings[index], plan)
                             : newRecord(hash, m_findings[index], plan);
    });
}

Threat Reconciler::newRecord(std::uint64_t hash, const Finding &finding, const Plan &plan)
{
    Threat threat;
    threat.id = hexId(hash);
    threat.number = plan.number;
    m_analysis.refresh(threat, finding, m_cache);
    if (plan.mergedFrom)
        inheritDecisions(threat, *plan.mergedFrom, m_info.riskScheme);
    if (finding.suppressed)
        threat.status = ThreatStatus::Suppressed;
    return threat;
}

Threat Reconciler::changedRecord(const Finding &finding, const Plan &plan)
{
    Threat threat = *plan.existing;
    if (!plan.current)
        m_analysis.refresh(threat, finding, m_cache);
    threat.number = plan.number;
    threat.status = plan.status;
    return threat;
}

void Reconciler::writeMergedAway()
{
    for (Threat &threat : m_mergedAway)
        m_model.threats().put(std::move(threat));
}

// Threats whose rule no longer fires become obsolete, with their history. The per-zone threats
// merged away are obsolete already.
void Reconciler::obsoleteUnmatched()
{
    for (const Threat *threat : m_unmatched) {
        if (threat->status == ThreatStatus::Obsolete)
            continue;
        Threat gone = *threat;
        gone.status = ThreatStatus::Obsolete;
        m_model.threats().put(std::move(gone));
        ++m_result.obsoleted;
    }
}

} // namespace

ReconcileResult reconcile(ThreatModel &model, const Analysis &analysis)
{
    return Reconciler(model, analysis).run();
}

} // namespace vigil::stride
