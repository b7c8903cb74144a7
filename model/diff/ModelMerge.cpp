#include "model/diff/ModelMerge.h"

#include "model/diff/DocumentRecords.h"
#include "model/HumanIds.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <tuple>

namespace vigil {

namespace {

using Json = nlohmann::json;
using namespace records;

const Json &absent()
{
    static const Json null;
    return null;
}

const Json &member(const Json &object, const std::string &key)
{
    if (!object.is_object())
        return absent();
    const auto it = object.find(key);
    return it != object.end() ? *it : absent();
}

bool isStringArray(const Json &value)
{
    return value.is_array()
           && std::all_of(value.begin(), value.end(), [](const Json &v) { return v.is_string(); });
}

std::string dotted(const std::string &prefix, const std::string &key)
{
    return prefix.empty() ? key : prefix + "." + key;
}

// Replaces every string equal to `from` in `value` (ids in reference lists and fields).
void renameReferences(Json &value, const std::string &from, const std::string &to)
{
    if (value.is_string()) {
        if (value.get_ref<const std::string &>() == from)
            value = to;
    } else if (value.is_array() || value.is_object()) {
        for (Json &item : value)
            renameReferences(item, from, to);
    }
}

class Merger {
public:
    Merger(const Json &base, const Json &ours, const Json &theirs, MergeSide prefer)
        : m_base(base), m_ours(ours), m_theirs(&theirs), m_prefer(prefer)
    {}

    MergeResult run()
    {
        renumberCollidingHumanIds("requirements", "requirement", kRequirementIdPrefix);
        renumberCollidingHumanIds("tests", "test", kTestIdPrefix);
        renumberCollidingHumanIds("baselines", "baseline", kBaselineIdPrefix);
        Json &out = m_result.document;
        out = Json::object();
        out["format"] = member(m_ours, "format");
        out["formatVersion"] = member(m_ours, "formatVersion");
        mergeSingleton("model", "model");
        mergeSingleton("riskScheme", "setting");
        mergeSingleton("independence", "setting");
        for (const Collection &collection : collections())
            mergeCollection(collection);
        keepWhatIsStillUsed();
        dropLayoutAndMembershipOfTheGone();
        settleZoneMembership();
        settleZoneNesting();
        settleFlowEnds();
        renumberCollidingThreats();
        raiseHumanIdCounters();
        settleBaselineNames();
        return std::move(m_result);
    }

private:
    // ------------------------------------------------------------ records and fields

    struct Context {
        std::string kind;
        std::string id;
        std::string label;
        bool manualThreat = false;
    };

    Json preferred(const Json &ours, const Json &theirs) const
    {
        return m_prefer == MergeSide::Ours ? ours : theirs;
    }

    void conflict(const Context &context, const std::string &field, const Json &base,
                  const Json &ours, const Json &theirs, std::string reason)
    {
        m_result.conflicts.push_back({context.kind, context.id, context.label, field, base, ours,
                                      theirs, std::move(reason), m_prefer});
    }

    // Both sides changed `field` to different values. Some fields settle themselves.
    std::optional<Json> settleQuietly(const Context &context, const std::string &field,
                                      const Json &ours, const Json &theirs)
    {
        if (context.kind == "model"
            && (field == "nextThreatNumber" || field == "nextRequirementNumber"
                || field == "nextTestNumber")
            && ours.is_number_integer() && theirs.is_number_integer())
            return std::max(ours.get<std::int64_t>(), theirs.get<std::int64_t>());
        // The analysis stamp and a rule's threat texts are rewritten by the next analysis.
        if (context.kind == "model" && field.rfind("lastAnalysis", 0) == 0)
            return ours;
        if (context.kind == "threat" && !context.manualThreat && isDerivedThreatText(field))
            return ours;
        if (context.kind == "threat" && field == "number") {
            m_result.notes.push_back("threat " + context.id + " was numbered #" + ours.dump()
                                     + " in ours and #" + theirs.dump()
                                     + " in theirs; it keeps #" + ours.dump());
            return ours;
        }
        // Layout is not semantics: the same item moved on both sides takes the preferred place.
        if (context.kind == "diagram" && (field.rfind("nodes.", 0) == 0 || field.rfind("flows.", 0) == 0)) {
            const std::string item = field.substr(field.find('.') + 1);
            const std::string note = "diagram " + context.id + ": "
                                     + item.substr(0, item.find('.'))
                                     + " was moved on both sides; "
                                     + (m_prefer == MergeSide::Ours ? "ours" : "theirs")
                                     + " is kept";
            if (m_result.notes.empty() || m_result.notes.back() != note)
                m_result.notes.push_back(note);
            return preferred(ours, theirs);
        }
        return std::nullopt;
    }

