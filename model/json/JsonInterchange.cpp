#include "model/json/JsonInterchange.h"

#include "model/HumanIds.h"
#include "model/json/JsonWriter.h"

#include "model/AutoLayout.h"
#include "model/Limits.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <span>
#include <limits>
#include <sstream>

namespace vigil {

namespace {

// nlohmann's default object type is a std::map, so every object comes out with sorted keys.
using Json = nlohmann::json;

constexpr std::string_view kFormat = "vigil-model";
constexpr int kFormatVersion = 1;

// ---------------------------------------------------------------- JSONPath spelling

std::string member(const std::string &path, const std::string &key)
{
    return jsonMember(path, key);
}

std::string indexed(const std::string &path, size_t index) { return jsonIndex(path, index); }

std::string inQuotes(const std::string &text) { return "\"" + text + "\""; }

// ---------------------------------------------------------------- typed reads

// Unknown keys are errors (a typo in a hand-written file must not be dropped silently), and so
// are missing required ones.
void checkKeys(const Json &object, const std::string &path,
               std::initializer_list<std::string_view> known,
               std::initializer_list<std::string_view> required = {})
{
    for (const auto &entry : object.items()) {
        if (std::find(known.begin(), known.end(), entry.key()) == known.end())
            throw JsonError(member(path, entry.key()), "unknown key " + inQuotes(entry.key()));
    }
    for (std::string_view key : required)
        if (!object.contains(key))
            throw JsonError(path, "missing required key " + inQuotes(std::string(key)));
}

const Json &expectObject(const Json &value, const std::string &path)
{
    if (!value.is_object())
        throw JsonError(path, "expected an object");
    return value;
}

std::string readString(const Json &object, const std::string &path, const char *key,
                       std::string fallback = {})
{
    auto it = object.find(key);
    if (it == object.end())
        return fallback;
    if (!it->is_string())
        throw JsonError(member(path, key), "expected a string");
    return it->get<std::string>();
}

Id readId(const Json &object, const std::string &path, const char *key)
{
    Id id = readString(object, path, key);
    if (id.empty())
        throw JsonError(member(path, key), "an id must not be empty");
    return id;
}

bool readBool(const Json &object, const std::string &path, const char *key, bool fallback)
{
    auto it = object.find(key);
    if (it == object.end())
        return fallback;
    if (!it->is_boolean())
        throw JsonError(member(path, key), "expected a boolean");
    return it->get<bool>();
}

int readInt(const Json &object, const std::string &path, const char *key, int fallback,
            int min = std::numeric_limits<int>::min(), int max = std::numeric_limits<int>::max())
{
    auto it = object.find(key);
    if (it == object.end())
        return fallback;
    if (!it->is_number_integer())
        throw JsonError(member(path, key), "expected a whole number");
    // nlohmann stores non-negative integers as unsigned, negative ones as signed.
    const bool inRange =
        it->is_number_unsigned()
            ? it->get<std::uint64_t>() <= static_cast<std::uint64_t>(max)
                  && (min <= 0 || it->get<std::uint64_t>() >= static_cast<std::uint64_t>(min))
            : it->get<std::int64_t>() >= min && it->get<std::int64_t>() <= max;
    if (!inRange)
        throw JsonError(member(path, key), "expected a whole number from " + std::to_string(min)
                                               + " to " + std::to_string(max));
    return static_cast<int>(it->get<std::int64_t>());
}

double readNumber(const Json &object, const std::string &path, const char *key, double fallback)
{
    auto it = object.find(key);
    if (it == object.end())
        return fallback;
    if (!it->is_number())
        throw JsonError(member(path, key), "expected a number");
    return it->get<double>();
}

std::string numberText(double value)
{
    std::ostringstream text;
    text << value;
    return text.str();
}

// A diagram coordinate (x, y) or size (width, height) within the bounds of model/Limits.h.
double readCoordinate(const Json &object, const std::string &path, const char *key,
                      double fallback, bool size = false)
{
    const double value = readNumber(object, path, key, fallback);
    static_assert(kMaxCoordinate == 1e9, "the messages below name the limit");
    if (size ? !validExtent(value) : !validCoordinate(value))
        throw JsonError(member(path, key), std::string(size ? "expected a size from 0 to 1e9"
                                                            : "expected a coordinate from -1e9 "
                                                              "to 1e9")
                                               + ", found " + numberText(value));
    return value;
}

// Visits the elements of an optional array member.
void forEachItem(const Json &object, const std::string &path, const char *key,
                 const std::function<void(const Json &, const std::string &)> &visit)
{
    auto it = object.find(key);
    if (it == object.end())
        return;
    const std::string arrayPath = member(path, key);
    if (!it->is_array())
        throw JsonError(arrayPath, "expected an array");
    for (size_t i = 0; i < it->size(); ++i)
        visit((*it)[i], indexed(arrayPath, i));
}

std::vector<std::string> readStrings(const Json &object, const std::string &path,
                                     const char *key)
{
    std::vector<std::string> result;
    forEachItem(object, path, key, [&](const Json &item, const std::string &itemPath) {
        if (!item.is_string())
            throw JsonError(itemPath, "expected a string");
        result.push_back(item.get<std::string>());
    });
    return result;
}

// A set of references: each must satisfy `exists`; listing one twice is an error too.
std::set<Id> readIdSet(const Json &object, const std::string &path, const char *key,
                       const std::function<bool(const Id &)> &exists, const char *what)
{
    std::set<Id> result;
    forEachItem(object, path, key, [&](const Json &item, const std::string &itemPath) {
        if (!item.is_string())
            throw JsonError(itemPath, "expected a string");
        const Id id = item.get<std::string>();
        if (!exists(id))
            throw JsonError(itemPath, std::string("no ") + what + " with id " + inQuotes(id));
        if (!result.insert(id).second)
            throw JsonError(itemPath, inQuotes(id) + " is listed twice");
    });
    return result;
}

// Checks a plain text field against a closed list of spellings; `fallback` when left out. Only
// a non-empty fallback refuses "" (readChoice() below reads "" as "not set").
std::string readChoiceOr(const Json &object, const std::string &path, const char *key,
                         std::span<const std::string_view> allowed, std::string_view fallback)
{
    std::string value = readString(object, path, key, std::string(fallback));
    if ((value.empty() && fallback.empty())
        || std::find(allowed.begin(), allowed.end(), value) != allowed.end())
        return value;
    std::string list;
    for (std::string_view choice : allowed)
        list += (list.empty() ? "" : ", ") + std::string(choice);
    throw JsonError(member(path, key), "expected one of: " + list);
}

// Checks a plain text field against a closed list of spellings ("" meaning "not set").
std::string readChoice(const Json &object, const std::string &path, const char *key,
                       std::span<const std::string_view> allowed)
{
    return readChoiceOr(object, path, key, allowed, {});
}

std::string readChoice(const Json &object, const std::string &path, const char *key,
                       std::initializer_list<std::string_view> allowed)
{
    return readChoice(object, path, key, std::span(allowed.begin(), allowed.size()));
}

// A threat's category and a review's scope category.
constexpr const char *kExpectedCategory =
    "expected spoofing, tampering, repudiation, information-disclosure, denial-of-service or "
    "elevation-of-privilege";

// The risk levels a review's scope can start from, lowest first (stride::riskLevel()).
constexpr std::array<std::string_view, 4> kRiskLevels{"low", "medium", "high", "critical"};

// ---------------------------------------------------------------- writing helpers

// Integral doubles are written as integers (x: 10, not 10.0), so output is stable and clean.
Json number(double value)
{
    constexpr double kExactIntegers = 9007199254740992.0; // 2^53
    if (std::isfinite(value) && std::trunc(value) == value && std::fabs(value) < kExactIntegers)
        return Json(static_cast<std::int64_t>(value));
    return Json(value);
}

// What is written must read back: JSON has no infinity or NaN (nlohmann would write null) and
// the importer checks the ranges of model/Limits.h, so a model outside them is refused before
// anything is written, naming the value, rather than written into a file that cannot be opened
// again. Checked in the order the document lists the values.
void checkFinite(double value, const std::string &path)
{
    if (!std::isfinite(value))
        throw JsonError(path, "the value is " + numberText(value)
                                  + ", which JSON cannot hold; set a finite number");
}

void checkFinite(const PropertyMap &properties, const std::string &path)
{
    for (const auto &[key, value] : properties)
        if (const auto *amount = std::get_if<double>(&value))
            checkFinite(*amount, member(path, key));
}

std::string numberJson(double value) { return number(value).dump(); }

void checkPoint(const Point &point, const std::string &path)
{
    for (const auto &[axis, value] : {std::pair{"x", point.x}, std::pair{"y", point.y}}) {
        checkFinite(value, member(path, axis));
        if (!validCoordinate(value))
            throw JsonError(member(path, axis),
                            "is " + numberJson(value) + "; expected -1e9 to 1e9");
    }
}

void checkRect(const Rect &rect, const std::string &path)
{
    checkPoint({rect.x, rect.y}, path);
    for (const auto &[extent, value] :
         {std::pair{"width", rect.width}, std::pair{"height", rect.height}}) {
        checkFinite(value, member(path, extent));
        if (!validExtent(value))
            throw JsonError(member(path, extent),
                            "is " + numberJson(value) + "; expected 0 to 1e9");
    }
}

void checkWritable(const ThreatModel &model)
{
    size_t index = 0;
    for (const Diagram *diagram : model.diagrams()) {
        const std::string at = indexed("$.diagrams", index++);
        for (const auto &[id, rect] : diagram->nodes)
            checkRect(rect, member(at + ".nodes", id));
        for (const auto &[id, layout] : diagram->flows) {
            const std::string flowPath = member(at + ".flows", id);
            for (size_t b = 0; b < layout.bends.size(); ++b)
                checkPoint(layout.bends[b], indexed(flowPath + ".bends", b));
            if (layout.labelPosition)
                checkPoint(*layout.labelPosition, flowPath + ".label");
        }
    }
    index = 0;
    for (const Element *element : model.elements())
        checkFinite(element->properties, indexed("$.elements", index++) + ".properties");
    index = 0;
    for (const Flow *flow : model.flows())
        checkFinite(flow->properties, indexed("$.flows", index++) + ".properties");
    const ModelInfo &info = model.info();
    checkFinite(info.riskScheme.cvssAcceptableBelow, "$.riskScheme.cvssAcceptableBelow");
    for (const auto &[key, value] : {std::pair{"nextThreatNumber", info.nextThreatNumber},
                                     std::pair{"nextRequirementNumber", info.nextRequirementNumber},
                                     std::pair{"nextTestNumber", info.nextTestNumber}})
        if (!validRecordNumber(value))
            throw JsonError(std::string("$.model.") + key,
                            "is " + std::to_string(value) + "; expected 1 to "
                                + std::to_string(kMaxRecordNumber));
    index = 0;
    for (const auto &[id, threat] : model.threats().all()) {
        if (!validThreatNumber(threat.number))
            throw JsonError(indexed("$.threats", index) + ".number",
                            "is " + std::to_string(threat.number) + "; expected 0 to "
                                + std::to_string(kMaxRecordNumber - 1));
        ++index;
    }
}

// Text from a .vigil written by another tool may hold invalid UTF-8; the store reads it with
// replacement characters and a warning, and output replaces whatever is left rather than fail.
std::string dumped(const Json &value, int indent = -1)
{
    return value.dump(indent, ' ', false, Json::error_handler_t::replace);
}

// ---------------------------------------------------------------- model-wide settings

// Matrix axes have 2 to 5 levels: a threat's matrix risk is 1 to 5 on each axis.
constexpr size_t kMinRiskLevels = 2;
constexpr size_t kMaxRiskLevels = 5;

std::vector<std::string> readLevelNames(const Json &object, const std::string &path,
                                        const char *key, std::vector<std::string> fallback)
{
    if (!object.contains(key))
        return fallback;
    std::vector<std::string> names = readStrings(object, path, key);
    if (names.size() < kMinRiskLevels || names.size() > kMaxRiskLevels)
        throw JsonError(member(path, key), "expected 2 to 5 level names, lowest first");
    for (size_t i = 0; i < names.size(); ++i)
        if (names[i].empty())
            throw JsonError(indexed(member(path, key), i), "a level needs a name");
    return names;
}

RiskScheme readRiskScheme(const Json &value, const std::string &path)
{
    const Json &object = expectObject(value, path);
    checkKeys(object, path, {"exploitability", "severity", "acceptable", "cvssAcceptableBelow"});
    RiskScheme scheme;
    scheme.exploitabilityLevels =
        readLevelNames(object, path, "exploitability", scheme.exploitabilityLevels);
    scheme.severityLevels = readLevelNames(object, path, "severity", scheme.severityLevels);
    const size_t rows = scheme.exploitabilityLevels.size();
    const size_t columns = scheme.severityLevels.size();
    scheme.acceptable = RiskScheme::defaultAcceptable(rows, columns);
    if (object.contains("acceptable")) {
        const std::string at = member(path, "acceptable");
        const Json &grid = object["acceptable"];
        if (!grid.is_array() || grid.size() != rows)
            throw JsonError(at, "expected " + std::to_string(rows)
                                    + " rows, one per exploitability level, lowest first");
        for (size_t e = 0; e < rows; ++e) {
            const std::string rowPath = indexed(at, e);
            if (!grid[e].is_array() || grid[e].size() != columns)
                throw JsonError(rowPath, "expected " + std::to_string(columns)
                                             + " booleans, one per severity level");
            for (size_t c = 0; c < columns; ++c) {
                if (!grid[e][c].is_boolean())
                    throw JsonError(indexed(rowPath, c), "expected a boolean");
                scheme.acceptable[e][c] = grid[e][c].get<bool>();
            }
        }
    }
    scheme.cvssAcceptableBelow =
        readNumber(object, path, "cvssAcceptableBelow", scheme.cvssAcceptableBelow);
    if (scheme.cvssAcceptableBelow < 0 || scheme.cvssAcceptableBelow > 10.1)
        throw JsonError(member(path, "cvssAcceptableBelow"), "expected a score from 0 to 10.1");
    return scheme;
}

Json toJson(const RiskScheme &scheme)
{
    Json grid = Json::array();
    for (const auto &row : scheme.acceptable) {
        Json cells = Json::array();
        for (bool cell : row)
            cells.push_back(cell);
        grid.push_back(std::move(cells));
    }
    return {{"exploitability", scheme.exploitabilityLevels},
            {"severity", scheme.severityLevels},
            {"acceptable", std::move(grid)},
            {"cvssAcceptableBelow", number(scheme.cvssAcceptableBelow)}};
}

IndependenceRules readIndependence(const Json &value, const std::string &path)
{
    const Json &object = expectObject(value, path);
    checkKeys(object, path,
              {kTestKinds[0], kTestKinds[1], kTestKinds[2], kTestKinds[3]});
    IndependenceRules rules;
    for (std::string_view kind : kTestKinds) {
        const std::string key(kind);
        if (!object.contains(key))
            continue;
        const auto level = independenceFromString(readString(object, path, key.c_str()));
        if (!level)
            throw JsonError(member(path, key), "expected none, other-person, other-department "
                                               "or other-organisation");
        rules.set(kind, *level);
    }
    return rules;
}

Json toJson(const IndependenceRules &rules)
{
    Json object = Json::object();
    for (std::string_view kind : kTestKinds)
        object[std::string(kind)] = toString(rules.forKind(kind));
    return object;
}

AnalysisStamp readAnalysisStamp(const Json &value, const std::string &path)
{
    const Json &object = expectObject(value, path);
    checkKeys(object, path, {"fingerprint", "packs"});
    AnalysisStamp stamp;
    stamp.fingerprint = readString(object, path, "fingerprint");
    if (object.contains("packs")) {
        const std::string at = member(path, "packs");
        for (const auto &entry : expectObject(object["packs"], at).items()) {
            if (!entry.value().is_string())
                throw JsonError(member(at, entry.key()), "expected a version string");
            stamp.packVersions[entry.key()] = entry.value().get<std::string>();
        }
    }
    return stamp;
}

Json toJson(const AnalysisStamp &stamp)
{
    return {{"fingerprint", stamp.fingerprint}, {"packs", stamp.packVersions}};
}

// ---------------------------------------------------------------- the importer

class Importer {
public:
    Importer(const PropertyCatalogue &catalogue, PropertyCheck check)
        : m_catalogue(catalogue), m_check(check)
    {}

