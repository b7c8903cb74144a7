#include "model/store/DocumentStore.h"
#include "model/Compression.h"
#include "model/Timings.h"
#include "model/Utf8.h"

#include "model/Limits.h"
#include "model/json/JsonInterchange.h"

#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <exception>
#include <fstream>
#include <future>
#include <limits>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <random>
#include <set>
#include <string_view>
#include <system_error>
#include <thread>
#include <unordered_map>
#include <type_traits>
#include <utility>
#include <vector>

#ifndef _WIN32
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace fs = std::filesystem;
using nlohmann::json;

namespace vigil {

namespace {

// ---------------------------------------------------------------- schema and migrations

// Version 1: one table per collection of the model, link tables for the many-to-many links,
// JSON text only for property maps and ordered lists of strings/points.
constexpr const char *kSchemaV1 = R"sql(
CREATE TABLE info (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    intended_use TEXT NOT NULL,
    environment TEXT NOT NULL,
    network_location TEXT NOT NULL,
    physical_protection TEXT NOT NULL,
    safety_impact TEXT NOT NULL,
    assumptions TEXT NOT NULL,           -- JSON array of strings
    scope TEXT NOT NULL,
    rule_packs TEXT NOT NULL,            -- JSON array of strings
    next_threat_number INTEGER NOT NULL
);
CREATE TABLE elements (
    id TEXT PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    properties TEXT NOT NULL,            -- JSON object: bool, number or text values
    out_of_scope INTEGER NOT NULL,
    out_of_scope_reason TEXT NOT NULL
);
CREATE TABLE flows (
    id TEXT PRIMARY KEY NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    bidirectional INTEGER NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    protocol TEXT NOT NULL,
    properties TEXT NOT NULL,            -- JSON object
    out_of_scope INTEGER NOT NULL,
    out_of_scope_reason TEXT NOT NULL
);
CREATE TABLE boundaries (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    parent TEXT,                         -- NULL: top level
    stack_order INTEGER NOT NULL DEFAULT 0 -- drawing order among zones of one nesting depth
);
CREATE TABLE boundary_members (
    boundary TEXT NOT NULL,
    element TEXT NOT NULL,
    PRIMARY KEY (boundary, element)
) WITHOUT ROWID;
CREATE TABLE diagrams (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    level INTEGER NOT NULL,
    sort_order INTEGER NOT NULL,
    description TEXT NOT NULL
);
CREATE TABLE diagram_nodes (
    diagram TEXT NOT NULL,
    item TEXT NOT NULL,                  -- element or boundary id
    x REAL NOT NULL,
    y REAL NOT NULL,
    width REAL NOT NULL,
    height REAL NOT NULL,
    PRIMARY KEY (diagram, item)
) WITHOUT ROWID;
CREATE TABLE diagram_flows (
    diagram TEXT NOT NULL,
    flow TEXT NOT NULL,
    bends TEXT NOT NULL,                 -- JSON array of [x, y]
    label_x REAL,                        -- NULL: the label has no position of its own
    label_y REAL,
    PRIMARY KEY (diagram, flow)
) WITHOUT ROWID;
CREATE TABLE threats (
    id TEXT PRIMARY KEY NOT NULL,
    number INTEGER NOT NULL,
    rule_id TEXT NOT NULL,
    rule_pack TEXT NOT NULL,
    rule_pack_version TEXT NOT NULL,
    category TEXT NOT NULL,
    targets TEXT NOT NULL,               -- JSON array of ids, in order
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    severity TEXT NOT NULL,
    status TEXT NOT NULL,
    justification TEXT NOT NULL,
    why TEXT NOT NULL,
    risk_before_method TEXT NOT NULL,
    risk_before_cvss_vector TEXT NOT NULL,
    risk_before_exploitability INTEGER NOT NULL,
    risk_before_severity INTEGER NOT NULL,
    risk_after_method TEXT NOT NULL,
    risk_after_cvss_vector TEXT NOT NULL,
    risk_after_exploitability INTEGER NOT NULL,
    risk_after_severity INTEGER NOT NULL,
    capec TEXT NOT NULL,                 -- JSON array of strings
    cwe TEXT NOT NULL                    -- JSON array of strings
);
CREATE TABLE threat_hazards (
    threat TEXT NOT NULL,
    hazard TEXT NOT NULL,
    PRIMARY KEY (threat, hazard)
) WITHOUT ROWID;
CREATE TABLE threat_mitigations (
    threat TEXT NOT NULL,
    mitigation TEXT NOT NULL,
    PRIMARY KEY (threat, mitigation)
) WITHOUT ROWID;
CREATE TABLE mitigations (
    id TEXT PRIMARY KEY NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    control_category TEXT NOT NULL,
    layer TEXT NOT NULL,
    scope TEXT NOT NULL,
    status TEXT NOT NULL
);
CREATE TABLE mitigation_requirements (
    mitigation TEXT NOT NULL,
    requirement TEXT NOT NULL,
    PRIMARY KEY (mitigation, requirement)
) WITHOUT ROWID;
CREATE TABLE requirements (
    id TEXT PRIMARY KEY NOT NULL,
    text TEXT NOT NULL,
    source TEXT NOT NULL,
    status TEXT NOT NULL
);
CREATE TABLE tests (
    id TEXT PRIMARY KEY NOT NULL,
    requirement TEXT NOT NULL,
    kind TEXT NOT NULL,
    procedure TEXT NOT NULL,
    tool TEXT NOT NULL,
    tool_version TEXT NOT NULL,
    result TEXT NOT NULL,
    evidence TEXT NOT NULL,
    date TEXT NOT NULL,
    performed_by TEXT NOT NULL,
    developer TEXT NOT NULL
);
CREATE TABLE people (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    department TEXT NOT NULL
);
CREATE TABLE hazards (
    id TEXT PRIMARY KEY NOT NULL,
    reference TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL
);
CREATE TABLE suppressions (
    element TEXT NOT NULL,
    rule TEXT NOT NULL,
    reason TEXT NOT NULL,
    PRIMARY KEY (element, rule)
) WITHOUT ROWID;
)sql";

// Version 2: the traceability chain. Tests verify several requirements or mitigations (a link
// table replaces tests.requirement), people have an organisation, threats record transfer to
// safety risk management and residual-risk acceptance, and the model keeps its risk scheme,
// independence rules and last-analysis stamp as JSON text (empty: the defaults).
constexpr const char *kSchemaV2 = R"sql(
ALTER TABLE info ADD COLUMN next_requirement_number INTEGER NOT NULL DEFAULT 1;
ALTER TABLE info ADD COLUMN next_test_number INTEGER NOT NULL DEFAULT 1;
ALTER TABLE info ADD COLUMN risk_scheme TEXT NOT NULL DEFAULT '';
ALTER TABLE info ADD COLUMN independence TEXT NOT NULL DEFAULT '';
ALTER TABLE info ADD COLUMN last_analysis TEXT NOT NULL DEFAULT '';
ALTER TABLE threats ADD COLUMN transferred_to_safety INTEGER NOT NULL DEFAULT 0;
ALTER TABLE threats ADD COLUMN residual_rationale TEXT NOT NULL DEFAULT '';
ALTER TABLE threats ADD COLUMN residual_by TEXT NOT NULL DEFAULT '';
ALTER TABLE threats ADD COLUMN residual_date TEXT NOT NULL DEFAULT '';
ALTER TABLE people ADD COLUMN organisation TEXT NOT NULL DEFAULT '';
ALTER TABLE tests ADD COLUMN automation TEXT NOT NULL DEFAULT '';
ALTER TABLE threats ADD COLUMN manual INTEGER NOT NULL DEFAULT 0;
CREATE TABLE test_verifies (
    test TEXT NOT NULL,
    item TEXT NOT NULL,                  -- requirement or mitigation id
    PRIMARY KEY (test, item)
) WITHOUT ROWID;
INSERT INTO test_verifies (test, item) SELECT id, requirement FROM tests WHERE requirement <> '';
ALTER TABLE tests DROP COLUMN requirement;
)sql";

// Version 3: the document's own bookkeeping, written by every save in its transaction:
// `generation`, a random id that an incremental save compares with the one it loaded before it
// writes anything, and `checksum`, the content checksum verified on open (model/README.md).
constexpr const char *kSchemaV3 = R"sql(
CREATE TABLE meta (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;
)sql";

// Version 4: review meetings (model/Types.h, Review). Attendees and decisions keep their order
// in `position` (0 first: the chair, the first decision); risks take four columns each, as
// threats store theirs.
constexpr const char *kSchemaV4 = R"sql(
CREATE TABLE reviews (
    id TEXT PRIMARY KEY NOT NULL,
    date TEXT NOT NULL,
    scope_threats TEXT NOT NULL,         -- all, undecided or changed
    scope_diagram TEXT NOT NULL,         -- '': every diagram
    scope_target TEXT NOT NULL,          -- element, flow or zone; '': any
    scope_category TEXT NOT NULL,        -- STRIDE category; '': any
    scope_minimum_risk TEXT NOT NULL,    -- low, medium, high, critical; '': any
    scope_order TEXT NOT NULL,           -- diagram, risk or number
    completed INTEGER NOT NULL,
    next_review TEXT NOT NULL,
    notes TEXT NOT NULL
);
CREATE TABLE review_attendees (
    review TEXT NOT NULL,
    position INTEGER NOT NULL,
    person TEXT NOT NULL,
    PRIMARY KEY (review, position)
) WITHOUT ROWID;
CREATE TABLE review_decisions (
    review TEXT NOT NULL,
    position INTEGER NOT NULL,
    threat TEXT NOT NULL,
    status_before TEXT NOT NULL,
    status_after TEXT NOT NULL,
    justification TEXT NOT NULL,
    risk_before_method TEXT NOT NULL,
    risk_before_cvss_vector TEXT NOT NULL,
    risk_before_exploitability INTEGER NOT NULL,
    risk_before_severity INTEGER NOT NULL,
    risk_after_method TEXT NOT NULL,
    risk_after_cvss_vector TEXT NOT NULL,
    risk_after_exploitability INTEGER NOT NULL,
    risk_after_severity INTEGER NOT NULL,
    decided_by TEXT NOT NULL,
    PRIMARY KEY (review, position)
) WITHOUT ROWID;
)sql";

// Version 5: threat texts name objects by id (model/NamedText.h). A wording is kept once, in
// `wordings`; a threat's title, description or why that names objects refers to its wording
// and lists the ids its marks stand for, and leaves its own text column empty. A text that
// names nothing stays in its column, as before (the wording column NULL).
constexpr const char *kSchemaV5 = R"sql(
CREATE TABLE wordings (
    id INTEGER PRIMARY KEY,
    text TEXT NOT NULL UNIQUE
);
ALTER TABLE threats ADD COLUMN title_wording INTEGER;
ALTER TABLE threats ADD COLUMN title_names TEXT NOT NULL DEFAULT '';      -- JSON array of ids
ALTER TABLE threats ADD COLUMN description_wording INTEGER;
ALTER TABLE threats ADD COLUMN description_names TEXT NOT NULL DEFAULT '';
ALTER TABLE threats ADD COLUMN why_wording INTEGER;
ALTER TABLE threats ADD COLUMN why_names TEXT NOT NULL DEFAULT '';
)sql";

// Version 6: the document's own records (model/Baselines.h) and the conflicts a merge left open.
// A baseline's snapshot is kept as one zlib stream (model/Compression.h; JSON text shrinks about
// tenfold), cut into parts of at most kSnapshotPartBytes, in order: a value may not exceed
// kMaxValueBytes.
constexpr const char *kSchemaV6 = R"sql(
CREATE TABLE baselines (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL UNIQUE,
    date TEXT NOT NULL,
    author TEXT NOT NULL,
    comment TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE TABLE baseline_snapshots (
    baseline TEXT NOT NULL,
    position INTEGER NOT NULL,
    part BLOB NOT NULL,                  -- bytes of the zlib stream
    PRIMARY KEY (baseline, position)
) WITHOUT ROWID;
CREATE TABLE baseline_approvals (
    baseline TEXT NOT NULL,
    position INTEGER NOT NULL,
    approver TEXT NOT NULL,
    role TEXT NOT NULL,
    date TEXT NOT NULL,
    meaning TEXT NOT NULL,
    rationale TEXT NOT NULL,
    PRIMARY KEY (baseline, position)
) WITHOUT ROWID;
CREATE TABLE history (
    id TEXT PRIMARY KEY NOT NULL,
    time TEXT NOT NULL,
    author TEXT NOT NULL,
    action TEXT NOT NULL,
    ids TEXT NOT NULL,                   -- JSON array of ids
    touched INTEGER NOT NULL
);
CREATE TABLE merge_conflicts (
    id TEXT PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL,
    record TEXT NOT NULL,
    label TEXT NOT NULL,
    field TEXT NOT NULL,
    base TEXT NOT NULL,                  -- JSON values
    ours TEXT NOT NULL,
    theirs TEXT NOT NULL,
    reason TEXT NOT NULL,
    taken TEXT NOT NULL                  -- ours or theirs
);
)sql";
constexpr size_t kSnapshotPartBytes = 16u << 20;

// kMigrations[k] takes a database from schema k to k + 1. Append a step for every new schema
// version; never edit a released one.
constexpr std::array<const char *, 6> kMigrations{kSchemaV1, kSchemaV2, kSchemaV3, kSchemaV4,
                                                  kSchemaV5, kSchemaV6};
static_assert(kMigrations.size() == kVigilSchemaVersion,
              "every schema version needs the migration step that leads to it");

// Tables a complete rewrite empties, children first.
constexpr std::array<const char *, 28> kAllTables{
    "info", "elements", "flows", "boundary_members", "boundaries", "diagram_nodes",
    "diagram_flows", "diagrams", "threat_hazards", "threat_mitigations", "threats", "wordings",
    "mitigation_requirements", "mitigations", "requirements", "test_verifies", "tests", "people",
    "hazards", "suppressions", "review_attendees", "review_decisions", "reviews",
    "baseline_snapshots", "baseline_approvals", "baselines", "history", "merge_conflicts"};

// ---------------------------------------------------------------- test hooks

int g_failAfterRows = -1;
long long g_rowsChangedByLastSave = 0;

// ---------------------------------------------------------------- SQLite wrappers

// An SQLite failure; the public functions turn it into a StoreError naming the file.
class SqliteError : public std::runtime_error {
public:
    SqliteError(int code, const std::string &message) : std::runtime_error(message), m_code(code)
    {}
    int code() const { return m_code; }           // extended result code
    int primary() const { return m_code & 0xff; } // SQLITE_CORRUPT, SQLITE_NOTADB, ...

private:
    int m_code;
};

// Content that SQLite read fine but that is not what a Vigil document holds.
class ContentError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class Database {
public:
    Database(const fs::path &path, int flags)
    {
        // A connection is used by one thread at a time: no locking in every call (opening a
        // large document makes millions of them).
        const int rc = sqlite3_open_v2(path.string().c_str(), &m_db, flags | SQLITE_OPEN_NOMUTEX,
                                       nullptr);
        if (rc != SQLITE_OK) {
            const std::string message = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
            const int code = m_db ? sqlite3_extended_errcode(m_db) : rc;
            sqlite3_close_v2(m_db);
            m_db = nullptr;
            throw SqliteError(code, message);
        }
        sqlite3_extended_result_codes(m_db, 1);
        // No value larger than this is read or written: a hostile file cannot make an open
        // allocate without bound (SQLITE_TOOBIG instead).
        sqlite3_limit(m_db, SQLITE_LIMIT_LENGTH, kMaxValueBytes);
        // Hardening for files from anywhere (sqlite.org/security.html): no schema tricks, no
        // triggers or views (the schema has none), no functions with side effects in the schema.
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
        // Another Vigil saving the same file holds its lock for milliseconds: wait, don't fail.
        sqlite3_busy_timeout(m_db, 2000);
        if (sqlite3_exec(m_db, "PRAGMA trusted_schema = OFF", nullptr, nullptr, nullptr)
            != SQLITE_OK) {
            const SqliteError error(sqlite3_extended_errcode(m_db), sqlite3_errmsg(m_db));
            sqlite3_close_v2(m_db);
            throw error;
        }
    }
    ~Database() { sqlite3_close_v2(m_db); }
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    sqlite3 *handle() const { return m_db; }

    [[noreturn]] void fail() const
    {
        throw SqliteError(sqlite3_extended_errcode(m_db), sqlite3_errmsg(m_db));
    }

    void exec(const char *sql)
    {
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
            fail();
    }
    void exec(const std::string &sql) { exec(sql.c_str()); }

