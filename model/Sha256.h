#pragma once

// SHA-256 (FIPS 180-4) of a byte string, as 64 lower-case hex digits: what `sha256sum` prints.
// A baseline keeps the hash of its snapshot so that anyone can check the frozen model with
// standard tools (model/Baselines.h).

#include <string>
#include <string_view>

namespace vigil {

std::string sha256Hex(std::string_view bytes);

} // namespace vigil
