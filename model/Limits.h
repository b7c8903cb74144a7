#pragma once

// The ranges model values must lie in, checked where models come in (JSON import, opening a
// .vigil) and where they go out (JSON export), so that what one reader accepts every reader
// accepts, and no counter can overflow. Plain predicates, shared by model/json and model/store.

#include <cmath>

namespace vigil {

// The counters nextThreatNumber, nextRequirementNumber and nextTestNumber (1 and up) stay at or
// below 999,999,999, and threat numbers below it: human ids show at most nine digits
// (SR-123456789), and counting on from the largest stays far from the end of an int.
inline constexpr int kMaxRecordNumber = 999'999'999;

// Diagram coordinates lie within +-1e9 and sizes within 0..1e9 scene units (an element is 160
// wide): finite, and far from where a double loses whole units or an int conversion overflows.
inline constexpr double kMaxCoordinate = 1e9;

inline bool validRecordNumber(long long number, long long lowest = 1)
{
    return number >= lowest && number <= kMaxRecordNumber;
}
// A threat number: 0 (not numbered yet) to kMaxRecordNumber - 1, so that the next number, which
// lies past every threat's, is a valid counter.
inline bool validThreatNumber(long long number)
{
    return number >= 0 && number < kMaxRecordNumber;
}
inline bool validCoordinate(double value)
{
    return std::isfinite(value) && std::fabs(value) <= kMaxCoordinate;
}
inline bool validExtent(double value)
{
    return std::isfinite(value) && value >= 0 && value <= kMaxCoordinate;
}
// Number properties and settings: any finite value (JSON has no infinity or NaN).
inline bool validNumber(double value) { return std::isfinite(value); }

} // namespace vigil