    long long integer(const char *sql);
    std::string text(const char *sql);

    // Text values read that were not valid UTF-8 (read with replacement characters).
    long long invalidUtf8() const { return m_invalidUtf8; }
    void countInvalidUtf8() { ++m_invalidUtf8; }

private:
    sqlite3 *m_db = nullptr;
    long long m_invalidUtf8 = 0;
};

// ---------------------------------------------------------------- checksum

// A 64-bit multiplicative hash over little-endian 8-byte words. Each step is a bijection of the
// state for a given word and injective in the word for a given state, so a single changed word
// (one flipped byte) always changes the result. It detects damage and edits by other programs,
// not deliberate forgery. Files carry its value: the words it mixes, and their order, never
// change.
class Hasher {
public:
    void add(std::uint64_t value) { mix(value); }
    void tag(unsigned char kind) { mix(0x100u | kind); }
    void text(std::string_view text)
    {
        // The state stays in a register for the whole text: each step waits on the one before,
        // so the loop runs at the speed of that chain.
        std::uint64_t state = step(m_state, static_cast<std::uint64_t>(text.size()));
        const char *bytes = text.data();
        size_t left = text.size();
        for (; left >= 8; bytes += 8, left -= 8)
            state = step(state, word(bytes));
        if (left > 0)
            state = step(state, partialWord(bytes, left) ^ (std::uint64_t(left) << 59));
        m_state = state;
    }
    void number(double value) { mix(std::bit_cast<std::uint64_t>(value)); }
    std::uint64_t value() const
    {
        std::uint64_t z = m_state;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

private:
    static std::uint64_t step(std::uint64_t state, std::uint64_t word)
    {
        return (std::rotl(state, 23) ^ word) * 0x9e3779b97f4a7c15ULL;
    }
    // Eight bytes as a little-endian word.
    static std::uint64_t word(const char *bytes)
    {
        if constexpr (std::endian::native == std::endian::little) {
            std::uint64_t value;
            std::memcpy(&value, bytes, sizeof value);
            return value;
        } else {
            return partialWord(bytes, 8);
        }
    }
    static std::uint64_t partialWord(const char *bytes, size_t count)
    {
        std::uint64_t value = 0;
        for (size_t k = 0; k < count; ++k)
            value |= std::uint64_t(static_cast<unsigned char>(bytes[k])) << (8 * k);
        return value;
    }
    void mix(std::uint64_t word) { m_state = step(m_state, word); }

    std::uint64_t m_state = 0x243f6a8885a308d3ULL;
};

std::string hex(std::uint64_t value)
{
    std::string text(16, '0');
    for (int i = 15; i >= 0; --i, value >>= 4)
        text[static_cast<size_t>(i)] = "0123456789abcdef"[value & 0xf];
    return text;
}

// A prepared statement, reused across rows: bind, step, reset.
class Statement {
public:
    Statement(Database &db, const char *sql) : m_db(&db)
    {
        if (sqlite3_prepare_v3(db.handle(), sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr)
            != SQLITE_OK)
            db.fail();
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // The text must outlive the next step(): the statement does not copy it.
    Statement &bind(std::string_view text)
    {
        if (text.size() > static_cast<size_t>(std::numeric_limits<int>::max()))
            throw std::length_error("a text value is too large to save");
        check(sqlite3_bind_text(m_stmt, ++m_bound, text.data() ? text.data() : "",
                                static_cast<int>(text.size()), SQLITE_STATIC));
        return *this;
    }
    Statement &bind(const char *text) { return bind(std::string_view(text)); }
    // Bytes, not text (a compressed snapshot); they must outlive the next step() too.
    Statement &bindBlob(std::string_view bytes)
    {
        if (bytes.size() > static_cast<size_t>(std::numeric_limits<int>::max()))
            throw std::length_error("a value is too large to save");
        check(sqlite3_bind_blob(m_stmt, ++m_bound, bytes.data() ? bytes.data() : "",
                                static_cast<int>(bytes.size()), SQLITE_STATIC));
        return *this;
    }
    Statement &bind(long long value)
    {
        check(sqlite3_bind_int64(m_stmt, ++m_bound, value));
        return *this;
    }
    Statement &bind(int value) { return bind(static_cast<long long>(value)); }
    Statement &bind(bool value) { return bind(static_cast<long long>(value ? 1 : 0)); }
    Statement &bind(double value)
    {
        check(sqlite3_bind_double(m_stmt, ++m_bound, value));
        return *this;
    }
    Statement &bindNull()
    {
        check(sqlite3_bind_null(m_stmt, ++m_bound));
        return *this;
    }

    // Steps once; true while there is a row to read.
    bool step()
    {
        m_repaired.clear();
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            m_db->fail();
        return false;
    }
    // Runs a statement that returns no rows and makes it ready for the next one.
    void run()
    {
        step();
        reset();
    }
    void reset()
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        m_bound = 0;
    }

    // Text as read; bytes that are not valid UTF-8 (another program wrote them) come back as
    // U+FFFD replacement characters, and the database counts them for a warning.
    std::string_view textView(int column)
    {
        const auto *data = sqlite3_column_text(m_stmt, column);
        if (!data)
            return {};
        const std::string_view raw(reinterpret_cast<const char *>(data),
                                   static_cast<size_t>(sqlite3_column_bytes(m_stmt, column)));
        if (const auto repaired = m_repaired.find(column); repaired != m_repaired.end())
            return repaired->second; // read twice in one row: counted once
        if (validUtf8(raw))
            return raw;
        m_db->countInvalidUtf8();
        return m_repaired[column] = withReplacementCharacters(raw);
    }
    std::string text(int column) { return std::string(textView(column)); }
    // Bytes as stored (a blob), valid until the next step().
    std::string_view blobView(int column)
    {
        const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
        return data ? std::string_view(data,
                                       static_cast<size_t>(sqlite3_column_bytes(m_stmt, column)))
                    : std::string_view();
    }
    // Reads a text column into `into`, reusing its buffer.
    void read(int column, std::string &into) { into.assign(textView(column)); }
    long long integer(int column) const { return sqlite3_column_int64(m_stmt, column); }
    // An int column; a value outside the range of int is damage, never silently cut.
    int integer32(int column) const
    {
        const long long value = integer(column);
        if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max())
            throw ContentError(std::string("the number ") + std::to_string(value) + " in column "
                               + sqlite3_column_name(m_stmt, column) + " is out of range");
        return static_cast<int>(value);
    }
    double real(int column) const { return sqlite3_column_double(m_stmt, column); }
    bool isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

private:
    void check(int rc) const
    {
        if (rc != SQLITE_OK)
            m_db->fail();
    }

    Database *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    int m_bound = 0;
    std::map<int, std::string> m_repaired; // column -> text with replacement characters
};

// Stands in for a row statement when the content checksum is computed: it runs nothing and feeds
// every value bound, and the end of every row, to the checksum, so that the checksum covers
// exactly what a save writes. Each kind of value is tagged, and each row ends with a hash of the
// statement's SQL text.
class HashedRow {
public:
    HashedRow(Hasher &hasher, const char *sql) : m_hasher(&hasher)
    {
        Hasher name;
        name.text(sql);
        m_rowTag = name.value();
    }

    HashedRow &bind(std::string_view text)
    {
        m_hasher->tag('t');
        m_hasher->text(text);
        return *this;
    }
    HashedRow &bind(const char *text) { return bind(std::string_view(text)); }
    HashedRow &bind(long long value)
    {
        m_hasher->tag('i');
        m_hasher->add(static_cast<std::uint64_t>(value));
        return *this;
    }
    HashedRow &bind(int value) { return bind(static_cast<long long>(value)); }
    HashedRow &bind(bool value) { return bind(static_cast<long long>(value ? 1 : 0)); }
    HashedRow &bind(double value)
    {
        m_hasher->tag('r');
        m_hasher->number(value);
        return *this;
    }
    HashedRow &bindNull()
    {
        m_hasher->tag('n');
        return *this;
    }
    void run() { m_hasher->add(m_rowTag); }

private:
    Hasher *m_hasher;
    std::uint64_t m_rowTag = 0;
};

long long Database::integer(const char *sql)
{
    Statement statement(*this, sql);
    return statement.step() ? statement.integer(0) : 0;
}

std::string Database::text(const char *sql)
{
    Statement statement(*this, sql);
    return statement.step() ? statement.text(0) : std::string();
}

// ---------------------------------------------------------------- JSON columns

// True when the text goes into JSON as it is: printable ASCII without quotes or backslashes,
// as ids, property names, CAPEC and CWE references are.
bool plainJsonText(std::string_view text)
{
    for (const char c : text)
        if (c < 0x20 || c > 0x7e || c == '"' || c == '\\')
            return false;
    return true;
}

// Appends "text", quoted: only for plain texts.
void appendQuoted(std::string &out, std::string_view text)
{
    out += '"';
    out += text;
    out += '"';
}

// Writes properties that are all flags or plain texts under plain names exactly as
// json::dump() does (keys in the same order), without building a JSON tree: a model's tens of
// thousands of elements and flows are mostly such. False for anything else.
bool writePlainProperties(const PropertyMap &properties, std::string &out)
{
    out = "{";
    for (const auto &[key, value] : properties) {
        const std::string *text = std::get_if<std::string>(&value);
        if (std::holds_alternative<double>(value) || !plainJsonText(key)
            || (text && !plainJsonText(*text)))
            return false;
        if (out.size() > 1)
            out += ',';
        appendQuoted(out, key);
        out += ':';
        if (text)
            appendQuoted(out, *text);
        else
            out += std::get<bool>(value) ? "true" : "false";
    }
    out += '}';
    return true;
}

std::string propertiesToJson(const PropertyMap &properties)
{
    if (properties.empty())
        return "{}";
    if (std::string plain; writePlainProperties(properties, plain))
        return plain;
    json object = json::object();
    for (const auto &entry : properties) {
        if (const double *number = std::get_if<double>(&entry.second); number
            && !validNumber(*number))
            throw ContentError("property " + entry.first + " is not a finite number");
        std::visit([&object, &entry](const auto &value) { object[entry.first] = value; },
                   entry.second);
    }
    return object.dump();
}

std::string inQuotes(std::string_view id) { return "\"" + std::string(id) + "\""; }

// Where in the file a value was read, spelled out only when it is wrong (loading reads tens of
// thousands of rows and must not build a message for each).
struct Where {
    const char *kind;    // "element", "flow", ...
    std::string_view id;
    const char *field;   // "kind", "properties", ...
    std::string text() const
    {
        const std::string subject =
            id.empty() ? std::string(kind) : std::string(kind) + " \"" + std::string(id) + "\"";
        return subject + ": " + field;
    }
};

// Reads a properties object straight into a PropertyMap, without building a JSON tree.
class PropertyReader : public nlohmann::json_sax<json> {
public:
    explicit PropertyReader(PropertyMap &properties) : m_properties(properties) {}

    bool null() override { return invalid(); }
    bool boolean(bool value) override { return put(value); }
    bool number_integer(number_integer_t value) override
    {
        return put(static_cast<double>(value));
    }
    bool number_unsigned(number_unsigned_t value) override
    {
        return put(static_cast<double>(value));
    }
    bool number_float(number_float_t value, const string_t &) override { return put(value); }
    bool string(string_t &value) override { return put(std::move(value)); }
    bool binary(binary_t &) override { return invalid(); }
    bool start_object(std::size_t) override { return ++m_depth == 1 || invalid(); }
    bool key(string_t &key) override
    {
        m_key = std::move(key);
        return true;
    }
    bool end_object() override { return --m_depth == 0; }
    bool start_array(std::size_t) override { return invalid(); }
    bool end_array() override { return invalid(); }
    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &error)
        override
    {
        m_problem = error.what();
        return false;
    }

    const std::string &problem() const { return m_problem; }

private:
    bool put(PropertyValue value)
    {
        if (m_depth != 1)
            return invalid();
        m_properties.insert_or_assign(std::move(m_key), std::move(value));
        return true;
    }
    bool invalid()
    {
        m_problem = m_depth == 1 ? "\"" + m_key + "\" is not a bool, number or text"
                                 : "not a JSON object of bool, number or text values";
        return false;
    }

    PropertyMap &m_properties;
    std::string m_key;
    std::string m_problem;
    int m_depth = 0;
};

// The JSON text of a list of strings, exactly as json::dump() writes it. Saving an analysed model
// writes three such lists per threat: plain texts are written directly, and only lists with a
// text that needs escaping go through the JSON library.
template<typename Container>
std::string stringsToJson(const Container &strings)
{
    if (strings.empty())
        return "[]";
    size_t size = 1;
    for (const auto &text : strings) {
        if (!plainJsonText(text))
            return json(strings).dump();
        size += text.size() + 3;
    }
    std::string result;
    result.reserve(size);
    result += '[';
    for (const auto &text : strings) {
        if (result.size() > 1)
            result += ',';
        appendQuoted(result, text);
    }
    result += ']';
    return result;
}

// True when arrays and objects in the JSON text nest at most `limit` deep. The columns hold flat
// lists, so this refuses a deeply nested value before any parser recurses into it.
bool nestsAtMost(std::string_view text, int limit)
{
    int depth = 0;
    bool inString = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > limit)
                return false;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return true;
}

json parseJson(std::string_view text, const Where &where)
{
    if (!nestsAtMost(text, 2))
        throw ContentError(where.text() + ": nested too deeply");
    json value = json::parse(text.begin(), text.end(), nullptr, false);
    if (value.is_discarded())
        throw ContentError(where.text() + ": malformed JSON");
    return value;
}

// Reads the quoted text at text[at] if it has no escapes or control characters, and moves `at`
// past it. False for anything else, or when it does not end before `end`.
bool readPlainText(std::string_view text, size_t &at, size_t end, std::string_view &plain)
{
    if (at >= end || text[at] != '"')
        return false;
    const size_t start = ++at;
    for (; at < end && text[at] != '"'; ++at)
        if (static_cast<unsigned char>(text[at]) < 0x20 || text[at] == '\\')
            return false;
    if (at == end)
        return false;
    plain = text.substr(start, at++ - start);
    return true;
}

// Moves `at` past the comma between two items; false when neither a comma and another item nor
// the end follow.
bool skipSeparator(std::string_view text, size_t &at, size_t end)
{
    return at == end || (text[at] == ',' && ++at < end);
}

// Reads a list of strings in the form Vigil writes it, ["a","b"] without spaces or escapes,
// without a JSON parser (an analysed model has three such lists per threat). Returns false,
// leaving `strings` to be discarded, for anything else: the JSON parser reads that.
bool readPlainStrings(std::string_view text, std::vector<std::string> &strings)
{
    if (text.size() < 2 || text.front() != '[' || text.back() != ']')
        return false;
    const size_t end = text.size() - 1; // the closing bracket
    for (size_t at = 1; at < end;) {
        std::string_view plain;
        if (!readPlainText(text, at, end, plain) || !skipSeparator(text, at, end))
            return false;
        strings.emplace_back(plain);
    }
    return true;
}

// Reads properties in the form Vigil writes flags and plain texts, {"name":true,"os":"RTOS"},
// without a JSON parser. Returns false, leaving `properties` to be discarded, for anything else
// (numbers among it): the JSON parser reads that.
bool readPlainProperties(std::string_view text, PropertyMap &properties)
{
    if (text.size() < 2 || text.front() != '{' || text.back() != '}')
        return false;
    const size_t end = text.size() - 1; // the closing brace
    for (size_t at = 1; at < end;) {
        std::string_view key, plain;
        if (!readPlainText(text, at, end, key) || at == end || text[at++] != ':')
            return false;
        PropertyValue value;
        if (text.substr(at, 4) == "true") {
            value = true;
            at += 4;
        } else if (text.substr(at, 5) == "false") {
            value = false;
            at += 5;
        } else if (readPlainText(text, at, end, plain)) {
            value = std::string(plain);
        } else {
            return false;
        }
        if (at > end || !skipSeparator(text, at, end))
            return false;
        properties.insert_or_assign(std::string(key), std::move(value));
    }
    return true;
}

PropertyMap propertiesFromJson(std::string_view text, const Where &where)
{
    PropertyMap properties;
    if (text == "{}" || readPlainProperties(text, properties))
        return properties;
    properties.clear();
    PropertyReader reader(properties);
    if (!json::sax_parse(text.begin(), text.end(), &reader))
        throw ContentError(where.text() + ": " + reader.problem());
    return properties;
}

