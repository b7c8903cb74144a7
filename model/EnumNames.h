#pragma once

// Enums spelled as text in files: a table of names indexed by the enum's value.

#include <array>
#include <optional>
#include <string_view>

namespace vigil {

template<typename Enum, size_t N>
std::optional<Enum> enumFromName(const std::array<std::string_view, N> &names,
                                 std::string_view text)
{
    for (size_t i = 0; i < N; ++i)
        if (names[i] == text)
            return static_cast<Enum>(i);
    return std::nullopt;
}

} // namespace vigil
