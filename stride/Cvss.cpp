#include "stride/Cvss.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <optional>
#include <utility>
#include <vector>

namespace vigil::stride {

namespace {

// Table 15 of the specification: metrics and values in its order. The weights below follow the
// same value order.
constexpr std::array<CvssValue, 4> kAttackVector{
    {{"N", "Network"}, {"A", "Adjacent"}, {"L", "Local"}, {"P", "Physical"}}};
constexpr std::array<CvssValue, 2> kAttackComplexity{{{"L", "Low"}, {"H", "High"}}};
constexpr std::array<CvssValue, 3> kPrivilegesRequired{
    {{"N", "None"}, {"L", "Low"}, {"H", "High"}}};
constexpr std::array<CvssValue, 2> kUserInteraction{{{"N", "None"}, {"R", "Required"}}};
constexpr std::array<CvssValue, 2> kScope{{{"U", "Unchanged"}, {"C", "Changed"}}};
constexpr std::array<CvssValue, 3> kImpact{{{"H", "High"}, {"L", "Low"}, {"N", "None"}}};

constexpr std::array<CvssMetric, 8> kBaseMetrics{{
    {"AV", "Attack Vector", kAttackVector},
    {"AC", "Attack Complexity", kAttackComplexity},
    {"PR", "Privileges Required", kPrivilegesRequired},
    {"UI", "User Interaction", kUserInteraction},
    {"S", "Scope", kScope},
    {"C", "Confidentiality", kImpact},
    {"I", "Integrity", kImpact},
    {"A", "Availability", kImpact},
}};
enum MetricIndex : std::size_t { kAV, kAC, kPR, kUI, kS, kC, kI, kA };
constexpr std::size_t kScopeChanged = 1; // index of "C" in kScope

// Section 7.4, table 16.
constexpr std::array kAttackVectorWeight{0.85, 0.62, 0.55, 0.2};
constexpr std::array kAttackComplexityWeight{0.77, 0.44};
constexpr std::array kPrivilegesWeightUnchanged{0.85, 0.62, 0.27};
constexpr std::array kPrivilegesWeightChanged{0.85, 0.68, 0.5};
constexpr std::array kUserInteractionWeight{0.85, 0.62};
constexpr std::array kImpactWeight{0.56, 0.22, 0.0};

// Metrics of the other two groups (table 15), refused by name rather than as unknown.
constexpr std::array<std::string_view, 3> kTemporalMetrics{"E", "RL", "RC"};
constexpr std::array<std::string_view, 11> kEnvironmentalMetrics{
    "CR", "IR", "AR", "MAV", "MAC", "MPR", "MUI", "MS", "MC", "MI", "MA"};

constexpr std::string_view kExpectedPrefix = "expected the prefix CVSS:3.1/ or CVSS:3.0/";

bool contains(const auto &list, std::string_view item)
{
    return std::find(list.begin(), list.end(), item) != list.end();
}

std::string upper(std::string_view text)
{
    std::string result(text);
    for (char &c : result)
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
    return result;
}

std::string quoted(std::string_view text)
{
    return "\"" + std::string(text) + "\"";
}

// "N, A, L or P"
std::string expectedValues(const CvssMetric &metric)
{
    std::string result;
    for (std::size_t i = 0; i < metric.values.size(); ++i) {
        if (i > 0)
            result += i + 1 == metric.values.size() ? " or " : ", ";
        result += metric.values[i].code;
    }
    return result;
}

// "AV" or "AV, AC and PR"
std::string listed(const std::vector<std::string_view> &keys)
{
    std::string result;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (i > 0)
            result += i + 1 == keys.size() ? " and " : ", ";
        result += keys[i];
    }
    return result;
}

const CvssMetric *findMetric(std::string_view key)
{
    const auto it = std::find_if(kBaseMetrics.begin(), kBaseMetrics.end(),
                                 [&](const CvssMetric &metric) { return metric.key == key; });
    return it == kBaseMetrics.end() ? nullptr : &*it;
}

std::size_t metricIndex(std::string_view key)
{
    const CvssMetric *metric = findMetric(key);
    if (metric == nullptr) {
        if (contains(kTemporalMetrics, key))
            throw CvssError("metric " + std::string(key)
                            + " is a temporal metric; only the eight base metrics are supported");
        if (contains(kEnvironmentalMetrics, key))
            throw CvssError("metric " + std::string(key)
                            + " is an environmental metric; only the eight base metrics are "
                              "supported");
        if (findMetric(upper(key)) != nullptr)
            throw CvssError("unknown metric " + quoted(key) + " (metric names are upper case: "
                            + upper(key) + ")");
        throw CvssError("unknown metric " + quoted(key));
    }
    return static_cast<std::size_t>(metric - kBaseMetrics.data());
}

std::size_t valueIndex(const CvssMetric &metric, std::string_view value)
{
    const auto position = [&](std::string_view code) {
        return static_cast<std::size_t>(
            std::find_if(metric.values.begin(), metric.values.end(),
                         [&](const CvssValue &candidate) { return candidate.code == code; })
            - metric.values.begin());
    };
    if (const std::size_t index = position(value); index < metric.values.size())
        return index;
    const std::string metricName = "metric " + std::string(metric.key);
    if (value.empty())
        throw CvssError(metricName + " has no value (expected " + expectedValues(metric) + ")");
    const bool upperCaseFits = position(upper(value)) < metric.values.size();
    throw CvssError(metricName + ": unknown value " + quoted(value) + " (expected "
                    + expectedValues(metric) + (upperCaseFits ? "; values are upper case" : "")
                    + ")");
}

void refuseMissing(const std::vector<std::string_view> &missing)
{
    if (missing.size() == 1)
        throw CvssError("metric " + listed(missing) + " is missing");
    if (!missing.empty())
        throw CvssError("metrics " + listed(missing) + " are missing");
}

std::string_view trimmed(std::string_view text)
{
    constexpr std::string_view space = " \t\r\n";
    const std::size_t first = text.find_first_not_of(space);
    if (first == std::string_view::npos)
        return {};
    return text.substr(first, text.find_last_not_of(space) - first + 1);
}

// Splits "CVSS:3.1/AV:N/..." into the version and the metrics after the prefix.
std::pair<std::string, std::string_view> splitPrefix(std::string_view vector)
{
    constexpr std::string_view label = "CVSS:";
    if (!vector.starts_with(label))
        throw CvssError(std::string(kExpectedPrefix) + ", found "
                        + quoted(vector.substr(0, label.size() + 4)));
    const std::string_view rest = vector.substr(label.size());
    const std::size_t slash = rest.find('/');
    const std::string_view version = rest.substr(0, slash);
    if (version == "4.0")
        throw CvssError("CVSS v4.0 is not supported yet, only v3.0 and v3.1");
    if (version != "3.1" && version != "3.0")
        throw CvssError("CVSS version " + quoted(version) + " is not supported; "
                        + std::string(kExpectedPrefix));
    if (slash == std::string_view::npos || slash + 1 == rest.size())
        throw CvssError("no metrics after CVSS:" + std::string(version) + "/");
    return {std::string(version), rest.substr(slash + 1)};
}

} // namespace