std::vector<std::string> stringsFromJson(std::string_view text, const Where &where)
{
    if (text == "[]")
        return {};
    if (std::vector<std::string> strings; readPlainStrings(text, strings))
        return strings;
    const json array = parseJson(text, where);
    if (!array.is_array())
        throw ContentError(where.text() + ": not a JSON array of text");
    std::vector<std::string> result;
    result.reserve(array.size());
    for (const json &item : array) {
        if (!item.is_string())
            throw ContentError(where.text() + ": not a JSON array of text");
        result.push_back(item.get<std::string>());
    }
    return result;
}

std::string bendsToJson(const std::vector<Point> &bends)
{
    if (bends.empty())
        return "[]";
    json array = json::array();
    for (const Point &bend : bends)
        array.push_back(json::array({bend.x, bend.y}));
    return array.dump();
}

std::vector<Point> bendsFromJson(std::string_view text, const Where &where)
{
    if (text == "[]")
        return {};
    const json array = parseJson(text, where);
    std::vector<Point> bends;
    bool valid = array.is_array();
    if (valid)
        for (const json &point : array) {
            if (!point.is_array() || point.size() != 2 || !point[0].is_number()
                || !point[1].is_number()) {
                valid = false;
                break;
            }
            bends.push_back({point[0].get<double>(), point[1].get<double>()});
        }
    if (!valid)
        throw ContentError(where.text() + ": not a JSON array of [x, y] points");
    return bends;
}

template<typename Enum>
Enum parseEnum(std::optional<Enum> value, std::string_view text, const Where &where)
{
    if (!value)
        throw ContentError(where.text() + ": unknown value \"" + std::string(text) + "\"");
    return *value;
}

// A text that must be one of `names` (a review's threat selection or order), checked on reading
// and on saving alike, so that no save writes what no open reads.
template<size_t N>
void checkChoice(std::string_view text, const std::array<std::string_view, N> &names,
                 const Where &where)
{
    if (std::find(names.begin(), names.end(), text) == names.end())
        throw ContentError(where.text() + ": unknown value " + inQuotes(text));
}

// ---------------------------------------------------------------- writing

constexpr const char *kPutInfo =
    "INSERT OR REPLACE INTO info (id, name, description, intended_use, environment, "
    "network_location, physical_protection, safety_impact, assumptions, scope, rule_packs, "
    "next_threat_number, next_requirement_number, next_test_number, risk_scheme, independence, "
    "last_analysis) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr const char *kPutElement =
    "INSERT OR REPLACE INTO elements (id, kind, name, description, properties, out_of_scope, "
    "out_of_scope_reason) VALUES (?, ?, ?, ?, ?, ?, ?)";
constexpr const char *kDeleteElement = "DELETE FROM elements WHERE id = ?";
constexpr const char *kPutFlow =
    "INSERT OR REPLACE INTO flows (id, source, target, bidirectional, name, description, "
    "protocol, properties, out_of_scope, out_of_scope_reason) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr const char *kDeleteFlow = "DELETE FROM flows WHERE id = ?";
constexpr const char *kPutBoundary =
    "INSERT OR REPLACE INTO boundaries (id, name, description, parent, stack_order) "
    "VALUES (?, ?, ?, ?, ?)";
constexpr const char *kDeleteBoundary = "DELETE FROM boundaries WHERE id = ?";
constexpr const char *kPutMember =
    "INSERT INTO boundary_members (boundary, element) VALUES (?, ?)";
constexpr const char *kDeleteMembers = "DELETE FROM boundary_members WHERE boundary = ?";
constexpr const char *kPutDiagram =
    "INSERT OR REPLACE INTO diagrams (id, name, kind, level, sort_order, description) "
    "VALUES (?, ?, ?, ?, ?, ?)";
constexpr const char *kDeleteDiagram = "DELETE FROM diagrams WHERE id = ?";
constexpr const char *kDeleteDiagramNodes = "DELETE FROM diagram_nodes WHERE diagram = ?";
constexpr const char *kDeleteDiagramFlows = "DELETE FROM diagram_flows WHERE diagram = ?";
constexpr const char *kPutNode =
    "INSERT OR REPLACE INTO diagram_nodes (diagram, item, x, y, width, height) "
    "VALUES (?, ?, ?, ?, ?, ?)";
constexpr const char *kDeleteNode = "DELETE FROM diagram_nodes WHERE diagram = ? AND item = ?";
constexpr const char *kPutFlowLayout =
    "INSERT OR REPLACE INTO diagram_flows (diagram, flow, bends, label_x, label_y) "
    "VALUES (?, ?, ?, ?, ?)";
constexpr const char *kDeleteFlowLayout =
    "DELETE FROM diagram_flows WHERE diagram = ? AND flow = ?";
constexpr const char *kPutThreat =
    "INSERT OR REPLACE INTO threats (id, number, rule_id, rule_pack, rule_pack_version, "
    "category, targets, title, description, severity, status, justification, why, "
    "risk_before_method, risk_before_cvss_vector, risk_before_exploitability, "
    "risk_before_severity, risk_after_method, risk_after_cvss_vector, "
    "risk_after_exploitability, risk_after_severity, capec, cwe, transferred_to_safety, "
    "residual_rationale, residual_by, residual_date, manual) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
// A threat whose texts name objects: the same columns and the wordings of schema 5. Threats
// whose texts name nothing are written with kPutThreat, so their rows, and the content checksum,
// are what they were before schema 5.
constexpr const char *kPutNamingThreat =
    "INSERT OR REPLACE INTO threats (id, number, rule_id, rule_pack, rule_pack_version, "
    "category, targets, title, description, severity, status, justification, why, "
    "risk_before_method, risk_before_cvss_vector, risk_before_exploitability, "
    "risk_before_severity, risk_after_method, risk_after_cvss_vector, "
    "risk_after_exploitability, risk_after_severity, capec, cwe, transferred_to_safety, "
    "residual_rationale, residual_by, residual_date, manual, title_wording, title_names, "
    "description_wording, description_names, why_wording, why_names) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
    "?, ?, ?, ?, ?, ?)";
constexpr const char *kFindWording = "SELECT id FROM wordings WHERE text = ?";
constexpr const char *kPutWording = "INSERT INTO wordings (text) VALUES (?)";
constexpr const char *kDeleteThreat = "DELETE FROM threats WHERE id = ?";
constexpr const char *kPutThreatHazard =
    "INSERT INTO threat_hazards (threat, hazard) VALUES (?, ?)";
constexpr const char *kDeleteThreatHazards = "DELETE FROM threat_hazards WHERE threat = ?";
constexpr const char *kPutThreatMitigation =
    "INSERT INTO threat_mitigations (threat, mitigation) VALUES (?, ?)";
constexpr const char *kDeleteThreatMitigations =
    "DELETE FROM threat_mitigations WHERE threat = ?";
constexpr const char *kPutMitigation =
    "INSERT OR REPLACE INTO mitigations (id, title, description, control_category, layer, "
    "scope, status) VALUES (?, ?, ?, ?, ?, ?, ?)";
constexpr const char *kDeleteMitigation = "DELETE FROM mitigations WHERE id = ?";
constexpr const char *kPutMitigationRequirement =
    "INSERT INTO mitigation_requirements (mitigation, requirement) VALUES (?, ?)";
constexpr const char *kDeleteMitigationRequirements =
    "DELETE FROM mitigation_requirements WHERE mitigation = ?";
constexpr const char *kPutRequirement =
    "INSERT OR REPLACE INTO requirements (id, text, source, status) VALUES (?, ?, ?, ?)";
constexpr const char *kDeleteRequirement = "DELETE FROM requirements WHERE id = ?";
constexpr const char *kPutTest =
    "INSERT OR REPLACE INTO tests (id, kind, procedure, tool, tool_version, result, evidence, "
    "date, performed_by, developer, automation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr const char *kDeleteTest = "DELETE FROM tests WHERE id = ?";
constexpr const char *kPutTestVerifies = "INSERT INTO test_verifies (test, item) VALUES (?, ?)";
constexpr const char *kDeleteTestVerifies = "DELETE FROM test_verifies WHERE test = ?";
constexpr const char *kPutPerson =
    "INSERT OR REPLACE INTO people (id, name, role, department, organisation) "
    "VALUES (?, ?, ?, ?, ?)";
constexpr const char *kDeletePerson = "DELETE FROM people WHERE id = ?";
constexpr const char *kPutHazard =
    "INSERT OR REPLACE INTO hazards (id, reference, title, description) VALUES (?, ?, ?, ?)";
constexpr const char *kDeleteHazard = "DELETE FROM hazards WHERE id = ?";
constexpr const char *kPutSuppression =
    "INSERT OR REPLACE INTO suppressions (element, rule, reason) VALUES (?, ?, ?)";
constexpr const char *kDeleteSuppression =
    "DELETE FROM suppressions WHERE element = ? AND rule = ?";
constexpr const char *kPutReview =
    "INSERT OR REPLACE INTO reviews (id, date, scope_threats, scope_diagram, scope_target, "
    "scope_category, scope_minimum_risk, scope_order, completed, next_review, notes) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr const char *kDeleteReview = "DELETE FROM reviews WHERE id = ?";
constexpr const char *kPutReviewAttendee =
    "INSERT INTO review_attendees (review, position, person) VALUES (?, ?, ?)";
constexpr const char *kDeleteReviewAttendees = "DELETE FROM review_attendees WHERE review = ?";
constexpr const char *kPutReviewDecision =
    "INSERT INTO review_decisions (review, position, threat, status_before, status_after, "
    "justification, risk_before_method, risk_before_cvss_vector, risk_before_exploitability, "
    "risk_before_severity, risk_after_method, risk_after_cvss_vector, risk_after_exploitability, "
    "risk_after_severity, decided_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr const char *kDeleteReviewDecisions = "DELETE FROM review_decisions WHERE review = ?";
constexpr const char *kPutBaseline =
    "INSERT OR REPLACE INTO baselines (id, name, date, author, comment, hash) "
    "VALUES (?, ?, ?, ?, ?, ?)";
constexpr const char *kDeleteBaseline = "DELETE FROM baselines WHERE id = ?";
constexpr const char *kPutSnapshotPart =
    "INSERT INTO baseline_snapshots (baseline, position, part) VALUES (?, ?, ?)";
constexpr const char *kDeleteSnapshotParts = "DELETE FROM baseline_snapshots WHERE baseline = ?";
constexpr const char *kPutApproval =
    "INSERT INTO baseline_approvals (baseline, position, approver, role, date, meaning, "
    "rationale) VALUES (?, ?, ?, ?, ?, ?, ?)";
constexpr const char *kDeleteApprovals = "DELETE FROM baseline_approvals WHERE baseline = ?";
constexpr const char *kPutHistory =
    "INSERT OR REPLACE INTO history (id, time, author, action, ids, touched) "
    "VALUES (?, ?, ?, ?, ?, ?)";
constexpr const char *kDeleteHistory = "DELETE FROM history WHERE id = ?";
constexpr const char *kPutConflict =
    "INSERT OR REPLACE INTO merge_conflicts (id, kind, record, label, field, base, ours, theirs, "
    "reason, taken) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr const char *kDeleteConflict = "DELETE FROM merge_conflicts WHERE id = ?";

// The parts a snapshot's compressed bytes are stored in, at most kSnapshotPartBytes each.
std::vector<std::string_view> snapshotParts(std::string_view packed)
{
    std::vector<std::string_view> parts;
    for (size_t at = 0; at < packed.size(); at += kSnapshotPartBytes)
        parts.push_back(packed.substr(at, kSnapshotPartBytes));
    return parts;
}

// Writes rows with statements prepared once per save and reused for every row. A Writer of
// HashedRow rows writes nothing: it feeds what it would write to the content checksum. One
// template for both, so the checksum covers exactly what a save writes, and each is compiled
// without the other's branches (the checksum walks every value of the model on every save).
template<typename Row>
class Writer {
public:
    static constexpr bool kHashing = std::is_same_v<Row, HashedRow>;
    using Target = std::conditional_t<kHashing, Hasher, Database>;

    Writer(Target &target, const ThreatModel &model) : m_target(&target), m_model(model) {}

    // Inserts the whole model into empty tables.
    void writeAll()
    {
        writeGraph();
        for (const auto &entry : m_model.threats().all())
            writeThreat(entry.second);
        writeRecords();
    }
    // What writeAll() writes before the threats: the model information, the graph and layout.
    void writeGraph()
    {
        writeInfo();
        for (const Element *element : m_model.elements())
            putElement(*element);
        for (const Flow *flow : m_model.flows())
            putFlow(*flow);
        for (const TrustBoundary *boundary : m_model.boundaries())
            putBoundary(*boundary, false);
        for (const Diagram *diagram : m_model.diagrams()) {
            putDiagram(*diagram);
            for (const auto &[item, rect] : diagram->nodes)
                putNode(diagram->id, item, rect);
            for (const auto &[flow, layout] : diagram->flows)
                putFlowLayout(diagram->id, flow, layout);
        }
    }
    // One threat and its links, into empty tables.
    void writeThreat(const Threat &threat) { putThreat(threat, false); }
    // What writeAll() writes after the threats.
    void writeRecords()
    {
        for (const auto &entry : m_model.mitigations().all())
            putMitigation(entry.second, false);
        for (const auto &entry : m_model.requirements().all())
            putRequirement(entry.second);
        for (const auto &entry : m_model.tests().all())
            putTest(entry.second, false);
        for (const auto &entry : m_model.people().all())
            putPerson(entry.second);
        for (const auto &entry : m_model.hazards().all())
            putHazard(entry.second);
        for (const Suppression &suppression : m_model.suppressions())
            putSuppression(suppression);
        // Last: a model without reviews keeps the checksum of schema 3 files.
        for (const auto &entry : m_model.reviews().all())
            putReview(entry.second, false);
        for (const auto &entry : m_model.baselines().all())
            putBaseline(entry.second, false);
        for (const auto &entry : m_model.history().all())
            putHistory(entry.second);
        for (const auto &entry : m_model.conflicts().all())
            putConflict(entry.second);
    }

    // Writes what the journal lists: keys still in the model are replaced, the others deleted.
    void writeChanges(const ChangeJournal &journal)
    {
        for (const auto &[table, keys] : journal.touched) {
            if (table == Table::Threat) {
                writeThreats(keys);
                continue;
            }
            for (const std::string &key : keys)
                writeKey(table, key);
        }
    }

private:
    Row &prepared(const char *sql)
    {
        auto &slot = m_statements[sql];
        if (!slot)
            slot = std::make_unique<Row>(*m_target, sql);
        return *slot;
    }

    // The JSON text of a column. Computing the checksum, the values go to it directly instead
    // (building JSON for every row would cost more than the rest of the walk).
    std::string propertiesText(const PropertyMap &properties)
    {
        if constexpr (!kHashing) {
            return propertiesToJson(properties);
        } else {
            Hasher &hasher = *m_target;
            hasher.tag('p');
            hasher.add(static_cast<std::uint64_t>(properties.size()));
            for (const auto &[key, value] : properties) {
                hasher.text(key);
                hasher.tag(static_cast<unsigned char>(value.index()));
                if (const bool *flag = std::get_if<bool>(&value)) {
                    hasher.tag(*flag ? 1 : 0);
                } else if (const double *number = std::get_if<double>(&value)) {
                    if (!validNumber(*number))
                        throw ContentError("property " + key + " is not a finite number");
                    hasher.number(*number);
                } else {
                    hasher.text(std::get<std::string>(value));
                }
            }
            return {};
        }
    }
    template<typename Container>
    std::string stringsText(const Container &strings)
    {
        if constexpr (!kHashing) {
            return stringsToJson(strings);
        } else {
            m_target->tag('l');
            m_target->add(static_cast<std::uint64_t>(strings.size()));
            for (const auto &text : strings)
                m_target->text(text);
            return {};
        }
    }
    std::string bendsText(const std::vector<Point> &bends)
    {
        if constexpr (!kHashing) {
            return bendsToJson(bends);
        } else {
            m_target->tag('b');
            m_target->add(static_cast<std::uint64_t>(bends.size()));
            for (const Point &bend : bends) {
                m_target->number(bend.x);
                m_target->number(bend.y);
            }
            return {};
        }
    }

    // Runs a row statement; counts rows for the failure-injection test hook.
    void run(Row &statement)
    {
        statement.run();
        if (!kHashing && g_failAfterRows >= 0 && ++m_rows > g_failAfterRows) {
            g_failAfterRows = -1;
            throw std::runtime_error("failure injected by a test after "
                                     + std::to_string(m_rows - 1) + " rows");
        }
    }

