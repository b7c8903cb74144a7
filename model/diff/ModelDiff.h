#pragma once

// What changed between two models, record by record and field by field: the answer to "what is
// different in this revision" for `vigil-cli diff`, reviews of a branch, and the GUI's compare.
// Records are matched by id (ids are stable across renames and re-analysis), and compared as the
// vigil-model JSON holds them, so every field the file keeps is compared and nothing else.

#include "model/ThreatModel.h"
#include "model/json/JsonInterchange.h"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace vigil {

enum class RecordChangeKind { Added, Removed, Changed };

struct FieldChange {
    // The field's JSON name; a nested field is dotted ("properties.encrypted", "riskAfter.severity").
    std::string field;
    // The values as JSON; null where the field is absent on that side.
    nlohmann::json before;
    nlohmann::json after;
    // For changes summarised instead of listed (a diagram's layout): what changed, in words;
    // before and after are then null.
    std::string summary;
};

struct RecordChange {
    // element, zone, flow, diagram, threat, mitigation, requirement, test, person, hazard,
    // review, suppression, model, setting.
    std::string kind;
    std::string id; // a suppression's is "ELEMENT/RULE"; the model's is empty
    std::string label; // the name a reader knows it by: a name, a title, "#12 Title"
    RecordChangeKind change = RecordChangeKind::Changed;
    std::vector<FieldChange> fields; // what changed, for RecordChangeKind::Changed
};

struct ModelDiff {
    // In the order of the file (model, settings, elements, zones, flows, diagrams, people,
    // hazards, requirements, mitigations, threats, tests, suppressions, reviews), each kind by id.
    std::vector<RecordChange> changes;
    bool equal() const { return changes.empty(); }
};

// Compares `before` with `after`. A diagram's layout is summarised per diagram (how many items
// were placed, taken off, moved or resized, and how many flow routes changed), not listed
// point by point. The texts an analysis writes into a rule's threat (title, description, why)
// follow from the rule and the names: they are left out of the comparison, so a rename shows
// once, on the renamed element, not on each of its threats; a manual threat's texts are compared.
ModelDiff diffModels(const ThreatModel &before, const ThreatModel &after);

// The model as the vigil-model document modelToJson writes (every default spelled out),
// parsed: what diff and merge compare.
nlohmann::json modelDocument(const ThreatModel &model,
                             DocumentRecords records = DocumentRecords::Included);

// The same for two vigil-model JSON documents as parsed (both as modelToJson writes them).
ModelDiff diffModelDocuments(const nlohmann::json &before, const nlohmann::json &after);

std::string_view toString(RecordChangeKind change); // "added", "removed", "changed"

} // namespace vigil
