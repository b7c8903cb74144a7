#pragma once

// The threat texts the GUI shows: in the UI language where the rule pack translates its rule
// (stride/ThreatText.h), else as recorded. The record itself stays in the pack's language.

#include "model/ThreatModel.h"
#include "stride/RulePack.h"

#include <QString>

#include <string>

namespace vigil {

// Set once at start from the UI language ("en", "ja", "de").
void setThreatTextLanguage(const std::string &language);
const std::string &threatTextLanguage();

QString shownThreatTitle(const ThreatModel &model, const Threat &threat);
QString shownThreatDescription(const ThreatModel &model, const Threat &threat);
// Why the rule fired, in the UI language: the engine's English record read back by its fixed
// wording and the rule's own condition texts, the conditions and values it read left as
// written. The record itself when it does not read back.
QString shownThreatWhy(const ThreatModel &model, const Threat &threat, const stride::Rule *rule);
// A rule's suggested mitigation in the UI language.
const stride::SuggestedMitigation &shownSuggestion(const stride::Rule &rule, std::size_t index);

} // namespace vigil