    void writeKey(Table table, const std::string &key)
    {
        switch (table) {
        case Table::Info:
            writeInfo();
            return;
        case Table::Element:
            if (const Element *element = m_model.element(key))
                putElement(*element);
            else
                run(prepared(kDeleteElement).bind(key));
            return;
        case Table::Flow:
            if (const Flow *flow = m_model.flow(key))
                putFlow(*flow);
            else
                run(prepared(kDeleteFlow).bind(key));
            return;
        case Table::Boundary:
            if (const TrustBoundary *boundary = m_model.boundary(key)) {
                putBoundary(*boundary, true);
            } else {
                run(prepared(kDeleteBoundary).bind(key));
                run(prepared(kDeleteMembers).bind(key));
            }
            return;
        case Table::Diagram:
            if (const Diagram *diagram = m_model.diagram(key)) {
                putDiagram(*diagram);
            } else {
                run(prepared(kDeleteDiagram).bind(key));
                run(prepared(kDeleteDiagramNodes).bind(key));
                run(prepared(kDeleteDiagramFlows).bind(key));
            }
            return;
        case Table::DiagramNode: {
            const auto [diagramId, item] = splitDiagramKey(key);
            if (const Rect *rect = findIn(&Diagram::nodes, diagramId, item))
                putNode(diagramId, item, *rect);
            else
                run(prepared(kDeleteNode).bind(diagramId).bind(item));
            return;
        }
        case Table::DiagramFlow: {
            const auto [diagramId, flow] = splitDiagramKey(key);
            if (const FlowLayout *layout = findIn(&Diagram::flows, diagramId, flow))
                putFlowLayout(diagramId, flow, *layout);
            else
                run(prepared(kDeleteFlowLayout).bind(diagramId).bind(flow));
            return;
        }
        case Table::Threat:
            replaceThreat(key, m_model.threats().find(key));
            return;
        case Table::Mitigation:
            if (const Mitigation *mitigation = m_model.mitigations().find(key)) {
                putMitigation(*mitigation, true);
            } else {
                run(prepared(kDeleteMitigation).bind(key));
                run(prepared(kDeleteMitigationRequirements).bind(key));
            }
            return;
        case Table::Requirement:
            if (const Requirement *requirement = m_model.requirements().find(key))
                putRequirement(*requirement);
            else
                run(prepared(kDeleteRequirement).bind(key));
            return;
        case Table::Test:
            if (const VerificationTest *test = m_model.tests().find(key)) {
                putTest(*test, true);
            } else {
                run(prepared(kDeleteTest).bind(key));
                run(prepared(kDeleteTestVerifies).bind(key));
            }
            return;
        case Table::Person:
            if (const Person *person = m_model.people().find(key))
                putPerson(*person);
            else
                run(prepared(kDeletePerson).bind(key));
            return;
        case Table::Hazard:
            if (const Hazard *hazard = m_model.hazards().find(key))
                putHazard(*hazard);
            else
                run(prepared(kDeleteHazard).bind(key));
            return;
        case Table::Suppression: {
            // Suppression keys use the same separator as diagram keys.
            const auto [element, rule] = splitDiagramKey(key);
            if (const Suppression *suppression = m_model.suppression(element, rule))
                putSuppression(*suppression);
            else
                run(prepared(kDeleteSuppression).bind(element).bind(rule));
            return;
        }
        case Table::Review:
            if (const Review *review = m_model.reviews().find(key)) {
                putReview(*review, true);
            } else {
                run(prepared(kDeleteReview).bind(key));
                run(prepared(kDeleteReviewAttendees).bind(key));
                run(prepared(kDeleteReviewDecisions).bind(key));
            }
            return;
        case Table::Baseline:
            if (const Baseline *baseline = m_model.baselines().find(key)) {
                putBaseline(*baseline, true);
            } else {
                run(prepared(kDeleteBaseline).bind(key));
                run(prepared(kDeleteSnapshotParts).bind(key));
                run(prepared(kDeleteApprovals).bind(key));
            }
            return;
        case Table::History:
            if (const HistoryEntry *entry = m_model.history().find(key))
                putHistory(*entry);
            else
                run(prepared(kDeleteHistory).bind(key));
            return;
        case Table::Conflict:
            if (const OpenConflict *conflict = m_model.conflicts().find(key))
                putConflict(*conflict);
            else
                run(prepared(kDeleteConflict).bind(key));
            return;
        }
    }

    // An analysis touches every threat of the model, hundreds of thousands of keys. The keys and
    // the records are both in id order: when most records are touched, one walk through both
    // finds them. Link rows are deleted only for threats that have some in the file: after an
    // analysis, nearly every threat is new to it.
    void writeThreats(const std::set<std::string> &keys)
    {
        m_threatsWithHazards = linkOwners("SELECT DISTINCT threat FROM threat_hazards");
        m_threatsWithMitigations = linkOwners("SELECT DISTINCT threat FROM threat_mitigations");
        const auto &threats = m_model.threats().all();
        if (keys.size() < threats.size() / 8) {
            for (const std::string &key : keys)
                replaceThreat(key, m_model.threats().find(key));
            return;
        }
        auto next = threats.begin();
        for (const std::string &key : keys) {
            while (next != threats.end() && next->first < key)
                ++next;
            replaceThreat(key, next != threats.end() && next->first == key ? &next->second
                                                                           : nullptr);
        }
    }

    // Writes the threat with id `key`, or deletes it when the model no longer has it.
    void replaceThreat(const std::string &key, const Threat *threat)
    {
        if (threat) {
            putThreat(*threat, true);
            return;
        }
        run(prepared(kDeleteThreat).bind(key));
        deleteThreatLinks(key);
    }

    void deleteThreatLinks(const Id &threat)
    {
        if (!m_threatsWithHazards || m_threatsWithHazards->count(threat))
            run(prepared(kDeleteThreatHazards).bind(threat));
        if (!m_threatsWithMitigations || m_threatsWithMitigations->count(threat))
            run(prepared(kDeleteThreatMitigations).bind(threat));
    }

    // The first column of every row of `sql`.
    std::set<Id> linkOwners(const char *sql)
    {
        std::set<Id> owners;
        Statement rows(*m_target, sql);
        while (rows.step())
            owners.emplace_hint(owners.end(), rows.text(0));
        return owners;
    }

    // The node rectangle or flow layout of `item` on a diagram, null when there is none.
    template<typename Value>
    const Value *findIn(std::map<Id, Value> Diagram::*layer, const Id &diagramId,
                        const Id &item) const
    {
        const Diagram *diagram = m_model.diagram(diagramId);
        if (!diagram)
            return nullptr;
        const auto &entries = diagram->*layer;
        auto it = entries.find(item);
        return it == entries.end() ? nullptr : &it->second;
    }

    void writeInfo()
    {
        const ModelInfo &info = m_model.info();
        for (const auto &[counter, value] :
             {std::pair{"next threat number", info.nextThreatNumber},
              std::pair{"next requirement number", info.nextRequirementNumber},
              std::pair{"next test number", info.nextTestNumber}})
            if (!validRecordNumber(value))
                throw ContentError(std::string("model information: the ") + counter + " "
                                   + std::to_string(value) + " is out of range (1 to "
                                   + std::to_string(kMaxRecordNumber) + ")");
        const std::string assumptions = stringsText(info.assumptions);
        const std::string rulePacks = stringsText(info.rulePacks);
        run(prepared(kPutInfo)
                .bind(info.name)
                .bind(info.description)
                .bind(info.context.intendedUse)
                .bind(info.context.environment)
                .bind(info.context.networkLocation)
                .bind(info.context.physicalProtection)
                .bind(info.context.safetyImpact)
                .bind(assumptions)
                .bind(info.scope)
                .bind(rulePacks)
                .bind(info.nextThreatNumber)
                .bind(info.nextRequirementNumber)
                .bind(info.nextTestNumber)
                .bind(settingsToJsonText(info.riskScheme))
                .bind(settingsToJsonText(info.independence))
                .bind(settingsToJsonText(info.lastAnalysis)));
    }

    void putElement(const Element &element)
    {
        const std::string properties = propertiesText(element.properties);
        run(prepared(kPutElement)
                .bind(element.id)
                .bind(toString(element.kind))
                .bind(element.name)
                .bind(element.description)
                .bind(properties)
                .bind(element.outOfScope)
                .bind(element.outOfScopeReason));
    }

    void putFlow(const Flow &flow)
    {
        const std::string properties = propertiesText(flow.properties);
        run(prepared(kPutFlow)
                .bind(flow.id)
                .bind(flow.source)
                .bind(flow.target)
                .bind(flow.bidirectional)
                .bind(flow.name)
                .bind(flow.description)
                .bind(flow.protocol)
                .bind(properties)
                .bind(flow.outOfScope)
                .bind(flow.outOfScopeReason));
    }

    void putBoundary(const TrustBoundary &boundary, bool replaceMembers)
    {
        Row &put = prepared(kPutBoundary);
        put.bind(boundary.id).bind(boundary.name).bind(boundary.description);
        if (boundary.parent.empty())
            put.bindNull();
        else
            put.bind(boundary.parent);
        put.bind(boundary.stackOrder);
        run(put);
        if (replaceMembers)
            run(prepared(kDeleteMembers).bind(boundary.id));
        for (const Id &member : boundary.members)
            run(prepared(kPutMember).bind(boundary.id).bind(member));
    }

    void putDiagram(const Diagram &diagram)
    {
        run(prepared(kPutDiagram)
                .bind(diagram.id)
                .bind(diagram.name)
                .bind(toString(diagram.kind))
                .bind(diagram.level)
                .bind(diagram.order)
                .bind(diagram.description));
    }

    void putNode(const Id &diagram, const Id &item, const Rect &rect)
    {
        if (!validCoordinate(rect.x) || !validCoordinate(rect.y) || !validExtent(rect.width)
            || !validExtent(rect.height))
            throw ContentError("diagram " + inQuotes(diagram) + ": the place of " + inQuotes(item)
                               + " is not finite or out of range");
        run(prepared(kPutNode)
                .bind(diagram)
                .bind(item)
                .bind(rect.x)
                .bind(rect.y)
                .bind(rect.width)
                .bind(rect.height));
    }

    void putFlowLayout(const Id &diagram, const Id &flow, const FlowLayout &layout)
    {
        bool valid = !layout.labelPosition || (validCoordinate(layout.labelPosition->x)
                                               && validCoordinate(layout.labelPosition->y));
        for (const Point &bend : layout.bends)
            valid = valid && validCoordinate(bend.x) && validCoordinate(bend.y);
        if (!valid)
            throw ContentError("diagram " + inQuotes(diagram) + ": the layout of flow "
                               + inQuotes(flow) + " is not finite or out of range");
        const std::string bends = bendsText(layout.bends);
        Row &put = prepared(kPutFlowLayout);
        put.bind(diagram).bind(flow).bind(bends);
        if (layout.labelPosition)
            put.bind(layout.labelPosition->x).bind(layout.labelPosition->y);
        else
            put.bindNull().bindNull();
        run(put);
    }

    void putThreat(const Threat &threat, bool replaceLinks)
    {
        if (!validThreatNumber(threat.number))
            throw ContentError("threat " + inQuotes(threat.id) + ": the number "
                               + std::to_string(threat.number) + " is out of range");
        const std::string targets = stringsText(threat.targets);
        const std::string capec = stringsText(threat.capec);
        const std::string cwe = stringsText(threat.cwe);
        const bool naming = threat.title.namesObjects() || threat.description.namesObjects()
                            || threat.why.namesObjects();
        Row &put = prepared(naming ? kPutNamingThreat : kPutThreat);
        put.bind(threat.id)
            .bind(threat.number)
            .bind(threat.ruleId)
            .bind(threat.rulePack)
            .bind(threat.rulePackVersion)
            .bind(toString(threat.category))
            .bind(targets)
            .bind(ownText(threat.title))
            .bind(ownText(threat.description))
            .bind(threat.severity)
            .bind(toString(threat.status))
            .bind(threat.justification)
            .bind(ownText(threat.why));
        bindRisk(put, threat.riskBefore);
        bindRisk(put, threat.riskAfter);
        put.bind(capec)
            .bind(cwe)
            .bind(threat.transferredToSafety ? 1 : 0)
            .bind(threat.residualAcceptance.rationale)
            .bind(threat.residualAcceptance.by)
            .bind(threat.residualAcceptance.date)
            .bind(threat.manual ? 1 : 0);
        // Bound values are not copied: their texts live until the row is written.
        std::array<std::string, 3> names;
        if (naming) {
            bindWording(put, threat.title, names[0]);
            bindWording(put, threat.description, names[1]);
            bindWording(put, threat.why, names[2]);
        }
        run(put);
        if (replaceLinks)
            deleteThreatLinks(threat.id);
        for (const Id &hazard : threat.hazards)
            run(prepared(kPutThreatHazard).bind(threat.id).bind(hazard));
        for (const Id &mitigation : threat.mitigations)
            run(prepared(kPutThreatMitigation).bind(threat.id).bind(mitigation));
    }

    // A text's own column: the text itself, or empty when it names objects (bindWording).
    static std::string_view ownText(const NamedText &text)
    {
        return text.namesObjects() ? std::string_view() : std::string_view(text.wording());
    }
    // A text's wording and names: the wording's row (its text, for the checksum) and the ids;
    // NULL and empty for a text that names nothing. `names` keeps the ids' text until the row
    // is written.
    void bindWording(Row &put, const NamedText &text, std::string &names)
    {
        if (!text.namesObjects()) {
            put.bindNull().bind(std::string_view());
            return;
        }
        if constexpr (kHashing)
            put.bind(std::string_view(text.wording()));
        else
            put.bind(wordingRow(text.wording()));
        names = stringsText(text.names());
        put.bind(std::string_view(names));
    }
    // The row of `wording` in the wordings table, added when it is not there yet.
    long long wordingRow(const std::string &wording)
        requires(!kHashing)
    {
        if (const auto known = m_wordingRows.find(wording); known != m_wordingRows.end())
            return known->second;
        Row &find = prepared(kFindWording);
        find.bind(std::string_view(wording));
        long long row = 0;
        if (find.step()) {
            row = find.integer(0);
            find.reset();
        } else {
            find.reset();
            run(prepared(kPutWording).bind(std::string_view(wording)));
            row = sqlite3_last_insert_rowid(m_target->handle());
        }
        m_wordingRows.emplace(wording, row);
        return row;
    }

    void putMitigation(const Mitigation &mitigation, bool replaceLinks)
    {
        run(prepared(kPutMitigation)
                .bind(mitigation.id)
                .bind(mitigation.title)
                .bind(mitigation.description)
                .bind(mitigation.controlCategory)
                .bind(mitigation.layer)
                .bind(mitigation.scope)
                .bind(mitigation.status));
        if (replaceLinks)
            run(prepared(kDeleteMitigationRequirements).bind(mitigation.id));
        for (const Id &requirement : mitigation.requirements)
            run(prepared(kPutMitigationRequirement).bind(mitigation.id).bind(requirement));
    }

    void putRequirement(const Requirement &requirement)
    {
        run(prepared(kPutRequirement)
                .bind(requirement.id)
                .bind(requirement.text)
                .bind(requirement.source)
                .bind(requirement.status));
    }

    void putTest(const VerificationTest &test, bool replaceLinks)
    {
        run(prepared(kPutTest)
                .bind(test.id)
                .bind(test.kind)
                .bind(test.procedure)
                .bind(test.tool)
                .bind(test.toolVersion)
                .bind(test.result)
                .bind(test.evidence)
                .bind(test.date)
                .bind(test.performedBy)
                .bind(test.developer)
                .bind(test.automation));
        if (replaceLinks)
            run(prepared(kDeleteTestVerifies).bind(test.id));
        for (const Id &item : test.verifies)
            run(prepared(kPutTestVerifies).bind(test.id).bind(item));
    }

    void putPerson(const Person &person)
    {
        run(prepared(kPutPerson)
                .bind(person.id)
                .bind(person.name)
                .bind(person.role)
                .bind(person.department)
                .bind(person.organisation));
    }

    void putHazard(const Hazard &hazard)
    {
        run(prepared(kPutHazard)
                .bind(hazard.id)
                .bind(hazard.reference)
                .bind(hazard.title)
                .bind(hazard.description));
    }

    void putSuppression(const Suppression &suppression)
    {
        run(prepared(kPutSuppression)
                .bind(suppression.element)
                .bind(suppression.ruleId)
                .bind(suppression.reason));
    }

