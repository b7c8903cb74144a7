// The small behaviour of the domain records in Types.h that is not the ThreatModel's.

#include "model/Types.h"

#include "model/EnumNames.h"

#include <algorithm>

namespace vigil {

namespace {

constexpr std::array<std::string_view, 4> kIndependenceLevels{
    "none", "other-person", "other-department", "other-organisation"};

} // namespace

std::string_view toString(Independence level)
{
    return kIndependenceLevels.at(static_cast<size_t>(level));
}

std::optional<Independence> independenceFromString(std::string_view text)
{
    return enumFromName<Independence>(kIndependenceLevels, text);
}

Independence IndependenceRules::forKind(std::string_view testKind) const
{
    if (testKind == kTestKinds[0])
        return securityRequirements;
    if (testKind == kTestKinds[1])
        return threatMitigation;
    if (testKind == kTestKinds[2])
        return vulnerability;
    if (testKind == kTestKinds[3])
        return penetration;
    return Independence::None;
}

void IndependenceRules::set(std::string_view testKind, Independence level)
{
    if (testKind == kTestKinds[0])
        securityRequirements = level;
    else if (testKind == kTestKinds[1])
        threatMitigation = level;
    else if (testKind == kTestKinds[2])
        vulnerability = level;
    else if (testKind == kTestKinds[3])
        penetration = level;
}

bool RiskScheme::isAcceptable(int exploitability, int severity) const
{
    if (exploitability < 1 || severity < 1)
        return false;
    const auto row = static_cast<size_t>(exploitability - 1);
    const auto column = static_cast<size_t>(severity - 1);
    return row < acceptable.size() && column < acceptable[row].size() && acceptable[row][column];
}

std::vector<std::vector<bool>> RiskScheme::defaultAcceptable(size_t rows, size_t columns)
{
    // The lower-left triangle: acceptable while both levels together stay at or below the
    // larger axis size, which leaves the top level of either axis unacceptable throughout.
    const size_t limit = std::max(rows, columns);
    std::vector<std::vector<bool>> cells(rows, std::vector<bool>(columns, false));
    for (size_t e = 1; e <= rows; ++e)
        for (size_t s = 1; s <= columns; ++s)
            cells[e - 1][s - 1] = e + s <= limit && e < rows && s < columns;
    return cells;
}

} // namespace vigil
