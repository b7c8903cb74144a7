#include "model/ModelFile.h"
#include "model/Timings.h"

#include "model/json/JsonInterchange.h"

#include <cctype>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <streambuf>
#include <random>
#include <sstream>
#include <string>

namespace vigil {

namespace fs = std::filesystem;

namespace {

std::string displayName(const fs::path &path) { return path.string(); }

// A message from another layer may already start with the file name; don't say it twice.
FileError fileError(const fs::path &path, const std::string &problem)
{
    const std::string name = displayName(path);
    if (problem.rfind(name + ":", 0) == 0)
        return FileError(problem);
    return FileError(name + ": " + problem);
}

// Binary content that is certainly not JSON: a NUL byte, or a first significant byte that no
// JSON document starts with.
bool looksBinary(std::string_view content)
{
    if (content.find('\0') != std::string_view::npos)
        return true;
    size_t start = content.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0; // UTF-8 byte order mark
    while (start < content.size() && std::isspace(static_cast<unsigned char>(content[start])))
        ++start;
    if (start == content.size())
        return false;
    const auto first = static_cast<unsigned char>(content[start]);
    return first < 0x20 || first >= 0x80;
}

std::string sizeText(std::uintmax_t bytes)
{
    constexpr std::uintmax_t kMiB = 1024 * 1024;
    if (bytes >= kMiB && bytes % kMiB == 0)
        return std::to_string(bytes / kMiB) + " MiB";
    return std::to_string(bytes) + " bytes";
}

// Reads at most `limit` bytes from the start of a regular file.
std::string readPrefix(const fs::path &path, std::uintmax_t limit)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw fileError(path, std::string("cannot read: ") + std::strerror(errno));
    std::string content;
    char buffer[64 * 1024];
    while (content.size() < limit) {
        const auto wanted = static_cast<std::streamsize>(
            std::min<std::uintmax_t>(sizeof buffer, limit - content.size()));
        in.read(buffer, wanted);
        content.append(buffer, static_cast<size_t>(in.gcount()));
        if (in.gcount() < wanted)
            break;
    }
    if (in.bad())
        throw fileError(path, "cannot read: input error");
    return content;
}

// Refuses what is not a regular file without opening it; returns its size (0 if unknown).
std::uintmax_t checkInputFile(const fs::path &path, std::string_view what)
{
    std::error_code error;
    const auto status = fs::status(path, error);
    if (!fs::exists(status))
        throw fileError(path, "no such file");
    if (fs::is_directory(status))
        throw fileError(path, "is a folder, not " + std::string(what));
    if (!fs::is_regular_file(status))
        throw fileError(path, "is not a regular file (a pipe, socket or device); give "
                              + std::string(what) + " saved on disk");
    const std::uintmax_t size = fs::file_size(path, error);
    return error ? 0 : size;
}

} // namespace

std::string readInputFile(const fs::path &path, std::uintmax_t maxBytes, std::string_view what)
{
    const std::uintmax_t size = checkInputFile(path, what);
    const std::string tooLarge = "larger than " + sizeText(maxBytes) + ", the most read as "
                                 + std::string(what);
    if (size > maxBytes)
        throw fileError(path, "the file is " + std::to_string(size) + " bytes, " + tooLarge);
    std::string content = readPrefix(path, maxBytes + 1);
    if (content.size() > maxBytes)
        throw fileError(path, "the file grew while being read and is now " + tooLarge);
    return content;
}

OpenedModel openModelFile(const fs::path &path)
{
    const timings::Scope phase("load");
    checkInputFile(path, "a model file"); // before anything opens it: a FIFO would block
    try {
        if (looksLikeSqlite(path)) {
            LoadedDocument document = loadDocument(path);
            return {std::move(document.model), ModelFormat::VigilDocument, document.readOnly,
                    std::move(document.stamp), std::move(document.warnings), {}};
        }
        // Taken before reading: a change while it is read shows as a change on disk.
        const FileStamp stamp = fileStampOf(path);
        // The first bytes tell binary content apart before all of it is read.
        if (looksBinary(readPrefix(path, 4096)))
            throw fileError(path, "not a Vigil document: neither a .vigil database nor "
                                  "vigil-model JSON");
        const std::string text = readInputFile(path, kMaxModelJsonBytes, "a model file");
        if (looksBinary(text))
            throw fileError(path, "not a Vigil document: neither a .vigil database nor "
                                  "vigil-model JSON");
        const timings::Scope parsing("parse JSON");
        JsonImport imported = importModelJson(text);
        std::vector<std::string> warnings;
        warnings.reserve(imported.warnings.size());
        for (std::string &warning : imported.warnings)
            warnings.push_back(displayName(path) + ": " + std::move(warning));
        return {std::move(imported.model), ModelFormat::VigilJson, false, stamp,
                std::move(warnings), {}};
    } catch (const FileError &) {
        throw;
    } catch (const std::exception &problem) {
        // JsonError reads "<JSON path>: <problem>", StoreError already names the file.
        throw fileError(path, problem.what());
    }
}