    void putReview(const Review &review, bool replaceRows)
    {
        const ReviewScope &scope = review.scope;
        checkChoice(scope.threats, kReviewSelections, {"review", review.id, "scope threats"});
        checkChoice(scope.order, kReviewOrders, {"review", review.id, "scope order"});
        run(prepared(kPutReview)
                .bind(review.id)
                .bind(review.date)
                .bind(scope.threats)
                .bind(scope.diagram)
                .bind(scope.target)
                .bind(scope.category)
                .bind(scope.minimumRisk)
                .bind(scope.order)
                .bind(review.completed)
                .bind(review.nextReview)
                .bind(review.notes));
        if (replaceRows) {
            run(prepared(kDeleteReviewAttendees).bind(review.id));
            run(prepared(kDeleteReviewDecisions).bind(review.id));
        }
        for (size_t i = 0; i < review.attendees.size(); ++i)
            run(prepared(kPutReviewAttendee)
                    .bind(review.id)
                    .bind(static_cast<long long>(i))
                    .bind(review.attendees[i]));
        for (size_t i = 0; i < review.decisions.size(); ++i) {
            const ReviewDecision &decision = review.decisions[i];
            Row &put = prepared(kPutReviewDecision);
            put.bind(review.id)
                .bind(static_cast<long long>(i))
                .bind(decision.threat)
                .bind(toString(decision.statusBefore))
                .bind(toString(decision.statusAfter))
                .bind(decision.justification);
            bindRisk(put, decision.riskBefore);
            bindRisk(put, decision.riskAfter);
            run(put.bind(decision.by));
        }
    }

    void putBaseline(const Baseline &baseline, bool replaceRows)
    {
        run(prepared(kPutBaseline)
                .bind(baseline.id)
                .bind(baseline.name)
                .bind(baseline.date)
                .bind(baseline.author)
                .bind(baseline.comment)
                .bind(baseline.hash));
        if (replaceRows) {
            run(prepared(kDeleteSnapshotParts).bind(baseline.id));
            run(prepared(kDeleteApprovals).bind(baseline.id));
        }
        if constexpr (kHashing) {
            // The checksum covers the snapshot's content, not the bytes zlib made of it.
            run(prepared(kPutSnapshotPart).bind(baseline.id).bind(0LL).bind(baseline.snapshot));
        } else {
            const std::string packed = deflateBytes(baseline.snapshot);
            const std::vector<std::string_view> parts = snapshotParts(packed);
            for (size_t i = 0; i < parts.size(); ++i)
                run(prepared(kPutSnapshotPart)
                        .bind(baseline.id)
                        .bind(static_cast<long long>(i))
                        .bindBlob(parts[i]));
        }
        for (size_t i = 0; i < baseline.approvals.size(); ++i) {
            const Approval &approval = baseline.approvals[i];
            checkChoice(approval.meaning, kApprovalMeanings,
                        {"baseline", baseline.id, "approval meaning"});
            run(prepared(kPutApproval)
                    .bind(baseline.id)
                    .bind(static_cast<long long>(i))
                    .bind(approval.by)
                    .bind(approval.role)
                    .bind(approval.date)
                    .bind(approval.meaning)
                    .bind(approval.rationale));
        }
    }

    void putHistory(const HistoryEntry &entry)
    {
        run(prepared(kPutHistory)
                .bind(entry.id)
                .bind(entry.time)
                .bind(entry.author)
                .bind(entry.action)
                .bind(stringsToJson(entry.ids))
                .bind(entry.touched));
    }

    void putConflict(const OpenConflict &conflict)
    {
        checkChoice(conflict.taken, kConflictSides, {"merge conflict", conflict.id, "taken"});
        run(prepared(kPutConflict)
                .bind(conflict.id)
                .bind(conflict.kind)
                .bind(conflict.record)
                .bind(conflict.label)
                .bind(conflict.field)
                .bind(conflict.base)
                .bind(conflict.ours)
                .bind(conflict.theirs)
                .bind(conflict.reason)
                .bind(conflict.taken));
    }

    // A risk in four columns (method, CVSS vector, exploitability, severity); readRisk() reads
    // them back.
    static void bindRisk(Row &row, const Risk &risk)
    {
        row.bind(risk.method).bind(risk.cvssVector).bind(risk.exploitability).bind(risk.severity);
    }

    Target *m_target;
    const ThreatModel &m_model;
    // Threats with link rows in the file (unknown: delete the links of every threat written).
    std::optional<std::set<Id>> m_threatsWithHazards;
    std::optional<std::set<Id>> m_threatsWithMitigations;
    std::map<const char *, std::unique_ptr<Row>> m_statements;
    std::unordered_map<std::string, long long> m_wordingRows; // wordings written or found
    int m_rows = 0;
};

// ---------------------------------------------------------------- reading

Risk readRisk(Statement &row, int first)
{
    return {row.text(first), row.text(first + 1), row.integer32(first + 2),
            row.integer32(first + 3)};
}

// A model-wide setting kept as JSON text; a malformed one is damage named like other content.
template<typename Read>
auto settingFromText(Read read, std::string_view text)
{
    try {
        return read(text);
    } catch (const JsonError &error) {
        throw ContentError(std::string("model information: ") + error.what());
    }
}

// A counter of the model information (nextThreatNumber...): 1 to kMaxRecordNumber.
int readCounter(const Statement &row, int column, const char *what)
{
    const long long value = row.integer(column);
    if (!validRecordNumber(value))
        throw ContentError(std::string("model information: the ") + what + " "
                           + std::to_string(value) + " is out of range (1 to "
                           + std::to_string(kMaxRecordNumber) + ")");
    return static_cast<int>(value);
}

// The content checksum of a model computed while it is read, in the order a full save writes
// it: the graph once it has been read, each threat as it is read, while its text is still in
// the processor's cache (hashing a large model again afterwards, from memory, takes about three
// times as long), and the other records last. That order holds while the threats come in id
// order, as full saves write them; when they do not, the caller computes the checksum from the
// model instead.
class ReadChecksum {
public:
    explicit ReadChecksum(const ThreatModel &model) : m_writer(m_hasher, model) {}
    ReadChecksum(const ReadChecksum &) = delete;
    ReadChecksum &operator=(const ReadChecksum &) = delete;

    void graphRead() { m_writer.writeGraph(); }
    void threatRead(const Threat &threat)
    {
        if (m_inOrder)
            m_writer.writeThreat(threat);
    }
    void threatsOutOfOrder() { m_inOrder = false; }
    // The checksum once every record has been read; none when the threats were out of order.
    std::optional<std::string> value()
    {
        if (!m_inOrder)
            return std::nullopt;
        m_writer.writeRecords();
        return hex(m_hasher.value());
    }

private:
    Hasher m_hasher;
    Writer<HashedRow> m_writer;
    bool m_inOrder = true;
};

void readInfo(Database &db, ThreatModel &model)
{
    Statement info(db, "SELECT name, description, intended_use, environment, network_location, "
                       "physical_protection, safety_impact, assumptions, scope, rule_packs, "
                       "next_threat_number, next_requirement_number, next_test_number, "
                       "risk_scheme, independence, last_analysis FROM info WHERE id = 1");
    if (!info.step())
        return;
    ModelInfo value;
    value.name = info.text(0);
    value.description = info.text(1);
    value.context = {info.text(2), info.text(3), info.text(4), info.text(5), info.text(6)};
    value.assumptions =
        stringsFromJson(info.textView(7), {"model information", "", "assumptions"});
    value.scope = info.text(8);
    value.rulePacks = stringsFromJson(info.textView(9), {"model information", "", "rule packs"});
    value.nextThreatNumber = readCounter(info, 10, "next threat number");
    value.nextRequirementNumber = readCounter(info, 11, "next requirement number");
    value.nextTestNumber = readCounter(info, 12, "next test number");
    value.riskScheme = settingFromText(riskSchemeFromJsonText, info.textView(13));
    value.independence = settingFromText(independenceFromJsonText, info.textView(14));
    value.lastAnalysis = settingFromText(analysisStampFromJsonText, info.textView(15));
    model.setInfo(std::move(value));
}

void readElements(Database &db, ThreatModel &model)
{
    Statement rows(db, "SELECT id, kind, name, description, properties, out_of_scope, "
                       "out_of_scope_reason FROM elements");
    while (rows.step()) {
        Element element;
        rows.read(0, element.id);
        element.kind = parseEnum(elementKindFromString(rows.textView(1)), rows.textView(1),
                                 {"element", element.id, "kind"});
        rows.read(2, element.name);
        rows.read(3, element.description);
        element.properties =
            propertiesFromJson(rows.textView(4), {"element", element.id, "properties"});
        element.outOfScope = rows.integer(5) != 0;
        rows.read(6, element.outOfScopeReason);
        model.addElement(std::move(element));
    }
}

void readFlows(Database &db, ThreatModel &model)
{
    Statement rows(db, "SELECT id, source, target, bidirectional, name, description, protocol, "
                       "properties, out_of_scope, out_of_scope_reason FROM flows");
    while (rows.step()) {
        Flow flow;
        rows.read(0, flow.id);
        rows.read(1, flow.source);
        rows.read(2, flow.target);
        flow.bidirectional = rows.integer(3) != 0;
        rows.read(4, flow.name);
        rows.read(5, flow.description);
        rows.read(6, flow.protocol);
        flow.properties = propertiesFromJson(rows.textView(7), {"flow", flow.id, "properties"});
        flow.outOfScope = rows.integer(8) != 0;
        rows.read(9, flow.outOfScopeReason);
        model.addFlow(std::move(flow));
    }
}

void readBoundaries(Database &db, ThreatModel &model)
{
    // Zones refer to their parent, so they are added parents first; whatever is left over
    // refers to a missing zone or a cycle, which addBoundary reports.
    std::map<Id, TrustBoundary> pending;
    Statement boundaries(db,
                         "SELECT id, name, description, parent, stack_order FROM boundaries");
    while (boundaries.step()) {
        TrustBoundary boundary{boundaries.text(0), boundaries.text(1), boundaries.text(2),
                               boundaries.text(3), {}, boundaries.integer32(4)};
        const Id id = boundary.id;
        pending.emplace(id, std::move(boundary));
    }
    Statement members(db, "SELECT boundary, element FROM boundary_members");
    while (members.step()) {
        auto zone = pending.find(members.text(0));
        if (zone == pending.end())
            throw ContentError("trust zone membership of element " + inQuotes(members.textView(1))
                               + " names unknown trust zone " + inQuotes(members.textView(0)));
        zone->second.members.insert(members.text(1));
    }
    while (!pending.empty()) {
        bool progress = false;
        for (auto it = pending.begin(); it != pending.end();) {
            if (it->second.parent.empty() || model.boundary(it->second.parent)) {
                model.addBoundary(std::move(it->second));
                it = pending.erase(it);
                progress = true;
            } else {
                ++it;
            }
        }
        if (!progress)
            model.addBoundary(pending.begin()->second); // throws: unknown parent or cycle
    }
}

Diagram &diagramNamed(std::map<Id, Diagram> &diagrams, std::string_view id)
{
    auto it = diagrams.find(std::string(id));
    if (it == diagrams.end())
        throw ContentError("layout refers to unknown diagram " + inQuotes(id));
    return it->second;
}

void readNodes(Database &db, std::map<Id, Diagram> &diagrams)
{
    Statement nodes(db, "SELECT diagram, item, x, y, width, height FROM diagram_nodes");
    while (nodes.step()) {
        Diagram &diagram = diagramNamed(diagrams, nodes.textView(0));
        const Rect rect{nodes.real(2), nodes.real(3), nodes.real(4), nodes.real(5)};
        if (!validCoordinate(rect.x) || !validCoordinate(rect.y) || !validExtent(rect.width)
            || !validExtent(rect.height))
            throw ContentError("diagram " + inQuotes(diagram.id) + ": the place of "
                               + inQuotes(nodes.textView(1)) + " is not finite or out of range");
        diagram.nodes.emplace_hint(diagram.nodes.end(), nodes.text(1), rect);
    }
}

void readFlowLayouts(Database &db, std::map<Id, Diagram> &diagrams)
{
    Statement layouts(db, "SELECT diagram, flow, bends, label_x, label_y FROM diagram_flows");
    while (layouts.step()) {
        Diagram &diagram = diagramNamed(diagrams, layouts.textView(0));
        FlowLayout layout;
        layout.bends = bendsFromJson(layouts.textView(2),
                                     {"layout of flow", layouts.textView(1), "bends"});
        if (!layouts.isNull(3) || !layouts.isNull(4))
            layout.labelPosition = Point{layouts.real(3), layouts.real(4)};
        bool valid = !layout.labelPosition || (validCoordinate(layout.labelPosition->x)
                                               && validCoordinate(layout.labelPosition->y));
        for (const Point &bend : layout.bends)
            valid = valid && validCoordinate(bend.x) && validCoordinate(bend.y);
        if (!valid)
            throw ContentError("diagram " + inQuotes(diagram.id) + ": the layout of flow "
                               + inQuotes(layouts.textView(1)) + " is not finite or out of range");
        diagram.flows.emplace_hint(diagram.flows.end(), layouts.text(1), std::move(layout));
    }
}

void readDiagrams(Database &db, ThreatModel &model)
{
    std::map<Id, Diagram> diagrams;
    Statement rows(db, "SELECT id, name, kind, level, sort_order, description FROM diagrams");
    while (rows.step()) {
        Diagram diagram;
        rows.read(0, diagram.id);
        rows.read(1, diagram.name);
        diagram.kind = parseEnum(diagramKindFromString(rows.textView(2)), rows.textView(2),
                                 {"diagram", diagram.id, "kind"});
        diagram.level = rows.integer32(3);
        diagram.order = rows.integer32(4);
        rows.read(5, diagram.description);
        const Id id = diagram.id;
        diagrams.emplace(id, std::move(diagram));
    }
    readNodes(db, diagrams);
    readFlowLayouts(db, diagrams);
    for (auto &entry : diagrams)
        model.addDiagram(std::move(entry.second));
}

void readSuppressions(Database &db, ThreatModel &model)
{
    Statement rows(db, "SELECT element, rule, reason FROM suppressions");
    while (rows.step())
        model.addSuppression({rows.text(0), rows.text(1), rows.text(2)});
}

// The links of one link table (threat -> hazards, ...), read before the records they belong to,
// so that each record goes into the model once, complete.
class LinkTable {
public:
    LinkTable(Database &db, const char *sql)
    {
        Statement rows(db, sql);
        while (rows.step()) {
            const auto [owner, added] = m_links.try_emplace(rows.text(0));
            if (added)
                m_order.push_back(owner);
            owner->second.items.insert(rows.text(1));
        }
    }

    // The items linked to `owner`, which claims them.
    std::set<Id> take(const Id &owner)
    {
        if (m_links.empty())
            return {};
        const auto links = m_links.find(owner);
        if (links == m_links.end())
            return {};
        links->second.claimed = true;
        return std::move(links->second.items);
    }

    // The owner of the first row, in table order, that no record claimed; null when none.
    const Id *unclaimed() const
    {
        for (const auto &links : m_order)
            if (!links->second.claimed)
                return &links->first;
        return nullptr;
    }

private:
    struct Links {
        std::set<Id> items;
        bool claimed = false;
    };
    std::map<Id, Links> m_links;
    std::vector<std::map<Id, Links>::iterator> m_order; // each owner's first row, in table order
};

// The wordings of threat texts (schema 5), by row, each shared by every text that uses it.
using Wordings = std::unordered_map<long long, std::shared_ptr<const std::string>>;

Wordings readWordings(Database &db)
{
    Wordings wordings;
    Statement rows(db, "SELECT id, text FROM wordings");
    while (rows.step())
        wordings.emplace(rows.integer(0), std::make_shared<const std::string>(rows.text(1)));
    return wordings;
}

// A threat text: its own column, or the wording and names columns after it when it names
// objects.
NamedText readThreatText(Statement &row, int column, int wordingColumn, const Wordings &wordings,
                         const Id &threat, const char *field)
{
    if (row.isNull(wordingColumn))
        return NamedText(row.text(column));
    const auto wording = wordings.find(row.integer(wordingColumn));
    if (wording == wordings.end())
        throw ContentError("threat " + inQuotes(threat) + ": the " + field
                           + " refers to a wording the file does not hold");
    std::vector<std::string> names = stringsFromJson(row.textView(wordingColumn + 1),
                                                     {"threat", threat, field});
    if (names.empty() || names.size() > NamedText::kMaxNames)
        throw ContentError("threat " + inQuotes(threat) + ": the " + field
                           + " names no object or too many");
    return NamedText(wording->second, std::move(names));
}

