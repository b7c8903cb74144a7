#pragma once

// The .vigil document: an SQLite database used as an application file format (DESIGN.md, Files):
// application_id identifies it, user_version holds the schema version, migrations run step by
// step in one transaction, it is opened with SQLITE_DBCONFIG_DEFENSIVE and trusted_schema off,
// uses a rollback journal (never WAL) and every save is one transaction. The save protocol
// (model/README.md, "Saving") keeps the last good file at the path at every instant.

#include "model/ThreatModel.h"

#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

namespace vigil {

// A refused open or a failed save. what() names the file and the problem, in one line.
class StoreError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// An incremental save refused because the file at the path is no longer the file the model was
// loaded from or last saved to (another program, window or a git checkout changed or replaced
// it). Nothing was written; the model keeps its journal. A full save (SaveMode::Full) would
// replace the file on disk with the model.
class FileChangedError : public StoreError {
public:
    using StoreError::StoreError;
};

// What identifies the file a model was loaded from or last saved to.
struct FileStamp {
    std::uint64_t device = 0;
    std::uint64_t inode = 0;
    std::int64_t size = -1;       // -1: unknown, no file was read or written
    std::int64_t modifiedNs = 0;  // modification time, nanoseconds since the epoch
    std::string generation;       // the save generation the file holds; empty: none (schema < 3)

    bool known() const { return size >= 0; }
    // The same file (device and inode) with the same size and modification time. The generation
    // is not compared here: the incremental save compares it inside its transaction.
    bool sameOnDisk(const FileStamp &other) const;
};

// The identity, size and modification time of whatever is at `path` now (the generation is left
// empty; nothing is opened). Unknown when there is no file.
FileStamp fileStampOf(const std::filesystem::path &path);

struct LoadedDocument {
    ThreatModel model;
    bool readOnly = false; // the file (or its folder) cannot be written
    FileStamp stamp;       // pass it to saveDocument() for incremental saves
    // Problems that did not stop the file from opening (a checksum that does not match the
    // content, text that is not UTF-8), one line each, naming the file.
    std::vector<std::string> warnings;
};

enum class SaveMode {
    Incremental, // `path` holds the model as of its last load/save: write only the journal
                 // (a missing file, or one with an older schema, gets a full save instead)
    Full,        // write a complete new file next to `path`, then rename it into place
};

// The SQLite application_id of .vigil files ("VGIL") and the current schema version.
inline constexpr int kVigilApplicationId = 0x5647494c;
inline constexpr int kVigilSchemaVersion = 6;

// Limits on what an open reads, so that a hostile or damaged file cannot exhaust memory: the
// whole file, and any one text value in it (a 10 MB element name still opens).
inline constexpr std::uintmax_t kMaxDocumentBytes = std::uintmax_t(1) << 30; // 1 GiB
inline constexpr int kMaxValueBytes = 64 << 20;                           // 64 MiB

// Opens a .vigil file. Refuses (StoreError, naming the file) a file that is not SQLite, a
// foreign SQLite file, a corrupt file, one written by a newer Vigil, one whose schema holds
// triggers or views, or one with a value over the limits. Opening never writes the file, with one
// exception that SQLite requires: an interrupted save's hot journal is rolled back, which restores
// the last complete save. A WAL-mode file is read without creating -wal or -shm files. An older
// schema is migrated in memory and written back on the next save. Stale temporary files of
// interrupted full saves next to it are removed. While it runs, the integrity check and the
// reading of threat rows each take a thread of their own (a second connection for the check);
// both have ended when it returns.
LoadedDocument loadDocument(const std::filesystem::path &path);

// Saves `model` to `path` in one transaction and clears its journal. On any failure the file
// keeps its previous content and the model keeps its journal.
// Incremental: `stamp` must describe the file the model was loaded from or last saved to; when
// the file at `path` is no longer that file, nothing is written and FileChangedError is thrown.
// An unknown stamp refuses an incremental save over an existing file the same way.
// Both modes update `stamp` to describe the file as saved. The content checksum is computed on a
// thread of its own while the rows are written: `model` must not change until this returns.
void saveDocument(ThreatModel &model, const std::filesystem::path &path, SaveMode mode,
                  FileStamp &stamp);
// The same without a stamp: for full saves (import, Save As, synthetic models).
void saveDocument(ThreatModel &model, const std::filesystem::path &path, SaveMode mode);

// True when the file starts with the SQLite header (cheap sniffing for "which format is this").
bool looksLikeSqlite(const std::filesystem::path &path);

// The content checksum the store keeps in a document: 16 hex digits over every stored value of
// the model (what a full save writes), so a changed byte shows on the next open.
std::string contentChecksum(const ThreatModel &model);

// Test hooks for the store's failure handling; application code never calls them.
namespace detail {
// The next save throws StoreError after writing `rows` rows (negative: never). Applies once.
void setSaveFailureAfterRows(int rows);
// Rows inserted, replaced or deleted by the last save that succeeded (the document's own
// bookkeeping, its generation and checksum, not counted).
long long rowsChangedByLastSave();
} // namespace detail

} // namespace vigil