    Json mergeValue(const Context &context, const std::string &field, const Json &base,
                    const Json &ours, const Json &theirs)
    {
        if (ours == theirs || theirs == base)
            return ours;
        if (ours == base)
            return theirs;
        if (ours.is_object() && theirs.is_object() && (base.is_object() || base.is_null())) {
            std::set<std::string> keys;
            for (const Json *side : {&base, &ours, &theirs})
                if (side->is_object())
                    for (const auto &entry : side->items())
                        keys.insert(entry.key());
            Json merged = Json::object();
            for (const std::string &key : keys) {
                Json value = mergeValue(context, dotted(field, key), member(base, key),
                                        member(ours, key), member(theirs, key));
                if (!value.is_null()) // null is absent: the importer reads both alike
                    merged[key] = std::move(value);
            }
            return merged;
        }
        if (isStringArray(ours) && isStringArray(theirs) && (isStringArray(base) || base.is_null()))
            return mergeSets(base, ours, theirs);
        if (std::optional<Json> settled = settleQuietly(context, field, ours, theirs))
            return *settled;
        conflict(context, field, base, ours, theirs,
                 base.is_null() ? "added on both sides with different values"
                                : "changed on both sides to different values");
        return preferred(ours, theirs);
    }

    // A list of ids or words: ours in its order without what theirs removed, then what theirs
    // added.
    static Json mergeSets(const Json &base, const Json &ours, const Json &theirs)
    {
        std::set<std::string> inBase, inOurs, inTheirs;
        if (base.is_array())
            for (const Json &v : base)
                inBase.insert(v.get<std::string>());
        for (const Json &v : ours)
            inOurs.insert(v.get<std::string>());
        for (const Json &v : theirs)
            inTheirs.insert(v.get<std::string>());
        Json merged = Json::array();
        for (const Json &v : ours) {
            const std::string &item = v.get_ref<const std::string &>();
            if (!inBase.count(item) || inTheirs.count(item))
                merged.push_back(v);
        }
        for (const Json &v : theirs) {
            const std::string &item = v.get_ref<const std::string &>();
            if (!inBase.count(item) && !inOurs.count(item))
                merged.push_back(v);
        }
        return merged;
    }

    Context contextOf(const char *kind, const std::string &id, const Json &record) const
    {
        return {kind, id, labelOf(record, kind), member(record, "manual") == Json(true)};
    }

    void mergeSingleton(const char *key, const char *kind)
    {
        const Json &base = objectOf(m_base, key);
        const Json &ours = objectOf(m_ours, key);
        const Json &theirs = objectOf(*m_theirs, key);
        const Context context{kind, std::string(kind) == "model" ? "" : key,
                              std::string(kind) == "model" ? textOf(ours, "name") : key, false};
        Json merged = mergeValue(context, {}, base, ours, theirs);
        if (!merged.empty())
            m_result.document[key] = std::move(merged);
    }