Threat readThreat(Statement &row, const Wordings &wordings)
{
    Threat threat;
    row.read(0, threat.id);
    threat.number = row.integer32(1);
    if (!validThreatNumber(threat.number))
        throw ContentError("threat " + inQuotes(threat.id) + ": the number "
                           + std::to_string(threat.number) + " is out of range");
    row.read(2, threat.ruleId);
    row.read(3, threat.rulePack);
    row.read(4, threat.rulePackVersion);
    threat.category = parseEnum(strideCategoryFromString(row.textView(5)), row.textView(5),
                                {"threat", threat.id, "category"});
    threat.targets = stringsFromJson(row.textView(6), {"threat", threat.id, "targets"});
    threat.title = readThreatText(row, 7, 28, wordings, threat.id, "title");
    threat.description = readThreatText(row, 8, 30, wordings, threat.id, "description");
    row.read(9, threat.severity);
    threat.status = parseEnum(threatStatusFromString(row.textView(10)), row.textView(10),
                              {"threat", threat.id, "status"});
    row.read(11, threat.justification);
    threat.why = readThreatText(row, 12, 32, wordings, threat.id, "why");
    threat.riskBefore = readRisk(row, 13);
    threat.riskAfter = readRisk(row, 17);
    threat.capec = stringsFromJson(row.textView(21), {"threat", threat.id, "capec"});
    threat.cwe = stringsFromJson(row.textView(22), {"threat", threat.id, "cwe"});
    threat.transferredToSafety = row.integer32(23) != 0;
    row.read(24, threat.residualAcceptance.rationale);
    row.read(25, threat.residualAcceptance.by);
    row.read(26, threat.residualAcceptance.date);
    threat.manual = row.integer32(27) != 0;
    return threat;
}

constexpr const char *kSelectThreats =
    "SELECT id, number, rule_id, rule_pack, rule_pack_version, category, targets, title, "
    "description, severity, status, justification, why, risk_before_method, "
    "risk_before_cvss_vector, risk_before_exploitability, risk_before_severity, "
    "risk_after_method, risk_after_cvss_vector, risk_after_exploitability, risk_after_severity, "
    "capec, cwe, transferred_to_safety, residual_rationale, residual_by, residual_date, manual, "
    "title_wording, title_names, description_wording, description_names, why_wording, why_names "
    "FROM threats";

// The rows of the threats table, read on a second thread and handed over in batches: reading
// them (SQLite, copies of their text) and putting them into the model take about as long as
// each other, and overlap. The thread has the connection to itself until it is joined. An error
// it meets comes out of next() after the rows before it, where a read on this thread would have
// thrown it. Without a second thread, the rows are read here.
class ThreatRows {
public:
    explicit ThreatRows(Database &db) : m_db(db), m_wordings(readWordings(db))
    {
        try {
            m_thread = std::thread(&ThreatRows::readAll, this);
        } catch (const std::system_error &) {
            m_statement.emplace(db, kSelectThreats);
        }
    }
    ~ThreatRows()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stopped = true;
        }
        if (m_thread.joinable())
            m_thread.join();
    }
    ThreatRows(const ThreatRows &) = delete;
    ThreatRows &operator=(const ThreatRows &) = delete;

    // Moves the next threat into `threat`; false after the last one.
    bool next(Threat &threat)
    {
        if (m_statement) {
            if (!m_statement->step())
                return false;
            threat = readThreat(*m_statement, m_wordings);
            return true;
        }
        if (m_position == m_batch.size() && !takeBatch())
            return false;
        threat = std::move(m_batch[m_position++]);
        return true;
    }

private:
    static constexpr size_t kBatchSize = 256;

    void readAll()
    {
        std::vector<Threat> batch;
        try {
            Statement rows(m_db, kSelectThreats);
            batch.reserve(kBatchSize);
            while (rows.step()) {
                batch.push_back(readThreat(rows, m_wordings));
                if (batch.size() < kBatchSize)
                    continue;
                if (!hand(std::exchange(batch, {})))
                    return; // the reader stopped listening
                batch.reserve(kBatchSize);
            }
            finish(std::move(batch), nullptr);
        } catch (...) {
            finish(std::move(batch), std::current_exception());
        }
    }
    // False when the reader stopped listening.
    bool hand(std::vector<Threat> &&batch)
    {
        const std::lock_guard lock(m_mutex);
        if (m_stopped)
            return false;
        m_ready.push_back(std::move(batch));
        m_wake.notify_one();
        return true;
    }
    // The last rows, and the error that ended the reading, if any.
    void finish(std::vector<Threat> &&batch, std::exception_ptr error)
    {
        const std::lock_guard lock(m_mutex);
        if (!batch.empty())
            m_ready.push_back(std::move(batch));
        m_error = std::move(error);
        m_finished = true;
        m_wake.notify_one();
    }
    bool takeBatch()
    {
        std::unique_lock lock(m_mutex);
        m_wake.wait(lock, [this] { return !m_ready.empty() || m_finished; });
        if (m_ready.empty()) {
            if (m_error)
                std::rethrow_exception(m_error);
            return false;
        }
        m_batch = std::move(m_ready.front());
        m_ready.pop_front();
        m_position = 0;
        return true;
    }

    Database &m_db;
    const Wordings m_wordings; // read before the thread starts, then only read
    std::optional<Statement> m_statement; // set when the rows are read on this thread
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::vector<Threat>> m_ready; // batches read, in row order
    bool m_finished = false;
    bool m_stopped = false;
    std::exception_ptr m_error;
    std::vector<Threat> m_batch; // the batch being taken apart
    size_t m_position = 0;
};

// Threats go straight into the model with their links: an analysed model holds hundreds of
// thousands, and every copy or extra map of them shows in the time to open it.
void readThreats(Database &db, ThreatModel &model, ReadChecksum *checksum)
{
    LinkTable hazards(db, "SELECT threat, hazard FROM threat_hazards");
    LinkTable mitigations(db, "SELECT threat, mitigation FROM threat_mitigations");
    ThreatRows rows(db);
    // Rows come in id order from files Vigil wrote, and then no id can repeat. Out of order, an
    // id is looked up first: a repeated one (a damaged index) keeps its first row, as elsewhere.
    Id previous;
    bool ascending = true;
    Threat threat;
    while (rows.next(threat)) {
        if (ascending && !(threat.id > previous)) {
            ascending = false;
            if (checksum)
                checksum->threatsOutOfOrder();
        }
        if (!ascending && model.threats().contains(threat.id))
            continue;
        if (ascending)
            previous = threat.id;
        threat.hazards = hazards.take(threat.id);
        threat.mitigations = mitigations.take(threat.id);
        if (checksum)
            checksum->threatRead(threat);
        model.threats().put(std::move(threat));
    }
    if (const Id *id = hazards.unclaimed())
        throw ContentError("hazard link of unknown threat " + inQuotes(*id));
    if (const Id *id = mitigations.unclaimed())
        throw ContentError("mitigation link of unknown threat " + inQuotes(*id));
}

void readMitigations(Database &db, ThreatModel &model)
{
    std::map<Id, Mitigation> mitigations;
    Statement rows(db, "SELECT id, title, description, control_category, layer, scope, status "
                       "FROM mitigations");
    while (rows.step()) {
        Mitigation mitigation{rows.text(0), rows.text(1), rows.text(2), rows.text(3),
                              rows.text(4), rows.text(5), rows.text(6), {}};
        const Id id = mitigation.id;
        mitigations.emplace(id, std::move(mitigation));
    }
    Statement links(db, "SELECT mitigation, requirement FROM mitigation_requirements");
    while (links.step()) {
        auto it = mitigations.find(links.text(0));
        if (it == mitigations.end())
            throw ContentError("requirement link of unknown mitigation "
                               + inQuotes(links.textView(0)));
        it->second.requirements.insert(links.text(1));
    }
    for (auto &entry : mitigations)
        model.mitigations().put(std::move(entry.second));
}

void readRequirements(Database &db, ThreatModel &model)
{
    Statement rows(db, "SELECT id, text, source, status FROM requirements");
    while (rows.step())
        model.requirements().put({rows.text(0), rows.text(1), rows.text(2), rows.text(3)});
}

void readTests(Database &db, ThreatModel &model)
{
    std::map<Id, VerificationTest> tests;
    Statement rows(db, "SELECT id, kind, procedure, tool, tool_version, result, evidence, "
                       "date, performed_by, developer, automation FROM tests");
    while (rows.step()) {
        VerificationTest test;
        rows.read(0, test.id);
        rows.read(1, test.kind);
        rows.read(2, test.procedure);
        rows.read(3, test.tool);
        rows.read(4, test.toolVersion);
        rows.read(5, test.result);
        rows.read(6, test.evidence);
        rows.read(7, test.date);
        rows.read(8, test.performedBy);
        rows.read(9, test.developer);
        rows.read(10, test.automation);
        const Id id = test.id;
        tests.emplace(id, std::move(test));
    }
    Statement links(db, "SELECT test, item FROM test_verifies");
    while (links.step()) {
        auto it = tests.find(links.text(0));
        if (it == tests.end())
            throw ContentError("verification link of unknown test "
                               + inQuotes(links.textView(0)));
        it->second.verifies.insert(links.text(1));
    }
    for (auto &entry : tests)
        model.tests().put(std::move(entry.second));
}

void readPeople(Database &db, ThreatModel &model)
{
    Statement rows(db, "SELECT id, name, role, department, organisation FROM people");
    while (rows.step())
        model.people().put(
            {rows.text(0), rows.text(1), rows.text(2), rows.text(3), rows.text(4)});
}

void readHazards(Database &db, ThreatModel &model)
{
    Statement rows(db, "SELECT id, reference, title, description FROM hazards");
    while (rows.step())
        model.hazards().put({rows.text(0), rows.text(1), rows.text(2), rows.text(3)});
}

// Baselines with their snapshots (joined from their parts) and approvals in stored order. A part
// or an approval of an unknown baseline, like a review's rows, makes the file corrupt.
void readBaselines(Database &db, ThreatModel &model)
{
    std::map<Id, Baseline> baselines;
    Statement rows(db, "SELECT id, name, date, author, comment, hash FROM baselines");
    while (rows.step()) {
        Baseline baseline;
        rows.read(0, baseline.id);
        rows.read(1, baseline.name);
        rows.read(2, baseline.date);
        rows.read(3, baseline.author);
        rows.read(4, baseline.comment);
        rows.read(5, baseline.hash);
        const Id id = baseline.id;
        baselines.emplace(id, std::move(baseline));
    }
    const auto owner = [&baselines](Statement &row, const char *what) -> Baseline & {
        auto it = baselines.find(row.text(0));
        if (it == baselines.end())
            throw ContentError(std::string(what) + " " + std::to_string(row.integer(1))
                               + " of unknown baseline " + inQuotes(row.textView(0)));
        return it->second;
    };
    Statement parts(db, "SELECT baseline, position, part FROM baseline_snapshots "
                        "ORDER BY baseline, position");
    std::map<Id, std::string> packed;
    while (parts.step()) {
        const Baseline &baseline = owner(parts, "snapshot part");
        packed[baseline.id] += parts.blobView(2);
    }
    for (auto &[id, bytes] : packed) {
        try {
            baselines[id].snapshot = inflateBytes(bytes, kMaxDocumentBytes);
        } catch (const CompressionError &) {
            // Left empty: the file opens (its checksum says it is damaged), and the baseline,
            // whose content no longer has its hash, is refused wherever it would be used.
            baselines[id].snapshot.clear();
        }
    }
    Statement approvals(db, "SELECT baseline, position, approver, role, date, meaning, rationale "
                            "FROM baseline_approvals ORDER BY baseline, position");
    while (approvals.step()) {
        Baseline &baseline = owner(approvals, "approval");
        Approval approval;
        approvals.read(2, approval.by);
        approvals.read(3, approval.role);
        approvals.read(4, approval.date);
        approvals.read(5, approval.meaning);
        checkChoice(approval.meaning, kApprovalMeanings,
                    {"baseline", baseline.id, "approval meaning"});
        approvals.read(6, approval.rationale);
        baseline.approvals.push_back(std::move(approval));
    }
    for (auto &entry : baselines)
        model.baselines().put(std::move(entry.second));
}

void readHistory(Database &db, ThreatModel &model)
{
    Statement rows(db, "SELECT id, time, author, action, ids, touched FROM history");
    while (rows.step()) {
        HistoryEntry entry;
        rows.read(0, entry.id);
        rows.read(1, entry.time);
        rows.read(2, entry.author);
        rows.read(3, entry.action);
        entry.ids = stringsFromJson(rows.textView(4), {"history entry", entry.id, "ids"});
        entry.touched = static_cast<int>(rows.integer(5));
        model.history().put(std::move(entry));
    }
}

void readConflicts(Database &db, ThreatModel &model)
{
    Statement rows(db, "SELECT id, kind, record, label, field, base, ours, theirs, reason, taken "
                       "FROM merge_conflicts");
    while (rows.step()) {
        OpenConflict conflict;
        rows.read(0, conflict.id);
        rows.read(1, conflict.kind);
        rows.read(2, conflict.record);
        rows.read(3, conflict.label);
        rows.read(4, conflict.field);
        rows.read(5, conflict.base);
        rows.read(6, conflict.ours);
        rows.read(7, conflict.theirs);
        rows.read(8, conflict.reason);
        rows.read(9, conflict.taken);
        checkChoice(conflict.taken, kConflictSides, {"merge conflict", conflict.id, "taken"});
        model.conflicts().put(std::move(conflict));
    }
}

// A status of the review_decisions row at hand, which an unknown one names.
ThreatStatus decisionStatus(Statement &row, int column, const char *field)
{
    const std::string_view text = row.textView(column);
    if (const auto status = threatStatusFromString(text))
        return *status;
    throw ContentError("review " + inQuotes(row.textView(0)) + " decision "
                       + std::to_string(row.integer(1)) + ": " + field + ": unknown value "
                       + inQuotes(text));
}

// Reviews with their attendees and decisions in stored order. A row of an unknown review, or an
// unknown status, selection or order, is damage named by its row.
void readReviews(Database &db, ThreatModel &model)
{
    std::map<Id, Review> reviews;
    Statement rows(db, "SELECT id, date, scope_threats, scope_diagram, scope_target, "
                       "scope_category, scope_minimum_risk, scope_order, completed, "
                       "next_review, notes FROM reviews");
    while (rows.step()) {
        Review review;
        rows.read(0, review.id);
        rows.read(1, review.date);
        ReviewScope &scope = review.scope;
        rows.read(2, scope.threats);
        checkChoice(scope.threats, kReviewSelections, {"review", review.id, "scope threats"});
        rows.read(3, scope.diagram);
        rows.read(4, scope.target);
        rows.read(5, scope.category);
        rows.read(6, scope.minimumRisk);
        rows.read(7, scope.order);
        checkChoice(scope.order, kReviewOrders, {"review", review.id, "scope order"});
        review.completed = rows.integer(8) != 0;
        rows.read(9, review.nextReview);
        rows.read(10, review.notes);
        const Id id = review.id;
        reviews.emplace(id, std::move(review));
    }
    const auto owner = [&reviews](Statement &row, const char *what) -> Review & {
        auto it = reviews.find(row.text(0));
        if (it == reviews.end())
            throw ContentError(std::string(what) + " " + std::to_string(row.integer(1))
                               + " of unknown review " + inQuotes(row.textView(0)));
        return it->second;
    };
    Statement attendees(db, "SELECT review, position, person FROM review_attendees "
                            "ORDER BY review, position");
    while (attendees.step())
        owner(attendees, "attendee").attendees.push_back(attendees.text(2));
    Statement decisions(db, "SELECT review, position, threat, status_before, status_after, "
                            "justification, risk_before_method, risk_before_cvss_vector, "
                            "risk_before_exploitability, risk_before_severity, "
                            "risk_after_method, risk_after_cvss_vector, "
                            "risk_after_exploitability, risk_after_severity, decided_by "
                            "FROM review_decisions ORDER BY review, position");
    while (decisions.step()) {
        Review &review = owner(decisions, "decision");
        ReviewDecision decision;
        decisions.read(2, decision.threat);
        decision.statusBefore = decisionStatus(decisions, 3, "status before");
        decision.statusAfter = decisionStatus(decisions, 4, "status after");
        decisions.read(5, decision.justification);
        decision.riskBefore = readRisk(decisions, 6);
        decision.riskAfter = readRisk(decisions, 10);
        decisions.read(14, decision.by);
        review.decisions.push_back(std::move(decision));
    }
    for (auto &entry : reviews)
        model.reviews().put(std::move(entry.second));
}