    JsonImport run(const Json &doc)
    {
        readHeader(doc);
        const std::string root = "$";
        readInfo(doc);
        readSettings(doc);
        forEachItem(doc, root, "elements", [&](const Json &r, const std::string &p) {
            readElement(r, p);
        });
        readBoundaries(doc);
        forEachItem(doc, root, "flows", [&](const Json &r, const std::string &p) {
            readFlow(r, p);
        });
        forEachItem(doc, root, "diagrams", [&](const Json &r, const std::string &p) {
            readDiagram(r, p);
        });
        forEachItem(doc, root, "people", [&](const Json &r, const std::string &p) {
            readPerson(r, p);
        });
        forEachItem(doc, root, "hazards", [&](const Json &r, const std::string &p) {
            readHazard(r, p);
        });
        forEachItem(doc, root, "requirements", [&](const Json &r, const std::string &p) {
            readRequirement(r, p);
        });
        forEachItem(doc, root, "mitigations", [&](const Json &r, const std::string &p) {
            readMitigation(r, p);
        });
        forEachItem(doc, root, "threats", [&](const Json &r, const std::string &p) {
            readThreat(r, p);
        });
        forEachItem(doc, root, "tests", [&](const Json &r, const std::string &p) {
            readTest(r, p);
        });
        forEachItem(doc, root, "suppressions", [&](const Json &r, const std::string &p) {
            readSuppression(r, p);
        });
        forEachItem(doc, root, "reviews", [&](const Json &r, const std::string &p) {
            readReview(r, p);
        });
        forEachItem(doc, root, "baselines", [&](const Json &r, const std::string &p) {
            readBaseline(r, p);
        });
        forEachItem(doc, root, "history", [&](const Json &r, const std::string &p) {
            readHistoryEntry(r, p);
        });
        forEachItem(doc, root, "mergeConflicts", [&](const Json &r, const std::string &p) {
            readConflict(r, p);
        });
        finishInfo();
        layOutIfNeeded();
        m_model.markEverythingChanged();
        return {std::move(m_model), std::move(m_warnings)};
    }

private:
    // A record that names an element, flow or zone the file no longer holds (removed by hand, or
    // by a merge) is read without that name: the file imports, and the warning says what was
    // left out and where.
    void warnDangling(const std::string &path, const std::string &what, const Id &id,
                      const std::string &consequence)
    {
        m_warnings.push_back(path + ": no " + what + " with id " + inQuotes(id) + "; "
                             + consequence);
    }

