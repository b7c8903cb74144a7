// The .vigil SQLite document store: round trips, incremental saves, refused files, failed saves.

#include "model/Baselines.h"
#include "model/store/DocumentStore.h"
#include "model/json/JsonInterchange.h"

#include <QtTest>

#include <nlohmann/json.hpp>

#include <sqlite3.h>

#include <fstream>
#include <functional>
#include <random>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace vigil;

namespace {

// Every collection and every field of the model filled with something that would show a loss:
// non-ASCII text, typed properties, fractional coordinates, ordered lists out of sort order.
ThreatModel richModel()
{
    ThreatModel model;
    ModelInfo info;
    info.name = "Insulin pump system \xe2\x80\x94 \xe6\x97\xa5\xe6\x9c\xac";
    info.description = "Line one\nline \"two\" with 'quotes'";
    info.context = {"Insulin delivery", "Home use", "Patient BLE network", "Locked enclosure",
                    "Life-sustaining"};
    info.assumptions = {"The phone OS is patched", "An attacker is within BLE range"};
    info.scope = "Pump, app and cloud";
    info.rulePacks = {"stride-default", "medical-device", "custom-pack"};
    info.nextThreatNumber = 42;
    info.nextRequirementNumber = 12;
    info.nextTestNumber = 30;
    info.riskScheme.severityLevels = {"Minor", "Serious", "Critical"};
    info.riskScheme.acceptable = {{true, true, false}, {true, false, false},
                                  {false, false, false}, {false, false, false},
                                  {false, false, false}};
    info.riskScheme.cvssAcceptableBelow = 6.5;
    info.independence.penetration = Independence::OtherOrganisation;
    info.lastAnalysis = {"00ff00ff00ff00ff", {{"stride-default", "1.0.0"}, {"custom", "0.1"}}};
    model.setInfo(info);

    Element pump;
    pump.id = "pump";
    pump.kind = ElementKind::Process;
    pump.name = "Pump firmware";
    pump.description = "Delivers insulin";
    pump.properties = {{"safetyCritical", true},   {"physicalPorts", 2.0},
                       {"riskTransfer", std::string("maintained")}, {"ratio", 0.1},
                       {"label", std::string("3")}, {"runsAsPrivileged", false}};
    model.addElement(pump);
    Element app;
    app.id = "app";
    app.kind = ElementKind::ExternalEntity;
    app.name = "Patient phone app";
    app.outOfScope = true;
    app.outOfScopeReason = "Third-party phone";
    model.addElement(app);
    Element log;
    log.id = "log";
    log.kind = ElementKind::DataStore;
    log.name = "Event log";
    log.properties = {{"storesLogs", true}};
    model.addElement(log);
    Element cloud;
    cloud.id = "cloud";
    cloud.kind = ElementKind::ExternalEntity;
    cloud.name = "Cloud service";
    model.addElement(cloud);

    model.addBoundary({"tb-device", "Device", "The whole device", "", {}});
    model.addBoundary({"tb-pump", "Pump enclosure", "", "tb-device", {"pump", "log"}});
    model.addBoundary({"tb-cloud", "Cloud", "", "", {"cloud"}, 2});

    Flow bolus;
    bolus.id = "f1";
    bolus.source = "app";
    bolus.target = "pump";
    bolus.bidirectional = true;
    bolus.name = "Bolus command";
    bolus.description = "Dose and time";
    bolus.protocol = "BLE";
    bolus.properties = {{"encrypted", false}, {"wireless", true}, {"latencyMs", 12.5}};
    model.addFlow(bolus);
    Flow logging;
    logging.id = "f2";
    logging.source = "pump";
    logging.target = "log";
    model.addFlow(logging);
    Flow sync;
    sync.id = "f3";
    sync.source = "cloud";
    sync.target = "app";
    sync.outOfScope = true;
    sync.outOfScopeReason = "Vendor cloud";
    model.addFlow(sync);

    Diagram dfd;
    dfd.id = "dfd";
    dfd.name = "Level 0";
    dfd.kind = DiagramKind::Dfd;
    dfd.description = "Context diagram";
    dfd.nodes = {{"pump", {10.5, 20.25, 160, 80}}, {"app", {-300, 0.1, 120, 60}},
                 {"log", {200, 300, 140, 70}}, {"tb-pump", {0, 0, 500, 400}}};
    dfd.flows = {{"f1", {{{1.5, 2.25}, {3, 4}}, Point{10, -20.125}}}, {"f2", {{}, std::nullopt}}};
    model.addDiagram(dfd);
    Diagram global;
    global.id = "global";
    global.name = "Global system view";
    global.kind = DiagramKind::GlobalSystem;
    global.level = 1;
    global.order = 1;
    global.nodes = {{"cloud", {0, 0, 100, 50}}, {"app", {0, 200, 100, 50}}};
    global.flows = {{"f3", {{}, Point{0.3, 0.7}}}};
    model.addDiagram(global);

    model.hazards().put({"hz1", "HAZ-007", "Overdose", "Too much insulin"});
    model.people().put({"alice", "Alice", "Security architect", "R&D", "Acme Medical"});
    model.people().put({"bob", "Bob", "Tester", "QA", "TestLab GmbH"});
    model.requirements().put({"r1", "Bolus commands are authenticated", "TM", "approved"});
    model.requirements().put({"r2", "BLE link is encrypted", "TM", "draft"});
    model.tests().put({"t1", {"r1", "r2"}, "threat-mitigation", "Replay a captured bolus",
                       "btlejack", "2.1", "pass", "DHF-123", "2024-05-01", "bob", "alice",
                       "ble.ReplayBolus"});
    model.mitigations().put({"m1", "Authenticated pairing", "LESC pairing", "authentication",
                             "device", "device", "implemented", {"r1", "r2"}});
    model.mitigations().put({"m2", "Audit log", "", "event-detection-logging", "", "device",
                             "proposed", {}});

    Threat threat;
    threat.id = "th1";
    threat.number = 7;
    threat.ruleId = "MD-001";
    threat.rulePack = "medical-device";
    threat.rulePackVersion = "1.2.0";
    threat.category = StrideCategory::Tampering;
    threat.targets = {"f1", "tb-pump"};
    threat.title = "Unauthenticated bolus command";
    threat.description = "An attacker sends a bolus";
    threat.severity = "critical";
    threat.status = ThreatStatus::Mitigated;
    threat.justification = "Pairing required";
    threat.why = "flow.wireless = true, flow.encrypted = false";
    threat.riskBefore = {"cvss", "CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:U/C:N/I:H/A:H", 0, 0};
    threat.riskAfter = {"matrix", "", 2, 5};
    threat.hazards = {"hz1"};
    threat.mitigations = {"m1", "m2"};
    threat.capec = {"CAPEC-94", "CAPEC-1"};
    threat.cwe = {"CWE-319"};
    threat.transferredToSafety = true;
    threat.residualAcceptance = {"Residual risk accepted by the board \xe2\x80\x94 \xe6\x97\xa5",
                                 "alice", "2024-06-01"};
    model.threats().put(threat);
    Threat plain;
    plain.id = "th2";
    plain.number = 8;
    plain.targets = {"pump"};
    plain.manual = true; // added by hand
    model.threats().put(plain);

    model.addSuppression({"pump", "S-1", "Covered by the enclosure"});
    model.addSuppression({"log", "T-2", ""});
    model.clearChanges();
    return model;
}

// The rich model with two reviews: one completed, whose decisions carry both kinds of risk and
// come out of id order, and one interrupted with none. Attendees are out of id order too.
ThreatModel reviewedModel()
{
    ThreatModel model = richModel();
    Review completed;
    completed.id = "RV-2024-06-01";
    completed.date = "2024-06-01";
    completed.attendees = {"bob", "alice"};
    completed.scope = {"changed", "dfd", "tb-pump", "tampering", "high", "risk"};
    completed.completed = true;
    completed.nextReview = "2025-06-01";
    completed.notes = "Board room \xe2\x80\x94 \xe6\x97\xa5\nSecond line";
    completed.decisions = {
        {"th2", ThreatStatus::NeedsInvestigation, ThreatStatus::NotApplicable,
         "Manual threat, \"not\" reachable", {"matrix", "", 3, 4},
         {"cvss", "CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:N/I:L/A:N", 0, 0}, "bob"},
        {"th1", ThreatStatus::Open, ThreatStatus::Mitigated, "Pairing required",
         {"cvss", "CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:U/C:N/I:H/A:H", 0, 0}, {"matrix", "", 2, 5},
         "alice"}};
    model.reviews().put(completed);
    Review interrupted;
    interrupted.id = "RV-2024-06-01-2";
    interrupted.date = "2024-06-01";
    interrupted.attendees = {"alice"};
    interrupted.nextReview = "2025-06-01";
    model.reviews().put(interrupted);
    model.clearChanges();
    return model;
}

// The rows of the review tables in key order, one line each, to compare two files by.
QString reviewRows(const fs::path &path)
{
    QStringList rows;
    for (const char *sql :
         {"SELECT group_concat(row, char(10)) FROM (SELECT id || '|' || date || '|' || "
          "scope_threats || '|' || scope_diagram || '|' || scope_target || '|' || "
          "scope_category || '|' || scope_minimum_risk || '|' || scope_order || '|' || "
          "completed || '|' || next_review || '|' || notes AS row FROM reviews ORDER BY id)",
          "SELECT group_concat(row, char(10)) FROM (SELECT review || '|' || position || '|' || "
          "person AS row FROM review_attendees ORDER BY review, position)",
          "SELECT group_concat(row, char(10)) FROM (SELECT review || '|' || position || '|' || "
          "threat || '|' || status_before || '|' || status_after || '|' || justification || '|' "
          "|| risk_before_method || '|' || risk_before_cvss_vector || '|' || "
          "risk_before_exploitability || '|' || risk_before_severity || '|' || "
          "risk_after_method || '|' || risk_after_cvss_vector || '|' || "
          "risk_after_exploitability || '|' || risk_after_severity || '|' || decided_by AS row "
          "FROM review_decisions ORDER BY review, position)"}) {
        sqlite3 *db = nullptr;
        sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
        sqlite3_stmt *statement = nullptr;
        QString value = "(no table)";
        if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW)
            value = QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        sqlite3_finalize(statement);
        sqlite3_close(db);
        rows << value;
    }
    return rows.join("\n--\n");
}