// What readModel() read.
struct ModelRead {
    ThreatModel model;
    std::optional<std::string> checksum; // computed while reading; none: compute it from model
};

// Reads the model; with `withChecksum`, its content checksum as well.
ModelRead readModel(Database &db, bool withChecksum)
{
    ModelRead read;
    ThreatModel &model = read.model;
    std::optional<ReadChecksum> checksum;
    if (withChecksum)
        checksum.emplace(model);
    readInfo(db, model);
    readElements(db, model);
    readFlows(db, model);
    readBoundaries(db, model);
    readDiagrams(db, model);
    readSuppressions(db, model);
    if (checksum)
        checksum->graphRead();
    readThreats(db, model, checksum ? &*checksum : nullptr);
    readMitigations(db, model);
    readRequirements(db, model);
    readTests(db, model);
    readPeople(db, model);
    readHazards(db, model);
    readReviews(db, model);
    readBaselines(db, model);
    readHistory(db, model);
    readConflicts(db, model);
    if (checksum)
        read.checksum = checksum->value();
    model.clearChanges();
    return read;
}

// ---------------------------------------------------------------- files

// Runs the migration steps from `from` up to the current schema and records the new version.
// The caller holds the transaction, so a failed step leaves the file as it was.
void migrate(Database &db, long long from)
{
    for (auto step = static_cast<size_t>(from); step < kMigrations.size(); ++step)
        db.exec(kMigrations[step]);
    db.exec("PRAGMA user_version = " + std::to_string(kVigilSchemaVersion));
}

void configureForWriting(Database &db)
{
    db.exec("PRAGMA journal_mode = DELETE"); // a rollback journal, never WAL
    db.exec("PRAGMA synchronous = FULL");
}

// SQLite's default pages of 4 KiB keep small documents small (every table and index takes at
// least a page). A large one is written, read and checked faster in pages of 16 KiB: a quarter
// as many to fill, balance and walk. Any page size opens in any version of Vigil.
int pageSizeFor(const ThreatModel &model)
{
    constexpr size_t kLargeModelRows = 10000;
    const size_t rows = model.elementCount() + model.flowCount() + model.threats().size();
    return rows >= kLargeModelRows ? 16384 : 4096;
}

bool canWrite(const fs::path &path)
{
#ifndef _WIN32
    return ::access(path.c_str(), W_OK) == 0;
#else
    std::error_code error;
    const auto permissions = fs::status(path, error).permissions();
    return !error && (permissions & fs::perms::owner_write) != fs::perms::none;
#endif
}

fs::path folderOf(const fs::path &path)
{
    const fs::path folder = path.parent_path();
    return folder.empty() ? fs::path(".") : folder;
}

fs::path withSuffix(const fs::path &path, const char *suffix)
{
    fs::path result = path;
    result += suffix;
    return result;
}

fs::path journalOf(const fs::path &path) { return withSuffix(path, "-journal"); }

void removeQuietly(const fs::path &path)
{
    std::error_code ignored;
    fs::remove(path, ignored);
}

bool existsQuietly(const fs::path &path)
{
    std::error_code ignored;
    return fs::exists(fs::symlink_status(path, ignored));
}

// Makes a rename durable: the folder entry itself must reach the disk.
void syncFolder(const fs::path &folder)
{
#ifndef _WIN32
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    (void)folder;
#endif
}

// SQLite's integrity reports span lines ("*** in database main ***\nPage 5: ..."); errors here
// are one line.
std::string oneLine(std::string text)
{
    constexpr std::string_view kBanner = "*** in database main ***\n";
    if (text.rfind(kBanner, 0) == 0)
        text.erase(0, kBanner.size());
    for (char &c : text)
        if (c == '\n' || c == '\r')
            c = ' ';
    return text;
}

std::string describe(const SqliteError &error)
{
    if (error.primary() == SQLITE_CORRUPT || error.primary() == SQLITE_NOTADB)
        return "the file is damaged (" + oneLine(error.what()) + ")";
    if (error.code() == SQLITE_READONLY_ROLLBACK)
        return "an interrupted save must be rolled back, but the file cannot be written";
    if (error.primary() == SQLITE_TOOBIG)
        return "it holds a value larger than " + std::to_string(kMaxValueBytes >> 20)
               + " MiB, the most Vigil reads or writes";
    if (error.primary() == SQLITE_BUSY)
        return "another program is using the file (" + oneLine(error.what()) + ")";
    return oneLine(error.what());
}

std::string randomHex(int digits)
{
    std::random_device device;
    std::uniform_int_distribution<unsigned> digit(0, 15);
    std::string text;
    for (int i = 0; i < digits; ++i)
        text += "0123456789abcdef"[digit(device)];
    return text;
}

// Checks the identity and version of an open document; returns its schema version.
long long checkIdentity(Database &db, const std::string &name)
{
    if (db.integer("PRAGMA application_id") != kVigilApplicationId)
        throw StoreError(name + ": an SQLite database of another application");
    const long long version = db.integer("PRAGMA user_version");
    if (version > kVigilSchemaVersion)
        throw StoreError(name + ": written by a newer Vigil (schema " + std::to_string(version)
                         + "); this version reads up to " + std::to_string(kVigilSchemaVersion));
    if (version < 0)
        throw StoreError(name + ": the file is damaged (schema version " + std::to_string(version)
                         + ")");
    return version;
}

// A Vigil schema holds tables only. Triggers, views and virtual tables are another program's
// doing; the file is refused rather than read in part or run.
void checkSchemaObjects(Database &db, const std::string &name)
{
    Statement objects(db, "SELECT type, name FROM sqlite_schema WHERE type IN ('trigger', 'view')"
                          " OR (type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%')");
    if (objects.step())
        throw StoreError(name + ": holds a " + objects.text(0) + " (" + inQuotes(objects.text(1))
                         + "), which Vigil documents never have: another program changed it, "
                           "so it is not opened");
}

std::map<std::string, std::string> readMeta(Database &db)
{
    std::map<std::string, std::string> meta;
    Statement rows(db, "SELECT key, value FROM meta");
    while (rows.step())
        meta[rows.text(0)] = rows.text(1);
    return meta;
}

void writeMeta(Database &db, const std::string &generation, const std::string &checksum)
{
    Statement put(db, "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)");
    put.bind("generation").bind(generation).run();
    put.bind("checksum").bind(checksum).run();
}

// ---------------------------------------------------------------- file stamps

std::string changedOnDisk(const std::string &name)
{
    return name + ": the file changed on disk since it was read (another program or window "
                  "saved or replaced it); nothing was saved";
}

// Where a document is read from: a file name or URI, and the flags to open it with.
struct Source {
    fs::path location;
    int flags = SQLITE_OPEN_READONLY;
};

// What one read of a document found.
struct ReadResult {
    ThreatModel model;
    std::string generation;
    std::optional<std::string> checksum; // the one saved with it; none: the schema predates it
    std::optional<std::string> contentRead; // the checksum of what was read, if computed then
    long long invalidUtf8 = 0;
};

// PRAGMA quick_check runs on a second connection and thread while the first reads the model:
// it reads every page of the file once more, which takes about as long as reading the model.
// The first connection holds its read lock until the check is done, so both read the same
// content. When the second connection cannot read at once (a save waits for the lock) or no
// thread can be started, the check runs on the first connection, as it always did.
class QuickCheck {
public:
    explicit QuickCheck(const Source &source)
    {
        try {
            m_thread = std::thread(&QuickCheck::run, this, source);
        } catch (const std::system_error &) {
            // Checked on the first connection.
        }
    }
    ~QuickCheck()
    {
        if (m_thread.joinable())
            m_thread.join();
    }
    QuickCheck(const QuickCheck &) = delete;
    QuickCheck &operator=(const QuickCheck &) = delete;

    // Waits for the check (or runs it on `db`) and refuses a damaged file.
    void throwIfDamaged(Database &db, const std::string &name)
    {
        if (m_thread.joinable())
            m_thread.join();
        const std::string result = m_result ? *m_result : db.text("PRAGMA quick_check(1)");
        if (result != "ok")
            throw StoreError(name + ": the file is damaged (" + oneLine(result) + ")");
    }

private:
    void run(const Source &source)
    {
        try {
            Database db(source.location, source.flags);
            sqlite3_busy_timeout(db.handle(), 0); // never keep a waiting save waiting longer
            m_result = db.text("PRAGMA quick_check(1)");
        } catch (...) {
            // Anything amiss (busy, damage that fails the statement): the first connection
            // checks, and reports it as before.
        }
    }

    std::thread m_thread;
    std::optional<std::string> m_result;
};

// The content of a document of the current schema.
ReadResult readCurrent(Database &db)
{
    ReadResult result;
    {
        const timings::Scope phase("read tables");
        ModelRead read = readModel(db, true);
        result.model = std::move(read.model);
        result.contentRead = std::move(read.checksum);
    }
    auto meta = readMeta(db);
    result.generation = meta["generation"];
    result.checksum = meta["checksum"];
    result.invalidUtf8 = db.invalidUtf8();
    return result;
}

