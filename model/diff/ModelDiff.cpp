#include "model/diff/ModelDiff.h"

#include "model/diff/DocumentRecords.h"
#include "model/json/JsonInterchange.h"
#include "model/json/JsonParse.h"
#include "model/Timings.h"

#include <map>
#include <set>

namespace vigil {

namespace {

using Json = nlohmann::json;
using namespace records;

// Top-level fields a comparison leaves out.
using SkipField = bool (*)(std::string_view field);
bool skipNothing(std::string_view) { return false; }

// Field by field; objects are compared key by key under a dotted name, anything else whole.
void compareFields(const Json &before, const Json &after, const std::string &prefix,
                   SkipField skipped, std::vector<FieldChange> &changes)
{
    std::set<std::string> keys;
    for (const auto &entry : before.items())
        keys.insert(entry.key());
    for (const auto &entry : after.items())
        keys.insert(entry.key());
    for (const std::string &key : keys) {
        if (prefix.empty() && skipped(key))
            continue;
        const auto b = before.find(key);
        const auto a = after.find(key);
        const Json &oldValue = b != before.end() ? *b : Json();
        const Json &newValue = a != after.end() ? *a : Json();
        if (oldValue == newValue)
            continue;
        const std::string field = prefix.empty() ? key : prefix + "." + key;
        if (oldValue.is_object() && newValue.is_object()) {
            compareFields(oldValue, newValue, field, skipNothing, changes);
            continue;
        }
        changes.push_back({field, oldValue, newValue, {}});
    }
}

std::string counted(size_t count, const char *what)
{
    return std::to_string(count) + " " + what;
}

// "2 placed, 1 taken off, 3 moved, 1 resized; 2 flow routes changed": how a diagram's layout
// changed, without the coordinates.
std::string layoutSummary(const Json &before, const Json &after)
{
    const Json empty = Json::object();
    const auto part = [&](const Json &diagram, const char *key) -> const Json & {
        const auto it = diagram.find(key);
        return it != diagram.end() && it->is_object() ? *it : empty;
    };
    size_t placed = 0, takenOff = 0, moved = 0, resized = 0;
    const Json &oldNodes = part(before, "nodes");
    const Json &newNodes = part(after, "nodes");
    for (const auto &entry : newNodes.items()) {
        const auto old = oldNodes.find(entry.key());
        if (old == oldNodes.end()) {
            ++placed;
            continue;
        }
        const Json &now = entry.value();
        if (old->value("x", 0.0) != now.value("x", 0.0) || old->value("y", 0.0) != now.value("y", 0.0))
            ++moved;
        if (old->value("width", 0.0) != now.value("width", 0.0)
            || old->value("height", 0.0) != now.value("height", 0.0))
            ++resized;
    }
    for (const auto &entry : oldNodes.items())
        takenOff += newNodes.contains(entry.key()) ? 0u : 1u;
    size_t routes = 0;
    const Json &oldFlows = part(before, "flows");
    const Json &newFlows = part(after, "flows");
    for (const auto &entry : newFlows.items()) {
        const auto old = oldFlows.find(entry.key());
        routes += old == oldFlows.end() || *old != entry.value() ? 1u : 0u;
    }
    for (const auto &entry : oldFlows.items())
        routes += newFlows.contains(entry.key()) ? 0u : 1u;

    std::string nodes;
    const auto add = [&](size_t count, const char *what) {
        if (count > 0)
            nodes += (nodes.empty() ? "" : ", ") + counted(count, what);
    };
    add(placed, "placed");
    add(takenOff, "taken off");
    add(moved, "moved");
    add(resized, "resized");
    if (routes == 0)
        return nodes;
    const std::string flows = counted(routes, routes == 1 ? "flow route changed"
                                                          : "flow routes changed");
    return nodes.empty() ? flows : nodes + "; " + flows;
}

std::vector<FieldChange> recordFields(const Json &before, const Json &after,
                                      std::string_view kind)
{
    std::vector<FieldChange> fields;
    if (kind == "diagram") {
        compareFields(before, after, {},
                      [](std::string_view field) { return field == "nodes" || field == "flows"; },
                      fields);
        std::string layout = layoutSummary(before, after);
        if (!layout.empty())
            fields.push_back({"layout", nullptr, nullptr, std::move(layout)});
        return fields;
    }
    const bool derivedTexts = kind == "threat" && !before.value("manual", false)
                              && !after.value("manual", false);
    compareFields(before, after, {}, derivedTexts ? isDerivedThreatText : skipNothing, fields);
    return fields;
}

void diffCollection(const Json &before, const Json &after, const Collection &collection,
                    std::vector<RecordChange> &changes)
{
    const auto oldRecords = byId(itemsOf(before, collection.key), collection.kind);
    const auto newRecords = byId(itemsOf(after, collection.key), collection.kind);
    auto o = oldRecords.begin();
    auto n = newRecords.begin();
    // One walk over both id-ordered maps.
    while (o != oldRecords.end() || n != newRecords.end()) {
        if (n == newRecords.end() || (o != oldRecords.end() && o->first < n->first)) {
            changes.push_back({collection.kind, o->first, labelOf(*o->second, collection.kind),
                               RecordChangeKind::Removed, {}});
            ++o;
        } else if (o == oldRecords.end() || n->first < o->first) {
            changes.push_back({collection.kind, n->first, labelOf(*n->second, collection.kind),
                               RecordChangeKind::Added, {}});
            ++n;
        } else {
            if (*o->second != *n->second) {
                std::vector<FieldChange> fields =
                    recordFields(*o->second, *n->second, collection.kind);
                if (!fields.empty())
                    changes.push_back({collection.kind, n->first,
                                       labelOf(*n->second, collection.kind),
                                       RecordChangeKind::Changed, std::move(fields)});
            }
            ++o;
            ++n;
        }
    }
}

} // namespace

ModelDiff diffModelDocuments(const Json &before, const Json &after)
{
    ModelDiff diff;
    std::vector<FieldChange> info;
    compareFields(objectOf(before, "model"), objectOf(after, "model"), {}, skipNothing, info);
    if (!info.empty())
        diff.changes.push_back({"model", {}, textOf(objectOf(after, "model"), "name"),
                                RecordChangeKind::Changed, std::move(info)});
    for (const char *setting : {"riskScheme", "independence"}) {
        std::vector<FieldChange> fields;
        compareFields(objectOf(before, setting), objectOf(after, setting), {}, skipNothing,
                      fields);
        if (!fields.empty())
            diff.changes.push_back(
                {"setting", setting, setting, RecordChangeKind::Changed, std::move(fields)});
    }
    for (const Collection &collection : collections())
        if (collection.compared)
            diffCollection(before, after, collection, diff.changes);
    return diff;
}

Json modelDocument(const ThreatModel &model, DocumentRecords records)
{
    std::string text;
    {
        const timings::Scope phase("write JSON");
        text = modelToJson(model, records);
    }
    const timings::Scope phase("parse JSON");
    return parseJson(text);
}

ModelDiff diffModels(const ThreatModel &before, const ThreatModel &after)
{
    // Baselines and history are the document's records of itself, not the model that changed.
    const Json oldDocument = modelDocument(before, DocumentRecords::ModelOnly);
    const Json newDocument = modelDocument(after, DocumentRecords::ModelOnly);
    const timings::Scope phase("compare");
    return diffModelDocuments(oldDocument, newDocument);
}

std::string_view toString(RecordChangeKind change)
{
    switch (change) {
    case RecordChangeKind::Added: return "added";
    case RecordChangeKind::Removed: return "removed";
    case RecordChangeKind::Changed: return "changed";
    }
    return "changed";
}

} // namespace vigil
