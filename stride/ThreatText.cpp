#include "stride/ThreatText.h"

namespace vigil::stride {

namespace {

std::string_view shownName(const std::string &name, const Id &id)
{
    return name.empty() ? std::string_view(id) : std::string_view(name);
}

// The names a template fills in for `threat` in `model`, joined with `words`; false when a target
// is gone. `zones` holds the text {boundary} refers to.
bool valuesOf(const ThreatModel &model, const Threat &threat, const Rule &rule,
              const TextWords &words, std::string &zones, Template::Values &values)
{
    if (threat.targets.empty())
        return false;
    if (rule.scope == RuleScope::Element) {
        const Element *element = model.element(threat.targets.front());
        if (!element)
            return false;
        values.name = shownName(element->name, element->id);
        return true;
    }
    const Flow *flow = model.flow(threat.targets.front());
    if (!flow)
        return false;
    const Element *source = model.element(flow->source);
    const Element *target = model.element(flow->target);
    if (!source || !target)
        return false;
    values.name = shownName(flow->name, flow->id);
    values.source = shownName(source->name, source->id);
    values.target = shownName(target->name, target->id);
    values.protocol = flow->protocol.empty() ? std::string_view(words.unnamedProtocol)
                                             : std::string_view(flow->protocol);
    if (rule.scope == RuleScope::Crossing) {
        zones.clear();
        const std::size_t count = threat.targets.size() - 1;
        for (std::size_t i = 0; i < count; ++i) {
            const TrustBoundary *zone = model.boundary(threat.targets[i + 1]);
            if (!zone)
                return false;
            if (i > 0)
                zones += i + 1 == count ? words.listAnd : words.listComma;
            zones += shownName(zone->name, zone->id);
        }
        values.boundary = zones;
    }
    return true;
}

std::string rendered(const Template &text, const Template::Values &values)
{
    std::string out;
    text.renderTo(out, values);
    return out;
}

// The refinement whose note the recorded description carries: -1 for none, -2 when the
// description is not what the rule renders at all.
// The texts of a threat record as the model shows them.
struct RecordedText {
    std::string title;
    std::string description;
};

int refinementOf(const RecordedText &threat, const Rule &rule, const Template::Values &values)
{
    const std::string plain = rendered(rule.description, values);
    if (threat.description == plain)
        return -1;
    if (threat.description.size() <= plain.size() + 1
        || threat.description.compare(0, plain.size(), plain) != 0
        || threat.description[plain.size()] != ' ')
        return -2;
    const std::string_view note = std::string_view(threat.description).substr(plain.size() + 1);
    for (std::size_t i = 0; i < rule.refinements.size(); ++i)
        if (!rule.refinements[i].note.text().empty()
            && rendered(rule.refinements[i].note, values) == note)
            return static_cast<int>(i);
    return -2;
}

// A threat whose names are no longer the model's (an obsolete threat whose element is gone, a
// renamed element before the next analysis): its texts translated with the names its record
// was rendered with, read back out of the record by the rule's English templates. The record's
// own description stays when it does not read back (a refinement's note, edited text).
std::optional<ThreatText> textOfStaleRecord(const RecordedText &threat, const Rule &rule,
                                            std::string_view language)
{
    const auto title = rule.title.match(threat.title);
    if (!title)
        return std::nullopt;
    ThreatText text;
    text.title = rendered(rule.titleIn(language), title->values());
    // Both were rendered from the same names: a description that reads back with other ones
    // (a note appended after a closing placeholder) is not read right.
    const auto description = rule.description.match(threat.description);
    const auto agrees = [&](const std::string &inTitle, const std::string &inDescription) {
        return inTitle.empty() || inDescription.empty() || inTitle == inDescription;
    };
    const bool readBack = description && agrees(title->name, description->name)
                          && agrees(title->source, description->source)
                          && agrees(title->target, description->target)
                          && agrees(title->boundary, description->boundary)
                          && agrees(title->protocol, description->protocol);
    text.description = readBack ? rendered(rule.descriptionIn(language), description->values())
                                : threat.description;
    return text;
}

} // namespace

const Rule *ruleOf(const Threat &threat, const std::vector<RulePackPtr> &packs)
{
    if (threat.manual || threat.ruleId.empty())
        return nullptr;
    for (const RulePackPtr &pack : packs)
        if (pack->id() == threat.rulePack)
            return pack->rule(threat.ruleId);
    return nullptr;
}

std::optional<ThreatText> translatedThreatText(const ThreatModel &model, const Threat &threat,
                                               const std::vector<RulePackPtr> &packs,
                                               std::string_view language,
                                               const TextWords &words)
{
    const Rule *rule = ruleOf(threat, packs);
    if (!rule || rule->translations.find(language) == rule->translations.end())
        return std::nullopt;
    // The recorded text was rendered with the engine's words; match against those.
    static const TextWords engineWords;
    const RecordedText recordedText{model.render(threat.title), model.render(threat.description)};
    std::string recordedZones;
    Template::Values recorded;
    if (!valuesOf(model, threat, *rule, engineWords, recordedZones, recorded)
        || rendered(rule->title, recorded) != recordedText.title)
        return textOfStaleRecord(recordedText, *rule, language);
    const int refinement = refinementOf(recordedText, *rule, recorded);
    if (refinement == -2)
        return textOfStaleRecord(recordedText, *rule, language);

    std::string zones;
    Template::Values values;
    valuesOf(model, threat, *rule, words, zones, values);
    ThreatText text;
    text.title = rendered(rule->titleIn(language), values);
    text.description = rendered(rule->descriptionIn(language), values);
    if (refinement >= 0) {
        text.description += words.noteSeparator;
        rule->noteIn(static_cast<std::size_t>(refinement), language).renderTo(text.description,
                                                                             values);
    }
    return text;
}

} // namespace vigil::stride