// A model large enough to span many database pages.
ThreatModel bulkModel(int elements)
{
    ThreatModel model = richModel();
    for (int i = 0; i < elements; ++i) {
        Element element;
        element.id = "bulk-" + std::to_string(i);
        element.name = "Bulk element " + std::to_string(i);
        element.description = std::string(200, static_cast<char>('a' + i % 26));
        element.properties = {{"index", static_cast<double>(i)}};
        model.addElement(element);
        model.setNodeRect("dfd", element.id, {i * 10.0, i * 5.0, 100, 50});
    }
    model.clearChanges();
    return model;
}

std::string readBytes(const fs::path &path)
{
    std::ifstream file(path, std::ios::binary | std::ios::ate);
    std::string bytes(static_cast<size_t>(file.tellg()), '\0');
    file.seekg(0);
    file.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return bytes;
}

void writeBytes(const fs::path &path, const std::string &bytes)
{
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    file << bytes;
}

// Runs SQL on a file outside the store, the way another program (or an attacker) would.
void execSql(const fs::path &path, const std::string &sql)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    char *error = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
    const QString message = QString::fromUtf8(error ? error : "");
    sqlite3_free(error);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(message));
}

long long queryInt(const fs::path &path, const char *sql)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *statement = nullptr;
    long long value = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW)
        value = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return value;
}

QString queryText(const fs::path &path, const char *sql)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *statement = nullptr;
    QString value;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW)
        value = QString::fromUtf8(
            reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return value;
}

QStringList filesIn(const fs::path &folder)
{
    QStringList names;
    for (const auto &entry : fs::directory_iterator(folder))
        names << QString::fromStdString(entry.path().filename().string());
    names.sort();
    return names;
}

// Loads a file and returns the StoreError message, or an empty string when it loaded.
QString loadError(const fs::path &path)
{
    try {
        loadDocument(path);
    } catch (const StoreError &error) {
        return QString::fromUtf8(error.what());
    }
    return {};
}

using Edit = std::function<void(ThreatModel &)>;

const std::map<QString, Edit> &edits()
{
    static const std::map<QString, Edit> table{
        {"rename element",
         [](ThreatModel &m) {
             Element e = *m.element("pump");
             e.name = "Renamed pump";
             e.properties["encryptedAtRest"] = true;
             m.updateElement(e);
         }},
        {"remove element with its flows, layout, zone and suppressions",
         [](ThreatModel &m) { m.removeElement("pump"); }},
        {"add element into a zone",
         [](ThreatModel &m) {
             Element e;
             e.id = "new";
             e.name = "New";
             m.addElement(e);
             m.setMembership("new", "tb-cloud");
             m.setNodeRect("global", "new", {1, 2, 3, 4});
         }},
        {"reconnect flow and move its bends",
         [](ThreatModel &m) {
             Flow f = *m.flow("f2");
             f.source = "cloud";
             m.updateFlow(f);
             m.setFlowLayout("dfd", "f2", {{{7, 8}}, Point{9, 10}});
         }},
        {"remove flow", [](ThreatModel &m) { m.removeFlow("f1"); }},
        {"move node", [](ThreatModel &m) { m.setNodeRect("dfd", "pump", {1, 1, 1, 1}); }},
        {"remove nested zone", [](ThreatModel &m) { m.removeBoundary("tb-pump"); }},
        {"remove diagram", [](ThreatModel &m) { m.removeDiagram("dfd"); }},
        {"edit model information",
         [](ThreatModel &m) {
             ModelInfo info = m.info();
             info.assumptions.push_back("New assumption");
             info.nextThreatNumber = 43;
             m.setInfo(info);
         }},
        {"relink threat",
         [](ThreatModel &m) {
             Threat t = *m.threats().find("th1");
             t.mitigations = {"m2"};
             t.hazards.clear();
             t.status = ThreatStatus::Accepted;
             m.threats().put(t);
         }},
        {"remove threat", [](ThreatModel &m) { m.threats().remove("th1"); }},
        {"remove mitigation", [](ThreatModel &m) { m.mitigations().remove("m1"); }},
        {"edit requirement, test, person and hazard",
         [](ThreatModel &m) {
             m.requirements().put({"r3", "Firmware is signed", "FDA", "draft"});
             m.tests().remove("t1");
             m.people().put({"alice", "Alice Smith", "Lead", "R&D", "Acme Medical"});
             m.hazards().remove("hz1");
         }},
        {"change and remove suppressions",
         [](ThreatModel &m) {
             m.addSuppression({"pump", "S-1", "New reason"});
             m.removeSuppression("log", "T-2");
         }},
    };
    return table;
}

} // namespace

