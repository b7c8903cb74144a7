#pragma once

// Strict UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF), the same
// sequences nlohmann's serializer passes through unchanged. Text from files other programs wrote
// may break it; the store reads such text with replacement characters, output replaces what is
// left.

#include <string>
#include <string_view>

namespace vigil {

bool validUtf8(std::string_view text);
// The text with every byte that is not part of valid UTF-8 replaced by U+FFFD.
std::string withReplacementCharacters(std::string_view text);

} // namespace vigil