    void mergeCollection(const Collection &collection)
    {
        const auto base = byId(itemsOf(m_base, collection.key), collection.kind);
        const auto ours = byId(itemsOf(m_ours, collection.key), collection.kind);
        const auto theirs = byId(itemsOf(*m_theirs, collection.key), collection.kind);
        std::set<std::string> ids;
        for (const auto *side : {&base, &ours, &theirs})
            for (const auto &entry : *side)
                ids.insert(entry.first);
        Json merged = Json::array();
        const auto find = [](const auto &records, const std::string &id) -> const Json * {
            const auto it = records.find(id);
            return it == records.end() ? nullptr : it->second;
        };
        for (const std::string &id : ids) {
            const Json *b = find(base, id);
            const Json *o = find(ours, id);
            const Json *t = find(theirs, id);
            if (o && t) {
                merged.push_back(mergeValue(contextOf(collection.kind, id, *o), {},
                                            b ? *b : absent(), *o, *t));
            } else if (!b) {
                merged.push_back(o ? *o : *t); // added on one side
            } else if (o || t) {
                // Removed on one side: gone, unless the other side changed it meanwhile.
                const Json &kept = o ? *o : *t;
                if (kept == *b)
                    continue;
                const Context context = contextOf(collection.kind, id, kept);
                const bool oursRemoved = !o;
                conflict(context, {}, *b, o ? *o : absent(), t ? *t : absent(),
                         oursRemoved ? "removed in ours, changed in theirs"
                                     : "changed in ours, removed in theirs");
                const bool keep = (m_prefer == MergeSide::Ours) != oursRemoved;
                if (keep)
                    merged.push_back(kept);
            }
        }
        m_result.document[collection.key] = std::move(merged);
    }

    // ------------------------------------------------------------ after the merge

    Json &items(const char *key)
    {
        Json &value = m_result.document[key];
        if (!value.is_array())
            value = Json::array();
        return value;
    }

    std::set<std::string> idsOf(const char *key)
    {
        std::set<std::string> ids;
        for (const Json &record : items(key))
            ids.insert(textOf(record, "id"));
        return ids;
    }

    // The strict references a model cannot hold dangling; a record one side removed that the
    // merge still uses comes back (from the side that kept it) as a conflict.
    void keepWhatIsStillUsed()
    {
        struct Reference {
            const char *from;   // collection
            const char *field;  // "source", "requirements", "residualAcceptance.by"
            std::vector<const char *> to; // collections its ids may name
        };
        static const std::vector<Reference> references = {
            {"flows", "source", {"elements"}},
            {"flows", "target", {"elements"}},
            {"boundaries", "parent", {"boundaries"}},
            {"mitigations", "requirements", {"requirements"}},
            {"threats", "mitigations", {"mitigations"}},
            {"threats", "hazards", {"hazards"}},
            {"threats", "residualAcceptance.by", {"people"}},
            {"tests", "verifies", {"requirements", "mitigations"}},
            {"tests", "performedBy", {"people"}},
            {"tests", "developer", {"people"}},
        };
        for (bool restored = true; restored;) {
            restored = false;
            for (const Reference &reference : references) {
                std::set<std::string> known;
                for (const char *to : reference.to)
                    for (const std::string &id : idsOf(to))
                        known.insert(id);
                std::vector<std::pair<std::string, std::string>> missing; // id, used by
                for (const Json &record : items(reference.from)) {
                    const std::string field = reference.field;
                    const size_t dot = field.find('.');
                    const Json &value = dot == std::string::npos
                                            ? member(record, field)
                                            : member(member(record, field.substr(0, dot)),
                                                     field.substr(dot + 1));
                    const auto check = [&](const Json &id) {
                        if (id.is_string() && !id.get<std::string>().empty()
                            && !known.count(id.get<std::string>()))
                            missing.emplace_back(id.get<std::string>(), textOf(record, "id"));
                    };
                    if (value.is_array())
                        for (const Json &id : value)
                            check(id);
                    else
                        check(value);
                }
                for (const auto &[id, usedBy] : missing)
                    restored |= restore(reference, id, usedBy);
            }
        }
    }

    template<typename Reference>
    bool restore(const Reference &reference, const std::string &id, const std::string &usedBy)
    {
        for (const char *to : reference.to) {
            if (idsOf(to).count(id))
                return false; // restored for an earlier user already
            for (const Json *side : {&m_ours, m_theirs, &m_base}) {
                const auto records = byId(itemsOf(*side, to), "");
                const auto it = records.find(id);
                if (it == records.end())
                    continue;
                const std::string user = std::string(kindOf(reference.from)) + " " + usedBy;
                conflict(contextOf(kindOf(to), id, *it->second), {}, recordIn(m_base, to, id),
                         recordIn(m_ours, to, id), recordIn(*m_theirs, to, id),
                         "removed on one side, still used by " + user + " on the other; kept");
                items(to).push_back(*it->second);
                return true;
            }
        }
        return false;
    }