std::span<const CvssMetric> cvss3BaseMetrics()
{
    return kBaseMetrics;
}

double cvssRoundup31(double value)
{
    // Appendix A: round to an integer of 1/100000ths, then round up in integer arithmetic.
    const long long scaled = std::llround(value * 100000.0);
    if (scaled % 10000 == 0)
        return static_cast<double>(scaled) / 100000.0;
    long long tenths = scaled / 10000; // floor division, also for a negative input
    if (scaled < 0)
        --tenths;
    return static_cast<double>(tenths + 1) / 10.0;
}

double cvssRoundup30(double value)
{
    return std::ceil(value * 10.0) / 10.0;
}

std::string_view cvssSeverity(double score)
{
    // Section 5, table 14. The bands are compared half a tenth early, so that a score computed
    // slightly off its one-decimal value still lands in its band.
    if (std::isnan(score) || score < 0.05)
        return "none";
    if (score < 3.95)
        return "low";
    if (score < 6.95)
        return "medium";
    if (score < 8.95)
        return "high";
    return "critical";
}

CvssScore scoreCvss3(std::string_view vector)
{
    vector = trimmed(vector);
    if (vector.empty())
        throw CvssError("empty vector; " + std::string(kExpectedPrefix)
                        + " and the eight base metrics");
    auto [version, metrics] = splitPrefix(vector);

    std::array<std::optional<std::size_t>, kBaseMetrics.size()> chosen;
    std::string_view previous = vector.substr(0, vector.size() - metrics.size() - 1);
    for (std::size_t start = 0; start <= metrics.size();) {
        const std::size_t end = std::min(metrics.find('/', start), metrics.size());
        const std::string_view part = metrics.substr(start, end - start);
        if (part.empty()) {
            if (end == metrics.size())
                throw CvssError("trailing \"/\" after " + std::string(previous));
            throw CvssError("empty metric after " + std::string(previous) + "/");
        }
        const std::size_t colon = part.find(':');
        if (colon == std::string_view::npos)
            throw CvssError("expected METRIC:VALUE, found " + quoted(part));
        const std::size_t index = metricIndex(part.substr(0, colon));
        if (chosen[index])
            throw CvssError("metric " + std::string(kBaseMetrics[index].key)
                            + " appears twice");
        chosen[index] = valueIndex(kBaseMetrics[index], part.substr(colon + 1));
        previous = part;
        start = end + 1;
    }
    std::vector<std::string_view> missing;
    std::array<std::size_t, kBaseMetrics.size()> value{};
    for (std::size_t i = 0; i < chosen.size(); ++i) {
        if (chosen[i])
            value[i] = *chosen[i];
        else
            missing.push_back(kBaseMetrics[i].key);
    }
    refuseMissing(missing);

    // Section 7.1.
    const bool changed = value[kS] == kScopeChanged;
    const double iss = 1 - ((1 - kImpactWeight[value[kC]]) * (1 - kImpactWeight[value[kI]])
                            * (1 - kImpactWeight[value[kA]]));
    const double impact = changed ? 7.52 * (iss - 0.029) - 3.25 * std::pow(iss - 0.02, 15.0)
                                  : 6.42 * iss;
    const double privileges = changed ? kPrivilegesWeightChanged[value[kPR]]
                                      : kPrivilegesWeightUnchanged[value[kPR]];
    const double exploitability = 8.22 * kAttackVectorWeight[value[kAV]]
                                  * kAttackComplexityWeight[value[kAC]] * privileges
                                  * kUserInteractionWeight[value[kUI]];
    const auto roundup = version == "3.0" ? &cvssRoundup30 : &cvssRoundup31;
    double score = 0.0;
    if (impact > 0)
        score = changed ? roundup(std::min(1.08 * (impact + exploitability), 10.0))
                        : roundup(std::min(impact + exploitability, 10.0));

    std::string normalized = "CVSS:" + version;
    for (std::size_t i = 0; i < kBaseMetrics.size(); ++i)
        normalized += "/" + std::string(kBaseMetrics[i].key) + ":"
                      + std::string(kBaseMetrics[i].values[value[i]].code);
    return {std::move(version), score, std::string(cvssSeverity(score)), std::move(normalized)};
}

std::string buildCvss3Vector(const std::map<std::string, std::string> &chosen)
{
    for (const auto &entry : chosen)
        metricIndex(entry.first); // refuses unknown and non-base metrics
    std::vector<std::string_view> missing;
    std::string vector = "CVSS:3.1";
    for (const CvssMetric &metric : kBaseMetrics) {
        const auto it = chosen.find(std::string(metric.key));
        if (it == chosen.end()) {
            missing.push_back(metric.key);
            continue;
        }
        const std::size_t index = valueIndex(metric, it->second);
        vector += "/" + std::string(metric.key) + ":" + std::string(metric.values[index].code);
    }
    refuseMissing(missing);
    return vector;
}

} // namespace vigil::stride
