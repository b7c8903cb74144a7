#pragma once

// JSON interchange, format "vigil-model", formatVersion 1 (DESIGN.md, Files). Output is
// deterministic: sorted keys, records in id order, two-space indentation, a final newline, so
// models diff and merge in git. Input is validated completely before anything is returned.

#include "model/PropertyCatalogue.h"
#include "model/ThreatModel.h"
#include "model/json/JsonParse.h"

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace vigil {

struct JsonImport {
    ThreatModel model;
    // Records that name an element, flow or zone the file does not hold (a file edited by hand
    // or merged): "<JSON path>: <what was left out>", one line each.
    std::vector<std::string> warnings;
};

// Parses a vigil-model document. Properties are checked against `catalogue`. Structural errors
// (a flow to an unknown element, a duplicate id, a value of the wrong type) are a JsonError
// naming the JSON path; derived records naming a vanished element, flow or zone (a diagram's
// layout entry, a zone membership, a suppression, a threat's target) are read without it and
// warned about. A model with no diagram or with elements that no diagram places gets a laid-out
// diagram (model/AutoLayout.h). The returned model's journal says "everything changed".
// Whether properties are checked against the catalogue (files from people and tools), or read as
// written (what Vigil wrote itself from a document that held such values: a baseline's snapshot).
enum class PropertyCheck { Catalogue, None };
JsonImport importModelJson(std::string_view text,
                           const PropertyCatalogue &catalogue = PropertyCatalogue::builtin(),
                           PropertyCheck check = PropertyCheck::Catalogue);
// The same for text Vigil wrote itself (a bundled model, the clipboard): warnings are dropped.
ThreatModel modelFromJson(std::string_view text,
                          const PropertyCatalogue &catalogue = PropertyCatalogue::builtin());

// Whether a document's own records (baselines and history) are written: a baseline's snapshot
// is the model without them.
enum class DocumentRecords { Included, ModelOnly };

// The whole document. A model that JSON cannot hold or that would not read back (a number out
// of model/Limits.h's ranges) is a JsonError naming the value, and nothing is written.
std::string modelToJson(const ThreatModel &model,
                        DocumentRecords records = DocumentRecords::Included);
// The same, written to `out` as it is produced (no copy of the document in memory).
void streamModelJson(const ThreatModel &model, std::ostream &out);

// The document's own records as the document writes them, for the commands that print them
// (`vigil-cli baseline list`, `history`): one approval, one history entry, each an object.
class JsonWriter;
void writeApproval(JsonWriter &out, const Approval &approval);
void writeHistoryEntry(JsonWriter &out, const HistoryEntry &entry);

// The model-wide settings as compact JSON text, the form the .vigil store keeps them in; the
// same objects as the document's "riskScheme", "independence" and "model.lastAnalysis". Empty
// text reads as the defaults; malformed text is a JsonError naming the setting.
std::string settingsToJsonText(const RiskScheme &scheme);
std::string settingsToJsonText(const IndependenceRules &rules);
std::string settingsToJsonText(const AnalysisStamp &stamp);
RiskScheme riskSchemeFromJsonText(std::string_view text);
IndependenceRules independenceFromJsonText(std::string_view text);
AnalysisStamp analysisStampFromJsonText(std::string_view text);

} // namespace vigil