    static Json recordIn(const Json &document, const char *key, const std::string &id)
    {
        for (const Json &record : itemsOf(document, key))
            if (textOf(record, "id") == id)
                return record;
        return nullptr;
    }

    static const char *kindOf(const char *key)
    {
        for (const Collection &collection : collections())
            if (std::string_view(collection.key) == key)
                return collection.kind;
        return key;
    }

    // Derived records of what is gone go with it.
    void dropLayoutAndMembershipOfTheGone()
    {
        const std::set<std::string> elements = idsOf("elements");
        const std::set<std::string> zones = idsOf("boundaries");
        const std::set<std::string> flows = idsOf("flows");
        for (Json &zone : items("boundaries")) {
            const auto found = zone.find("members");
            if (found == zone.end() || !found->is_array())
                continue;
            Json &members = *found;
            Json kept = Json::array();
            for (const Json &id : members)
                if (id.is_string() && elements.count(id.get<std::string>()))
                    kept.push_back(id);
            members = std::move(kept);
        }
        for (Json &diagram : items("diagrams")) {
            for (const char *part : {"nodes", "flows"}) {
                if (!diagram.contains(part) || !diagram[part].is_object())
                    continue;
                Json kept = Json::object();
                for (const auto &entry : diagram[part].items()) {
                    const std::string &id = entry.key();
                    const bool exists = std::string_view(part) == "flows"
                                            ? flows.count(id) > 0
                                            : elements.count(id) > 0 || zones.count(id) > 0;
                    if (exists)
                        kept[id] = entry.value();
                }
                diagram[part] = std::move(kept);
            }
        }
        Json &suppressions = items("suppressions");
        Json kept = Json::array();
        for (const Json &suppression : suppressions)
            if (elements.count(textOf(suppression, "element")))
                kept.push_back(suppression);
        suppressions = std::move(kept);
    }

    // The zone an element is in on one side, or empty.
    static std::string zoneOf(const Json &document, const std::string &element)
    {
        for (const Json &zone : itemsOf(document, "boundaries"))
            for (const Json &id : member(zone, "members"))
                if (id == element)
                    return textOf(zone, "id");
        return {};
    }

    // Moved into one zone on one side and into another on the other: an element is a member of
    // one zone at most.
    void settleZoneMembership()
    {
        std::map<std::string, std::vector<Json *>> zonesOf;
        for (Json &zone : items("boundaries"))
            for (const Json &id : member(zone, "members"))
                if (id.is_string())
                    zonesOf[id.get<std::string>()].push_back(&zone);
        for (const auto &[element, zones] : zonesOf) {
            if (zones.size() < 2)
                continue;
            const std::string keep =
                zoneOf(m_prefer == MergeSide::Ours ? m_ours : *m_theirs, element);
            const Json elementRecord = recordIn(m_result.document, "elements", element);
            conflict(contextOf("element", element, elementRecord), "zone",
                     zoneOf(m_base, element), zoneOf(m_ours, element), zoneOf(*m_theirs, element),
                     "put in different trust zones on each side");
            bool kept = false;
            for (Json *zone : zones) {
                if (!kept && (textOf(*zone, "id") == keep || keep.empty())) {
                    kept = true;
                    continue;
                }
                Json remaining = Json::array();
                for (const Json &id : (*zone)["members"])
                    if (id != element)
                        remaining.push_back(id);
                (*zone)["members"] = std::move(remaining);
            }
        }
    }

