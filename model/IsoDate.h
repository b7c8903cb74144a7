#pragma once

// Calendar days as files and reports write them: YYYY-MM-DD. One place for reading, writing and
// the arithmetic reviews, checks and test results need.

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace vigil {

using Date = std::chrono::year_month_day;

// YYYY-MM-DD naming a day of the calendar (no 2026-02-30), else nothing.
std::optional<Date> parseIsoDate(std::string_view text);
std::string isoDate(const Date &date);
// The same day a year later; 29 February becomes 28 February.
Date oneYearAfter(const Date &date);
// Today in UTC (system_clock counts UTC), so the day does not depend on where Vigil runs.
Date todayUtc();
// A moment as baselines, approvals and the audit trail write it: "2026-12-02T17:30:00Z".
std::string isoDateTimeUtc(std::chrono::system_clock::time_point moment);
std::string nowIsoDateTimeUtc();

} // namespace vigil
