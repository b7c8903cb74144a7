#pragma once

// The .vigil document: an SQLite database used as an application file format (DESIGN.md, Files):
// application_id identifies it, user_version holds the schema version, migrations run step by
// step in one transaction, it is opened with SQLITE_DBCONFIG_DEFENSIVE and trusted_schema off,
// uses a rollback journal (never WAL) and every save is one transaction.

#include "model/ThreatModel.h"

#include <filesystem>
#include <stdexcept>

namespace vigil {

// A refused open or a failed save. what() names the file and the problem, in one line.
class StoreError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct LoadedDocument {
    ThreatModel model;
    bool readOnly = false; // the file (or its folder) cannot be written
};

enum class SaveMode {
    Incremental, // `path` holds the model as of its last load/save: write only the journal
                 // (a missing file, or one with an older schema, gets a full save instead)
    Full,        // write a complete new file next to `path`, then rename it into place
};

// The SQLite application_id of .vigil files ("VGIL") and the current schema version.
inline constexpr int kVigilApplicationId = 0x5647494c;
inline constexpr int kVigilSchemaVersion = 2;

// Opens a .vigil file. Refuses (StoreError) a file that is not SQLite, a foreign SQLite file, a
// corrupt file or one written by a newer Vigil; the file is never modified by a refused open.
// An older schema is migrated in memory and written back on the next save.
LoadedDocument loadDocument(const std::filesystem::path &path);

// Saves `model` to `path` in one transaction and clears its journal. On any failure the file
// keeps its previous content and the journal is kept.
void saveDocument(ThreatModel &model, const std::filesystem::path &path, SaveMode mode);

// True when the file starts with the SQLite header (cheap sniffing for "which format is this").
bool looksLikeSqlite(const std::filesystem::path &path);

// Test hooks for the store's failure handling; application code never calls them.
namespace detail {
// The next save throws StoreError after writing `rows` rows (negative: never). Applies once.
void setSaveFailureAfterRows(int rows);
// Rows inserted, replaced or deleted by the last save that succeeded.
long long rowsChangedByLastSave();
} // namespace detail

} // namespace vigil