    // Each side nests its zones without a cycle; together they may not: the zones of a cycle
    // take the preferred side's parent.
    void settleZoneNesting()
    {
        std::map<std::string, Json *> zones;
        for (Json &zone : items("boundaries"))
            zones[textOf(zone, "id")] = &zone;
        const Json &side = m_prefer == MergeSide::Ours ? m_ours : *m_theirs;
        for (auto &[id, zone] : zones) {
            // Up the chain from `id`: a cycle through it comes back to it; a cycle above it
            // is settled when its own zones come.
            std::set<std::string> seen{id};
            for (std::string at = textOf(*zone, "parent"); !at.empty() && zones.count(at);
                 at = textOf(*zones[at], "parent")) {
                if (at != id && !seen.insert(at).second)
                    break;
                if (at == id) {
                    const Json kept = recordIn(side, "boundaries", id);
                    conflict(contextOf("zone", id, *zone), "parent",
                             member(recordIn(m_base, "boundaries", id), "parent"),
                             member(recordIn(m_ours, "boundaries", id), "parent"),
                             member(recordIn(*m_theirs, "boundaries", id), "parent"),
                             "nested in a cycle by the two sides together");
                    (*zone)["parent"] = member(kept, "parent");
                    break;
                }
            }
        }
    }

    // A flow whose source one side changed and whose target the other did may end where it
    // starts: it takes the preferred side's ends.
    void settleFlowEnds()
    {
        const Json &side = m_prefer == MergeSide::Ours ? m_ours : *m_theirs;
        for (Json &flow : items("flows")) {
            if (textOf(flow, "source") != textOf(flow, "target"))
                continue;
            const std::string id = textOf(flow, "id");
            const Json kept = recordIn(side, "flows", id);
            conflict(contextOf("flow", id, flow), "target", member(recordIn(m_base, "flows", id), "target"),
                     member(recordIn(m_ours, "flows", id), "target"),
                     member(recordIn(*m_theirs, "flows", id), "target"),
                     "would start and end at the same element");
            flow["source"] = member(kept, "source");
            flow["target"] = member(kept, "target");
        }
    }

    // Both sides numbered their new threats from the same counter: the threats theirs added get
    // numbers above both sides' highest.
    void renumberCollidingThreats()
    {
        std::map<std::int64_t, int> uses;
        std::int64_t highest = 0;
        for (const Json &threat : items("threats")) {
            const std::int64_t number = member(threat, "number").is_number_integer()
                                            ? member(threat, "number").get<std::int64_t>()
                                            : 0;
            if (number > 0)
                ++uses[number];
            highest = std::max(highest, number);
        }
        const auto oursIds = byId(itemsOf(m_ours, "threats"), "threat");
        const auto baseIds = byId(itemsOf(m_base, "threats"), "threat");
        std::int64_t next = highest + 1;
        for (Json &threat : items("threats")) {
            const std::string id = textOf(threat, "id");
            const Json &number = member(threat, "number");
            if (!number.is_number_integer() || uses[number.get<std::int64_t>()] < 2
                || oursIds.count(id) || baseIds.count(id))
                continue;
            const std::int64_t old = number.get<std::int64_t>();
            --uses[old];
            m_result.notes.push_back("threat " + id + " (new in theirs) is renumbered from #"
                                     + std::to_string(old) + " to #" + std::to_string(next)
                                     + ": ours gave #" + std::to_string(old)
                                     + " to another threat");
            threat["number"] = next++;
        }
        Json &model = m_result.document["model"];
        if (!model.is_object())
            model = Json::object();
        const Json &counter = member(model, "nextThreatNumber");
        if (!counter.is_number_integer() || counter.get<std::int64_t>() < next)
            model["nextThreatNumber"] = next;
    }