    // Runs a ThreatModel edit, reporting a rejection at the record that caused it.
    template<typename Edit>
    void apply(const std::string &path, Edit &&edit)
    {
        try {
            edit();
        } catch (const ModelError &error) {
            throw JsonError(path, error.what());
        }
    }

    // Ids of elements, flows and zones share one namespace (the model rejects shared ids).
    void claimGraphId(const Id &id, const std::string &path)
    {
        auto [it, fresh] = m_graphIds.emplace(id, path);
        if (!fresh)
            throw JsonError(member(path, "id"),
                            "duplicate id " + inQuotes(id) + ", already used at " + it->second);
    }

    static void claimRecordId(std::map<Id, std::string> &ids, const Id &id,
                              const std::string &path)
    {
        auto [it, fresh] = ids.emplace(id, path);
        if (!fresh)
            throw JsonError(member(path, "id"),
                            "duplicate id " + inQuotes(id) + ", already used at " + it->second);
    }

    void readHeader(const Json &doc)
    {
        if (!doc.is_object())
            throw JsonError("$", "expected a JSON object (a vigil-model document)");
        if (!doc.contains("format"))
            throw JsonError("$", "missing required key \"format\"; not a vigil-model document");
        if (!doc["format"].is_string() || doc["format"].get<std::string>() != kFormat)
            throw JsonError("$.format", "expected \"vigil-model\"");
        if (!doc.contains("formatVersion"))
            throw JsonError("$", "missing required key \"formatVersion\"");
        const Json &version = doc["formatVersion"];
        if (!version.is_number_integer() || version.get<std::int64_t>() != kFormatVersion)
            throw JsonError("$.formatVersion",
                            "unsupported formatVersion " + version.dump()
                                + "; this Vigil reads formatVersion 1");
        checkKeys(doc, "$",
                  {"format", "formatVersion", "model", "elements", "boundaries", "flows",
                   "diagrams", "threats", "mitigations", "requirements", "tests", "people",
                   "hazards", "suppressions", "riskScheme", "independence", "reviews",
                   "baselines", "history", "mergeConflicts"});
    }

    void readInfo(const Json &doc)
    {
        if (!doc.contains("model"))
            return;
        const std::string path = "$.model";
        const Json &object = expectObject(doc["model"], path);
        checkKeys(object, path,
                  {"name", "description", "context", "assumptions", "scope", "rulePacks",
                   "nextThreatNumber", "nextRequirementNumber", "nextTestNumber",
                   "lastAnalysis"});
        ModelInfo info;
        info.name = readString(object, path, "name");
        info.description = readString(object, path, "description");
        if (object.contains("context")) {
            const std::string contextPath = path + ".context";
            const Json &context = expectObject(object["context"], contextPath);
            checkKeys(context, contextPath,
                      {"intendedUse", "environment", "networkLocation", "physicalProtection",
                       "safetyImpact"});
            info.context.intendedUse = readString(context, contextPath, "intendedUse");
            info.context.environment = readString(context, contextPath, "environment");
            info.context.networkLocation = readString(context, contextPath, "networkLocation");
            info.context.physicalProtection =
                readString(context, contextPath, "physicalProtection");
            info.context.safetyImpact = readString(context, contextPath, "safetyImpact");
        }
        info.assumptions = readStrings(object, path, "assumptions");
        info.scope = readString(object, path, "scope");
        if (object.contains("rulePacks"))
            info.rulePacks = readStrings(object, path, "rulePacks");
        m_nextThreatNumberGiven = object.contains("nextThreatNumber");
        info.nextThreatNumber =
            readInt(object, path, "nextThreatNumber", 1, 1, kMaxRecordNumber);
        m_nextRequirementNumberGiven = object.contains("nextRequirementNumber");
        info.nextRequirementNumber =
            readInt(object, path, "nextRequirementNumber", 1, 1, kMaxRecordNumber);
        m_nextTestNumberGiven = object.contains("nextTestNumber");
        info.nextTestNumber = readInt(object, path, "nextTestNumber", 1, 1, kMaxRecordNumber);
        if (object.contains("lastAnalysis"))
            info.lastAnalysis = readAnalysisStamp(object["lastAnalysis"], path + ".lastAnalysis");
        m_info = std::move(info);
    }

    // The risk scheme comes before the threats whose matrix risks it bounds.
    void readSettings(const Json &doc)
    {
        if (doc.contains("riskScheme"))
            m_info.riskScheme = readRiskScheme(doc["riskScheme"], "$.riskScheme");
        if (doc.contains("independence"))
            m_info.independence = readIndependence(doc["independence"], "$.independence");
    }

    // A counter of human ids must lie past every id of its form ("SR-007": 7) in the file.
    static int nextHumanNumber(const std::map<Id, std::string> &ids, std::string_view prefix,
                               int given, bool wasGiven, const char *key)
    {
        int highest = 0;
        for (const auto &entry : ids)
            highest = std::max(highest, humanIdNumber(entry.first, prefix));
        if (!wasGiven)
            return std::max(given, highest + 1);
        if (given <= highest)
            throw JsonError(std::string("$.model.") + key,
                            "must be greater than every " + std::string(prefix) + "number ("
                                + "highest is " + std::to_string(highest) + ")");
        return given;
    }

    // Threat numbers are never reused: the counter must lie past every number in the file.
    void finishInfo()
    {
        const int next = m_highestThreatNumber + 1;
        if (!m_nextThreatNumberGiven)
            m_info.nextThreatNumber = std::max(m_info.nextThreatNumber, next);
        else if (m_info.nextThreatNumber < next)
            throw JsonError("$.model.nextThreatNumber",
                            "must be greater than every threat number (highest is "
                                + std::to_string(m_highestThreatNumber) + ")");
        m_info.nextRequirementNumber =
            nextHumanNumber(m_requirementIds, kRequirementIdPrefix, m_info.nextRequirementNumber,
                            m_nextRequirementNumberGiven, "nextRequirementNumber");
        m_info.nextTestNumber = nextHumanNumber(m_testIds, kTestIdPrefix, m_info.nextTestNumber,
                                                m_nextTestNumberGiven, "nextTestNumber");
        m_model.setInfo(m_info);
    }

    PropertyMap readProperties(const Json &object, const std::string &path, PropertyTarget target)
    {
        PropertyMap result;
        if (!object.contains("properties"))
            return result;
        const std::string propertiesPath = member(path, "properties");
        const Json &properties = expectObject(object["properties"], propertiesPath);
        for (const auto &entry : properties.items()) {
            const Json &json = entry.value();
            PropertyValue value;
            if (json.is_boolean())
                value = json.get<bool>();
            else if (json.is_number())
                value = json.get<double>();
            else if (json.is_string())
                value = json.get<std::string>();
            else
                value = invalidStandIn(entry.key()); // lets the catalogue phrase the problem
            const std::string problem = m_catalogue.validate(entry.key(), value, target);
            const bool keptAsItWas =
                m_check == PropertyCheck::None && json.is_primitive() && !json.is_null();
            if (!problem.empty() && !keptAsItWas)
                throw JsonError(member(propertiesPath, entry.key()), problem);
            result.emplace(entry.key(), std::move(value));
        }
        return result;
    }

