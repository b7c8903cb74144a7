#pragma once

// The records of a vigil-model document as diff and merge see them: the collections in the
// order of the file, each record's id (a suppression's is "ELEMENT/RULE") and the name a reader
// knows it by. Internal to model/diff.

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace vigil::records {

struct Collection {
    const char *key;  // the document's array: "elements"
    const char *kind; // what a reader calls one of its records: "element"
    // False for baselines and the audit trail, the document's records of itself rather than the
    // model: diff leaves them out; merge joins them (the records of both sides).
    bool compared = true;
};

// elements, boundaries, flows, diagrams, people, hazards, requirements, mitigations, threats,
// tests, suppressions, reviews, baselines, history.
const std::vector<Collection> &collections();

// The document's array `key`, or an empty array.
const nlohmann::json &itemsOf(const nlohmann::json &document, const char *key);
// The document's object `key` ("model", "riskScheme"), or an empty object.
const nlohmann::json &objectOf(const nlohmann::json &document, const char *key);

std::string recordId(const nlohmann::json &record, std::string_view kind);
// The records of one collection by id, in id order.
std::map<std::string, const nlohmann::json *> byId(const nlohmann::json &items,
                                                   std::string_view kind);
// "Pump firmware", "#12 Tampering with ...", a requirement's text.
std::string labelOf(const nlohmann::json &record, std::string_view kind);
// A field of a rule's threat that an analysis writes from the rule and the names (title,
// description, why): diff leaves it out, merge takes ours; the next analysis writes it anew.
bool isDerivedThreatText(std::string_view field);
// The string at `key`, or empty.
std::string textOf(const nlohmann::json &record, const char *key);

} // namespace vigil::records