    // Both sides added a requirement (or test) under the same human id "SR-012" with different
    // content: theirs gets the next free number, and theirs' references follow it. Done on a
    // copy of theirs before anything merges.
    void renumberCollidingHumanIds(const char *key, const char *kind, std::string_view prefix)
    {
        const auto base = byId(itemsOf(m_base, key), kind);
        const auto ours = byId(itemsOf(m_ours, key), kind);
        const auto theirs = byId(itemsOf(*m_theirs, key), kind);
        int highest = 0;
        for (const auto *side : {&base, &ours, &theirs})
            for (const auto &entry : *side)
                highest = std::max(highest, humanIdNumber(entry.first, prefix));
        std::vector<std::pair<std::string, std::string>> renames;
        for (const auto &[id, record] : theirs) {
            const auto other = ours.find(id);
            if (base.count(id) || other == ours.end() || *other->second == *record
                || humanIdNumber(id, prefix) == 0)
                continue;
            renames.emplace_back(id, humanId(prefix, ++highest));
        }
        if (renames.empty())
            return;
        if (!m_theirsCopy) {
            m_theirsCopy = *m_theirs;
            m_theirs = &*m_theirsCopy;
        }
        for (const auto &[from, to] : renames) {
            renameReferences(*m_theirsCopy, from, to);
            m_result.notes.push_back(std::string(kind) + " " + from + " was added on both sides "
                                     "with different content; theirs is now " + to);
        }
    }

    // Both sides made a baseline of the same name: theirs' is told apart, as names must be
    // unique for `IN.vigil@NAME` to say which one.
    void settleBaselineNames()
    {
        auto found = m_result.document.find("baselines");
        if (found == m_result.document.end() || !found->is_array())
            return;
        // Ours' baselines keep their names; another of the same name is theirs'.
        std::set<std::string> names;
        const auto ours = byId(itemsOf(m_ours, "baselines"), "baseline");
        const auto isOurs = [&ours](const Json &baseline) {
            const auto it = ours.find(textOf(baseline, "id"));
            return it != ours.end() && textOf(*it->second, "name") == textOf(baseline, "name");
        };
        for (const Json &baseline : *found)
            if (baseline.is_object() && isOurs(baseline))
                names.insert(textOf(baseline, "name"));
        for (Json &baseline : *found) {
            if (!baseline.is_object() || isOurs(baseline))
                continue;
            const std::string name = textOf(baseline, "name");
            if (names.insert(name).second)
                continue;
            std::string renamed = name + " (theirs)";
            for (int n = 2; names.count(renamed); ++n)
                renamed = name + " (theirs " + std::to_string(n) + ")";
            names.insert(renamed);
            baseline["name"] = renamed;
            m_result.notes.push_back("baseline " + textOf(baseline, "id") + " \"" + name
                                     + "\" was made on both sides; theirs is now \"" + renamed
                                     + "\"");
        }
    }

    void raiseHumanIdCounters()
    {
        Json &model = m_result.document["model"];
        for (const auto &[key, counter, prefix] :
             {std::tuple{"requirements", "nextRequirementNumber", kRequirementIdPrefix},
              std::tuple{"tests", "nextTestNumber", kTestIdPrefix}}) {
            int highest = 0;
            for (const Json &record : items(key))
                highest = std::max(highest, humanIdNumber(textOf(record, "id"), prefix));
            const Json &given = member(model, counter);
            if (highest > 0 && (!given.is_number_integer() || given.get<int>() <= highest))
                model[counter] = highest + 1;
        }
    }