    // A value of a type the property does not take, for JSON null, arrays and objects.
    PropertyValue invalidStandIn(const std::string &key) const
    {
        const PropertyDefinition *definition = m_catalogue.find(key);
        if (definition && definition->type == PropertyType::Bool)
            return PropertyValue(0.0);
        return PropertyValue(false);
    }

    void readElement(const Json &object, const std::string &path)
    {
        expectObject(object, path);
        checkKeys(object, path,
                  {"id", "kind", "name", "description", "properties", "outOfScope",
                   "outOfScopeReason"},
                  {"id", "kind"});
        Element e;
        e.id = readId(object, path, "id");
        claimGraphId(e.id, path);
        const auto kind = elementKindFromString(readString(object, path, "kind"));
        if (!kind)
            throw JsonError(member(path, "kind"),
                            "expected external-entity, process or data-store");
        e.kind = *kind;
        e.name = readString(object, path, "name");
        e.description = readString(object, path, "description");
        e.properties = readProperties(object, path, targetOf(e.kind));
        e.outOfScope = readBool(object, path, "outOfScope", false);
        e.outOfScopeReason = readString(object, path, "outOfScopeReason");
        apply(path, [&] { m_model.addElement(std::move(e)); });
    }

    void readBoundaries(const Json &doc)
    {
        std::vector<std::pair<TrustBoundary, std::string>> zones;
        std::map<Id, std::string> memberAt; // element -> path of the zone that lists it
        forEachItem(doc, "$", "boundaries", [&](const Json &object, const std::string &path) {
            expectObject(object, path);
            checkKeys(object, path,
                      {"id", "name", "description", "members", "parent", "stackOrder"}, {"id"});
            TrustBoundary zone;
            zone.id = readId(object, path, "id");
            claimGraphId(zone.id, path);
            zone.name = readString(object, path, "name");
            zone.description = readString(object, path, "description");
            zone.stackOrder = readInt(object, path, "stackOrder", 0);
            if (object.contains("parent") && !object["parent"].is_null()) {
                zone.parent = readString(object, path, "parent");
                if (zone.parent.empty())
                    throw JsonError(path + ".parent", "expected a zone id or null");
            }
            forEachItem(object, path, "members", [&](const Json &item, const std::string &at) {
                if (!item.is_string())
                    throw JsonError(at, "expected a string");
                const Id id = item.get<std::string>();
                if (!m_model.element(id)) {
                    warnDangling(at, "element", id, "the membership is left out");
                    return;
                }
                if (!zone.members.insert(id).second)
                    throw JsonError(at, inQuotes(id) + " is listed twice");
                auto [first, fresh] = memberAt.emplace(id, path);
                if (!fresh)
                    throw JsonError(at, "element " + inQuotes(id)
                                            + " is already a member of the trust zone at "
                                            + first->second);
            });
            zones.emplace_back(std::move(zone), path);
        });

        std::map<Id, size_t> byId;
        for (size_t i = 0; i < zones.size(); ++i)
            byId.emplace(zones[i].first.id, i);
        for (const auto &[zone, path] : zones) {
            if (!zone.parent.empty() && !byId.count(zone.parent))
                throw JsonError(path + ".parent",
                                "no trust zone with id " + inQuotes(zone.parent));
        }
        // Parents first (the model checks that a zone's parent exists when it is added), and no
        // cycles: one walk up the parent chains that visits every zone once, so the time is
        // linear in the number of zones however deep they nest.
        enum class Visit : std::uint8_t { New, OnChain, Ordered };
        std::vector<Visit> visit(zones.size(), Visit::New);
        std::vector<size_t> order;
        order.reserve(zones.size());
        for (size_t start = 0; start < zones.size(); ++start) {
            std::vector<size_t> chain;
            for (size_t at = start; visit[at] != Visit::Ordered;) {
                if (visit[at] == Visit::OnChain)
                    throwCycle(zones, byId, chain, at);
                visit[at] = Visit::OnChain;
                chain.push_back(at);
                const Id &parent = zones[at].first.parent;
                if (parent.empty())
                    break;
                at = byId.at(parent);
            }
            for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
                visit[*it] = Visit::Ordered;
                order.push_back(*it);
            }
        }
        for (size_t i : order)
            apply(zones[i].second, [&] { m_model.addBoundary(zones[i].first); });
    }

    // Reports the cycle that the chain ran into at `repeated`, from its zone that comes first
    // in the file: "z1 -> z2 -> z1".
    [[noreturn]] static void throwCycle(
        const std::vector<std::pair<TrustBoundary, std::string>> &zones,
        const std::map<Id, size_t> &byId, const std::vector<size_t> &chain, size_t repeated)
    {
        const auto cycleStart = std::find(chain.begin(), chain.end(), repeated);
        const size_t first = *std::min_element(cycleStart, chain.end());
        std::string text = zones[first].first.id;
        size_t at = first;
        do {
            at = byId.at(zones[at].first.parent);
            text += " -> " + zones[at].first.id;
        } while (at != first);
        throw JsonError(zones[first].second + ".parent", "trust zones nest in a cycle: " + text);
    }

    void readFlow(const Json &object, const std::string &path)
    {
        expectObject(object, path);
        checkKeys(object, path,
                  {"id", "source", "target", "bidirectional", "name", "description", "protocol",
                   "properties", "outOfScope", "outOfScopeReason"},
                  {"id", "source", "target"});
        Flow f;
        f.id = readId(object, path, "id");
        claimGraphId(f.id, path);
        f.source = readString(object, path, "source");
        if (!m_model.element(f.source))
            throw JsonError(path + ".source", "no element with id " + inQuotes(f.source));
        f.target = readString(object, path, "target");
        if (!m_model.element(f.target))
            throw JsonError(path + ".target", "no element with id " + inQuotes(f.target));
        if (f.source == f.target)
            throw JsonError(path + ".target",
                            "a flow cannot start and end at the same element "
                                + inQuotes(f.source));
        f.bidirectional = readBool(object, path, "bidirectional", false);
        f.name = readString(object, path, "name");
        f.description = readString(object, path, "description");
        f.protocol = readString(object, path, "protocol");
        f.properties = readProperties(object, path, PropertyTarget::Flow);
        f.outOfScope = readBool(object, path, "outOfScope", false);
        f.outOfScopeReason = readString(object, path, "outOfScopeReason");
        apply(path, [&] { m_model.addFlow(std::move(f)); });
    }

    static Point readPoint(const Json &value, const std::string &path)
    {
        expectObject(value, path);
        checkKeys(value, path, {"x", "y"}, {"x", "y"});
        return {readCoordinate(value, path, "x", 0), readCoordinate(value, path, "y", 0)};
    }

    void readDiagram(const Json &object, const std::string &path)
    {
        expectObject(object, path);
        checkKeys(object, path,
                  {"id", "name", "kind", "level", "order", "description", "nodes", "flows"},
                  {"id"});
        Diagram d;
        d.id = readId(object, path, "id");
        claimRecordId(m_diagramIds, d.id, path);
        d.name = readString(object, path, "name");
        const auto kind = diagramKindFromString(readString(object, path, "kind", "dfd"));
        if (!kind)
            throw JsonError(path + ".kind", "expected dfd, global-system, multi-patient-harm, "
                                            "updatability or security-use-case");
        d.kind = *kind;
        d.level = readInt(object, path, "level", 0, 0);
        d.order = readInt(object, path, "order", 0);
        d.description = readString(object, path, "description");
        if (object.contains("nodes")) {
            const std::string nodesPath = path + ".nodes";
            for (const auto &entry : expectObject(object["nodes"], nodesPath).items()) {
                const std::string at = member(nodesPath, entry.key());
                const Json &rect = expectObject(entry.value(), at);
                checkKeys(rect, at, {"x", "y", "width", "height"}, {"x", "y"});
                const Rect place{readCoordinate(rect, at, "x", 0), readCoordinate(rect, at, "y", 0),
                                 readCoordinate(rect, at, "width", kElementWidth, true),
                                 readCoordinate(rect, at, "height", kElementHeight, true)};
                if (!m_model.element(entry.key()) && !m_model.boundary(entry.key())) {
                    warnDangling(at, "element or trust zone", entry.key(),
                                 "its place on the diagram is left out");
                    continue;
                }
                d.nodes[entry.key()] = place;
            }
        }
        if (object.contains("flows")) {
            const std::string flowsPath = path + ".flows";
            for (const auto &entry : expectObject(object["flows"], flowsPath).items()) {
                const std::string at = member(flowsPath, entry.key());
                const Json &layoutJson = expectObject(entry.value(), at);
                checkKeys(layoutJson, at, {"bends", "label"});
                FlowLayout layout;
                forEachItem(layoutJson, at, "bends", [&](const Json &p, const std::string &pp) {
                    layout.bends.push_back(readPoint(p, pp));
                });
                if (layoutJson.contains("label"))
                    layout.labelPosition = readPoint(layoutJson["label"], at + ".label");
                if (!m_model.flow(entry.key())) {
                    warnDangling(at, "flow", entry.key(), "its route on the diagram is left out");
                    continue;
                }
                d.flows[entry.key()] = std::move(layout);
            }
        }
        apply(path, [&] { m_model.addDiagram(std::move(d)); });
    }