namespace {

// Writes into an existing device or pipe (/dev/null, /dev/stdout, a FIFO): there is no file to
// replace, and renaming over it would replace the device itself.
void writeInPlace(const fs::path &path, const StreamWriter &write)
{
    errno = 0;
    std::ofstream out(path, std::ios::binary);
    if (!out)
        throw fileError(path, std::string("cannot write: ") + std::strerror(errno));
    write(out);
    out.close();
    if (!out)
        throw fileError(path, std::string("cannot write: ")
                                  + (errno != 0 ? std::strerror(errno) : "output error"));
}

} // namespace

void writeFileAtomically(const fs::path &path, const StreamWriter &write)
{
    const fs::path folder = path.has_parent_path() ? path.parent_path() : fs::path(".");
    std::error_code error;
    if (!fs::is_directory(folder, error))
        throw fileError(path, "cannot write: folder " + displayName(folder) + " does not exist");
    const auto status = fs::status(path, error);
    if (fs::is_directory(status))
        throw fileError(path, "cannot write: is a folder");
    if (fs::exists(status) && !fs::is_regular_file(status)) {
        writeInPlace(path, write);
        return;
    }

    // Write next to the target, then rename over it, so no reader ever sees half a file.
    std::random_device entropy;
    const fs::path temporary =
        folder / ("." + path.filename().string() + ".tmp-" + std::to_string(entropy()));
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out)
            throw fileError(path, std::string("cannot write: ") + std::strerror(errno));
        errno = 0;
        try {
            write(out);
        } catch (...) {
            out.close();
            fs::remove(temporary, error); // the content failed: nothing is left behind
            throw;
        }
        out.close();
        if (!out) {
            const std::string reason = errno != 0 ? std::strerror(errno) : "output error";
            fs::remove(temporary, error);
            throw fileError(path, "cannot write: " + reason);
        }
    }
    fs::rename(temporary, path, error);
    if (error) {
        const std::string reason = error.message();
        fs::remove(temporary, error);
        throw fileError(path, "cannot write: " + reason);
    }
}

void writeFileAtomically(const fs::path &path, std::string_view bytes)
{
    writeFileAtomically(path, [bytes](std::ostream &out) {
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    });
}

namespace {

// Passes what is written on to `target`, counting it, and fails the write past `limit` bytes.
class CountingBuffer final : public std::streambuf {
public:
    CountingBuffer(std::streambuf *target, std::uintmax_t limit) : m_target(target), m_limit(limit)
    {}
    bool overLimit() const { return m_over; }

protected:
    int_type overflow(int_type c) override
    {
        if (traits_type::eq_int_type(c, traits_type::eof()))
            return traits_type::not_eof(c);
        const char byte = traits_type::to_char_type(c);
        return xsputn(&byte, 1) == 1 ? c : traits_type::eof();
    }
    std::streamsize xsputn(const char *data, std::streamsize count) override
    {
        m_written += static_cast<std::uintmax_t>(count);
        if (m_written > m_limit) {
            m_over = true;
            return 0; // the stream fails; the writer stops
        }
        return m_target->sputn(data, count);
    }
    int sync() override { return m_target->pubsync(); }

private:
    std::streambuf *m_target;
    std::uintmax_t m_limit;
    std::uintmax_t m_written = 0;
    bool m_over = false;
};

} // namespace

void writeModelJson(const ThreatModel &model, const fs::path &path, std::uintmax_t readableLimit)
{
    const timings::Scope phase("write JSON");
    try {
        writeFileAtomically(path, [&](std::ostream &out) {
            if (readableLimit == 0) {
                streamModelJson(model, out);
                return;
            }
            CountingBuffer counting(out.rdbuf(), readableLimit);
            std::ostream limited(&counting);
            streamModelJson(model, limited);
            limited.flush();
            if (counting.overLimit())
                throw fileError(path, "the model's JSON would be larger than the "
                                          + (readableLimit >= (1u << 20)
                                                 ? std::to_string(readableLimit >> 20) + " MiB"
                                                 : std::to_string(readableLimit) + " bytes")
                                          + " Vigil reads back; nothing was written (save it "
                                            "as a .vigil document)");
        });
    } catch (const JsonError &problem) {
        throw fileError(path, std::string("cannot write the model as JSON: ") + problem.what());
    }
}

} // namespace vigil
