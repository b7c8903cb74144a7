#pragma once

// The ids people cite in documents: "SR-012" for a security requirement, "VT-003" for a
// verification test. New records get the next number of their model's counter; a merge gives a
// colliding one the next free number.

#include <string>
#include <string_view>

namespace vigil {

inline constexpr std::string_view kRequirementIdPrefix = "SR-";
inline constexpr std::string_view kTestIdPrefix = "VT-";
inline constexpr std::string_view kBaselineIdPrefix = "BL-";

// "SR-012" from "SR-" and 12 (at least three digits).
std::string humanId(std::string_view prefix, int number);
// The number in a human id of `prefix` ("SR-012": 12), or 0 when the id has another form.
int humanIdNumber(std::string_view id, std::string_view prefix);

} // namespace vigil