    void readPerson(const Json &object, const std::string &path)
    {
        expectObject(object, path);
        checkKeys(object, path, {"id", "name", "role", "department", "organisation"}, {"id"});
        Person person;
        person.id = readId(object, path, "id");
        claimRecordId(m_personIds, person.id, path);
        person.name = readString(object, path, "name");
        person.role = readString(object, path, "role");
        person.department = readString(object, path, "department");
        person.organisation = readString(object, path, "organisation");
        apply(path, [&] { m_model.people().put(std::move(person)); });
    }

    void readHazard(const Json &object, const std::string &path)
    {
        expectObject(object, path);
        checkKeys(object, path, {"id", "reference", "title", "description"}, {"id"});
        Hazard hazard;
        hazard.id = readId(object, path, "id");
        claimRecordId(m_hazardIds, hazard.id, path);
        hazard.reference = readString(object, path, "reference");
        hazard.title = readString(object, path, "title");
        hazard.description = readString(object, path, "description");
        apply(path, [&] { m_model.hazards().put(std::move(hazard)); });
    }

    void readRequirement(const Json &object, const std::string &path)
    {
        expectObject(object, path);
        checkKeys(object, path, {"id", "text", "source", "status"}, {"id"});
        Requirement requirement;
        requirement.id = readId(object, path, "id");
        claimRecordId(m_requirementIds, requirement.id, path);
        requirement.text = readString(object, path, "text");
        requirement.source = readString(object, path, "source");
        requirement.status = readChoice(object, path, "status", kRequirementStatuses);
        apply(path, [&] { m_model.requirements().put(std::move(requirement)); });
    }

    void readMitigation(const Json &object, const std::string &path)
    {
        expectObject(object, path);
        checkKeys(object, path,
                  {"id", "title", "description", "controlCategory", "layer", "scope", "status",
                   "requirements"},
                  {"id"});
        Mitigation mitigation;
        mitigation.id = readId(object, path, "id");
        claimRecordId(m_mitigationIds, mitigation.id, path);
        mitigation.title = readString(object, path, "title");
        mitigation.description = readString(object, path, "description");
        mitigation.controlCategory =
            readChoice(object, path, "controlCategory", kControlCategories);
        mitigation.layer = readString(object, path, "layer");
        mitigation.scope = readChoice(object, path, "scope", {"device", "environment"});
        mitigation.status = readChoice(object, path, "status", kMitigationStatuses);
        mitigation.requirements = readIdSet(
            object, path, "requirements",
            [&](const Id &id) { return m_model.requirements().contains(id); }, "requirement");
        apply(path, [&] { m_model.mitigations().put(std::move(mitigation)); });
    }

    static Risk readRisk(const Json &object, const std::string &path, const char *key)
    {
        Risk risk;
        if (!object.contains(key))
            return risk;
        const std::string at = member(path, key);
        const Json &value = expectObject(object[key], at);
        checkKeys(value, at, {"method", "cvssVector", "exploitability", "severity"});
        risk.method = readChoice(value, at, "method", {"cvss", "matrix"});
        risk.cvssVector = readString(value, at, "cvssVector");
        risk.exploitability = readInt(value, at, "exploitability", 0, 0, 5);
        risk.severity = readInt(value, at, "severity", 0, 0, 5);
        return risk;
    }

    void readThreat(const Json &object, const std::string &path)
    {
        expectObject(object, path);
        checkKeys(object, path,
                  {"id", "number", "rule", "rulePack", "rulePackVersion", "category", "targets",
                   "title", "description", "severity", "status", "justification", "why",
                   "riskBefore", "riskAfter", "hazards", "mitigations", "capec", "cwe",
                   "transferredToSafety", "residualAcceptance", "manual"},
                  {"id", "category"});
        Threat t;
        t.id = readId(object, path, "id");
        claimRecordId(m_threatIds, t.id, path);
        t.number = readInt(object, path, "number", 0, 0, kMaxRecordNumber - 1);
        if (t.number > 0) {
            auto [first, fresh] = m_threatNumbers.emplace(t.number, path);
            if (!fresh)
                throw JsonError(path + ".number", "threat number " + std::to_string(t.number)
                                                      + " is already used at " + first->second);
            m_highestThreatNumber = std::max(m_highestThreatNumber, t.number);
        }
        t.ruleId = readString(object, path, "rule");
        t.rulePack = readString(object, path, "rulePack");
        t.rulePackVersion = readString(object, path, "rulePackVersion");
        const auto category = strideCategoryFromString(readString(object, path, "category"));
        if (!category)
            throw JsonError(path + ".category", kExpectedCategory);
        t.category = *category;
        t.status = readStatus(object, path, "status");
        // A threat keeps its history after its target is deleted: an obsolete one as it is,
        // any other with a warning (the next analysis makes it obsolete).
        const bool manual = readBool(object, path, "manual", false);
        forEachItem(object, path, "targets", [&](const Json &item, const std::string &at) {
            if (!item.is_string())
                throw JsonError(at, "expected a string");
            const Id id = item.get<std::string>();
            if (t.status != ThreatStatus::Obsolete && !m_graphIds.count(id))
                warnDangling(at, "element, flow or trust zone", id,
                             manual ? "the manual threat keeps naming it"
                                    : "the threat turns obsolete at the next analysis");
            t.targets.push_back(id);
        });
        t.title = readString(object, path, "title");
        t.description = readString(object, path, "description");
        t.severity = readString(object, path, "severity");
        t.justification = readString(object, path, "justification");
        t.why = readString(object, path, "why");
        t.riskBefore = readRisk(object, path, "riskBefore");
        t.riskAfter = readRisk(object, path, "riskAfter");
        t.hazards = readIdSet(
            object, path, "hazards", [&](const Id &id) { return m_model.hazards().contains(id); },
            "hazard");
        t.mitigations = readIdSet(
            object, path, "mitigations",
            [&](const Id &id) { return m_model.mitigations().contains(id); }, "mitigation");
        t.transferredToSafety = readBool(object, path, "transferredToSafety", false);
        t.manual = manual;
        if (object.contains("residualAcceptance")) {
            const std::string at = path + ".residualAcceptance";
            const Json &acceptance = expectObject(object["residualAcceptance"], at);
            checkKeys(acceptance, at, {"rationale", "by", "date"});
            t.residualAcceptance.rationale = readString(acceptance, at, "rationale");
            t.residualAcceptance.by = readPersonRef(acceptance, at, "by");
            t.residualAcceptance.date = readString(acceptance, at, "date");
        }
        t.capec = readStrings(object, path, "capec");
        t.cwe = readStrings(object, path, "cwe");
        apply(path, [&] { m_model.threats().put(std::move(t)); });
    }

    // A threat status, "open" when left out: a threat's, or a review decision's before and after.
    static ThreatStatus readStatus(const Json &object, const std::string &path, const char *key)
    {
        const auto status = threatStatusFromString(readString(object, path, key, "open"));
        if (!status)
            throw JsonError(member(path, key),
                            "expected open, needs-investigation, mitigated, accepted, "
                            "transferred, not-applicable, obsolete or suppressed");
        return *status;
    }

    Id readPersonRef(const Json &object, const std::string &path, const char *key)
    {
        Id id = readString(object, path, key);
        if (!id.empty() && !m_model.people().contains(id))
            throw JsonError(member(path, key), "no person with id " + inQuotes(id));
        return id;
    }

