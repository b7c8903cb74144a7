#include "model/Compression.h"

#include <zlib.h>

#include <algorithm>
#include <limits>

namespace vigil {

namespace {

constexpr size_t kChunk = size_t(1) << 20;

// zlib counts in uInt: feed it at most that much at a time.
uInt chunkOf(size_t remaining)
{
    return static_cast<uInt>(std::min<size_t>(remaining, std::numeric_limits<uInt>::max()));
}

} // namespace

std::string deflateBytes(std::string_view bytes)
{
    z_stream stream{};
    if (deflateInit(&stream, Z_BEST_SPEED) != Z_OK)
        throw CompressionError("cannot start compressing");
    std::string out;
    out.reserve(bytes.size() / 4 + 64);
    auto *next = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.data()));
    size_t remaining = bytes.size();
    char buffer[64 * 1024];
    int status = Z_OK;
    do {
        stream.next_in = next;
        stream.avail_in = chunkOf(remaining);
        const uInt fed = stream.avail_in;
        const int flush = fed == remaining ? Z_FINISH : Z_NO_FLUSH;
        do {
            stream.next_out = reinterpret_cast<Bytef *>(buffer);
            stream.avail_out = sizeof buffer;
            status = deflate(&stream, flush);
            out.append(buffer, sizeof buffer - stream.avail_out);
        } while (stream.avail_out == 0);
        const size_t used = fed - stream.avail_in;
        next += used;
        remaining -= used;
    } while (status != Z_STREAM_END);
    deflateEnd(&stream);
    return out;
}

std::string inflateBytes(std::string_view bytes, size_t limit)
{
    z_stream stream{};
    if (inflateInit(&stream) != Z_OK)
        throw CompressionError("cannot start decompressing");
    std::string out;
    auto *next = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.data()));
    size_t remaining = bytes.size();
    std::string buffer(kChunk, '\0');
    int status = Z_OK;
    while (status != Z_STREAM_END) {
        stream.next_in = next;
        stream.avail_in = chunkOf(remaining);
        const uInt fed = stream.avail_in;
        stream.next_out = reinterpret_cast<Bytef *>(buffer.data());
        stream.avail_out = static_cast<uInt>(buffer.size());
        status = inflate(&stream, Z_NO_FLUSH);
        if (status != Z_OK && status != Z_STREAM_END) {
            inflateEnd(&stream);
            throw CompressionError("the compressed data is damaged");
        }
        const size_t produced = buffer.size() - stream.avail_out;
        if (out.size() + produced > limit) {
            inflateEnd(&stream);
            throw CompressionError("the compressed data inflates beyond "
                                   + std::to_string(limit >> 20) + " MiB");
        }
        out.append(buffer.data(), produced);
        const size_t used = fed - stream.avail_in;
        next += used;
        remaining -= used;
        if (status != Z_STREAM_END && used == 0 && produced == 0) {
            inflateEnd(&stream);
            throw CompressionError("the compressed data ends too early");
        }
    }
    inflateEnd(&stream);
    return out;
}

} // namespace vigil
