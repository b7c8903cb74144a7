#pragma once

// Opening "a model file" the way the CLI and the GUI accept it: a .vigil document or a
// vigil-model JSON file, told apart by content, not by extension.

#include "model/store/DocumentStore.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace vigil {

// A file that cannot be read as a model. what() is "<file>: <problem>" on one line.
class FileError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The largest vigil-model JSON file read: 256 MiB. A model of 100,000 elements writes about
// 120 MiB; the parsed document needs several times the file's size in memory.
inline constexpr std::uintmax_t kMaxModelJsonBytes = std::uintmax_t{256} * 1024 * 1024;

// Reads a whole input file (a model, a rule pack, a catalogue) as bytes, within bounds, before
// anything parses it. Refuses, with a FileError "<file>: <problem>" that says what was expected
// (`what`, e.g. "a model file"): a missing file, a folder, anything but a regular file (a FIFO
// or a device such as /dev/zero would block or never end), and a file larger than `maxBytes`
// (checked before reading and again while reading, for a file that grows).
std::string readInputFile(const std::filesystem::path &path, std::uintmax_t maxBytes,
                          std::string_view what);

enum class ModelFormat { VigilDocument, VigilJson };

struct OpenedModel {
    ThreatModel model;
    ModelFormat format = ModelFormat::VigilDocument;
    bool readOnly = false;
    FileStamp stamp; // the file as read: saveDocument() needs it for incremental saves
    std::vector<std::string> warnings; // the file opened, but: one line each, naming the file
    // The baseline opened (FILE@NAME), without its snapshot; unset: the model itself.
    std::optional<Baseline> baseline;
};

// Reads `path` as a .vigil document or vigil-model JSON, told apart by their first bytes.
// Refuses what readInputFile refuses (JSON larger than kMaxModelJsonBytes) and binary content
// that is neither format, without reading all of it. Throws FileError.
OpenedModel openModelFile(const std::filesystem::path &path);

// Writes `bytes` to `path` atomically: into a temporary file beside it, renamed over `path` once
// every byte is written, so that a full disk or a crash never leaves half a file (the temporary
// file is removed on failure). A device or pipe at `path` (/dev/null, a FIFO) is written in
// place. Throws FileError naming `path` and the reason ("No space left on device").
void writeFileAtomically(const std::filesystem::path &path, std::string_view bytes);
// The same with content that `write` produces into the stream as it goes; when it throws, the
// temporary file is removed and the exception passes on, and the target stays as it was.
using StreamWriter = std::function<void(std::ostream &)>;
void writeFileAtomically(const std::filesystem::path &path, const StreamWriter &write);

// Writes the model as vigil-model JSON with writeFileAtomically. Throws FileError, also for a
// model JSON cannot hold (a value out of the ranges of model/Limits.h), naming the JSON path.
// With `readableLimit` (kMaxModelJsonBytes for a document saved as JSON), JSON larger than that,
// which no open could read back, is refused and the file at `path` stays as it was.
void writeModelJson(const ThreatModel &model, const std::filesystem::path &path,
                    std::uintmax_t readableLimit = 0);

} // namespace vigil