    void readTest(const Json &object, const std::string &path)
    {
        expectObject(object, path);
        checkKeys(object, path,
                  {"id", "verifies", "requirement", "kind", "procedure", "tool", "toolVersion",
                   "result", "evidence", "date", "performedBy", "developer", "automation"},
                  {"id"});
        VerificationTest test;
        test.id = readId(object, path, "id");
        claimRecordId(m_testIds, test.id, path);
        test.verifies = readIdSet(
            object, path, "verifies",
            [&](const Id &id) {
                return m_model.requirements().contains(id) || m_model.mitigations().contains(id);
            },
            "requirement or mitigation");
        // Files written before tests could verify several things named one requirement.
        const Id legacy = readString(object, path, "requirement");
        if (!legacy.empty()) {
            if (!m_model.requirements().contains(legacy))
                throw JsonError(path + ".requirement",
                                "no requirement with id " + inQuotes(legacy));
            test.verifies.insert(legacy);
        }
        test.kind = readChoice(object, path, "kind",
                               {"security-requirements", "threat-mitigation", "vulnerability",
                                "penetration"});
        test.procedure = readString(object, path, "procedure");
        test.tool = readString(object, path, "tool");
        test.toolVersion = readString(object, path, "toolVersion");
        test.result = readChoice(object, path, "result", {"not-run", "pass", "fail"});
        test.evidence = readString(object, path, "evidence");
        test.date = readString(object, path, "date");
        test.performedBy = readPersonRef(object, path, "performedBy");
        test.developer = readPersonRef(object, path, "developer");
        test.automation = readString(object, path, "automation");
        apply(path, [&] { m_model.tests().put(std::move(test)); });
    }

    // A review is history: the people, threats, diagram and target it names need not exist any
    // more (a person leaves the list, a manual threat is deleted), as an obsolete threat's
    // targets need not. A file Vigil wrote must always read back.
    void readReview(const Json &object, const std::string &path)
    {
        expectObject(object, path);
        checkKeys(object, path,
                  {"id", "date", "attendees", "scope", "completed", "nextReview", "notes",
                   "decisions"},
                  {"id"});
        Review review;
        review.id = readId(object, path, "id");
        claimRecordId(m_reviewIds, review.id, path);
        review.date = readString(object, path, "date");
        forEachItem(object, path, "attendees", [&](const Json &item, const std::string &at) {
            if (!item.is_string())
                throw JsonError(at, "expected a string");
            review.attendees.push_back(item.get<std::string>());
        });
        if (object.contains("scope"))
            review.scope = readReviewScope(object["scope"], path + ".scope");
        review.completed = readBool(object, path, "completed", false);
        review.nextReview = readString(object, path, "nextReview");
        review.notes = readString(object, path, "notes");
        forEachItem(object, path, "decisions", [&](const Json &item, const std::string &at) {
            review.decisions.push_back(readDecision(item, at));
        });
        apply(path, [&] { m_model.reviews().put(std::move(review)); });
    }

    // A baseline is read as written: its snapshot is checked against its hash when it is used
    // (model/Baselines.h), so a file whose baseline was edited still opens and says so then.
    void readBaseline(const Json &object, const std::string &path)
    {
        expectObject(object, path);
        checkKeys(object, path,
                  {"id", "name", "date", "author", "comment", "hash", "snapshot", "approvals"},
                  {"id", "name", "snapshot"});
        Baseline baseline;
        baseline.id = readId(object, path, "id");
        claimRecordId(m_baselineIds, baseline.id, path);
        baseline.name = readString(object, path, "name");
        if (baseline.name.empty())
            throw JsonError(member(path, "name"), "a baseline needs a name");
        auto [it, fresh] = m_baselineNames.emplace(baseline.name, path);
        if (!fresh)
            throw JsonError(member(path, "name"), "duplicate baseline name "
                                                      + inQuotes(baseline.name)
                                                      + ", already used at " + it->second);
        baseline.date = readString(object, path, "date");
        baseline.author = readString(object, path, "author");
        baseline.comment = readString(object, path, "comment");
        baseline.hash = readString(object, path, "hash");
        baseline.snapshot = readString(object, path, "snapshot");
        forEachItem(object, path, "approvals", [&](const Json &item, const std::string &at) {
            expectObject(item, at);
            checkKeys(item, at, {"by", "role", "date", "meaning", "rationale"},
                      {"by", "meaning"});
            Approval approval;
            approval.by = readString(item, at, "by");
            approval.role = readString(item, at, "role");
            approval.date = readString(item, at, "date");
            approval.meaning = readChoiceOr(item, at, "meaning", kApprovalMeanings, "reviewed");
            approval.rationale = readString(item, at, "rationale");
            baseline.approvals.push_back(std::move(approval));
        });
        apply(path, [&] { m_model.baselines().put(std::move(baseline)); });
    }

    void readHistoryEntry(const Json &object, const std::string &path)
    {
        expectObject(object, path);
        checkKeys(object, path, {"id", "time", "author", "action", "ids", "touched"}, {"id"});
        HistoryEntry entry;
        entry.id = readId(object, path, "id");
        claimRecordId(m_historyIds, entry.id, path);
        entry.time = readString(object, path, "time");
        entry.author = readString(object, path, "author");
        entry.action = readString(object, path, "action");
        forEachItem(object, path, "ids", [&](const Json &item, const std::string &at) {
            if (!item.is_string())
                throw JsonError(at, "expected a string");
            entry.ids.push_back(item.get<std::string>());
        });
        entry.touched = readInt(object, path, "touched", static_cast<int>(entry.ids.size()), 0);
        apply(path, [&] { m_model.history().put(std::move(entry)); });
    }

    // The values are JSON of any kind; they are kept as compact text.
    void readConflict(const Json &object, const std::string &path)
    {
        expectObject(object, path);
        checkKeys(object, path,
                  {"id", "kind", "record", "label", "field", "base", "ours", "theirs", "reason",
                   "taken"},
                  {"id", "kind", "record"});
        OpenConflict conflict;
        conflict.id = readId(object, path, "id");
        claimRecordId(m_conflictIds, conflict.id, path);
        conflict.kind = readString(object, path, "kind");
        conflict.record = readString(object, path, "record");
        conflict.label = readString(object, path, "label");
        conflict.field = readString(object, path, "field");
        const auto value = [&object](const char *key) {
            const auto it = object.find(key);
            return it == object.end() ? std::string("null")
                                      : it->dump(-1, ' ', false, Json::error_handler_t::replace);
        };
        conflict.base = value("base");
        conflict.ours = value("ours");
        conflict.theirs = value("theirs");
        conflict.reason = readString(object, path, "reason");
        conflict.taken = readChoiceOr(object, path, "taken", kConflictSides, "ours");
        apply(path, [&] { m_model.conflicts().put(std::move(conflict)); });
    }

    static ReviewScope readReviewScope(const Json &value, const std::string &path)
    {
        const Json &object = expectObject(value, path);
        checkKeys(object, path,
                  {"threats", "diagram", "target", "category", "minimumRisk", "order"});
        ReviewScope scope;
        scope.threats = readChoiceOr(object, path, "threats", kReviewSelections, scope.threats);
        scope.diagram = readString(object, path, "diagram");
        scope.target = readString(object, path, "target");
        scope.category = readString(object, path, "category");
        if (!scope.category.empty() && !strideCategoryFromString(scope.category))
            throw JsonError(member(path, "category"), kExpectedCategory);
        scope.minimumRisk = readChoice(object, path, "minimumRisk", kRiskLevels);
        scope.order = readChoiceOr(object, path, "order", kReviewOrders, scope.order);
        return scope;
    }

    ReviewDecision readDecision(const Json &object, const std::string &path)
    {
        expectObject(object, path);
        checkKeys(object, path,
                  {"threat", "statusBefore", "statusAfter", "justification", "riskBefore",
                   "riskAfter", "by"},
                  {"threat"});
        ReviewDecision decision;
        decision.threat = readString(object, path, "threat");
        decision.statusBefore = readStatus(object, path, "statusBefore");
        decision.statusAfter = readStatus(object, path, "statusAfter");
        decision.justification = readString(object, path, "justification");
        decision.riskBefore = readRisk(object, path, "riskBefore");
        decision.riskAfter = readRisk(object, path, "riskAfter");
        decision.by = readString(object, path, "by");
        return decision;
    }

    void readSuppression(const Json &object, const std::string &path)
    {
        expectObject(object, path);
        checkKeys(object, path, {"element", "rule", "reason"}, {"element", "rule"});
        Suppression s;
        s.element = readString(object, path, "element");
        s.ruleId = readString(object, path, "rule");
        if (s.ruleId.empty())
            throw JsonError(path + ".rule", "a rule id must not be empty");
        s.reason = readString(object, path, "reason");
        if (!m_model.element(s.element)) {
            warnDangling(path + ".element", "element", s.element,
                         "the suppression is left out");
            return;
        }
        if (m_model.suppression(s.element, s.ruleId))
            throw JsonError(path, "rule " + inQuotes(s.ruleId) + " is already suppressed for "
                                      + inQuotes(s.element));
        apply(path, [&] { m_model.addSuppression(s); });
    }