// An older schema: a copy migrated in memory; the next save writes the new schema back.
ReadResult readMigrated(Database &db, long long version)
{
    Database memory(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    sqlite3_backup *backup = sqlite3_backup_init(memory.handle(), "main", db.handle(), "main");
    if (!backup)
        memory.fail();
    sqlite3_backup_step(backup, -1);
    if (sqlite3_backup_finish(backup) != SQLITE_OK)
        memory.fail();
    memory.exec("BEGIN");
    migrate(memory, version);
    ReadResult result;
    result.model = readModel(memory, false).model;
    memory.exec("COMMIT");
    result.invalidUtf8 = memory.invalidUtf8();
    return result;
}

ReadResult readFrom(const Source &source, const std::string &name)
{
    Database db(source.location, source.flags);
    db.exec("BEGIN"); // one read transaction: a consistent snapshot, one lock
    const long long version = checkIdentity(db, name);
    checkSchemaObjects(db, name);
    QuickCheck check(source);
    ReadResult result;
    try {
        result = version == kVigilSchemaVersion ? readCurrent(db) : readMigrated(db, version);
    } catch (...) {
        check.throwIfDamaged(db, name); // damage first, as when it was checked before reading
        throw;
    }
    check.throwIfDamaged(db, name);
    db.exec("COMMIT");
    return result;
}

// The first 100 bytes of an SQLite file say whether it is in WAL mode (bytes 18 and 19 are 2).
bool isWalMode(const fs::path &path)
{
    std::ifstream file(path, std::ios::binary);
    std::array<char, 20> header{};
    if (!file.read(header.data(), static_cast<std::streamsize>(header.size())))
        return false;
    return header[18] == 2 || header[19] == 2;
}

// An SQLite URI for a path: file:/abs/path with the characters URIs reserve escaped.
std::string uriFor(const fs::path &path)
{
    std::string uri = "file:";
    for (const char c : fs::absolute(path).generic_string()) {
        const auto byte = static_cast<unsigned char>(c);
        if (std::isalnum(byte) || std::strchr("/-._~", c))
            uri += c;
        else
            uri += "%" + std::string(1, "0123456789ABCDEF"[byte >> 4])
                   + std::string(1, "0123456789ABCDEF"[byte & 0xf]);
    }
    return uri;
}

// A folder of our own in the system's temporary folder, removed with everything in it.
class PrivateFolder {
public:
    PrivateFolder() : m_path(fs::temp_directory_path() / ("vigil-open-" + randomHex(16)))
    {
        fs::create_directory(m_path);
    }
    ~PrivateFolder()
    {
        std::error_code ignored;
        fs::remove_all(m_path, ignored);
    }
    PrivateFolder(const PrivateFolder &) = delete;
    PrivateFolder &operator=(const PrivateFolder &) = delete;
    const fs::path &path() const { return m_path; }

private:
    fs::path m_path;
};

// Reads the document once, writing nothing beside it: a WAL-mode file is opened immutable, or
// when its -wal holds transactions, read from a private copy of both; a hot journal is rolled
// back (which needs write access and restores the last complete save).
ReadResult readOnce(const fs::path &path, bool readOnly)
{
    const std::string name = path.string();
    if (isWalMode(path)) {
        const fs::path wal = withSuffix(path, "-wal");
        std::error_code error;
        if (!fs::exists(wal, error) || fs::file_size(wal, error) == 0)
            return readFrom(
                {uriFor(path) + "?immutable=1", SQLITE_OPEN_READONLY | SQLITE_OPEN_URI}, name);
        PrivateFolder copy;
        const fs::path file = copy.path() / "document.vigil";
        fs::copy_file(path, file);
        fs::copy_file(wal, withSuffix(file, "-wal"));
        return readFrom({file, SQLITE_OPEN_READWRITE}, name);
    }
    try {
        return readFrom({path, SQLITE_OPEN_READONLY}, name);
    } catch (const SqliteError &failure) {
        if (failure.code() != SQLITE_READONLY_ROLLBACK || readOnly)
            throw;
    }
    return readFrom({path, SQLITE_OPEN_READWRITE}, name);
}

// ---------------------------------------------------------------- temporary files

// A full save writes ".<name>.vigil-save-<16 hex digits>" next to the target. While one is being
// written its saver holds a lock on it (flock) and it is listed here for this process; one
// without a lock was left by a save that died, and is removed by the next open or save.
constexpr std::string_view kTemporaryMarker = ".vigil-save-";

std::mutex g_temporariesMutex;
std::set<std::string> g_temporariesInUse; // paths of this process's temporary files

bool isHex(std::string_view text, size_t digits)
{
    return text.size() == digits
           && text.find_first_not_of("0123456789abcdef") == std::string_view::npos;
}

// The temporary file `name` belongs to (without "-journal"), or empty when `name` is not one of
// ours. Earlier versions wrote "<target>.tmp-<8 hex digits>"; those count for `target` only.
std::string temporaryBase(std::string_view name, const std::string &target)
{
    if (name.size() > 8 && name.substr(name.size() - 8) == "-journal")
        name.remove_suffix(8);
    const size_t marker = name.rfind(kTemporaryMarker);
    if (name.size() > 1 && name[0] == '.' && marker != std::string_view::npos && marker > 1
        && isHex(name.substr(marker + kTemporaryMarker.size()), 16))
        return std::string(name);
    const std::string legacy = target + ".tmp-";
    if (name.rfind(legacy, 0) == 0 && isHex(name.substr(legacy.size()), 8))
        return std::string(name);
    return {};
}

// True when a live process holds a lock on the file: our flock, or SQLite's POSIX locks.
bool lockedByAnyone(const fs::path &path)
{
#ifndef _WIN32
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return errno != ENOENT;
    bool locked = ::flock(fd, LOCK_EX | LOCK_NB) != 0;
    if (!locked) {
        struct flock query {};
        query.l_type = F_WRLCK;
        query.l_whence = SEEK_SET;
        locked = ::fcntl(fd, F_GETLK, &query) != 0 || query.l_type != F_UNLCK;
    }
    ::close(fd);
    return locked;
#else
    std::error_code error;
    const auto age = fs::file_time_type::clock::now() - fs::last_write_time(path, error);
    return error || age < std::chrono::hours(24);
#endif
}

// Removes temporary files of full saves that died, in the folder of `target`. Quiet: a file that
// cannot be removed stays.
void removeStaleTemporaries(const fs::path &target)
{
    const fs::path folder = folderOf(target);
    const std::string targetName = target.filename().string();
    std::error_code error;
    fs::directory_iterator it(folder, fs::directory_options::skip_permission_denied, error);
    if (error)
        return;
    std::vector<fs::path> stale;
    for (const fs::directory_entry &entry : it) {
        const std::string name = entry.path().filename().string();
        const std::string base = temporaryBase(name, targetName);
        if (base.empty())
            continue;
        const fs::path basePath = folder / base;
        {
            std::lock_guard lock(g_temporariesMutex);
            if (g_temporariesInUse.count(basePath.string()))
                continue;
        }
        if (existsQuietly(basePath) && lockedByAnyone(basePath))
            continue;
        stale.push_back(entry.path());
    }
    for (const fs::path &path : stale)
        removeQuietly(path);
}

// The temporary file a full save writes, locked while it exists; removed (with its journal)
// unless it was renamed into place.
class TemporaryFile {
public:
    explicit TemporaryFile(const fs::path &target)
    {
        const fs::path folder = folderOf(target);
        for (int attempt = 0; attempt < 16; ++attempt) {
            m_path = folder
                     / ("." + target.filename().string() + std::string(kTemporaryMarker)
                        + randomHex(16));
#ifndef _WIN32
            m_fd = ::open(m_path.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
            if (m_fd >= 0) {
                ::flock(m_fd, LOCK_EX);
                break;
            }
            if (errno != EEXIST)
                throw StoreError(target.string() + ": cannot save: cannot create a file in "
                                 + folder.string() + ": " + std::strerror(errno));
#else
            if (!fs::exists(m_path)) {
                std::ofstream(m_path, std::ios::binary);
                m_fd = 0;
                break;
            }
#endif
        }
        if (m_fd < 0)
            throw StoreError(target.string() + ": cannot save: no free temporary file name");
        std::lock_guard lock(g_temporariesMutex);
        g_temporariesInUse.insert(m_path.string());
    }
    ~TemporaryFile()
    {
        if (!m_renamed) {
            removeQuietly(m_path);
            removeQuietly(journalOf(m_path));
        }
        closeFile();
        std::lock_guard lock(g_temporariesMutex);
        g_temporariesInUse.erase(m_path.string());
    }
    TemporaryFile(const TemporaryFile &) = delete;
    TemporaryFile &operator=(const TemporaryFile &) = delete;

    const fs::path &path() const { return m_path; }

    // The complete file reaches the disk before it is renamed into place.
    void sync()
    {
#ifndef _WIN32
        if (::fsync(m_fd) != 0)
            throw StoreError(m_path.string() + ": cannot save: " + std::strerror(errno));
#endif
    }
    void renameTo(const fs::path &target)
    {
        fs::rename(m_path, target);
        m_renamed = true;
        closeFile(); // after every SQLite connection to it has closed: no lock to lose
    }

private:
    void closeFile()
    {
#ifndef _WIN32
        if (m_fd >= 0)
            ::close(m_fd);
#endif
        m_fd = -1;
    }

    fs::path m_path;
    int m_fd = -1;
    bool m_renamed = false;
};

// ---------------------------------------------------------------- saving

// Holds the file a full save is about to replace, so that no journal that could repair it is
// lost and none is left to be played into the new file (model/README.md, "Saving"):
// - no file: journals beside the path belong to no file and are removed;
// - not an SQLite file: no journal can repair it; they are removed;
// - an SQLite file: it is opened and locked exclusively. Taking the lock rolls a hot journal
//   back (SQLite deletes it once the file is whole again) and keeps other writers out until the
//   new file has been renamed over it. A WAL-mode file is checkpointed into rollback mode first,
//   so no -wal file outlives it. If that fails while a journal exists, the save is refused and
//   the file and its journal stay as they are.
class ReplacedFile {
public:
    explicit ReplacedFile(const fs::path &path)
    {
        const std::string name = path.string();
        const fs::path journal = journalOf(path);
        const fs::path wal = withSuffix(path, "-wal");
        const fs::path shm = withSuffix(path, "-shm");
        std::error_code error;
        if (!fs::exists(path, error) || !looksLikeSqlite(path)) {
            for (const fs::path &stray : {journal, wal, shm})
                removeQuietly(stray);
            return;
        }
        try {
            const bool wasWal = isWalMode(path);
            m_db = std::make_unique<Database>(path, SQLITE_OPEN_READWRITE);
            if (wasWal)
                m_db->exec("PRAGMA journal_mode = DELETE");
            m_db->exec("BEGIN EXCLUSIVE");
        } catch (const SqliteError &failure) {
            m_db.reset();
            for (const fs::path &repair : {journal, wal})
                if (existsQuietly(repair) && fs::file_size(repair, error) > 0)
                    throw StoreError(name + ": cannot save: an interrupted save left "
                                     + repair.filename().string()
                                     + ", which could not be applied first ("
                                     + describe(failure) + "); the file was left as it is");
            // A damaged file that nothing can repair: it is replaced.
        }
        // Whatever is left now cannot repair anything (SQLite would have rolled a hot journal
        // back while taking the lock) and must not meet the new file.
        for (const fs::path &stray : {journal, wal, shm})
            removeQuietly(stray);
    }
    ReplacedFile(const ReplacedFile &) = delete;
    ReplacedFile &operator=(const ReplacedFile &) = delete;
    // Lets go of the old file (renamed over by now): nothing was written into it.
    void release() { m_db.reset(); }

private:
    std::unique_ptr<Database> m_db;
};

// The content checksum of a model being saved, computed on a second thread while this one
// writes the rows: each reads every value of the model, and they take about as long. It checks
// every value (finite numbers, counters in range), so an invalid one fails the save before
// anything is committed; its error is then the one reported, as when the checksum was computed
// before writing began. Without a second thread it is computed when first needed.
class SaveChecksum {
public:
    explicit SaveChecksum(const ThreatModel &model)
        : m_future(std::async(std::launch::async | std::launch::deferred,
                              [&model] { return contentChecksum(model); }))
    {}

    // Waits for the checksum; throws its error.
    const std::string &value()
    {
        if (m_future.valid()) {
            const timings::Scope phase("checksum");
            m_value = m_future.get();
        }
        return m_value;
    }

    // For a save that failed: throws the checksum's error instead, if it has one.
    void throwItsError()
    {
        if (m_future.valid())
            m_future.get();
    }

private:
    std::future<std::string> m_future; // destroyed only once the checksum has finished
    std::string m_value;
};

void writeComplete(ThreatModel &model, const fs::path &path, FileStamp &stamp,
                   SaveChecksum &checksum)
{
    const std::string generation = randomHex(32);
    TemporaryFile temporary(path);
    {
        Database db(temporary.path(), SQLITE_OPEN_READWRITE);
        db.exec("PRAGMA page_size = " + std::to_string(pageSizeFor(model)));
        configureForWriting(db);
        db.exec("BEGIN IMMEDIATE");
        db.exec("PRAGMA application_id = " + std::to_string(kVigilApplicationId));
        migrate(db, 0);
        Writer<Statement>(db, model).writeAll();
        const long long rows = sqlite3_total_changes64(db.handle());
        writeMeta(db, generation, checksum.value());
        db.exec("COMMIT"); // synchronous = FULL: the data is on disk, the journal gone
        g_rowsChangedByLastSave = rows;
    }
    temporary.sync();
    ReplacedFile replaced(path);
#ifdef _WIN32
    replaced.release(); // Windows renames only over a file nobody has open
#endif
    temporary.renameTo(path);
    syncFolder(folderOf(path));
    replaced.release();
    stamp = fileStampOf(path);
    stamp.generation = generation;
}

// Writes the journal into the file in one transaction, after checking that the file is still the
// one `stamp` describes. Returns false when the file needs a complete rewrite instead (it has an
// older schema).
bool writeIncrementally(ThreatModel &model, const fs::path &path, FileStamp &stamp,
                        SaveChecksum &checksum)
{
    const std::string name = path.string();
    const std::string generation = randomHex(32);
    {
        Database db(path, SQLITE_OPEN_READWRITE);
        configureForWriting(db);
        db.exec("BEGIN IMMEDIATE");
        try {
            // With the write lock held, nobody else writes: this is the file we write into.
            if (!fileStampOf(path).sameOnDisk(stamp))
                throw FileChangedError(changedOnDisk(name));
            const long long version = checkIdentity(db, name);
            if (version < kVigilSchemaVersion) {
                db.exec("ROLLBACK");
                return false;
            }
            checkSchemaObjects(db, name);
            if (readMeta(db)["generation"] != stamp.generation)
                throw FileChangedError(changedOnDisk(name));
            const ChangeJournal &journal = model.changes();
            Writer<Statement> writer(db, model);
            if (journal.everything) {
                for (const char *table : kAllTables)
                    db.exec(std::string("DELETE FROM ") + table);
                writer.writeAll();
            } else {
                writer.writeChanges(journal);
            }
            const long long rows = sqlite3_total_changes64(db.handle());
            writeMeta(db, generation, checksum.value());
            db.exec("COMMIT");
            g_rowsChangedByLastSave = rows;
        } catch (...) {
            sqlite3_exec(db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
            throw;
        }
    }
    FileStamp saved = fileStampOf(path);
    if (saved.device != stamp.device || saved.inode != stamp.inode)
        throw FileChangedError(name + ": the file was replaced on disk while it was being saved; "
                                      "the changes are not in it");
    saved.generation = generation;
    stamp = saved;
    return true;
}

// Saves the model incrementally into the file it was read from, or completely.
void writeDocument(ThreatModel &model, const fs::path &path, SaveMode mode, FileStamp &stamp,
                   SaveChecksum &checksum)
{
    const std::string name = path.string();
    std::error_code error;
    if (mode == SaveMode::Incremental && fs::exists(path, error)) {
        // Checked before the file is even opened: opening may roll back or convert it.
        if (!stamp.known())
            throw FileChangedError(name + ": cannot tell whether the file is still the one "
                                          "this model was read from; nothing was saved");
        if (!fileStampOf(path).sameOnDisk(stamp))
            throw FileChangedError(changedOnDisk(name));
        const timings::Scope phase("write changes");
        if (writeIncrementally(model, path, stamp, checksum))
            return;
    }
    const timings::Scope phase("write whole file");
    writeComplete(model, path, stamp, checksum);
}

// A journal that SQLite did not roll back when the file was read is not hot: a save killed before
// it wrote the journal's header left it, and it can repair nothing. It is removed under a write
// lock, which no live save holds at that moment (one holding it would own the journal).
void removeColdJournal(const fs::path &path)
{
    if (!existsQuietly(journalOf(path)) || isWalMode(path))
        return;
    try {
        Database db(path, SQLITE_OPEN_READWRITE);
        db.exec("BEGIN IMMEDIATE"); // rolls back a journal that became hot meanwhile
        removeQuietly(journalOf(path));
        db.exec("ROLLBACK");
    } catch (const SqliteError &) {
        // Busy or read-only: it stays, harmless.
    }
}

std::string documentWarning(const std::string &name, const std::string &problem)
{
    return name + ": " + problem;
}

} // namespace

namespace detail {
void setSaveFailureAfterRows(int rows) { g_failAfterRows = rows; }
long long rowsChangedByLastSave() { return g_rowsChangedByLastSave; }
} // namespace detail

bool FileStamp::sameOnDisk(const FileStamp &other) const
{
    return known() && other.known() && device == other.device && inode == other.inode
           && size == other.size && modifiedNs == other.modifiedNs;
}

FileStamp fileStampOf(const fs::path &path)
{
    FileStamp stamp;
#ifndef _WIN32
    struct stat status {};
    if (::stat(path.c_str(), &status) != 0 || !S_ISREG(status.st_mode))
        return stamp;
    stamp.device = static_cast<std::uint64_t>(status.st_dev);
    stamp.inode = static_cast<std::uint64_t>(status.st_ino);
    stamp.size = static_cast<std::int64_t>(status.st_size);
#ifdef __APPLE__
    const struct timespec &modified = status.st_mtimespec;
#else
    const struct timespec &modified = status.st_mtim;
#endif
    stamp.modifiedNs = static_cast<std::int64_t>(modified.tv_sec) * 1000000000
                       + static_cast<std::int64_t>(modified.tv_nsec);
#else
    std::error_code error;
    if (!fs::is_regular_file(path, error))
        return stamp;
    stamp.size = static_cast<std::int64_t>(fs::file_size(path, error));
    stamp.modifiedNs = static_cast<std::int64_t>(
        fs::last_write_time(path, error).time_since_epoch().count());
#endif
    return stamp;
}

bool looksLikeSqlite(const fs::path &path)
{
    static constexpr char kHeader[] = "SQLite format 3"; // 16 bytes with its terminating NUL
    std::ifstream file(path, std::ios::binary);
    std::array<char, sizeof kHeader> start{};
    if (!file.read(start.data(), static_cast<std::streamsize>(start.size())))
        return false;
    return std::memcmp(start.data(), kHeader, sizeof kHeader) == 0;
}

std::string contentChecksum(const ThreatModel &model)
{
    Hasher hasher;
    Writer<HashedRow>(hasher, model).writeAll();
    return hex(hasher.value());
}

LoadedDocument loadDocument(const fs::path &path)
{
    const std::string name = path.string();
    std::error_code error;
    const auto status = fs::status(path, error);
    if (!fs::exists(status))
        throw StoreError(name + ": no such file");
    if (fs::is_directory(status))
        throw StoreError(name + ": is a folder, not a Vigil document");
    if (!fs::is_regular_file(status))
        throw StoreError(name + ": is not a regular file (a pipe, socket or device)");
    const std::uintmax_t size = fs::file_size(path, error);
    if (error)
        throw StoreError(name + ": cannot read: " + error.message());
    if (size == 0)
        throw StoreError(name + ": not a Vigil document (empty file)");
    if (size > kMaxDocumentBytes)
        throw StoreError(name + ": the file is " + std::to_string(size) + " bytes, larger than "
                         + std::to_string(kMaxDocumentBytes >> 20)
                         + " MiB, the most Vigil opens");
    if (!looksLikeSqlite(path))
        throw StoreError(name + ": not a Vigil document (not an SQLite database)");

    removeStaleTemporaries(path);
    LoadedDocument document;
    document.readOnly = !canWrite(path) || !canWrite(folderOf(path));
    try {
        // The stamp describes what was read only if the file did not change while it was read
        // (rolling back a hot journal changes it: the second read sees the whole file).
        for (int attempt = 0;; ++attempt) {
            const FileStamp before = fileStampOf(path);
            ReadResult result = readOnce(path, document.readOnly);
            const FileStamp after = fileStampOf(path);
            if (!after.sameOnDisk(before) && attempt < 2)
                continue;
            document.model = std::move(result.model);
            document.stamp = after.sameOnDisk(before) ? after : FileStamp{};
            document.stamp.generation = result.generation;
            if (result.invalidUtf8 > 0)
                document.warnings.push_back(documentWarning(
                    name, std::to_string(result.invalidUtf8)
                              + " text value(s) were not valid UTF-8 (another program wrote "
                                "them); the bytes that were not are read as replacement "
                                "characters (U+FFFD)"));
            const timings::Scope checking("verify checksum");
            if (result.checksum
                && *result.checksum != (result.contentRead ? *result.contentRead
                                                           : contentChecksum(document.model)))
                document.warnings.push_back(documentWarning(
                    name, "the content does not match the checksum saved with it: another "
                          "program changed the file or it is damaged; check the model before "
                          "relying on it (saving records the content as it is now)"));
            break;
        }
        if (!document.readOnly)
            removeColdJournal(path);
    } catch (const StoreError &) {
        throw;
    } catch (const SqliteError &failure) {
        throw StoreError(name + ": " + describe(failure));
    } catch (const ModelError &failure) {
        throw StoreError(name + ": invalid content: " + failure.what());
    } catch (const ContentError &failure) {
        throw StoreError(name + ": invalid content: " + failure.what());
    } catch (const json::exception &failure) {
        throw StoreError(name + ": invalid content: malformed JSON (" + failure.what() + ")");
    } catch (const std::bad_alloc &) {
        throw StoreError(name + ": not enough memory to open it");
    } catch (const std::exception &failure) {
        throw StoreError(name + ": " + oneLine(failure.what()));
    }
    document.model.clearChanges();
    return document;
}

void saveDocument(ThreatModel &model, const fs::path &path, SaveMode mode, FileStamp &stamp)
{
    const std::string name = path.string();
    std::error_code error;
    const fs::path folder = folderOf(path);
    if (!fs::is_directory(folder, error))
        throw StoreError(name + ": cannot save: the folder " + folder.string()
                         + " does not exist");
    if (fs::is_directory(path, error))
        throw StoreError(name + ": cannot save: is a folder");
    // Replacing the file by rename would succeed even so; a read-only file stays as it is.
    if (fs::exists(path, error) && !canWrite(path))
        throw StoreError(name + ": cannot save: the file is read-only");
    try {
        removeStaleTemporaries(path);
        // Every value is checked before anything is committed.
        SaveChecksum checksum(model);
        try {
            writeDocument(model, path, mode, stamp, checksum);
        } catch (...) {
            checksum.throwItsError();
            throw;
        }
    } catch (const StoreError &) {
        throw;
    } catch (const SqliteError &failure) {
        throw StoreError(name + ": cannot save: " + describe(failure));
    } catch (const fs::filesystem_error &failure) {
        throw StoreError(name + ": cannot save: " + failure.code().message());
    } catch (const std::exception &failure) {
        throw StoreError(name + ": cannot save: " + oneLine(failure.what()));
    }
    model.clearChanges();
}

void saveDocument(ThreatModel &model, const fs::path &path, SaveMode mode)
{
    FileStamp unknown;
    saveDocument(model, path, mode, unknown);
}

} // namespace vigil
