#pragma once

// The document's own records: baselines (named, frozen revisions of the model with their
// approvals) and the audit trail of saved changes. Both live in the .vigil file and the JSON
// (`baselines`, `history`); neither is part of what a baseline freezes.

#include "model/ThreatModel.h"

#include <chrono>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vigil {

// ---------------------------------------------------------------- baselines

// "sha256:" and the SHA-256 of `snapshot`: the same digits `sha256sum` prints for the file
// `vigil-cli export IN.vigil@NAME -o OUT.json` writes.
std::string snapshotHash(std::string_view snapshot);

// A new baseline of `model` as it is now, named `name` (trimmed; refused with a ModelError when
// empty or already used), made at `date` (ISO 8601 date and time, UTC) by `author`.
Baseline makeBaseline(const ThreatModel &model, std::string_view name, std::string author,
                      std::string comment, std::string date);

// True when the baseline's snapshot still has the hash it was made with.
bool snapshotIntact(const Baseline &baseline);

// The model a baseline froze, without baselines and history. A snapshot that no longer matches
// its hash, or does not read, is a ModelError naming the baseline: a frozen revision that was
// changed is not used as if it were the approved one.
ThreatModel baselineModel(const Baseline &baseline);

// Splits "FILE@BASELINE" (the CLI's way of naming a baseline in a file) into its two parts; the
// baseline part is empty when `argument` names no baseline. A path that exists as given is a
// file, even when it contains '@'.
std::pair<std::string, std::string> splitBaselineArgument(const std::string &argument);

// A copy of `baseline` with `approval` added. Refuses (ModelError) an approval without a name or
// with a meaning that is not one of kApprovalMeanings.
Baseline withApproval(const Baseline &baseline, Approval approval);

// ---------------------------------------------------------------- the audit trail

// One change to record: what it was and the ids of the objects it touched, in order.
struct HistoryAction {
    std::string action;
    std::vector<Id> ids; // all of them; recordHistory keeps the first kHistoryIdLimit
};

// The ids of the objects behind the journal keys one change touched, in order, each once:
// elements, flows, zones, diagrams and records by their id, a layout entry by its item, a
// suppression by its element. The model's information (its name, settings) is "model".
std::vector<Id> touchedIds(const std::vector<std::pair<Table, std::string>> &keys);

// Adds one history entry per action, all saved at `time` by `author`; entry ids sort in time
// order (to the millisecond). Returns the ids of the entries added.
std::vector<Id> recordHistory(ThreatModel &model, const std::vector<HistoryAction> &actions,
                              const std::string &author,
                              std::chrono::system_clock::time_point time);

// The account the process runs as ($USER, $LOGNAME, else the system's name for the user id), or
// "unknown": who the audit trail names when no name is set.
std::string operatingSystemUser();

} // namespace vigil