    // Hand-written files often come without layout: give them a diagram that places everything.
    void layOutIfNeeded()
    {
        const auto diagrams = m_model.diagrams();
        if (diagrams.empty()) {
            if (m_model.elementCount() == 0 && m_model.boundaries().empty())
                return;
            Diagram diagram;
            diagram.id = "dfd-main";
            diagram.name = "Data flow diagram";
            diagram.kind = DiagramKind::Dfd;
            m_model.addDiagram(diagram);
            layoutDiagram(m_model, diagram.id);
            return;
        }
        for (const Element *e : m_model.elements()) {
            if (m_model.diagramsShowing(e->id).empty()) {
                layoutDiagram(m_model, diagrams.front()->id);
                return;
            }
        }
    }

    const PropertyCatalogue &m_catalogue;
    PropertyCheck m_check;
    ThreatModel m_model;
    std::vector<std::string> m_warnings;
    ModelInfo m_info;
    bool m_nextThreatNumberGiven = false;
    bool m_nextRequirementNumberGiven = false;
    bool m_nextTestNumberGiven = false;
    int m_highestThreatNumber = 0;
    std::map<Id, std::string> m_graphIds; // id -> JSON path where it was defined
    std::map<Id, std::string> m_diagramIds;
    std::map<Id, std::string> m_personIds;
    std::map<Id, std::string> m_hazardIds;
    std::map<Id, std::string> m_requirementIds;
    std::map<Id, std::string> m_mitigationIds;
    std::map<Id, std::string> m_threatIds;
    std::map<Id, std::string> m_testIds;
    std::map<Id, std::string> m_reviewIds;
    std::map<Id, std::string> m_baselineIds;
    std::map<std::string, std::string> m_baselineNames;
    std::map<Id, std::string> m_historyIds;
    std::map<Id, std::string> m_conflictIds;
    std::map<int, std::string> m_threatNumbers;
};

} // namespace

JsonImport importModelJson(std::string_view text, const PropertyCatalogue &catalogue,
                           PropertyCheck check)
{
    return Importer(catalogue, check).run(parseJson(text));
}

ThreatModel modelFromJson(std::string_view text, const PropertyCatalogue &catalogue)
{
    return importModelJson(text, catalogue).model;
}

std::string settingsToJsonText(const RiskScheme &scheme) { return dumped(toJson(scheme)); }
std::string settingsToJsonText(const IndependenceRules &rules) { return dumped(toJson(rules)); }
std::string settingsToJsonText(const AnalysisStamp &stamp) { return dumped(toJson(stamp)); }

namespace {
template<typename T, typename Read>
T settingsFromText(std::string_view text, const std::string &what, Read read)
{
    if (text.empty())
        return T{};
    try {
        return read(parseJson(text), "$");
    } catch (const JsonError &error) {
        throw JsonError(what, error.what());
    }
}
} // namespace

RiskScheme riskSchemeFromJsonText(std::string_view text)
{
    return settingsFromText<RiskScheme>(text, "risk scheme", readRiskScheme);
}
IndependenceRules independenceFromJsonText(std::string_view text)
{
    return settingsFromText<IndependenceRules>(text, "independence rules", readIndependence);
}
AnalysisStamp analysisStampFromJsonText(std::string_view text)
{
    return settingsFromText<AnalysisStamp>(text, "last analysis", readAnalysisStamp);
}

