#pragma once

// CVSS v3.x base scores (FIRST, "Common Vulnerability Scoring System v3.1: Specification
// Document": section 6 for the vector string, section 7.1 and 7.4 for the equations and weights,
// section 5 for the severity bands, Appendix A for Roundup).
//
// What a vector may hold: the prefix "CVSS:3.1/" or "CVSS:3.0/", then each of the eight base
// metrics (AV, AC, PR, UI, S, C, I, A) exactly once, in any order, names and values in upper
// case. Temporal and environmental metrics (E, RL, RC, CR, IR, AR, MAV, ...) are refused with a
// message that says so: a risk record holds the base score only, and accepting metrics that the
// score then ignores would hide them from the reader. Spaces around the whole vector are ignored.
//
// A 3.0 vector is scored with v3.0's Roundup (the smallest one-decimal number not below the
// input, computed as ceil(x * 10) / 10 like FIRST's v3.0 calculator); a 3.1 vector with v3.1's
// integer Roundup of Appendix A. The base equations are otherwise the same in both versions.

#include <map>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>

namespace vigil::stride {

// A refused vector. The message names the metric or the part that is wrong, e.g.
// `metric AV: unknown value "X" (expected N, A, L or P)` or `metric PR is missing`.
class CvssError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct CvssScore {
    std::string version;          // "3.0" or "3.1"
    double score = 0.0;           // 0.0 to 10.0, one decimal
    std::string severity;         // none, low, medium, high or critical
    std::string normalizedVector; // prefix and the eight metrics in the specification's order
};

// Throws CvssError.
CvssScore scoreCvss3(std::string_view vector);

// The qualitative rating of a score (specification section 5): 0.0 none, 0.1-3.9 low,
// 4.0-6.9 medium, 7.0-8.9 high, 9.0-10.0 critical.
std::string_view cvssSeverity(double score);

// The metric tables, for a vector builder: the eight base metrics in the specification's order
// (table 15), each with its values in that table's order.
struct CvssValue {
    std::string_view code;  // "N"
    std::string_view label; // "Network"
};
struct CvssMetric {
    std::string_view key;  // "AV"
    std::string_view name; // "Attack Vector"
    std::span<const CvssValue> values;
};
std::span<const CvssMetric> cvss3BaseMetrics();

// "CVSS:3.1/AV:N/AC:L/..." from a value code per metric key, e.g. {{"AV", "N"}, {"AC", "L"}, ...}.
// Throws CvssError as scoreCvss3 does when a metric is missing, unknown or has an unknown value.
std::string buildCvss3Vector(const std::map<std::string, std::string> &chosen);

// The two Roundup functions, exposed for tests. cvssRoundup31 is Appendix A's: the input is
// scaled to an integer of 1/100000ths first, so floating-point noise below that (4.000000000001)
// does not round up, and anything at or above it (4.00001) does.
double cvssRoundup31(double value);
double cvssRoundup30(double value);

} // namespace vigil::stride
