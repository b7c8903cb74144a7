#pragma once

// zlib streams for what the .vigil store keeps compressed: a baseline's snapshot, JSON text that
// shrinks about tenfold, so that a few baselines of a large model do not multiply the file.

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

namespace vigil {

class CompressionError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The bytes as one zlib stream (fast compression: saves stay quick).
std::string deflateBytes(std::string_view bytes);
// The bytes a zlib stream holds. Throws CompressionError for a damaged or truncated stream, or
// one that would inflate beyond `limit` bytes (a hostile file cannot exhaust memory).
std::string inflateBytes(std::string_view stream, size_t limit);

} // namespace vigil
