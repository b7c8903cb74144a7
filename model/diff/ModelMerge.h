#pragma once

// Three-way merge of models (`vigil-cli merge BASE OURS THEIRS`, the git merge driver): the
// changes each side made since their common base, record by record and field by field, matched
// by id. Changes to different records or fields merge; the same field changed on both sides to
// different values, and a record removed on one side but changed on the other, are conflicts,
// settled for the result by the preferred side (ours unless told otherwise) and listed. The
// result is always a model that imports: nothing it keeps names a record it lost.

#include "model/ThreatModel.h"
#include "model/diff/ModelDiff.h"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace vigil {

enum class MergeSide { Ours, Theirs };

struct MergeConflict {
    std::string kind;  // as RecordChange::kind
    std::string id;
    std::string label;
    std::string field; // dotted; empty for the whole record (removed against changed)
    // The values on each side as JSON; null where absent (a removed record, a missing field).
    nlohmann::json base;
    nlohmann::json ours;
    nlohmann::json theirs;
    std::string reason; // "changed on both sides", "removed in ours, changed in theirs", ...
    MergeSide taken = MergeSide::Ours; // the side the result holds
};

struct MergeResult {
    nlohmann::json document; // a vigil-model document
    std::vector<MergeConflict> conflicts;
    // What the merge settled on its own that a reader should know: renumbered threats and
    // requirement or test ids, layout moved on both sides, records kept because still in use.
    std::vector<std::string> notes;
    bool clean() const { return conflicts.empty(); }
};

// Merges the three documents as modelToJson writes them. `prefer` settles the conflicts.
MergeResult mergeModelDocuments(const nlohmann::json &base, const nlohmann::json &ours,
                                const nlohmann::json &theirs,
                                MergeSide prefer = MergeSide::Ours);

// The conflicts of `result` as records a merged model keeps until someone chooses ("MC-001",
// ...): `vigil-cli merge` without --prefer writes them into OUT.
std::vector<OpenConflict> openConflicts(const MergeResult &result);

struct ConflictResolution {
    ThreatModel model;
    std::vector<std::string> warnings; // records the other side's value left out (JSON paths)
};

// `model` with its open conflict `id` settled for `side` ("ours" or "theirs"): the field (or the
// whole record) takes that side's value, and the conflict is no longer open. Choosing the side
// the model already holds only closes the conflict. Throws ModelError for an unknown conflict or
// side, or a value that no longer fits the model (naming the record and field).
ConflictResolution resolveConflict(const ThreatModel &model, const Id &id,
                                   std::string_view side);

} // namespace vigil