    const Json &m_base;
    const Json &m_ours;
    const Json *m_theirs; // theirs, or a copy with renumbered ids
    std::optional<Json> m_theirsCopy;
    MergeSide m_prefer;
    MergeResult m_result;
};

} // namespace

MergeResult mergeModelDocuments(const Json &base, const Json &ours, const Json &theirs,
                                MergeSide prefer)
{
    return Merger(base, ours, theirs, prefer).run();
}

std::vector<OpenConflict> openConflicts(const MergeResult &result)
{
    std::vector<OpenConflict> open;
    for (const MergeConflict &conflict : result.conflicts) {
        OpenConflict record;
        record.id = humanId("MC-", static_cast<int>(open.size()) + 1);
        record.kind = conflict.kind;
        record.record = conflict.id;
        record.label = conflict.label;
        record.field = conflict.field;
        const auto text = [](const Json &value) {
            return value.dump(-1, ' ', false, Json::error_handler_t::replace);
        };
        record.base = text(conflict.base);
        record.ours = text(conflict.ours);
        record.theirs = text(conflict.theirs);
        record.reason = conflict.reason;
        record.taken = conflict.taken == MergeSide::Ours ? "ours" : "theirs";
        open.push_back(std::move(record));
    }
    return open;
}

namespace {

// The object a conflict's record is in the document: a record of a collection, the model's
// information, a setting; null when the document no longer has it.
Json *recordIn(Json &document, const OpenConflict &conflict)
{
    if (conflict.kind == "model")
        return &document["model"];
    if (conflict.kind == "setting")
        return &document[conflict.record];
    for (const Collection &collection : collections()) {
        if (conflict.kind != collection.kind)
            continue;
        Json &items = document[collection.key];
        for (Json &item : items)
            if (item.is_object() && recordId(item, collection.kind) == conflict.record)
                return &item;
        return nullptr;
    }
    return nullptr;
}

// Puts `value` (null: none) as the whole record, in its collection.
void setWholeRecord(Json &document, const OpenConflict &conflict, const Json &value)
{
    for (const Collection &collection : collections()) {
        if (conflict.kind != collection.kind)
            continue;
        Json &items = document[collection.key];
        if (!items.is_array())
            items = Json::array();
        for (auto it = items.begin(); it != items.end(); ++it)
            if (it->is_object() && recordId(*it, collection.kind) == conflict.record) {
                if (value.is_null())
                    items.erase(it);
                else
                    *it = value;
                return;
            }
        if (!value.is_null())
            items.push_back(value);
        return;
    }
    throw ModelError("merge conflict " + conflict.id + ": unknown kind of record \""
                     + conflict.kind + "\"");
}

// Sets the dotted `field` of `record` to `value` (null: removes it).
void setField(Json &record, const std::string &field, const Json &value)
{
    Json *at = &record;
    size_t start = 0;
    for (size_t dot = field.find('.'); dot != std::string::npos; dot = field.find('.', start)) {
        at = &(*at)[field.substr(start, dot - start)];
        if (!at->is_object())
            *at = Json::object();
        start = dot + 1;
    }
    const std::string leaf = field.substr(start);
    if (value.is_null())
        at->erase(leaf);
    else
        (*at)[leaf] = value;
}

} // namespace

ConflictResolution resolveConflict(const ThreatModel &model, const Id &id, std::string_view side)
{
    const OpenConflict *found = model.conflicts().find(id);
    if (!found)
        throw ModelError("no open merge conflict " + id);
    if (side != "ours" && side != "theirs")
        throw ModelError("a merge conflict is settled for ours or theirs, not \""
                         + std::string(side) + "\"");
    const OpenConflict conflict = *found;
    if (side == conflict.taken) {
        ConflictResolution kept{model, {}};
        kept.model.conflicts().remove(id);
        return kept;
    }
    Json document = modelDocument(model);
    Json value;
    try {
        value = Json::parse(side == "ours" ? conflict.ours : conflict.theirs);
    } catch (const Json::exception &) {
        throw ModelError("merge conflict " + id + ": the value of " + std::string(side)
                         + " is not JSON");
    }
    if (conflict.field.empty()) {
        setWholeRecord(document, conflict, value);
    } else {
        Json *record = recordIn(document, conflict);
        if (!record)
            throw ModelError("merge conflict " + id + ": the model no longer has "
                             + conflict.kind + " " + conflict.record);
        setField(*record, conflict.field, value);
    }
    Json &open = document["mergeConflicts"];
    for (auto it = open.begin(); it != open.end(); ++it)
        if (it->is_object() && textOf(*it, "id") == id) {
            open.erase(it);
            break;
        }
    try {
        JsonImport imported = importModelJson(document.dump(-1, ' ', false,
                                                            Json::error_handler_t::replace));
        return {std::move(imported.model), std::move(imported.warnings)};
    } catch (const std::exception &error) {
        throw ModelError("merge conflict " + id + ": " + conflict.kind + " " + conflict.record
                         + (conflict.field.empty() ? "" : " " + conflict.field)
                         + " cannot take " + std::string(side) + "' value: " + error.what());
    }
}

} // namespace vigil