class TestStore : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        for (const auto &entry : fs::directory_iterator(folder()))
            fs::remove_all(entry.path());
    }

    void roundTripKeepsEveryField_data()
    {
        QTest::addColumn<bool>("incremental");
        QTest::newRow("full save") << false;
        QTest::newRow("incremental save of a new file") << true;
    }
    void roundTripKeepsEveryField()
    {
        QFETCH(bool, incremental);
        const fs::path path = folder() / "pump.vigil";
        ThreatModel model = richModel();
        model.markEverythingChanged();
        saveDocument(model, path, incremental ? SaveMode::Incremental : SaveMode::Full);
        QVERIFY(model.changes().empty());
        QCOMPARE(filesIn(folder()), QStringList{"pump.vigil"});

        LoadedDocument loaded = loadDocument(path);
        QVERIFY(!loaded.readOnly);
        QVERIFY(loaded.model.changes().empty());
        QVERIFY(loaded.model.sameContent(richModel()));

        const Element *pump = loaded.model.element("pump");
        QVERIFY(pump);
        QCOMPARE(std::get<bool>(pump->properties.at("safetyCritical")), true);
        QCOMPARE(std::get<double>(pump->properties.at("physicalPorts")), 2.0);
        QCOMPARE(std::get<double>(pump->properties.at("ratio")), 0.1);
        QCOMPARE(std::get<std::string>(pump->properties.at("label")), std::string("3"));
        QCOMPARE(loaded.model.info().name, richModel().info().name);
        QCOMPARE(loaded.model.boundary("tb-pump")->parent, Id("tb-device"));
        QCOMPARE(loaded.model.boundaryOf("log"), Id("tb-pump"));
        const Diagram *dfd = loaded.model.diagram("dfd");
        QCOMPARE(dfd->flows.at("f1").labelPosition->y, -20.125);
        QVERIFY(!dfd->flows.at("f2").labelPosition);
        QCOMPARE(loaded.model.diagram("global")->flows.at("f3").bends.size(), size_t(0));
        const Threat *threat = loaded.model.threats().find("th1");
        QCOMPARE(threat->targets, (std::vector<Id>{"f1", "tb-pump"}));
        QCOMPARE(threat->capec, (std::vector<std::string>{"CAPEC-94", "CAPEC-1"}));
        QCOMPARE(threat->mitigations, (std::set<Id>{"m1", "m2"}));
        QCOMPARE(threat->riskAfter.severity, 5);
        QCOMPARE(loaded.model.tests().find("t1")->developer, Id("alice"));
        QCOMPARE(loaded.model.suppression("pump", "S-1")->reason,
                 std::string("Covered by the enclosure"));
    }

    void fileIsAnSqliteApplicationFile()
    {
        const fs::path path = folder() / "pump.vigil";
        ThreatModel model = richModel();
        saveDocument(model, path, SaveMode::Full);
        QVERIFY(looksLikeSqlite(path));
        QCOMPARE(queryInt(path, "PRAGMA application_id"), 0x5647494cLL);
        QCOMPARE(queryInt(path, "PRAGMA user_version"),
                 static_cast<long long>(kVigilSchemaVersion));
        QCOMPARE(queryText(path, "PRAGMA journal_mode"), QString("delete"));
        // Real tables, one row per item, links in link tables.
        QCOMPARE(queryInt(path, "SELECT count(*) FROM elements"), 4LL);
        QCOMPARE(queryInt(path, "SELECT count(*) FROM flows"), 3LL);
        QCOMPARE(queryInt(path, "SELECT count(*) FROM boundary_members"), 3LL);
        QCOMPARE(queryInt(path, "SELECT count(*) FROM diagram_nodes"), 6LL);
        QCOMPARE(queryInt(path, "SELECT count(*) FROM threat_mitigations"), 2LL);
        QCOMPARE(queryInt(path, "SELECT count(*) FROM mitigation_requirements"), 2LL);
        QCOMPARE(queryText(path, "SELECT name FROM flows WHERE id = 'f1'"),
                 QString("Bolus command"));
        QCOMPARE(queryInt(path, "SELECT json_extract(properties, '$.safetyCritical') "
                                "FROM elements WHERE id = 'pump'"),
                 1LL);
    }

    void incrementalSaveWritesOnlyTheEdit()
    {
        const fs::path path = folder() / "bulk.vigil";
        ThreatModel original = bulkModel(200);
        saveDocument(original, path, SaveMode::Full);
        const long long rowidBefore =
            queryInt(path, "SELECT sum(rowid) FROM elements WHERE id <> 'bulk-7'");

        LoadedDocument document = loadDocument(path);
        Element element = *document.model.element("bulk-7");
        element.name = "Edited";
        document.model.updateElement(element);
        saveDocument(document.model, path, SaveMode::Incremental, document.stamp);

        QCOMPARE(detail::rowsChangedByLastSave(), 1LL);
        QVERIFY(document.model.changes().empty());
        QCOMPARE(queryInt(path, "SELECT sum(rowid) FROM elements WHERE id <> 'bulk-7'"),
                 rowidBefore);
        QCOMPARE(queryText(path, "SELECT name FROM elements WHERE id = 'bulk-7'"),
                 QString("Edited"));
        QVERIFY(loadDocument(path).model.sameContent(document.model));
        QCOMPARE(filesIn(folder()), QStringList{"bulk.vigil"});
    }

    void incrementalSaveAppliesEdits_data()
    {
        QTest::addColumn<QString>("edit");
        for (const auto &entry : edits())
            QTest::newRow(qPrintable(entry.first)) << entry.first;
    }
    void incrementalSaveAppliesEdits()
    {
        QFETCH(QString, edit);
        const fs::path path = folder() / "pump.vigil";
        ThreatModel original = richModel();
        saveDocument(original, path, SaveMode::Full);

        LoadedDocument document = loadDocument(path);
        edits().at(edit)(document.model);
        QVERIFY(!document.model.sameContent(original));
        saveDocument(document.model, path, SaveMode::Incremental, document.stamp);

        QVERIFY(loadDocument(path).model.sameContent(document.model));
        // Nothing but the edit was written: a full save of the edited model holds the same rows.
        const fs::path reference = folder() / "reference.vigil";
        saveDocument(document.model, reference, SaveMode::Full);
        for (const char *table : {"elements", "flows", "boundaries", "boundary_members",
                                  "diagrams", "diagram_nodes", "diagram_flows", "threats",
                                  "threat_hazards", "threat_mitigations", "mitigations",
                                  "mitigation_requirements", "requirements", "tests", "people",
                                  "hazards", "suppressions", "reviews", "review_attendees",
                                  "review_decisions"}) {
            const std::string count = std::string("SELECT count(*) FROM ") + table;
            QCOMPARE(queryInt(path, count.c_str()), queryInt(reference, count.c_str()));
        }
    }

    void removalDeletesRows()
    {
        const fs::path path = folder() / "pump.vigil";
        ThreatModel model = richModel();
        FileStamp stamp;
        saveDocument(model, path, SaveMode::Full, stamp);
        model.removeElement("pump");
        saveDocument(model, path, SaveMode::Incremental, stamp);
        QCOMPARE(queryInt(path, "SELECT count(*) FROM elements WHERE id = 'pump'"), 0LL);
        QCOMPARE(queryInt(path, "SELECT count(*) FROM flows"), 1LL);
        QCOMPARE(queryInt(path, "SELECT count(*) FROM diagram_nodes WHERE item = 'pump'"), 0LL);
        QCOMPARE(queryInt(path, "SELECT count(*) FROM diagram_flows"), 1LL);
        QCOMPARE(queryInt(path, "SELECT count(*) FROM boundary_members "
                                "WHERE element = 'pump'"),
                 0LL);
        QCOMPARE(queryInt(path, "SELECT count(*) FROM suppressions"), 1LL);
    }

    void everythingChangedRewritesTheFile()
    {
        const fs::path path = folder() / "pump.vigil";
        ThreatModel model = richModel();
        saveDocument(model, path, SaveMode::Full);
        // Content the model does not hold must go when the journal says "everything".
        execSql(path, "INSERT INTO people (id, name, role, department) "
                      "VALUES ('stray', 'Stray', '', '')");
        LoadedDocument document = loadDocument(path);
        QVERIFY(document.model.people().contains("stray"));
        document.model = richModel();
        document.model.markEverythingChanged();
        saveDocument(document.model, path, SaveMode::Incremental, document.stamp);
        LoadedDocument loaded = loadDocument(path);
        QVERIFY(!loaded.model.people().contains("stray"));
        QVERIFY(loaded.model.sameContent(richModel()));
    }

    void refusesFilesThatAreNotVigilDocuments_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("problem");
        QTest::newRow("missing file") << "missing" << "no such file";
        QTest::newRow("empty file") << "empty" << "not a Vigil document (empty file)";
        QTest::newRow("text file") << "text" << "not a Vigil document (not an SQLite database)";
        QTest::newRow("foreign SQLite database")
            << "foreign" << "an SQLite database of another application";
        QTest::newRow("newer schema")
            << "newer"
            << QString("written by a newer Vigil (schema 7); this version reads up to %1")
                   .arg(kVigilSchemaVersion);
        QTest::newRow("truncated file") << "truncated" << "the file is damaged";
        QTest::newRow("overwritten middle pages") << "overwritten" << "the file is damaged";
        QTest::newRow("flow to a missing element")
            << "dangling flow" << "flow \"ghost-flow\" starts at unknown element \"ghost\"";
        QTest::newRow("zone member that is no element")
            << "dangling member" << "trust zone \"tb-cloud\" lists unknown member \"ghost\"";
        QTest::newRow("zone inside a missing zone")
            << "dangling parent" << "trust zone \"tb-cloud\" has unknown parent \"ghost\"";
        QTest::newRow("layout of a missing element")
            << "dangling node" << "diagram \"dfd\" places unknown item \"ghost\"";
        QTest::newRow("unknown element kind") << "bad kind" << "element \"pump\": kind";
        QTest::newRow("properties that are not JSON")
            << "bad properties" << "element \"pump\": properties";
        QTest::newRow("threat targets that are not JSON")
            << "bad targets" << "threat \"th1\": targets: malformed JSON";
        QTest::newRow("hazard link of a missing threat")
            << "dangling hazard link" << "hazard link of unknown threat \"ghost\"";
        QTest::newRow("mitigation link of a missing threat")
            << "dangling mitigation link" << "mitigation link of unknown threat \"ghost\"";
        QTest::newRow("unknown review selection")
            << "bad review selection" << "review \"rv\": scope threats: unknown value \"some\"";
        QTest::newRow("unknown review order")
            << "bad review order" << "review \"rv\": scope order: unknown value \"sideways\"";
        QTest::newRow("unknown decision status")
            << "bad decision status"
            << "review \"rv\" decision 1: status after: unknown value \"done\"";
        QTest::newRow("decision of a missing review")
            << "dangling decision" << "decision 0 of unknown review \"ghost\"";
        QTest::newRow("attendee of a missing review")
            << "dangling attendee" << "attendee 2 of unknown review \"ghost\"";
    }
    void refusesFilesThatAreNotVigilDocuments()
    {
        QFETCH(QString, kind);
        QFETCH(QString, problem);
        const fs::path path = folder() / "doc.vigil";
        const std::map<QString, std::string> sabotage{
            {"dangling flow", "INSERT INTO flows SELECT 'ghost-flow', 'ghost', target, "
                              "bidirectional, name, description, protocol, properties, "
                              "out_of_scope, out_of_scope_reason FROM flows WHERE id = 'f1'"},
            {"dangling member", "INSERT INTO boundary_members VALUES ('tb-cloud', 'ghost')"},
            {"dangling parent", "UPDATE boundaries SET parent = 'ghost' WHERE id = 'tb-cloud'"},
            {"dangling node", "INSERT INTO diagram_nodes VALUES ('dfd', 'ghost', 0, 0, 1, 1)"},
            {"bad kind", "UPDATE elements SET kind = 'robot' WHERE id = 'pump'"},
            {"bad properties", "UPDATE elements SET properties = '{oops' WHERE id = 'pump'"},
            {"bad targets", "UPDATE threats SET targets = '[\"f1\",' WHERE id = 'th1'"},
            {"dangling hazard link", "INSERT INTO threat_hazards VALUES ('ghost', 'hz1')"},
            {"dangling mitigation link", "INSERT INTO threat_mitigations VALUES ('ghost', 'm1')"},
            {"bad review selection",
             "INSERT INTO reviews VALUES ('rv', '', 'some', '', '', '', '', 'risk', 0, '', '')"},
            {"bad review order",
             "INSERT INTO reviews VALUES ('rv', '', 'all', '', '', '', '', 'sideways', 0, '', '')"},
            {"bad decision status",
             "INSERT INTO reviews VALUES ('rv', '', 'all', '', '', '', '', 'risk', 1, '', '');"
             "INSERT INTO review_decisions VALUES ('rv', 0, 'th1', 'open', 'mitigated', '', '', "
             "'', 0, 0, '', '', 0, 0, '');"
             "INSERT INTO review_decisions VALUES ('rv', 1, 'th2', 'open', 'done', '', '', '', 0, "
             "0, '', '', 0, 0, '')"},
            {"dangling decision",
             "INSERT INTO review_decisions VALUES ('ghost', 0, 'th1', 'open', 'open', '', '', '', "
             "0, 0, '', '', 0, 0, '')"},
            {"dangling attendee", "INSERT INTO review_attendees VALUES ('ghost', 2, 'alice')"},
        };
        if (kind == "empty") {
            writeBytes(path, "");
        } else if (kind == "text") {
            writeBytes(path, "{\"format\": \"vigil-model\"}\n");
        } else if (kind == "foreign") {
            execSql(path, "PRAGMA application_id = 1234; CREATE TABLE songs (title TEXT);"
                          "INSERT INTO songs VALUES ('Blue');");
        } else if (kind != "missing") {
            ThreatModel model = bulkModel(kind == "truncated" || kind == "overwritten" ? 400 : 0);
            saveDocument(model, path, SaveMode::Full);
            std::string bytes = readBytes(path);
            if (kind == "newer")
                execSql(path, "PRAGMA user_version = 7");
            else if (kind == "truncated")
                bytes.resize(bytes.size() / 2);
            else if (kind == "overwritten")
                std::fill(bytes.begin() + 4 * 4096, bytes.begin() + 12 * 4096, '\xa5');
            else
                execSql(path, sabotage.at(kind));
            if (kind == "truncated" || kind == "overwritten") {
                QVERIFY(bytes.size() > 16 * 4096);
                writeBytes(path, bytes);
            }
        }
        const bool existed = fs::exists(path);
        const std::string before = existed ? readBytes(path) : std::string();

        const QString message = loadError(path);
        QVERIFY2(message.startsWith(QString::fromStdString(path.string()) + ": "),
                 qPrintable(message));
        QVERIFY2(message.contains(problem), qPrintable(message));
        QVERIFY2(!message.contains('\n'), qPrintable(message));
        QCOMPARE(fs::exists(path), existed);
        if (existed)
            QVERIFY(readBytes(path) == before);
        QCOMPARE(filesIn(folder()), existed ? QStringList{"doc.vigil"} : QStringList{});
    }

    void olderSchemaIsMigratedOnSave()
    {
        // Schema 0 is an empty document: the application id is there, the tables not yet.
        const fs::path path = folder() / "old.vigil";
        execSql(path, "PRAGMA application_id = " + std::to_string(kVigilApplicationId));
        const std::string before = readBytes(path);
        LoadedDocument document = loadDocument(path);
        QCOMPARE(document.model.elementCount(), size_t(0));
        QVERIFY(readBytes(path) == before);

        Element element;
        element.id = "e";
        document.model.addElement(element);
        saveDocument(document.model, path, SaveMode::Incremental, document.stamp);
        QCOMPARE(queryInt(path, "PRAGMA user_version"),
                 static_cast<long long>(kVigilSchemaVersion));
        QVERIFY(loadDocument(path).model.element("e"));
    }

    // A document saved by the schema-1 Vigil (tests/data/store, see its README) opens with its
    // chain intact in the new form, leaves the file alone until saved, then saves as schema 2.
    void schemaOneDocumentIsMigrated()
    {
        const fs::path original =
            fs::path(VIGIL_SOURCE_DIR) / "tests/data/store/schema1-pump.vigil";
        const fs::path path = folder() / "schema1.vigil";
        fs::copy_file(original, path);
        QCOMPARE(queryInt(path, "PRAGMA user_version"), 1LL);
        const std::string before = readBytes(path);

        LoadedDocument document = loadDocument(path);
        QVERIFY(readBytes(path) == before);
        const ThreatModel &model = document.model;
        const VerificationTest *test = model.tests().find("t1");
        QVERIFY(test);
        QCOMPARE(test->verifies, (std::set<Id>{"r1"}));
        QCOMPARE(test->automation, std::string());
        QCOMPARE(model.people().find("bob")->department, std::string("QA"));
        QCOMPARE(model.people().find("bob")->organisation, std::string());
        const Threat *threat = model.threats().find("T-00000000000000a1");
        QVERIFY(threat);
        QCOMPARE(threat->riskAfter, (Risk{"matrix", "", 2, 3}));
        QCOMPARE(threat->mitigations, (std::set<Id>{"m1"}));
        QVERIFY(!threat->transferredToSafety);
        QCOMPARE(threat->residualAcceptance, ResidualAcceptance{});
        QCOMPARE(model.info().nextThreatNumber, 3);
        QCOMPARE(model.info().riskScheme, RiskScheme{});
        QCOMPARE(model.info().independence, IndependenceRules{});
        QCOMPARE(model.mitigations().find("m1")->requirements, (std::set<Id>{"r1"}));

        ThreatModel edited = document.model;
        saveDocument(edited, path, SaveMode::Incremental, document.stamp);
        QCOMPARE(queryInt(path, "PRAGMA user_version"),
                 static_cast<long long>(kVigilSchemaVersion));
        QCOMPARE(queryInt(path, "SELECT count(*) FROM test_verifies"), 1LL);
        QVERIFY(loadDocument(path).model.sameContent(model));
    }

    void readOnlyFileOpensReadOnly()
    {
        const fs::path path = folder() / "pump.vigil";
        ThreatModel model = richModel();
        saveDocument(model, path, SaveMode::Full);
        fs::permissions(path, fs::perms::owner_read | fs::perms::group_read
                                  | fs::perms::others_read);
        const bool writable = ::access(path.c_str(), W_OK) == 0;
        if (writable) {
            fs::permissions(path, fs::perms::owner_read | fs::perms::owner_write);
            QSKIP("this user (root?) may write read-only files");
        }
        LoadedDocument document = loadDocument(path);
        QVERIFY(document.readOnly);
        QVERIFY(document.model.sameContent(richModel()));
        // Saving over it is refused too, although a rename into the folder would work.
        const std::string before = readBytes(path);
        document.model.removeElement("pump");
        QVERIFY_THROWS_EXCEPTION(StoreError, saveDocument(document.model, path, SaveMode::Full));
        fs::permissions(path, fs::perms::owner_read | fs::perms::owner_write);
        QVERIFY(readBytes(path) == before);
    }

    // A trigger or view is another program's doing: the file is refused, and a trigger planted
    // after the load never runs (the save is refused as a change on disk).
    void plantedTriggerIsRefused()
    {
        const fs::path path = folder() / "pump.vigil";
        ThreatModel model = richModel();
        saveDocument(model, path, SaveMode::Full);
        LoadedDocument document = loadDocument(path);
        execSql(path, "CREATE TRIGGER wipe AFTER INSERT ON elements BEGIN DELETE FROM flows; END");
        const std::string planted = readBytes(path);
        const QString message = loadError(path);
        QVERIFY2(message.startsWith(QString::fromStdString(path.string()) + ": holds a trigger"),
                 qPrintable(message));
        QVERIFY(readBytes(path) == planted);

        Element element = *document.model.element("log");
        element.name = "Renamed";
        document.model.updateElement(element);
        QVERIFY_THROWS_EXCEPTION(FileChangedError, saveDocument(document.model, path,
                                                                SaveMode::Incremental,
                                                                document.stamp));
        QCOMPARE(queryInt(path, "SELECT count(*) FROM flows"), 3LL);
        QVERIFY(readBytes(path) == planted);

        execSql(path, "DROP TRIGGER wipe; CREATE VIEW names AS SELECT name FROM elements");
        QVERIFY(loadError(path).contains("holds a view (\"names\")"));
    }

    void failedSaveKeepsPreviousContent_data()
    {
        QTest::addColumn<bool>("incremental");
        QTest::addColumn<int>("rows");
        QTest::newRow("incremental save fails after its first row") << true << 1;
        QTest::newRow("incremental save fails after 100 rows") << true << 100;
        QTest::newRow("full save fails after its first row") << false << 1;
        QTest::newRow("full save fails after 1000 rows") << false << 1000;
    }
    void failedSaveKeepsPreviousContent()
    {
        QFETCH(bool, incremental);
        QFETCH(int, rows);
        const fs::path path = folder() / "bulk.vigil";
        ThreatModel original = bulkModel(1000);
        saveDocument(original, path, SaveMode::Full);
        const std::string before = readBytes(path);

        LoadedDocument document = loadDocument(path);
        for (int i = 0; i < 300; ++i)
            document.model.removeElement("bulk-" + std::to_string(i));
        document.model.removeElement("pump");
        const ThreatModel edited = document.model;

        detail::setSaveFailureAfterRows(rows);
        QVERIFY_THROWS_EXCEPTION(StoreError,
                                 saveDocument(document.model, path,
                                              incremental ? SaveMode::Incremental
                                                          : SaveMode::Full,
                                              document.stamp));
        QVERIFY(!document.model.changes().empty()); // the journal is kept for the next try
        QCOMPARE(filesIn(folder()), QStringList{"bulk.vigil"}); // no journal, no temp file
        QVERIFY(readBytes(path) == before);
        QVERIFY(loadDocument(path).model.sameContent(original));

        saveDocument(document.model, path, incremental ? SaveMode::Incremental : SaveMode::Full,
                     document.stamp);
        QVERIFY(loadDocument(path).model.sameContent(edited));
    }

    void crashedSaveIsRolledBackOnOpen()
    {
        const fs::path path = folder() / "bulk.vigil";
        ThreatModel original = bulkModel(1000);
        saveDocument(original, path, SaveMode::Full);

        // Capture the file and its journal at the moment a crash would have left them: in the
        // middle of a transaction whose changes already spilled into the database file.
        const fs::path crashed = folder() / "crashed.vigil";
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(path.c_str(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "PRAGMA cache_size = 2; BEGIN; DELETE FROM diagram_nodes; "
                                  "UPDATE elements SET name = 'half-written';",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        fs::copy_file(path, crashed);
        fs::copy_file(folder() / "bulk.vigil-journal", folder() / "crashed.vigil-journal");
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        QVERIFY2(readBytes(crashed) != readBytes(path), "the crash copy is not half-written");

        LoadedDocument document = loadDocument(crashed);
        QVERIFY(document.model.sameContent(original));
        QVERIFY(!fs::exists(folder() / "crashed.vigil-journal"));
    }

    void looksLikeSqliteSniffsTheHeader()
    {
        const fs::path document = folder() / "pump.vigil";
        ThreatModel model = richModel();
        saveDocument(model, document, SaveMode::Full);
        const fs::path text = folder() / "pump.json";
        writeBytes(text, "{}");
        QVERIFY(looksLikeSqlite(document));
        QVERIFY(!looksLikeSqlite(text));
        QVERIFY(!looksLikeSqlite(folder() / "missing.vigil"));
    }

    // ------------------------------------------------------------ issue 15: a file is sacred

    // Opening reads; it never writes the file or anything beside it, whatever the file holds.
    void openingNeverModifiesTheFile_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("opens");
        QTest::newRow("good") << "good" << true;
        QTest::newRow("schema 1") << "schema1" << true;
        QTest::newRow("WAL mode") << "wal" << true;
        QTest::newRow("corrupt") << "corrupt" << false;
        QTest::newRow("future version") << "future" << false;
        QTest::newRow("foreign SQLite database") << "foreign" << false;
        QTest::newRow("PNG image") << "png" << false;
    }
    void openingNeverModifiesTheFile()
    {
        QFETCH(QString, kind);
        QFETCH(bool, opens);
        const fs::path path = folder() / "doc.vigil";
        if (kind == "schema1") {
            fs::copy_file(fs::path(VIGIL_SOURCE_DIR) / "tests/data/store/schema1-pump.vigil",
                          path);
        } else if (kind == "foreign") {
            execSql(path, "CREATE TABLE songs (title TEXT); INSERT INTO songs VALUES ('Blue');");
        } else if (kind == "png") {
            writeBytes(path, std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
        } else {
            ThreatModel model = bulkModel(400);
            saveDocument(model, path, SaveMode::Full);
            if (kind == "wal")
                execSql(path, "PRAGMA journal_mode = WAL; UPDATE elements SET name = 'W' "
                              "WHERE id = 'log'");
            if (kind == "future")
                execSql(path, "PRAGMA user_version = 99");
            if (kind == "corrupt") {
                std::string bytes = readBytes(path);
                std::fill(bytes.begin() + 4 * 4096, bytes.begin() + 12 * 4096, '\x5a');
                writeBytes(path, bytes);
            }
        }
        const std::string before = readBytes(path);
        const QStringList files = filesIn(folder());
        const QString error = loadError(path);
        QCOMPARE(error.isEmpty(), opens);
        if (!opens)
            QVERIFY2(error.startsWith(QString::fromStdString(path.string()) + ": "),
                     qPrintable(error));
        QVERIFY(readBytes(path) == before);
        QCOMPARE(filesIn(folder()), files);
        if (kind == "wal")
            QCOMPARE(loadDocument(path).model.element("log")->name, std::string("W"));
    }

    // A WAL-mode file whose -wal still holds committed transactions (another program has it
    // open) opens with them, and opening adds no file beside it.
    void walModeFileWithTransactionsOpensWithThem()
    {
        const fs::path path = folder() / "wal.vigil";
        ThreatModel model = richModel();
        saveDocument(model, path, SaveMode::Full);
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(path.c_str(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0; "
                                  "UPDATE elements SET name = 'In the WAL' WHERE id = 'log'",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        const QStringList files = filesIn(folder());
        QVERIFY(files.contains("wal.vigil-wal"));
        const std::string before = readBytes(path);
        LoadedDocument loaded = loadDocument(path);
        QCOMPARE(loaded.model.element("log")->name, std::string("In the WAL"));
        QVERIFY(readBytes(path) == before);
        QCOMPARE(filesIn(folder()), files);
        sqlite3_close(db);
    }

    // Defect 2: an incremental save refuses to write into a file that is no longer the one
    // it loaded, whoever changed it and however.
    void incrementalSaveRefusesAFileChangedOnDisk_data()
    {
        QTest::addColumn<QString>("change");
        QTest::newRow("replaced by another full save") << "replaced";
        QTest::newRow("saved incrementally by another window") << "saved";
        QTest::newRow("edited in place by another program") << "edited";
        QTest::newRow("deleted and written anew") << "rewritten";
    }
    void incrementalSaveRefusesAFileChangedOnDisk()
    {
        QFETCH(QString, change);
        const fs::path path = folder() / "pump.vigil";
        ThreatModel original = bulkModel(50);
        saveDocument(original, path, SaveMode::Full);
        LoadedDocument mine = loadDocument(path);
        LoadedDocument theirs = loadDocument(path);
        QVERIFY(mine.stamp.known());
        QCOMPARE(mine.stamp.generation.size(), size_t(32));

        if (change == "replaced") {
            ThreatModel other = richModel();
            saveDocument(other, path, SaveMode::Full);
        } else if (change == "saved") {
            theirs.model.removeElement("bulk-3");
            saveDocument(theirs.model, path, SaveMode::Incremental, theirs.stamp);
        } else if (change == "edited") {
            execSql(path, "UPDATE elements SET name = 'Other' WHERE id = 'bulk-4'");
        } else {
            const std::string bytes = readBytes(path);
            fs::remove(path);
            writeBytes(path, bytes);
        }
        const std::string before = readBytes(path);

        mine.model.removeElement("bulk-7");
        try {
            saveDocument(mine.model, path, SaveMode::Incremental, mine.stamp);
            QFAIL("the save went through");
        } catch (const FileChangedError &error) {
            const QString message = QString::fromUtf8(error.what());
            QVERIFY2(message.startsWith(QString::fromStdString(path.string())
                                        + ": the file changed on disk since it was read"),
                     qPrintable(message));
        }
        QVERIFY(readBytes(path) == before);
        QVERIFY(!mine.model.changes().empty());
        QCOMPARE(filesIn(folder()), QStringList{"pump.vigil"});

        // Overwriting is a full save, which the user chooses.
        saveDocument(mine.model, path, SaveMode::Full, mine.stamp);
        QVERIFY(loadDocument(path).model.sameContent(mine.model));
        // ...and from then on the stamp describes the file again.
        mine.model.removeElement("bulk-8");
        saveDocument(mine.model, path, SaveMode::Incremental, mine.stamp);
        QVERIFY(loadDocument(path).model.sameContent(mine.model));
    }

    void incrementalSaveWithoutAStampIsRefused()
    {
        const fs::path path = folder() / "pump.vigil";
        ThreatModel model = richModel();
        saveDocument(model, path, SaveMode::Full);
        model.removeElement("pump");
        QVERIFY_THROWS_EXCEPTION(FileChangedError,
                                 saveDocument(model, path, SaveMode::Incremental));
        QCOMPARE(queryInt(path, "SELECT count(*) FROM elements WHERE id = 'pump'"), 1LL);
    }

    // The checksum covers every value: each edit changes it, and a change made behind the
    // store's back opens with a warning naming the file.
    void checksumCoversEveryEdit()
    {
        const std::string original = contentChecksum(richModel());
        QCOMPARE(original, contentChecksum(richModel()));
        for (const auto &[name, edit] : edits()) {
            ThreatModel model = richModel();
            edit(model);
            QVERIFY2(contentChecksum(model) != original, qPrintable(name));
        }
    }
    // The JSON columns hold exactly what the JSON library writes, whichever way a value is
    // written (plain texts directly, others through the library), and read back the same.
    void jsonColumnsHoldWhatTheJsonLibraryWrites()
    {
        const fs::path path = folder() / "pump.vigil";
        ThreatModel model = richModel();
        const std::vector<std::string> tricky{"quote \" here", "back\\slash", "tab\there",
                                              "\x01control", "delete\x7f", "caf\xc3\xa9", ""};
        Threat threat = *model.threats().find("th2");
        threat.targets = {"pump", "f1"};
        threat.capec = tricky;
        threat.cwe = {"CWE-1", "CWE-\xe6\x97\xa5"};
        model.threats().put(threat);
        Element pump = *model.element("pump");
        pump.properties["os"] = std::string("RTOS \"lite\"");
        model.updateElement(pump);
        Element log = *model.element("log");
        log.properties = {{"storesLogs", true}, {"format", std::string("syslog")},
                          {"encryptedAtRest", false}};
        model.updateElement(log);
        saveDocument(model, path, SaveMode::Full);

        const auto column = [&path](const std::string &sql) {
            return queryText(path, sql.c_str()).toStdString();
        };
        QCOMPARE(column("SELECT targets FROM threats WHERE id = 'th2'"),
                 nlohmann::json(threat.targets).dump());
        QCOMPARE(column("SELECT capec FROM threats WHERE id = 'th2'"),
                 nlohmann::json(tricky).dump());
        QCOMPARE(column("SELECT cwe FROM threats WHERE id = 'th2'"),
                 nlohmann::json(threat.cwe).dump());
        QCOMPARE(column("SELECT properties FROM elements WHERE id = 'log'"),
                 std::string(R"({"encryptedAtRest":false,"format":"syslog","storesLogs":true})"));
        nlohmann::json pumpProperties = nlohmann::json::object();
        for (const auto &[key, value] : pump.properties)
            std::visit([&](const auto &v) { pumpProperties[key] = v; }, value);
        QCOMPARE(column("SELECT properties FROM elements WHERE id = 'pump'"),
                 pumpProperties.dump());

        const LoadedDocument loaded = loadDocument(path);
        QVERIFY(loaded.warnings.empty());
        QVERIFY(loaded.model.sameContent(model));
    }

    // Another program may write the JSON columns in any valid form.
    void jsonColumnsInAnyFormAreRead()
    {
        const fs::path path = folder() / "pump.vigil";
        ThreatModel model = richModel();
        saveDocument(model, path, SaveMode::Full);
        execSql(path, R"(UPDATE threats SET targets = ' [ "f1" , "tb\u002dpump" ] ',)"
                      R"( capec = '["CAPEC-\u0039\u0034","CAPEC-1"]' WHERE id = 'th1';)"
                      R"(UPDATE elements SET properties = '{ "safetyCritical" : true, )"
                      R"("physicalPorts": 2, "label": "\u0033", "ratio": 0.1, )"
                      R"("riskTransfer": "maintained", "runsAsPrivileged": false }' )"
                      R"(WHERE id = 'pump')");
        const LoadedDocument loaded = loadDocument(path);
        QVERIFY(loaded.warnings.empty()); // the checksum covers the values, not their form
        QVERIFY(loaded.model.sameContent(model));
    }

    // Full saves write threats in id order; a file whose rows come in another order (another
    // program rewrote the table) opens the same, and its checksum still matches.
    void threatsInAnyRowOrderAreRead()
    {
        const fs::path path = folder() / "pump.vigil";
        ThreatModel model = richModel();
        for (int i = 0; i < 50; ++i) {
            Threat threat;
            threat.id = "bulk-" + std::to_string(i);
            threat.number = 100 + i;
            threat.targets = {"pump"};
            threat.title = "Threat " + std::to_string(i);
            model.threats().put(threat);
        }
        saveDocument(model, path, SaveMode::Full);
        execSql(path, "CREATE TABLE copy AS SELECT * FROM threats ORDER BY id DESC;"
                      "DELETE FROM threats; INSERT INTO threats SELECT * FROM copy;"
                      "DROP TABLE copy");
        const LoadedDocument loaded = loadDocument(path);
        QVERIFY(loaded.warnings.empty());
        QVERIFY(loaded.model.sameContent(model));
    }

    // A large model is written in pages of 16 KiB, a small one in SQLite's 4 KiB; both save
    // incrementally and open the same.
    void largeModelsAreWrittenInLargerPages()
    {
        const fs::path small = folder() / "small.vigil";
        const fs::path large = folder() / "large.vigil";
        ThreatModel model = richModel();
        saveDocument(model, small, SaveMode::Full);
        QCOMPARE(queryInt(small, "PRAGMA page_size"), 4096LL);
        for (int i = 0; i < 10000; ++i) {
            Element element;
            element.id = "bulk-" + std::to_string(i);
            element.properties = {{"index", static_cast<double>(i)}};
            model.addElement(element);
        }
        FileStamp stamp;
        saveDocument(model, large, SaveMode::Full, stamp);
        QCOMPARE(queryInt(large, "PRAGMA page_size"), 16384LL);
        model.removeElement("bulk-5000");
        saveDocument(model, large, SaveMode::Incremental, stamp);
        const LoadedDocument loaded = loadDocument(large);
        QVERIFY(loaded.warnings.empty());
        QVERIFY(loaded.model.sameContent(model));
    }

    // Files on disk carry the checksum of the version that saved them: the value for a given
    // model never changes, or every existing file would open with a warning. The values are
    // those of the first version with schema 3.
    void checksumIsTheSameAsInEarlierVersions_data()
    {
        static const std::map<QString, const char *> expected{
            {"", "93ac0afe7bceedaa"},
            {"add element into a zone", "43d7ccde47c06166"},
            {"change and remove suppressions", "4c9053de787d6877"},
            {"edit model information", "3549c0a07f21e24f"},
            {"edit requirement, test, person and hazard", "0eafc4db4d635edf"},
            {"move node", "83397beb8ec4cc9d"},
            {"reconnect flow and move its bends", "5b5ae8c9de7a62cf"},
            {"relink threat", "b3654b876f537094"},
            {"remove diagram", "a9e3b0c85073d5de"},
            {"remove element with its flows, layout, zone and suppressions", "70682a942ac0436a"},
            {"remove flow", "21f96e241ef239af"},
            {"remove mitigation", "b8efe61075c1e428"},
            {"remove nested zone", "ae95e98efd1442dc"},
            {"remove threat", "9701a18642db3d6a"},
            {"rename element", "dc3b5ec167c9bf40"},
        };
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QString>("checksum");
        QTest::newRow("rich model") << QString() << QString(expected.at(""));
        for (const auto &entry : edits())
            QTest::newRow(qPrintable(entry.first))
                << entry.first << QString(expected.at(entry.first));
    }
    void checksumIsTheSameAsInEarlierVersions()
    {
        QFETCH(QString, edit);
        QFETCH(QString, checksum);
        ThreatModel model = richModel();
        if (!edit.isEmpty())
            edits().at(edit)(model);
        QCOMPARE(QString::fromStdString(contentChecksum(model)), checksum);
    }
    void checksumOfAModelOfManyPagesIsTheSameAsInEarlierVersions()
    {
        QCOMPARE(contentChecksum(bulkModel(300)), std::string("b5a3aeaa5722dc69"));
    }
    void checksumMismatchOpensWithAWarning()
    {
        const fs::path path = folder() / "pump.vigil";
        ThreatModel model = richModel();
        saveDocument(model, path, SaveMode::Full);
        QVERIFY(loadDocument(path).warnings.empty());
        execSql(path, "UPDATE flows SET protocol = 'TLS' WHERE id = 'f1'");
        const LoadedDocument loaded = loadDocument(path);
        QCOMPARE(loaded.warnings.size(), size_t(1));
        const QString warning = QString::fromStdString(loaded.warnings.front());
        QVERIFY2(warning.startsWith(QString::fromStdString(path.string())
                                    + ": the content does not match the checksum"),
                 qPrintable(warning));
        QCOMPARE(loaded.model.flow("f1")->protocol, std::string("TLS"));
    }

    // One flipped byte anywhere: the file opens with the same content, or opens with a warning,
    // or is refused naming the file. It never opens silently with different content.
    void flippedBytesNeverOpenSilently()
    {
        const fs::path original = folder() / "original.vigil";
        const fs::path path = folder() / "flipped.vigil";
        ThreatModel model = bulkModel(60);
        saveDocument(model, original, SaveMode::Full);
        const std::string bytes = readBytes(original);
        std::mt19937 random(15);
        int same = 0, warned = 0, refused = 0;
        for (int trial = 0; trial < 400; ++trial) {
            std::string flipped = bytes;
            const size_t at = random() % bytes.size();
            flipped[at] = static_cast<char>(flipped[at] ^ (1 << (random() % 8)));
            writeBytes(path, flipped);
            try {
                const LoadedDocument loaded = loadDocument(path);
                if (!loaded.warnings.empty()) {
                    ++warned;
                    QVERIFY(loaded.warnings.front().rfind(path.string() + ": ", 0) == 0);
                } else {
                    QVERIFY2(loaded.model.sameContent(model),
                             qPrintable(QString("byte %1 changed the content silently").arg(at)));
                    ++same;
                }
            } catch (const StoreError &error) {
                ++refused;
                QVERIFY2(std::string(error.what()).rfind(path.string() + ": ", 0) == 0,
                         error.what());
            }
        }
        qInfo("400 flipped bytes: %d same content, %d warned, %d refused", same, warned,
              refused);
    }

    // Text another program wrote that is not UTF-8 reads with replacement characters and a
    // warning, so that the model can still be exported.
    void invalidUtf8IsReadWithReplacementCharacters()
    {
        const fs::path path = folder() / "pump.vigil";
        ThreatModel model = richModel();
        saveDocument(model, path, SaveMode::Full);
        execSql(path, "UPDATE elements SET name = CAST(x'50756d70ff20c3' AS TEXT) "
                      "WHERE id = 'pump'");
        const LoadedDocument loaded = loadDocument(path);
        QCOMPARE(loaded.model.element("pump")->name,
                 std::string("Pump\xEF\xBF\xBD \xEF\xBF\xBD"));
        QVERIFY(!loaded.warnings.empty());
        const QString warning = QString::fromStdString(loaded.warnings.front());
        QVERIFY2(warning.contains("not valid UTF-8"), qPrintable(warning));
        QVERIFY(warning.startsWith(QString::fromStdString(path.string()) + ": "));
        const std::string exported = modelToJson(loaded.model);
        QVERIFY(exported.find("Pump\xEF\xBF\xBD") != std::string::npos);
    }

    // A full save killed mid-way leaves its temporary file; the next open or save removes it,
    // but never one that a live save holds.
    void staleTemporaryFilesAreRemoved()
    {
        const fs::path path = folder() / "pump.vigil";
        ThreatModel model = richModel();
        saveDocument(model, path, SaveMode::Full);
        const QStringList stale{".pump.vigil.vigil-save-0123456789abcdef",
                                ".pump.vigil.vigil-save-0123456789abcdef-journal",
                                ".other.vigil.vigil-save-fedcba9876543210",
                                "pump.vigil.tmp-0123abcd"};
        for (const QString &name : stale)
            writeBytes(folder() / name.toStdString(), "SQLite format 3");
        const fs::path live = folder() / ".pump.vigil.vigil-save-00000000000000ff";
        writeBytes(live, "SQLite format 3");
        const int fd = ::open(live.c_str(), O_RDONLY);
        QVERIFY(fd >= 0);
        QCOMPARE(::flock(fd, LOCK_EX), 0);
        writeBytes(folder() / "notes.vigil.tmp-keep", "not ours");

        loadDocument(path);
        QCOMPARE(filesIn(folder()), (QStringList{".pump.vigil.vigil-save-00000000000000ff",
                                                 "notes.vigil.tmp-keep", "pump.vigil"}));
        ::close(fd);
        writeBytes(folder() / stale.front().toStdString(), "SQLite format 3");
        saveDocument(model, path, SaveMode::Full);
        QCOMPARE(filesIn(folder()), (QStringList{"notes.vigil.tmp-keep", "pump.vigil"}));
    }

    void missingFolderIsNamed()
    {
        const fs::path path = folder() / "no-such-folder" / "pump.vigil";
        ThreatModel model = richModel();
        try {
            saveDocument(model, path, SaveMode::Full);
            QFAIL("saved into a missing folder");
        } catch (const StoreError &error) {
            QCOMPARE(QString::fromUtf8(error.what()),
                     QString::fromStdString(path.string() + ": cannot save: the folder "
                                            + path.parent_path().string() + " does not exist"));
        }
    }

    // Values outside the model's ranges are refused on the way in and never written.
    void outOfRangeValuesAreRefused_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("problem");
        QTest::newRow("next threat number past int")
            << "UPDATE info SET next_threat_number = 2147483648"
            << "the next threat number 2147483648 is out of range";
        QTest::newRow("next threat number at the end of int")
            << "UPDATE info SET next_threat_number = 2147483647"
            << "the next threat number 2147483647 is out of range";
        QTest::newRow("negative threat number")
            << "UPDATE threats SET number = -5 WHERE id = 'th1'"
            << "threat \"th1\": the number -5 is out of range";
        QTest::newRow("infinite coordinate")
            << "UPDATE diagram_nodes SET x = 9e999 WHERE item = 'pump'"
            << "the place of \"pump\" is not finite or out of range";
        QTest::newRow("huge value")
            << "UPDATE elements SET description = hex(zeroblob(34000000)) WHERE id = 'pump'"
            << "it holds a value larger than 64 MiB";
    }
    void outOfRangeValuesAreRefused()
    {
        QFETCH(QString, sql);
        QFETCH(QString, problem);
        const fs::path path = folder() / "pump.vigil";
        ThreatModel model = richModel();
        saveDocument(model, path, SaveMode::Full);
        execSql(path, sql.toStdString());
        const QString message = loadError(path);
        QVERIFY2(message.startsWith(QString::fromStdString(path.string()) + ": "),
                 qPrintable(message));
        QVERIFY2(message.contains(problem), qPrintable(message));
    }
    void outOfRangeValuesAreNeverWritten()
    {
        const fs::path path = folder() / "pump.vigil";
        ThreatModel model = richModel();
        model.setNodeRect("dfd", "pump", {std::numeric_limits<double>::infinity(), 0, 10, 10});
        QVERIFY_THROWS_EXCEPTION(StoreError, saveDocument(model, path, SaveMode::Full));
        QVERIFY(!fs::exists(path));
        ModelInfo info = model.info();
        info.nextThreatNumber = 2147483647;
        model.setInfo(info);
        model.setNodeRect("dfd", "pump", {0, 0, 10, 10});
        QVERIFY_THROWS_EXCEPTION(StoreError, saveDocument(model, path, SaveMode::Full));
        QCOMPARE(filesIn(folder()), QStringList{});
    }

    // Defect 1: a full save over a file with a hot journal (an interrupted incremental save)
    // first lets the journal repair the file; if the full save then fails, the file is whole.
    void fullSaveOverAHotJournalKeepsTheFileWhole()
    {
        const fs::path path = folder() / "bulk.vigil";
        ThreatModel original = bulkModel(1000);
        saveDocument(original, path, SaveMode::Full);
        const fs::path journal = folder() / "bulk.vigil-journal";
        const auto crash = [&] {
            // A crashed incremental save: changes spilled into the file, the journal hot.
            const fs::path scratch = folder() / "scratch.vigil";
            fs::copy_file(path, scratch, fs::copy_options::overwrite_existing);
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(scratch.c_str(), &db), SQLITE_OK);
            QCOMPARE(sqlite3_exec(db, "PRAGMA cache_size = 2; BEGIN; DELETE FROM diagram_nodes;"
                                      " UPDATE elements SET name = 'half-written';",
                                  nullptr, nullptr, nullptr),
                     SQLITE_OK);
            fs::copy_file(scratch, path, fs::copy_options::overwrite_existing);
            fs::copy_file(folder() / "scratch.vigil-journal", journal,
                          fs::copy_options::overwrite_existing);
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
            sqlite3_close(db);
            fs::remove(scratch);
            QVERIFY(fs::exists(journal));
        };
        crash();
        ThreatModel replacement = richModel();
        detail::setSaveFailureAfterRows(10);
        QVERIFY_THROWS_EXCEPTION(StoreError, saveDocument(replacement, path, SaveMode::Full));
        QVERIFY(loadDocument(path).model.sameContent(original));

        crash();
        saveDocument(replacement, path, SaveMode::Full);
        QVERIFY(!fs::exists(journal));
        QVERIFY(loadDocument(path).model.sameContent(richModel()));
        QCOMPARE(filesIn(folder()), QStringList{"bulk.vigil"});
    }

    // ------------------------------------------------------------ reviews (schema 4)

    void reviewsRoundTrip_data()
    {
        QTest::addColumn<bool>("incremental");
        QTest::newRow("full save") << false;
        QTest::newRow("incremental save of a new file") << true;
    }
    void reviewsRoundTrip()
    {
        QFETCH(bool, incremental);
        const fs::path path = folder() / "reviewed.vigil";
        ThreatModel model = reviewedModel();
        model.markEverythingChanged();
        saveDocument(model, path, incremental ? SaveMode::Incremental : SaveMode::Full);
        QCOMPARE(queryInt(path, "SELECT count(*) FROM reviews"), 2LL);
        QCOMPARE(queryInt(path, "SELECT count(*) FROM review_attendees"), 3LL);
        QCOMPARE(queryInt(path, "SELECT count(*) FROM review_decisions"), 2LL);
        // Risks take the four columns threats use.
        QCOMPARE(queryInt(path, "SELECT risk_after_severity FROM review_decisions "
                                "WHERE threat = 'th1'"),
                 5LL);

        const LoadedDocument loaded = loadDocument(path);
        QVERIFY(loaded.warnings.empty()); // the checksum covers the reviews as written
        QVERIFY(loaded.model.sameContent(reviewedModel()));
        QVERIFY(!loaded.model.sameContent(richModel()));
        const Review *completed = loaded.model.reviews().find("RV-2024-06-01");
        QVERIFY(completed);
        QCOMPARE(completed->attendees, (std::vector<Id>{"bob", "alice"}));
        QCOMPARE(completed->decisions.size(), size_t(2));
        QCOMPARE(completed->decisions[0].threat, Id("th2")); // the order made, not id order
        QCOMPARE(completed->decisions[0].riskAfter,
                 (Risk{"cvss", "CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:N/I:L/A:N", 0, 0}));
        QCOMPARE(completed->decisions[1].riskAfter, (Risk{"matrix", "", 2, 5}));
        QVERIFY(completed->decisions[1].statusAfter == ThreatStatus::Mitigated);
        QCOMPARE(completed->scope.order, std::string("risk"));
        const Review *interrupted = loaded.model.reviews().find("RV-2024-06-01-2");
        QVERIFY(interrupted);
        QVERIFY(!interrupted->completed);
        QVERIFY(interrupted->decisions.empty());
    }

    // An incremental save writes a changed review's attendees and decisions anew and deletes a
    // removed review's rows: the file then holds exactly the rows a full save would write.
    void incrementalSaveAppliesReviewEdits_data()
    {
        QTest::addColumn<int>("edit");
        QTest::newRow("change a review's decisions and attendees") << 0;
        QTest::newRow("resume and complete the interrupted review") << 1;
        QTest::newRow("remove a review") << 2;
        QTest::newRow("add a review") << 3;
    }
    void incrementalSaveAppliesReviewEdits()
    {
        QFETCH(int, edit);
        const fs::path path = folder() / "reviewed.vigil";
        ThreatModel original = reviewedModel();
        saveDocument(original, path, SaveMode::Full);

        LoadedDocument document = loadDocument(path);
        ThreatModel &model = document.model;
        QVERIFY(model.sameContent(original));
        Review completed = *model.reviews().find("RV-2024-06-01");
        Review interrupted = *model.reviews().find("RV-2024-06-01-2");
        switch (edit) {
        case 0:
            completed.attendees = {"alice"};
            completed.decisions.erase(completed.decisions.begin());
            completed.decisions.front().statusAfter = ThreatStatus::Accepted;
            completed.decisions.front().riskAfter = {"matrix", "", 1, 1};
            model.reviews().put(completed);
            break;
        case 1:
            interrupted.attendees.push_back("bob");
            interrupted.decisions.push_back({"th2", ThreatStatus::Open, ThreatStatus::Open,
                                             "Still open", {}, {}, "bob"});
            interrupted.completed = true;
            model.reviews().put(interrupted);
            break;
        case 2:
            model.reviews().remove("RV-2024-06-01");
            break;
        default:
            completed.id = "RV-2025-06-01";
            completed.date = "2025-06-01";
            model.reviews().put(completed);
        }
        QVERIFY(!model.sameContent(original));
        saveDocument(model, path, SaveMode::Incremental, document.stamp);
        QVERIFY2(detail::rowsChangedByLastSave() < 12, "more than the review was written");

        const LoadedDocument loaded = loadDocument(path);
        QVERIFY(loaded.warnings.empty());
        QVERIFY(loaded.model.sameContent(model));
        const fs::path reference = folder() / "reference.vigil";
        saveDocument(model, reference, SaveMode::Full);
        QCOMPARE(reviewRows(path), reviewRows(reference));
    }

    // A file of schema 3, from before reviews: made as the current schema without its review
    // tables, which is what schema 3 was. It opens (migrated in memory, the file untouched) with
    // no reviews and no warning; its first save writes schema 4, reviews included.
    void schemaThreeDocumentOpensWithoutReviews()
    {
        const fs::path path = folder() / "schema3.vigil";
        ThreatModel original = richModel();
        saveDocument(original, path, SaveMode::Full);
        execSql(path, "DROP TABLE baselines; DROP TABLE baseline_snapshots; "
                      "DROP TABLE baseline_approvals; DROP TABLE history; DROP TABLE merge_conflicts; "
                      "DROP TABLE review_attendees; DROP TABLE review_decisions; "
                      "DROP TABLE reviews; DROP TABLE wordings; "
                      "ALTER TABLE threats DROP COLUMN title_wording; "
                      "ALTER TABLE threats DROP COLUMN title_names; "
                      "ALTER TABLE threats DROP COLUMN description_wording; "
                      "ALTER TABLE threats DROP COLUMN description_names; "
                      "ALTER TABLE threats DROP COLUMN why_wording; "
                      "ALTER TABLE threats DROP COLUMN why_names; PRAGMA user_version = 3");
        QCOMPARE(queryInt(path, "SELECT count(*) FROM sqlite_schema WHERE name = 'reviews'"),
                 0LL);
        const std::string before = readBytes(path);

        LoadedDocument document = loadDocument(path);
        QVERIFY(readBytes(path) == before);
        QVERIFY(document.warnings.empty()); // its checksum is the one schema 3 saved
        QCOMPARE(document.model.reviews().size(), size_t(0));
        QVERIFY(document.model.sameContent(original));

        document.model.reviews().put(*reviewedModel().reviews().find("RV-2024-06-01"));
        saveDocument(document.model, path, SaveMode::Incremental, document.stamp);
        QCOMPARE(queryInt(path, "PRAGMA user_version"),
                 static_cast<long long>(kVigilSchemaVersion));
        QCOMPARE(queryInt(path, "SELECT count(*) FROM review_decisions"), 2LL);
        const LoadedDocument saved = loadDocument(path);
        QVERIFY(saved.warnings.empty());
        QVERIFY(saved.model.sameContent(document.model));
    }

    // Baselines and the audit trail (schema 6): a schema 5 file opens as it was, unchanged on
    // disk and with the checksum it was saved with; its next save adds the tables, and a
    // baseline, its approvals and the history come back from the file as they were saved.
    void schemaFiveDocumentGainsBaselinesAndHistory()
    {
        const fs::path path = folder() / "schema5.vigil";
        ThreatModel original = richModel();
        saveDocument(original, path, SaveMode::Full);
        execSql(path, "DROP TABLE baselines; DROP TABLE baseline_snapshots; "
                      "DROP TABLE baseline_approvals; DROP TABLE history; DROP TABLE merge_conflicts; "
                      "PRAGMA user_version = 5");
        const std::string before = readBytes(path);
        LoadedDocument document = loadDocument(path);
        QVERIFY(readBytes(path) == before);
        QVERIFY(document.warnings.empty());
        QVERIFY(document.model.sameContent(original));

        Baseline baseline = makeBaseline(document.model, " Rev A ", "Ana", "design review 2",
                                         "2026-12-01T09:00:00Z");
        QCOMPARE(baseline.name, std::string("Rev A"));
        QCOMPARE(baseline.id, std::string("BL-001"));
        baseline = withApproval(baseline, {"Dr. Sato", "QA", "2026-12-02T10:00:00Z",
                                           "approved-for-release", "gaps tracked in CR-12"});
        document.model.baselines().put(baseline);
        recordHistory(document.model, {{"Rename element", {"pump", "f1"}}}, "Ana",
                      std::chrono::sys_days{std::chrono::year{2026} / 12 / 2});
        saveDocument(document.model, path, SaveMode::Incremental, document.stamp);
        QCOMPARE(queryInt(path, "PRAGMA user_version"),
                 static_cast<long long>(kVigilSchemaVersion));
        QCOMPARE(queryInt(path, "SELECT count(*) FROM baseline_approvals"), 1LL);
        const LoadedDocument saved = loadDocument(path);
        QVERIFY(saved.warnings.empty());
        QVERIFY(saved.model.sameContent(document.model));
        const Baseline *read = saved.model.baselineNamed("Rev A");
        QVERIFY(read);
        QVERIFY(snapshotIntact(*read));
        QCOMPARE(read->approvals.size(), size_t(1));
        QCOMPARE(read->approvals[0].rationale, std::string("gaps tracked in CR-12"));
        QVERIFY(baselineModel(*read).sameContent(original));
        QCOMPARE(saved.model.history().size(), size_t(1));
        const HistoryEntry &entry = saved.model.history().all().begin()->second;
        QCOMPARE(entry.action, std::string("Rename element"));
        QCOMPARE(entry.ids, (std::vector<Id>{"pump", "f1"}));
        QCOMPARE(entry.time, std::string("2026-12-02T00:00:00Z"));
    }

    // A baseline is stored compressed: a snapshot of repeated text takes a fraction of its size;
    // one whose compressed bytes exceed a part (16 MiB) comes back whole from several parts; a
    // damaged part leaves the file openable, with a warning, and the baseline refused by name.
    void baselinesAreStoredCompressedInParts()
    {
        const fs::path path = folder() / "large.vigil";
        ThreatModel model = bulkModel(200);
        Baseline baseline = makeBaseline(model, "Rev A", "Ana", "", "2026-12-01T09:00:00Z");
        const size_t snapshotBytes = baseline.snapshot.size();
        model.baselines().put(baseline);
        saveDocument(model, path, SaveMode::Full);
        QVERIFY(queryInt(path, "SELECT sum(length(part)) FROM baseline_snapshots")
                < static_cast<long long>(snapshotBytes / 5));

        // Random letters compress to about three fifths: 32 MiB of them need two parts.
        std::mt19937 random(7);
        std::string noise(32u << 20, ' ');
        for (char &c : noise)
            c = static_cast<char>('a' + random() % 26);
        Baseline large = makeBaseline(model, "Rev B", "Ana", "", "2026-12-02T09:00:00Z");
        large.snapshot += noise + "ほげ €";
        large.hash = snapshotHash(large.snapshot);
        model.baselines().put(large);
        saveDocument(model, path, SaveMode::Full);
        QCOMPARE(large.id, std::string("BL-002"));
        QCOMPARE(queryInt(path, "SELECT count(*) FROM baseline_snapshots WHERE baseline = 'BL-002'"),
                 2LL);
        LoadedDocument document = loadDocument(path);
        QVERIFY(document.warnings.empty());
        QVERIFY(*document.model.baselineNamed("Rev B") == large);
        QVERIFY(document.model.sameContent(model));

        execSql(path, "UPDATE baseline_snapshots SET part = zeroblob(64) WHERE position = 1");
        document = loadDocument(path);
        QCOMPARE(document.warnings.size(), size_t(1)); // the checksum no longer matches
        QVERIFY(snapshotIntact(*document.model.baselineNamed("Rev A")));
        const Baseline *damaged = document.model.baselineNamed("Rev B");
        QVERIFY(damaged);
        QVERIFY(!snapshotIntact(*damaged));
        try {
            baselineModel(*damaged);
            QFAIL("a damaged baseline was used");
        } catch (const ModelError &error) {
            QVERIFY2(std::string(error.what()).find("\"Rev B\" was changed after it was made")
                         != std::string::npos,
                     error.what());
        }
    }

    // Threat texts that name objects (schema 5): a wording is stored once however many threats
    // use it; a rename is one element row, and the reopened file shows the new name in every
    // text; removing the element keeps the texts with the name they showed.
    void textsNamingObjectsRoundTrip()
    {
        const fs::path path = folder() / "named.vigil";
        ThreatModel model = bulkModel(20);
        WordingPool pool;
        for (int i = 0; i < 20; ++i) {
            const std::string element = "bulk-" + std::to_string(i);
            NamedTextBuilder title;
            title.text("Spoofing of ");
            title.name(element);
            title.text(std::string(1, NamedText::kMark) + " by a nearby phone");
            Threat threat;
            threat.id = "T-" + std::to_string(100 + i);
            threat.targets = {element};
            threat.title = title.build(pool);
            threat.description = "Typed by a person";
            model.threats().put(threat);
        }
        saveDocument(model, path, SaveMode::Full);
        QCOMPARE(queryInt(path, "SELECT count(*) FROM wordings"), 1LL);
        QCOMPARE(queryInt(path, "SELECT count(*) FROM threats "
                                "WHERE title = '' AND title_wording IS NOT NULL"),
                 20LL);

        LoadedDocument document = loadDocument(path);
        QVERIFY2(document.warnings.empty(), qPrintable(QString::fromStdString(
                                                document.warnings.empty()
                                                    ? std::string()
                                                    : document.warnings.front())));
        QVERIFY(document.model.sameContent(model));
        const std::string bulk7Title = std::string("Spoofing of ")
                                       + document.model.element("bulk-7")->name
                                       + NamedText::kMark + " by a nearby phone";
        QCOMPARE(document.model.render(document.model.threats().find("T-107")->title),
                 bulk7Title);

        Element renamed = *document.model.element("bulk-7");
        renamed.name = "Infusion pump";
        document.model.updateElement(renamed);
        saveDocument(document.model, path, SaveMode::Incremental, document.stamp);
        QCOMPARE(detail::rowsChangedByLastSave(), 1LL);
        document = loadDocument(path);
        QVERIFY(document.warnings.empty());
        QCOMPARE(document.model.render(document.model.threats().find("T-107")->title),
                 std::string("Spoofing of Infusion pump") + NamedText::kMark
                     + " by a nearby phone");

        document.model.removeElement("bulk-7");
        saveDocument(document.model, path, SaveMode::Incremental, document.stamp);
        const LoadedDocument removed = loadDocument(path);
        QVERIFY(removed.warnings.empty());
        QVERIFY(removed.model.sameContent(document.model));
        const Threat *kept = removed.model.threats().find("T-107");
        QVERIFY(kept);
        QVERIFY(!kept->title.namesObjects());
        QCOMPARE(kept->title.wording(), std::string("Spoofing of Infusion pump")
                                            + NamedText::kMark + " by a nearby phone");
        QVERIFY(removed.model.threats().find("T-108")->title.namesObjects());
    }

    // A wording row missing or a names list that is not a list of ids: refused, naming the
    // threat and the text.
    void brokenNamedTextIsRefused()
    {
        const fs::path path = folder() / "named.vigil";
        ThreatModel model = bulkModel(2);
        WordingPool pool;
        NamedTextBuilder title;
        title.text("Tampering with ");
        title.name("bulk-1");
        Threat threat;
        threat.id = "T-1";
        threat.targets = {"bulk-1"};
        threat.title = title.build(pool);
        model.threats().put(threat);
        saveDocument(model, path, SaveMode::Full);
        const std::string good = readBytes(path);

        execSql(path, "DELETE FROM wordings");
        QVERIFY2(loadError(path).contains("T-1") && loadError(path).contains("wording"),
                 qPrintable(loadError(path)));
        writeBytes(path, good);
        execSql(path, "UPDATE threats SET title_names = '[]'");
        QVERIFY2(loadError(path).contains("T-1") && loadError(path).contains("title"),
                 qPrintable(loadError(path)));
    }

    // Every stored value of a review is in the checksum: an edit changes it, and a change made
    // behind the store's back opens with a warning.
    void checksumCoversReviews()
    {
        const std::string reviewed = contentChecksum(reviewedModel());
        QVERIFY(reviewed != contentChecksum(richModel()));
        const std::vector<std::function<void(Review &)>> edits{
            [](Review &r) { std::swap(r.attendees[0], r.attendees[1]); },
            [](Review &r) { std::swap(r.decisions[0], r.decisions[1]); },
            [](Review &r) { r.date = "2024-06-02"; },
            [](Review &r) { r.scope.threats = "all"; },
            [](Review &r) { r.scope.diagram.clear(); },
            [](Review &r) { r.scope.target.clear(); },
            [](Review &r) { r.scope.category.clear(); },
            [](Review &r) { r.scope.minimumRisk = "low"; },
            [](Review &r) { r.scope.order = "number"; },
            [](Review &r) { r.completed = false; },
            [](Review &r) { r.nextReview.clear(); },
            [](Review &r) { r.notes.clear(); },
            [](Review &r) { r.decisions[1].threat = "th3"; },
            [](Review &r) { r.decisions[1].statusBefore = ThreatStatus::Accepted; },
            [](Review &r) { r.decisions[1].statusAfter = ThreatStatus::Accepted; },
            [](Review &r) { r.decisions[1].justification.clear(); },
            [](Review &r) { r.decisions[1].riskBefore.cvssVector.clear(); },
            [](Review &r) { r.decisions[1].riskAfter.exploitability = 3; },
            [](Review &r) { r.decisions[1].by = "bob"; },
        };
        for (size_t i = 0; i < edits.size(); ++i) {
            ThreatModel model = reviewedModel();
            Review review = *model.reviews().find("RV-2024-06-01");
            edits[i](review);
            model.reviews().put(review);
            QVERIFY2(contentChecksum(model) != reviewed, qPrintable(QString::number(i)));
        }

        const fs::path path = folder() / "reviewed.vigil";
        ThreatModel model = reviewedModel();
        saveDocument(model, path, SaveMode::Full);
        execSql(path, "UPDATE review_decisions SET justification = 'Edited' "
                      "WHERE threat = 'th1'");
        const LoadedDocument loaded = loadDocument(path);
        QCOMPARE(loaded.warnings.size(), size_t(1));
        QVERIFY2(loaded.warnings.front().find("does not match the checksum") != std::string::npos,
                 loaded.warnings.front().c_str());
    }

    // A selection or order that an open would refuse fails the save: no file that would not
    // open again is written.
    void reviewThatWouldNotOpenIsNeverWritten()
    {
        const fs::path path = folder() / "reviewed.vigil";
        ThreatModel model = reviewedModel();
        Review review = *model.reviews().find("RV-2024-06-01-2");
        review.scope.order = "sideways";
        model.reviews().put(review);
        try {
            saveDocument(model, path, SaveMode::Full);
            QFAIL("saved");
        } catch (const StoreError &error) {
            QVERIFY2(QString::fromUtf8(error.what())
                         .contains("review \"RV-2024-06-01-2\": scope order: unknown value "
                                   "\"sideways\""),
                     error.what());
        }
        QCOMPARE(filesIn(folder()), QStringList{});
    }

private:
    fs::path folder() const { return fs::path(m_dir.path().toStdString()); }
    QTemporaryDir m_dir;
};

QTEST_APPLESS_MAIN(TestStore)
#include "tst_store.moc"
