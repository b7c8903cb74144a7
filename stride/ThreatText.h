#pragma once

// A threat's title and description in the reader's language.
//
// A threat record keeps the text its rule rendered in the pack's own language (English for the
// shipped packs): that is what files, `analyze` and scripts see, whatever the reader's language.
// Screens and reports show it translated: the rule's templates in that language, filled with the
// same names. The refinement that applied is the one whose note the recorded description ends
// with, so no condition is evaluated again.

#include "stride/RulePack.h"

#include "model/ThreatModel.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vigil::stride {

// The words a template's values are joined with, in the reader's language. The defaults are
// the engine's own (English); the GUI passes translated ones.
struct TextWords {
    std::string listComma = ", ";               // "A, B and C"
    std::string listAnd = " and ";
    std::string unnamedProtocol = "an unnamed protocol";
    std::string noteSeparator = " ";            // between the description and a refinement's note
};

struct ThreatText {
    std::string title;
    std::string description;
};

// The rule of `threat` in `packs` (matched by pack id and rule id), or null (a manual threat, a
// pack the model no longer uses).
const Rule *ruleOf(const Threat &threat, const std::vector<RulePackPtr> &packs);

// The threat's title and description in `language`, with today's names. When the record's
// names are not today's (an obsolete threat whose element is gone, a name changed since the
// last analysis), with the names read back out of the record by the rule's English templates.
// Null when the recorded text is the one to show: the language is the pack's own or has no
// translation, no pack has the rule, or the record does not read back (a manual edit).
std::optional<ThreatText> translatedThreatText(const ThreatModel &model, const Threat &threat,
                                               const std::vector<RulePackPtr> &packs,
                                               std::string_view language,
                                               const TextWords &words = {});

} // namespace vigil::stride
