#include "model/ModelFile.h"

#include "model/json/JsonInterchange.h"

#include <cctype>
#include <cerrno>
#include <cstring>
#include <fstream>
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
bool looksBinary(const std::string &content)
{
    if (content.find('\0') != std::string::npos)
        return true;
    size_t start = content.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0; // UTF-8 byte order mark
    while (start < content.size() && std::isspace(static_cast<unsigned char>(content[start])))
        ++start;
    if (start == content.size())
        return false;
    const auto first = static_cast<unsigned char>(content[start]);
    return first < 0x20 || first >= 0x80;
}

std::string readText(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw fileError(path, std::string("cannot read: ") + std::strerror(errno));
    std::ostringstream content;
    content << in.rdbuf();
    if (in.bad())
        throw fileError(path, "cannot read: input error");
    return std::move(content).str();
}

} // namespace

OpenedModel openModelFile(const fs::path &path)
{
    std::error_code error;
    const auto status = fs::status(path, error);
    if (!fs::exists(status))
        throw fileError(path, "no such file");
    if (fs::is_directory(status))
        throw fileError(path, "is a folder, not a model file");
    try {
        if (looksLikeSqlite(path)) {
            LoadedDocument document = loadDocument(path);
            return {std::move(document.model), ModelFormat::VigilDocument, document.readOnly};
        }
        const std::string text = readText(path);
        if (looksBinary(text))
            throw fileError(path, "not a Vigil document: neither a .vigil database nor "
                                  "vigil-model JSON");
        return {modelFromJson(text), ModelFormat::VigilJson, false};
    } catch (const FileError &) {
        throw;
    } catch (const std::exception &problem) {
        // JsonError reads "<JSON path>: <problem>", StoreError already names the file.
        throw fileError(path, problem.what());
    }
}

void writeModelJson(const ThreatModel &model, const fs::path &path)
{
    const std::string text = modelToJson(model);
    const fs::path folder = path.has_parent_path() ? path.parent_path() : fs::path(".");
    std::error_code error;
    if (!fs::is_directory(folder, error))
        throw fileError(path, "cannot write: folder " + displayName(folder) + " does not exist");
    if (fs::is_directory(path, error))
        throw fileError(path, "cannot write: is a folder");

    // Write next to the target, then rename over it, so no reader ever sees half a file.
    std::random_device entropy;
    const fs::path temporary =
        folder / ("." + path.filename().string() + ".tmp-" + std::to_string(entropy()));
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out)
            throw fileError(path, std::string("cannot write: ") + std::strerror(errno));
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
        out.close();
        if (!out) {
            fs::remove(temporary, error);
            throw fileError(path, "cannot write: output error (disk full?)");
        }
    }
    fs::rename(temporary, path, error);
    if (error) {
        const std::string reason = error.message();
        fs::remove(temporary, error);
        throw fileError(path, "cannot write: " + reason);
    }
}

} // namespace vigil
