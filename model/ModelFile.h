#pragma once

// Opening "a model file" the way the CLI and the GUI accept it: a .vigil document or a
// vigil-model JSON file, told apart by content, not by extension.

#include "model/store/DocumentStore.h"

#include <filesystem>
#include <stdexcept>

namespace vigil {

// A file that cannot be read as a model. what() is "<file>: <problem>" on one line.
class FileError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

enum class ModelFormat { VigilDocument, VigilJson };

struct OpenedModel {
    ThreatModel model;
    ModelFormat format = ModelFormat::VigilDocument;
    bool readOnly = false;
};

// Reads `path` as a .vigil document or vigil-model JSON. Throws FileError.
OpenedModel openModelFile(const std::filesystem::path &path);

// Writes the model as vigil-model JSON, atomically (temporary file, then rename). Throws FileError.
void writeModelJson(const ThreatModel &model, const std::filesystem::path &path);

} // namespace vigil