namespace {

void writeProperties(JsonWriter &out, const PropertyMap &properties)
{
    out.key("properties");
    out.beginObject();
    for (const auto &[key, value] : properties) {
        out.key(key);
        if (const auto *flag = std::get_if<bool>(&value))
            out.value(*flag);
        else if (const auto *amount = std::get_if<double>(&value))
            out.number(*amount);
        else
            out.value(std::get<std::string>(value));
    }
    out.endObject();
}

void writePoint(JsonWriter &out, const Point &point)
{
    out.beginObject();
    out.key("x");
    out.number(point.x);
    out.key("y");
    out.number(point.y);
    out.endObject();
}

void writeRisk(JsonWriter &out, std::string_view name, const Risk &risk)
{
    out.key(name);
    out.beginObject();
    out.member("cvssVector", risk.cvssVector);
    out.member("exploitability", risk.exploitability);
    out.member("method", risk.method);
    out.member("severity", risk.severity);
    out.endObject();
}

void writeBoundaries(JsonWriter &out, const ThreatModel &model)
{
    out.key("boundaries");
    out.beginArray();
    for (const TrustBoundary *b : model.boundaries()) {
        out.beginObject();
        out.member("description", b->description);
        out.member("id", b->id);
        out.strings("members", b->members);
        out.member("name", b->name);
        out.key("parent");
        if (b->parent.empty())
            out.null();
        else
            out.value(b->parent);
        out.member("stackOrder", b->stackOrder);
        out.endObject();
    }
    out.endArray();
}

void writeDiagrams(JsonWriter &out, const ThreatModel &model)
{
    out.key("diagrams");
    out.beginArray();
    for (const Diagram *d : model.diagrams()) {
        out.beginObject();
        out.member("description", d->description);
        out.key("flows");
        out.beginObject();
        for (const auto &[id, layout] : d->flows) {
            out.key(id);
            out.beginObject();
            out.key("bends");
            out.beginArray();
            for (const Point &bend : layout.bends)
                writePoint(out, bend);
            out.endArray();
            if (layout.labelPosition) {
                out.key("label");
                writePoint(out, *layout.labelPosition);
            }
            out.endObject();
        }
        out.endObject();
        out.member("id", d->id);
        out.member("kind", toString(d->kind));
        out.member("level", d->level);
        out.member("name", d->name);
        out.key("nodes");
        out.beginObject();
        for (const auto &[id, rect] : d->nodes) {
            out.key(id);
            out.beginObject();
            out.key("height");
            out.number(rect.height);
            out.key("width");
            out.number(rect.width);
            out.key("x");
            out.number(rect.x);
            out.key("y");
            out.number(rect.y);
            out.endObject();
        }
        out.endObject();
        out.member("order", d->order);
        out.endObject();
    }
    out.endArray();
}

void writeElements(JsonWriter &out, const ThreatModel &model)
{
    out.key("elements");
    out.beginArray();
    for (const Element *e : model.elements()) {
        out.beginObject();
        out.member("description", e->description);
        out.member("id", e->id);
        out.member("kind", toString(e->kind));
        out.member("name", e->name);
        out.member("outOfScope", e->outOfScope);
        out.member("outOfScopeReason", e->outOfScopeReason);
        writeProperties(out, e->properties);
        out.endObject();
    }
    out.endArray();
}

void writeFlows(JsonWriter &out, const ThreatModel &model)
{
    out.key("flows");
    out.beginArray();
    for (const Flow *f : model.flows()) {
        out.beginObject();
        out.member("bidirectional", f->bidirectional);
        out.member("description", f->description);
        out.member("id", f->id);
        out.member("name", f->name);
        out.member("outOfScope", f->outOfScope);
        out.member("outOfScopeReason", f->outOfScopeReason);
        writeProperties(out, f->properties);
        out.member("protocol", f->protocol);
        out.member("source", f->source);
        out.member("target", f->target);
        out.endObject();
    }
    out.endArray();
}

Json modelInfoJson(const ModelInfo &info)
{
    return {
        {"name", info.name},
        {"description", info.description},
        {"context",
         {{"intendedUse", info.context.intendedUse},
          {"environment", info.context.environment},
          {"networkLocation", info.context.networkLocation},
          {"physicalProtection", info.context.physicalProtection},
          {"safetyImpact", info.context.safetyImpact}}},
        {"assumptions", info.assumptions},
        {"scope", info.scope},
        {"rulePacks", info.rulePacks},
        {"nextThreatNumber", info.nextThreatNumber},
        {"nextRequirementNumber", info.nextRequirementNumber},
        {"nextTestNumber", info.nextTestNumber},
        {"lastAnalysis", toJson(info.lastAnalysis)},
    };
}

// A threat's texts are written as they show, with today's names.
void writeThreat(JsonWriter &out, const ThreatModel &model, const Threat &t, std::string &text)
{
    const auto rendered = [&](const NamedText &named) -> const std::string & {
        text.clear();
        model.renderTo(text, named);
        return text;
    };
    out.beginObject();
    out.strings("capec", t.capec);
    out.member("category", toString(t.category));
    out.strings("cwe", t.cwe);
    out.member("description", rendered(t.description));
    out.strings("hazards", t.hazards);
    out.member("id", t.id);
    out.member("justification", t.justification);
    out.member("manual", t.manual);
    out.strings("mitigations", t.mitigations);
    out.member("number", t.number);
    out.key("residualAcceptance");
    out.beginObject();
    out.member("by", t.residualAcceptance.by);
    out.member("date", t.residualAcceptance.date);
    out.member("rationale", t.residualAcceptance.rationale);
    out.endObject();
    writeRisk(out, "riskAfter", t.riskAfter);
    writeRisk(out, "riskBefore", t.riskBefore);
    out.member("rule", t.ruleId);
    out.member("rulePack", t.rulePack);
    out.member("rulePackVersion", t.rulePackVersion);
    out.member("severity", t.severity);
    out.member("status", toString(t.status));
    out.strings("targets", t.targets);
    out.member("title", rendered(t.title));
    out.member("transferredToSafety", t.transferredToSafety);
    out.member("why", rendered(t.why));
    out.endObject();
}

// Written only when there are reviews, so that the files of models without any stay as they
// were, byte for byte.
void writeReviews(JsonWriter &out, const ThreatModel &model)
{
    if (model.reviews().size() == 0)
        return;
    out.key("reviews");
    out.beginArray();
    for (const auto &[id, review] : model.reviews().all()) {
        out.beginObject();
        out.strings("attendees", review.attendees);
        out.member("completed", review.completed);
        out.member("date", review.date);
        out.key("decisions");
        out.beginArray();
        for (const ReviewDecision &decision : review.decisions) {
            out.beginObject();
            out.member("by", decision.by);
            out.member("justification", decision.justification);
            writeRisk(out, "riskAfter", decision.riskAfter);
            writeRisk(out, "riskBefore", decision.riskBefore);
            out.member("statusAfter", toString(decision.statusAfter));
            out.member("statusBefore", toString(decision.statusBefore));
            out.member("threat", decision.threat);
            out.endObject();
        }
        out.endArray();
        out.member("id", review.id);
        out.member("nextReview", review.nextReview);
        out.member("notes", review.notes);
        const ReviewScope &scope = review.scope;
        out.key("scope");
        out.beginObject();
        out.member("category", scope.category);
        out.member("diagram", scope.diagram);
        out.member("minimumRisk", scope.minimumRisk);
        out.member("order", scope.order);
        out.member("target", scope.target);
        out.member("threats", scope.threats);
        out.endObject();
        out.endObject();
    }
    out.endArray();
}

// The document's own records, written only when there are any (files without them stay as
// they were, byte for byte) and left out of a baseline's snapshot (DocumentRecords::ModelOnly).
void writeBaselines(JsonWriter &out, const ThreatModel &model)
{
    if (model.baselines().size() == 0)
        return;
    out.key("baselines");
    out.beginArray();
    for (const auto &[id, baseline] : model.baselines().all()) {
        out.beginObject();
        out.key("approvals");
        out.beginArray();
        for (const Approval &approval : baseline.approvals)
            writeApproval(out, approval);
        out.endArray();
        out.member("author", baseline.author);
        out.member("comment", baseline.comment);
        out.member("date", baseline.date);
        out.member("hash", baseline.hash);
        out.member("id", baseline.id);
        out.member("name", baseline.name);
        out.member("snapshot", baseline.snapshot);
        out.endObject();
    }
    out.endArray();
}

void writeHistory(JsonWriter &out, const ThreatModel &model)
{
    if (model.history().size() == 0)
        return;
    out.key("history");
    out.beginArray();
    for (const auto &[id, entry] : model.history().all())
        writeHistoryEntry(out, entry);
    out.endArray();
}

// A value kept as JSON text, written as the JSON it is (text that does not parse, as a string).
void writeJsonText(JsonWriter &out, const char *key, const std::string &text)
{
    out.key(key);
    try {
        out.value(Json::parse(text));
    } catch (const Json::exception &) {
        out.value(text);
    }
}

void writeConflicts(JsonWriter &out, const ThreatModel &model)
{
    if (model.conflicts().size() == 0)
        return;
    out.key("mergeConflicts");
    out.beginArray();
    for (const auto &[id, conflict] : model.conflicts().all()) {
        out.beginObject();
        writeJsonText(out, "base", conflict.base);
        out.member("field", conflict.field);
        out.member("id", conflict.id);
        out.member("kind", conflict.kind);
        out.member("label", conflict.label);
        writeJsonText(out, "ours", conflict.ours);
        out.member("reason", conflict.reason);
        out.member("record", conflict.record);
        out.member("taken", conflict.taken);
        writeJsonText(out, "theirs", conflict.theirs);
        out.endObject();
    }
    out.endArray();
}

void writeTraceRecords(JsonWriter &out, const ThreatModel &model, DocumentRecords records)
{
    out.key("hazards");
    out.beginArray();
    for (const auto &[id, h] : model.hazards().all()) {
        out.beginObject();
        out.member("description", h.description);
        out.member("id", h.id);
        out.member("reference", h.reference);
        out.member("title", h.title);
        out.endObject();
    }
    out.endArray();
    if (records == DocumentRecords::Included)
        writeHistory(out, model);
    out.member("independence", toJson(model.info().independence));
    if (records == DocumentRecords::Included)
        writeConflicts(out, model);
    out.key("mitigations");
    out.beginArray();
    for (const auto &[id, m] : model.mitigations().all()) {
        out.beginObject();
        out.member("controlCategory", m.controlCategory);
        out.member("description", m.description);
        out.member("id", m.id);
        out.member("layer", m.layer);
        out.strings("requirements", m.requirements);
        out.member("scope", m.scope);
        out.member("status", m.status);
        out.member("title", m.title);
        out.endObject();
    }
    out.endArray();
}

void writeModel(JsonWriter &out, const ThreatModel &model, DocumentRecords records)
{
    out.beginObject();
    if (records == DocumentRecords::Included)
        writeBaselines(out, model);
    writeBoundaries(out, model);
    writeDiagrams(out, model);
    writeElements(out, model);
    writeFlows(out, model);
    out.member("format", kFormat);
    out.member("formatVersion", kFormatVersion);
    writeTraceRecords(out, model, records);
    out.member("model", modelInfoJson(model.info()));
    out.key("people");
    out.beginArray();
    for (const auto &[id, p] : model.people().all()) {
        out.beginObject();
        out.member("department", p.department);
        out.member("id", p.id);
        out.member("name", p.name);
        out.member("organisation", p.organisation);
        out.member("role", p.role);
        out.endObject();
    }
    out.endArray();
    out.key("requirements");
    out.beginArray();
    for (const auto &[id, r] : model.requirements().all()) {
        out.beginObject();
        out.member("id", r.id);
        out.member("source", r.source);
        out.member("status", r.status);
        out.member("text", r.text);
        out.endObject();
    }
    out.endArray();
    writeReviews(out, model);
    out.member("riskScheme", toJson(model.info().riskScheme));
    out.key("suppressions");
    out.beginArray();
    for (const Suppression &s : model.suppressions()) {
        out.beginObject();
        out.member("element", s.element);
        out.member("reason", s.reason);
        out.member("rule", s.ruleId);
        out.endObject();
    }
    out.endArray();
    out.key("tests");
    out.beginArray();
    for (const auto &[id, t] : model.tests().all()) {
        out.beginObject();
        out.member("automation", t.automation);
        out.member("date", t.date);
        out.member("developer", t.developer);
        out.member("evidence", t.evidence);
        out.member("id", t.id);
        out.member("kind", t.kind);
        out.member("performedBy", t.performedBy);
        out.member("procedure", t.procedure);
        out.member("result", t.result);
        out.member("tool", t.tool);
        out.member("toolVersion", t.toolVersion);
        out.strings("verifies", t.verifies);
        out.endObject();
    }
    out.endArray();
    out.key("threats");
    out.beginArray();
    std::string text; // one buffer for every text rendered
    for (const auto &[id, t] : model.threats().all())
        writeThreat(out, model, t, text);
    out.endArray();
    out.endObject();
    out.newline();
}

} // namespace

void writeApproval(JsonWriter &out, const Approval &approval)
{
    out.beginObject();
    out.member("by", approval.by);
    out.member("date", approval.date);
    out.member("meaning", approval.meaning);
    out.member("rationale", approval.rationale);
    out.member("role", approval.role);
    out.endObject();
}

void writeHistoryEntry(JsonWriter &out, const HistoryEntry &entry)
{
    out.beginObject();
    out.member("action", entry.action);
    out.member("author", entry.author);
    out.member("id", entry.id);
    out.strings("ids", entry.ids);
    out.member("time", entry.time);
    out.member("touched", entry.touched);
    out.endObject();
}

std::string modelToJson(const ThreatModel &model, DocumentRecords records)
{
    checkWritable(model);
    JsonWriter out;
    writeModel(out, model, records);
    return out.text();
}

void streamModelJson(const ThreatModel &model, std::ostream &stream)
{
    checkWritable(model);
    JsonWriter out(stream);
    writeModel(out, model, DocumentRecords::Included);
    out.flush();
}

} // namespace vigil
