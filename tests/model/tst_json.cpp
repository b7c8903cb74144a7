// vigil-model JSON interchange: lossless, deterministic output; complete validation of input
// with errors that point at the offending JSON path; auto-layout of files without one; and the
// model-file opener built on it.

#include "model/Limits.h"
#include "model/json/JsonInterchange.h"
#include "model/ModelFile.h"

#include <nlohmann/json.hpp>

#include <QtTest>

#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>

#include <sys/stat.h>

using namespace vigil;

namespace {

// Test documents are written with single quotes for readability.
std::string doc(const char *body)
{
    std::string text = std::string("{'format':'vigil-model','formatVersion':1")
                       + (*body ? "," : "") + body + "}";
    std::replace(text.begin(), text.end(), '\'', '"');
    return text;
}

constexpr const char *kDesignExample = R"({"format": "vigil-model", "formatVersion": 1,
 "model": {"name": "Insulin pump system", "description": "..."},
 "elements": [{"id": "pump", "kind": "process", "name": "Pump firmware",
               "properties": {"safetyCritical": true}},
              {"id": "app", "kind": "external-entity", "name": "Patient phone app"},
              {"id": "log", "kind": "data-store", "name": "Event log",
               "properties": {"storesLogs": true}}],
 "boundaries": [{"id": "tb-pump", "name": "Pump enclosure", "members": ["pump", "log"],
                 "parent": null}],
 "flows": [{"id": "f1", "source": "app", "target": "pump", "name": "Bolus command",
            "protocol": "BLE", "properties": {"encrypted": false}}],
 "diagrams": [], "threats": [], "mitigations": [], "requirements": [], "tests": []}
)";

// A model that sets every field of every record to something other than its default.
ThreatModel fullModel()
{
    ThreatModel model;
    ModelInfo info;
    info.name = "Insulin pump system";
    info.description = "Pump, phone app and cloud";
    info.context = {"Insulin delivery", "Home use", "Patient Wi-Fi", "Worn on the body",
                    "Over-delivery can kill"};
    info.assumptions = {"Phone OS is patched", "Cloud is run by the maker"};
    info.scope = "Pump and app; not the hospital EHR";
    info.rulePacks = {"stride-default", "medical-device", "site-extra"};
    info.nextThreatNumber = 8;
    model.setInfo(info);

    model.addElement({"pump", ElementKind::Process, "Pump firmware", "Controls the motor",
                      {{"safetyCritical", true},
                       {"debugPort", std::string("swd")},
                       {"riskTransfer", std::string("maintained")},
                       {"technology", std::string("C on Cortex-M4")}},
                      false, ""});
    model.addElement({"app", ElementKind::ExternalEntity, "Patient phone app", "", {}, false, ""});
    model.addElement({"log", ElementKind::DataStore, "Event log", "Ring buffer",
                      {{"storesLogs", true}, {"encryptedAtRest", false}}, true,
                      "Read-only diagnostics"});
    model.addElement({"cloud", ElementKind::Process, "Cloud", "", {}, false, ""});
    model.addBoundary({"tb-device", "Device", "The whole device", "", {}, -3});
    model.addBoundary({"tb-pump", "Pump enclosure", "Sealed", "tb-device", {"pump", "log"}});
    model.addFlow({"f1", "app", "pump", false, "Bolus command", "Dose in units", "BLE",
                   {{"encrypted", false}, {"wireless", true}, {"carriesCommands", true}}, false,
                   ""});
    model.addFlow({"f2", "pump", "log", true, "Events", "", "SPI", {}, true, "Internal bus"});
    model.addFlow({"f3", "app", "cloud", false, "Sync", "", "HTTPS", {{"encrypted", true}},
                   false, ""});

    Diagram main{"dfd", "Level 0", DiagramKind::Dfd, 0, 0, "Context", {}, {}};
    main.nodes = {{"pump", {10, 20, 160, 80}},
                  {"app", {-300.5, 0.25, 160, 80}},
                  {"log", {400, 20, 160, 80}},
                  {"cloud", {-600, 0, 160, 80}},
                  {"tb-pump", {0, 0, 600, 200}},
                  {"tb-device", {-20, -20, 700, 300}}};
    main.flows = {{"f1", {{{0.1, 2}, {30, 40}}, Point{5, 6.75}}},
                  {"f2", {{}, std::nullopt}},
                  {"f3", {{{1e-3, kMaxCoordinate}}, std::nullopt}}};
    model.addDiagram(main);
    Diagram update{"upd", "Updates", DiagramKind::Updatability, 1, 2, "Patch path", {}, {}};
    update.nodes = {{"cloud", {0, 0, 100, 50}}};
    model.addDiagram(update);

    model.people().put({"alice", "Alice", "Security architect", "R&D", "Acme Medical"});
    model.people().put({"bob", "Bob", "Developer", "Firmware", "Acme Medical"});
    model.hazards().put({"hz-1", "HAZ-014", "Over-delivery", "Too much insulin"});
    model.requirements().put({"req-1", "Bolus commands are authenticated", "TM", "approved"});
    model.requirements().put({"req-2", "Logs are tamper evident", "TM", "draft"});
    model.mitigations().put({"mit-1", "Authenticated BLE pairing", "LE Secure Connections",
                             "authentication", "protocol", "device", "implemented",
                             {"req-1", "req-2"}});
    Threat threat;
    threat.id = "t-1";
    threat.number = 7;
    threat.ruleId = "md.unauthenticated-wireless-command";
    threat.rulePack = "medical-device";
    threat.rulePackVersion = "1.2.0";
    threat.category = StrideCategory::Tampering;
    threat.targets = {"f1", "tb-pump"};
    threat.title = "Bolus command forged over BLE";
    threat.description = "An attacker in radio range sends a bolus";
    threat.severity = "critical";
    threat.status = ThreatStatus::Mitigated;
    threat.justification = "Pairing required";
    threat.why = "flow.wireless = true, flow.encrypted = false";
    threat.riskBefore = {"cvss", "CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:U/C:N/I:H/A:H", 0, 0};
    threat.riskAfter = {"matrix", "", 2, 5};
    threat.hazards = {"hz-1"};
    threat.mitigations = {"mit-1"};
    threat.capec = {"CAPEC-94"};
    threat.cwe = {"CWE-306", "CWE-294"};
    threat.transferredToSafety = true;
    threat.residualAcceptance = {"Pairing needs physical presence", "alice", "2024-05-02"};
    model.threats().put(threat);
    Threat gone = threat;
    gone.id = "t-2";
    gone.number = 3;
    gone.status = ThreatStatus::Obsolete;
    gone.targets = {"deleted-element"}; // obsolete threats outlive their targets
    gone.hazards = {};
    gone.mitigations = {};
    model.threats().put(gone);
    Threat switchedOff = threat;
    switchedOff.id = "t-3";
    switchedOff.number = 5;
    switchedOff.status = ThreatStatus::Suppressed; // fires, switched off with a reason
    switchedOff.targets = {"log"};
    switchedOff.manual = true;
    model.threats().put(switchedOff);
    model.tests().put({"VT-001", {"req-1", "mit-1"}, "penetration", "Replay a captured bolus",
                       "btlejack", "2.1", "pass", "DHF-123", "2024-05-01", "alice", "bob",
                       "ble.ReplayBolus"});
    info = model.info();
    info.nextTestNumber = 4;
    info.riskScheme.cvssAcceptableBelow = 7.0;
    info.riskScheme.acceptable[2][2] = true;
    info.independence.vulnerability = Independence::OtherOrganisation;
    info.lastAnalysis = {"0123456789abcdef", {{"stride-default", "1.0.0"}}};
    model.setInfo(info);
    model.addSuppression({"log", "stride.repudiation", "Covered by the cloud audit trail"});
    // A completed review whose decisions carry both kinds of risk, out of id order, and an
    // interrupted one without decisions.
    model.reviews().put(
        {"RV-2024-05-03", "2024-05-03", {"bob", "alice"},
         {"changed", "dfd", "tb-pump", "tampering", "high", "risk"}, true, "2025-05-03",
         "Held in the lab\nMinutes in DHF-200",
         {{"t-3", ThreatStatus::Open, ThreatStatus::Suppressed, "Covered by the audit trail",
           {"matrix", "", 4, 3}, {"cvss", "CVSS:3.1/AV:L/AC:H/PR:H/UI:N/S:U/C:N/I:L/A:N", 0, 0},
           "bob"},
          {"t-1", ThreatStatus::NeedsInvestigation, ThreatStatus::Mitigated, "Pairing required",
           {"cvss", "CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:U/C:N/I:H/A:H", 0, 0}, {"matrix", "", 2, 5},
           "alice"}}});
    model.reviews().put({"RV-2024-05-03-2", "2024-05-03", {"alice"}, {}, false, "2025-05-03",
                         "", {}});
    return model;
}

// Every object in `value` has its keys in sorted order (as the text lists them).
bool keysSorted(const nlohmann::ordered_json &value)
{
    if (value.is_object()) {
        std::string previous;
        bool first = true;
        for (const auto &entry : value.items()) {
            if (!first && !(previous < entry.key()))
                return false;
            previous = entry.key();
            first = false;
            if (!keysSorted(entry.value()))
                return false;
        }
    } else if (value.is_array()) {
        for (const auto &item : value)
            if (!keysSorted(item))
                return false;
    }
    return true;
}

std::string readFile(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void writeFile(const std::filesystem::path &path, const std::string &text)
{
    std::ofstream(path, std::ios::binary) << text;
}

} // namespace

class TestJson : public QObject {
    Q_OBJECT

private slots:
    void roundTripKeepsEveryField()
    {
        const ThreatModel original = fullModel();
        const std::string exported = modelToJson(original);
        const ThreatModel imported = modelFromJson(exported);
        QVERIFY(imported.sameContent(original));
        QCOMPARE(modelToJson(imported), exported);
        QVERIFY(imported.changes().everything);
    }

    // A review is history: a person who left the list and a deleted threat stay in its record,
    // and the file reads back.
    void reviewsMayNameWhatIsGone()
    {
        ThreatModel model = fullModel();
        Review review = model.reviews().all().begin()->second;
        review.attendees.push_back("departed");
        review.decisions.push_back({"deleted-threat", ThreatStatus::Open, ThreatStatus::Accepted,
                                    "Out of scope", {}, {}, "departed"});
        model.reviews().put(review);
        const ThreatModel imported = modelFromJson(modelToJson(model));
        QVERIFY(imported.sameContent(model));
    }

    // .vigil -> JSON -> .vigil -> JSON is byte-identical.
    void roundTripThroughVigilDocument()
    {
        QTemporaryDir dir;
        const std::filesystem::path first = dir.filePath("first.vigil").toStdString();
        const std::filesystem::path second = dir.filePath("second.vigil").toStdString();
        ThreatModel original = fullModel();
        saveDocument(original, first, SaveMode::Full);
        const std::string exported = modelToJson(loadDocument(first).model);
        QCOMPARE(exported, modelToJson(fullModel()));
        ThreatModel imported = modelFromJson(exported);
        saveDocument(imported, second, SaveMode::Full);
        QCOMPARE(modelToJson(loadDocument(second).model), exported);
    }

    // Reviews are written with exactly the documented keys, the risks in the threats' form,
    // attendees and decisions in their stored order; a model without reviews writes no key.
    void reviewsAreWrittenAsDocumented()
    {
        const auto json = nlohmann::json::parse(modelToJson(fullModel()));
        const auto keys = [](const nlohmann::json &object) {
            QStringList names;
            for (const auto &entry : object.items())
                names << QString::fromStdString(entry.key());
            return names.join(' ');
        };
        QCOMPARE(json["reviews"].size(), size_t(2));
        const nlohmann::json &review = json["reviews"][0];
        QCOMPARE(keys(review),
                 QString("attendees completed date decisions id nextReview notes scope"));
        QCOMPARE(keys(review["scope"]),
                 QString("category diagram minimumRisk order target threats"));
        QCOMPARE(keys(review["decisions"][0]),
                 QString("by justification riskAfter riskBefore statusAfter statusBefore threat"));
        QCOMPARE(review["id"].get<std::string>(), std::string("RV-2024-05-03"));
        QCOMPARE(review["attendees"], nlohmann::json({"bob", "alice"}));
        QCOMPARE(review["decisions"][0]["threat"].get<std::string>(), std::string("t-3"));
        QCOMPARE(review["decisions"][0]["statusAfter"].get<std::string>(),
                 std::string("suppressed"));
        QCOMPARE(review["decisions"][1]["statusBefore"].get<std::string>(),
                 std::string("needs-investigation"));
        // The same risk objects as the threat's.
        QCOMPARE(review["decisions"][1]["riskBefore"], json["threats"][0]["riskBefore"]);
        QCOMPARE(review["decisions"][1]["riskAfter"], json["threats"][0]["riskAfter"]);
        QCOMPARE(json["reviews"][1]["decisions"], nlohmann::json::array());
        QCOMPARE(json["reviews"][1]["completed"].get<bool>(), false);

        ThreatModel unreviewed = fullModel();
        for (const char *id : {"RV-2024-05-03", "RV-2024-05-03-2"})
            unreviewed.reviews().remove(id);
        QVERIFY(!nlohmann::json::parse(modelToJson(unreviewed)).contains("reviews"));
    }

    // What a hand-written review may leave out reads as the record's defaults.
    void reviewDefaults()
    {
        const ThreatModel model = modelFromJson(doc("'reviews':[{'id':'rv'}]"));
        const Review *review = model.reviews().find("rv");
        QVERIFY(review);
        Review expected;
        expected.id = "rv";
        QVERIFY(*review == expected);
        QCOMPARE(review->scope.threats, std::string("all"));
        QCOMPARE(review->scope.order, std::string("diagram"));
    }

    void outputIsDeterministicAndSorted()
    {
        const std::string first = modelToJson(fullModel());
        QCOMPARE(modelToJson(fullModel()), first);
        QVERIFY(first.rfind("{\n  \"boundaries\": [\n    {\n", 0) == 0);
        QCOMPARE(first.back(), '\n');
        QVERIFY(keysSorted(nlohmann::ordered_json::parse(first)));
    }

    void recordsComeOutInIdOrder()
    {
        // The same content built in another order exports identically.
        ThreatModel a;
        a.addElement({"b", ElementKind::Process, "B", "", {}, false, ""});
        a.addElement({"a", ElementKind::DataStore, "A", "", {}, false, ""});
        a.requirements().put({"r2", "two", "", ""});
        a.requirements().put({"r1", "one", "", ""});
        ThreatModel b;
        b.requirements().put({"r1", "one", "", ""});
        b.requirements().put({"r2", "two", "", ""});
        b.addElement({"a", ElementKind::DataStore, "A", "", {}, false, ""});
        b.addElement({"b", ElementKind::Process, "B", "", {}, false, ""});
        const std::string text = modelToJson(a);
        QCOMPARE(modelToJson(b), text);
        const auto json = nlohmann::json::parse(text);
        QCOMPARE(json["elements"][0]["id"].get<std::string>(), std::string("a"));
        QCOMPARE(json["requirements"][1]["id"].get<std::string>(), std::string("r2"));
    }

    void integralNumbersAreWrittenAsIntegers()
    {
        const std::string text = modelToJson(fullModel());
        QVERIFY(text.find("\"x\": 10,") != std::string::npos);
        QVERIFY(text.find("\"x\": -300.5,") != std::string::npos);
        QVERIFY(text.find("\"x\": 0.1,") != std::string::npos);
        QVERIFY(text.find("10.0") == std::string::npos);

        // Number-typed properties keep their type and are written without a fraction.
        const auto catalogue = PropertyCatalogue::fromJson(
            R"({"properties": [{"key": "doseLimit", "type": "number", "label": "Dose limit",
                "description": "", "appliesTo": ["process"]}]})",
            "test catalogue");
        const std::string input =
            doc("'elements':[{'id':'p','kind':'process','properties':{'doseLimit':25}},"
                "{'id':'q','kind':'process','properties':{'doseLimit':2.5}}]");
        const ThreatModel model = modelFromJson(input, catalogue);
        QCOMPARE(std::get<double>(model.element("p")->properties.at("doseLimit")), 25.0);
        const std::string output = modelToJson(model);
        QVERIFY(output.find("\"doseLimit\": 25\n") != std::string::npos);
        QVERIFY(output.find("\"doseLimit\": 2.5\n") != std::string::npos);
        QCOMPARE(modelToJson(modelFromJson(output, catalogue)), output);
    }

    void designExampleParses()
    {
        const ThreatModel model = modelFromJson(kDesignExample);
        QCOMPARE(model.info().name, std::string("Insulin pump system"));
        QCOMPARE(model.elementCount(), size_t(3));
        QCOMPARE(model.flowCount(), size_t(1));
        QCOMPARE(model.boundaries().size(), size_t(1));
        QVERIFY(model.element("app")->kind == ElementKind::ExternalEntity);
        QVERIFY(model.element("log")->kind == ElementKind::DataStore);
        QVERIFY(std::get<bool>(model.element("pump")->properties.at("safetyCritical")));
        QVERIFY(!std::get<bool>(model.flow("f1")->properties.at("encrypted")));
        QCOMPARE(model.flow("f1")->protocol, std::string("BLE"));
        QVERIFY(model.boundary("tb-pump")->parent.empty());
        QVERIFY(model.crossedBoundaries("f1") == std::vector<Id>{"tb-pump"});
        QCOMPARE(model.boundaryOf("log"), Id("tb-pump"));
        QCOMPARE(model.boundaryOf("app"), Id());
    }

    void modelWithoutLayoutIsLaidOut()
    {
        const ThreatModel model = modelFromJson(kDesignExample);
        const auto diagrams = model.diagrams();
        QCOMPARE(diagrams.size(), size_t(1));
        const Diagram &diagram = *diagrams.front();
        QVERIFY(diagram.kind == DiagramKind::Dfd);
        for (const char *id : {"pump", "app", "log", "tb-pump"})
            QVERIFY2(diagram.nodes.count(id), id);
        QVERIFY(diagram.flows.count("f1"));
        const Rect pump = diagram.nodes.at("pump");
        const Rect zone = diagram.nodes.at("tb-pump");
        QVERIFY(zone.x <= pump.x && pump.x + pump.width <= zone.x + zone.width);
        QVERIFY(zone.y <= pump.y && pump.y + pump.height <= zone.y + zone.height);
    }

    void elementMissingFromDiagramsIsPlaced()
    {
        const ThreatModel model = modelFromJson(
            doc("'elements':[{'id':'a','kind':'process'},{'id':'b','kind':'data-store'}],"
                "'diagrams':[{'id':'d','nodes':{'a':{'x':0,'y':0}}}]"));
        QCOMPARE(model.diagrams().size(), size_t(1));
        QVERIFY(model.diagram("d")->nodes.count("b"));
    }

    void emptyModelStaysEmpty()
    {
        const ThreatModel model = modelFromJson(doc(""));
        QCOMPARE(model.elementCount(), size_t(0));
        QVERIFY(model.diagrams().empty());
        QVERIFY(model.info().rulePacks == ModelInfo().rulePacks);
    }

    void syntaxErrorNamesLineAndColumn()
    {
        try {
            modelFromJson(
                "{\"format\": \"vigil-model\",\n  \"formatVersion\": 1,\n  \"x\": tru }");
            QFAIL("no error");
        } catch (const JsonError &error) {
            QCOMPARE(error.path(), std::string("$"));
            const std::string what = error.what();
            QVERIFY2(what.find("line 3, column 11") != std::string::npos, what.c_str());
            QVERIFY2(what.find('\n') == std::string::npos, what.c_str());
        }
    }

    void malformedInputIsRejected_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("problem");
        const auto row = [](const char *tag, const std::string &input, const char *path,
                            const char *problem) {
            QTest::newRow(tag) << QString::fromStdString(input) << path << problem;
        };
        const std::string elems = "'elements':[{'id':'pump','kind':'process'},"
                                  "{'id':'app','kind':'external-entity'}]";
        const auto with = [&](const std::string &rest) {
            return doc((elems + "," + rest).c_str());
        };
        const std::string flow = "'flows':[{'id':'f1','source':'app','target':'pump'}]";
        const std::string records =
            "'people':[{'id':'alice'}],'hazards':[{'id':'hz'}],'requirements':[{'id':'r1'}],"
            "'mitigations':[{'id':'m1','requirements':['r1']}]";

        row("empty text", "", "$", "not valid JSON");
        row("syntax error", "{\"format\": }", "$", "line 1, column 12");
        row("not an object", "[]", "$", "expected a JSON object");
        row("missing format", "{\"formatVersion\": 1}", "$", "missing required key \"format\"");
        row("wrong format", "{\"format\": \"threat-dragon\", \"formatVersion\": 1}", "$.format",
            "expected \"vigil-model\"");
        row("newer formatVersion", "{\"format\": \"vigil-model\", \"formatVersion\": 2}",
            "$.formatVersion", "unsupported formatVersion 2; this Vigil reads formatVersion 1");
        row("formatVersion as text", "{\"format\": \"vigil-model\", \"formatVersion\": \"1\"}",
            "$.formatVersion", "unsupported formatVersion");
        row("unknown top-level key", doc("'element':[]"), "$.element", "unknown key \"element\"");
        row("model not an object", doc("'model':[]"), "$.model", "expected an object");
        row("unknown model key", doc("'model':{'nam':'x'}"), "$.model.nam", "unknown key \"nam\"");
        row("context value mistyped", doc("'model':{'context':{'environment':3}}"),
            "$.model.context.environment", "expected a string");
        row("assumption mistyped", doc("'model':{'assumptions':['a',false]}"),
            "$.model.assumptions[1]", "expected a string");
        row("nextThreatNumber zero", doc("'model':{'nextThreatNumber':0}"),
            "$.model.nextThreatNumber", "expected a whole number from 1");
        // The largest int would overflow at the next threat: counters stop at 999,999,999.
        row("nextThreatNumber at the end of int", doc("'model':{'nextThreatNumber':2147483647}"),
            "$.model.nextThreatNumber", "expected a whole number from 1 to 999999999");
        row("nextTestNumber past the limit", doc("'model':{'nextTestNumber':1000000000}"),
            "$.model.nextTestNumber", "expected a whole number from 1 to 999999999");
        row("threat number past the limit",
            doc("'threats':[{'id':'t','category':'spoofing','number':999999999}]"),
            "$.threats[0].number", "expected a whole number from 0 to 999999998");
        // Problems the JSON parser finds, in our words with the path.
        row("number overflow", doc("'model':{'name':'x','nextTestNumber':1e5555}"),
            "$.model.nextTestNumber", "the number 1e5555 is too large (at line 1, column 80)");
        row("negative number overflow", doc("'elements':[{'id':'a','kind':'process',"
                                            "'properties':{'x':-1e400}}]"),
            "$.elements[0].properties.x", "the number -1e400 is too large");
        row("duplicate key", doc("'model':{'name':'a','name':'b'}"), "$.model.name",
            "the key \"name\" is given twice in one object");
        row("duplicate top-level key", doc("'elements':[],'elements':[]"), "$.elements",
            "given twice");
        row("duplicate key in an array item",
            doc("'elements':[{'id':'a','kind':'process'},{'id':'b','kind':'process','id':'c'}]"),
            "$.elements[1].id", "given twice");
        row("duplicate key with brackets", doc("'model':{'lastAnalysis':{'packs':"
                                               "{'stride-default':'1','stride-default':'2'}}}"),
            "$.model.lastAnalysis.packs['stride-default']", "given twice");
        row("nested too deeply", doc("'model':{'assumptions':[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["
                                     "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]"
                                     "]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}"),
            "$.model.assumptions[0][0][0]...[0][0][0][0][0][0][0]",
            "arrays and objects nested too deeply (more than 64 levels)");
        row("elements not an array", doc("'elements':{}"), "$.elements", "expected an array");
        row("element not an object", doc("'elements':[3]"), "$.elements[0]", "expected an object");
        row("element without id", doc("'elements':[{'kind':'process'}]"), "$.elements[0]",
            "missing required key \"id\"");
        row("element without kind", doc("'elements':[{'id':'a'}]"), "$.elements[0]",
            "missing required key \"kind\"");
        row("element with empty id", doc("'elements':[{'id':'','kind':'process'}]"),
            "$.elements[0].id", "must not be empty");
        row("unknown element kind", doc("'elements':[{'id':'a','kind':'actor'}]"),
            "$.elements[0].kind", "expected external-entity, process or data-store");
        row("element name mistyped", doc("'elements':[{'id':'a','kind':'process','name':5}]"),
            "$.elements[0].name", "expected a string");
        row("outOfScope mistyped",
            doc("'elements':[{'id':'a','kind':'process','outOfScope':'yes'}]"),
            "$.elements[0].outOfScope", "expected a boolean");
        row("typo in element key", doc("'elements':[{'id':'a','kind':'process','nmae':'A'}]"),
            "$.elements[0].nmae", "unknown key \"nmae\"");
        row("properties not an object",
            doc("'elements':[{'id':'a','kind':'process','properties':[]}]"),
            "$.elements[0].properties", "expected an object");
        row("unknown property",
            doc("'elements':[{'id':'a','kind':'process','properties':{'colour':'red'}}]"),
            "$.elements[0].properties.colour", "unknown property \"colour\"");
        row("property for another kind",
            doc("'elements':[{'id':'a','kind':'process','properties':{'storesLogs':true}}]"),
            "$.elements[0].properties.storesLogs", "does not apply to a process");
        row("bool property as text",
            with("'flows':[{'id':'f1','source':'app','target':'pump',"
                 "'properties':{'encrypted':'no'}}]"),
            "$.flows[0].properties.encrypted", "expected a boolean");
        row("bool property null",
            with("'flows':[{'id':'f1','source':'app','target':'pump',"
                 "'properties':{'wireless':null}}]"),
            "$.flows[0].properties.wireless", "expected a boolean");
        row("element property on a flow",
            with("'flows':[{'id':'f1','source':'app','target':'pump',"
                 "'properties':{'safetyCritical':true}}]"),
            "$.flows[0].properties.safetyCritical", "does not apply to a flow");
        row("enum property out of range",
            doc("'elements':[{'id':'a','kind':'process','properties':{'riskTransfer':'often'}}]"),
            "$.elements[0].properties.riskTransfer",
            "expected one of: maintained, supported, required");
        row("text property as number",
            doc("'elements':[{'id':'a','kind':'process','properties':{'technology':4}}]"),
            "$.elements[0].properties.technology", "expected a string");
        row("duplicate element id",
            doc("'elements':[{'id':'a','kind':'process'},{'id':'a','kind':'data-store'}]"),
            "$.elements[1].id", "duplicate id \"a\", already used at $.elements[0]");
        row("flow reuses an element id",
            with("'flows':[{'id':'pump','source':'app','target':'pump'}]"), "$.flows[0].id",
            "duplicate id \"pump\"");
        row("zone reuses an element id", with("'boundaries':[{'id':'app'}]"),
            "$.boundaries[0].id", "duplicate id \"app\"");
        row("flow without target", with("'flows':[{'id':'f1','source':'app'}]"), "$.flows[0]",
            "missing required key \"target\"");
        row("flow from unknown element",
            with("'flows':[{'id':'f1','source':'phone','target':'pump'}]"), "$.flows[0].source",
            "no element with id \"phone\"");
        row("flow to unknown element",
            with("'flows':[{'id':'f1','source':'app','target':'pmup'}]"), "$.flows[0].target",
            "no element with id \"pmup\"");
        row("flow to itself", with("'flows':[{'id':'f1','source':'pump','target':'pump'}]"),
            "$.flows[0].target", "cannot start and end at the same element");
        row("bidirectional mistyped",
            with("'flows':[{'id':'f1','source':'app','target':'pump','bidirectional':1}]"),
            "$.flows[0].bidirectional", "expected a boolean");
        row("element in two zones",
            with("'boundaries':[{'id':'z1','members':['pump']},{'id':'z2','members':['pump']}]"),
            "$.boundaries[1].members[0]",
            "element \"pump\" is already a member of the trust zone at $.boundaries[0]");
        row("member listed twice", with("'boundaries':[{'id':'z','members':['pump','pump']}]"),
            "$.boundaries[0].members[1]", "listed twice");
        row("zone with unknown parent", with("'boundaries':[{'id':'z','parent':'outer'}]"),
            "$.boundaries[0].parent", "no trust zone with id \"outer\"");
        row("zone parent mistyped", with("'boundaries':[{'id':'z','parent':7}]"),
            "$.boundaries[0].parent", "expected a string");
        row("zone stack order mistyped", with("'boundaries':[{'id':'z','stackOrder':'top'}]"),
            "$.boundaries[0].stackOrder", "expected a whole number");
        row("zone stack order fractional", with("'boundaries':[{'id':'z','stackOrder':0.5}]"),
            "$.boundaries[0].stackOrder", "expected a whole number");
        row("zone cycle",
            with("'boundaries':[{'id':'z1','parent':'z2'},{'id':'z2','parent':'z1'}]"),
            "$.boundaries[0].parent", "trust zones nest in a cycle: z1 -> z2 -> z1");
        row("zone inside itself", with("'boundaries':[{'id':'z','parent':'z'}]"),
            "$.boundaries[0].parent", "cycle: z -> z");
        row("vanished node's entry malformed",
            with("'diagrams':[{'id':'d','nodes':{'ghost':{'x':'0','y':0}}}]"),
            "$.diagrams[0].nodes.ghost.x", "expected a number");
        row("diagram node without y", with("'diagrams':[{'id':'d','nodes':{'pump':{'x':0}}}]"),
            "$.diagrams[0].nodes.pump", "missing required key \"y\"");
        row("diagram node out of range",
            with("'diagrams':[{'id':'d','nodes':{'pump':{'x':1e300,'y':0}}}]"),
            "$.diagrams[0].nodes.pump.x", "expected a coordinate from -1e9 to 1e9, found 1e+300");
        row("diagram node negative width",
            with("'diagrams':[{'id':'d','nodes':{'pump':{'x':0,'y':0,'width':-5}}}]"),
            "$.diagrams[0].nodes.pump.width", "expected a size from 0 to 1e9, found -5");
        row("diagram node width mistyped",
            with("'diagrams':[{'id':'d','nodes':{'pump':{'x':0,'y':0,'width':'wide'}}}]"),
            "$.diagrams[0].nodes.pump.width", "expected a number");
        row("bend mistyped",
            with(flow + ",'diagrams':[{'id':'d','flows':{'f1':{'bends':[{'x':'1','y':2}]}}}]"),
            "$.diagrams[0].flows.f1.bends[0].x", "expected a number");
        row("unknown diagram kind", with("'diagrams':[{'id':'d','kind':'sequence'}]"),
            "$.diagrams[0].kind", "expected dfd, global-system");
        row("negative diagram level", with("'diagrams':[{'id':'d','level':-1}]"),
            "$.diagrams[0].level", "expected a whole number from 0");
        row("fractional diagram order", with("'diagrams':[{'id':'d','order':1.5}]"),
            "$.diagrams[0].order", "expected a whole number");
        row("duplicate diagram id", with("'diagrams':[{'id':'d'},{'id':'d'}]"),
            "$.diagrams[1].id", "duplicate id \"d\"");
        row("threat without category", with("'threats':[{'id':'t'}]"), "$.threats[0]",
            "missing required key \"category\"");
        row("unknown threat category", with("'threats':[{'id':'t','category':'spoof'}]"),
            "$.threats[0].category", "expected spoofing, tampering");
        row("unknown threat status",
            with("'threats':[{'id':'t','category':'spoofing','status':'done'}]"),
            "$.threats[0].status", "expected open, needs-investigation");
        row("threat with unknown mitigation",
            with(records + ",'threats':[{'id':'t','category':'spoofing','mitigations':['m2']}]"),
            "$.threats[0].mitigations[0]", "no mitigation with id \"m2\"");
        row("threat with unknown hazard",
            with(records + ",'threats':[{'id':'t','category':'spoofing','hazards':['hz','h2']}]"),
            "$.threats[0].hazards[1]", "no hazard with id \"h2\"");
        row("duplicate threat id",
            with("'threats':[{'id':'t','category':'spoofing'},{'id':'t','category':'spoofing'}]"),
            "$.threats[1].id", "duplicate id \"t\"");
        row("duplicate threat number",
            with("'threats':[{'id':'t1','category':'spoofing','number':4},"
                 "{'id':'t2','category':'tampering','number':4}]"),
            "$.threats[1].number", "threat number 4 is already used at $.threats[0]");
        row("risk out of range",
            with("'threats':[{'id':'t','category':'spoofing',"
                 "'riskBefore':{'method':'matrix','exploitability':6}}]"),
            "$.threats[0].riskBefore.exploitability", "expected a whole number from 0 to 5");
        row("unknown risk method",
            with("'threats':[{'id':'t','category':'spoofing','riskAfter':{'method':'dread'}}]"),
            "$.threats[0].riskAfter.method", "expected one of: cvss, matrix");
        row("threat counter behind numbers",
            with("'model':{'nextThreatNumber':3},"
                 "'threats':[{'id':'t','category':'spoofing','number':5}]"),
            "$.model.nextThreatNumber", "must be greater than every threat number");
        row("mitigation with unknown requirement",
            with("'mitigations':[{'id':'m','requirements':['r9']}]"),
            "$.mitigations[0].requirements[0]", "no requirement with id \"r9\"");
        row("mitigation scope misspelt", with("'mitigations':[{'id':'m','scope':'devise'}]"),
            "$.mitigations[0].scope", "expected one of: device, environment");
        row("duplicate requirement id",
            with("'requirements':[{'id':'r','text':'a'},{'id':'r','text':'b'}]"),
            "$.requirements[1].id", "duplicate id \"r\"");
        row("test of unknown requirement",
            with(records + ",'tests':[{'id':'v','requirement':'r2'}]"),
            "$.tests[0].requirement", "no requirement with id \"r2\"");
        row("test by unknown person",
            with(records + ",'tests':[{'id':'v','requirement':'r1','performedBy':'carol'}]"),
            "$.tests[0].performedBy", "no person with id \"carol\"");
        row("test with unknown result", with("'tests':[{'id':'v','result':'passed'}]"),
            "$.tests[0].result", "expected one of: not-run, pass, fail");
        row("person without id", with("'people':[{'name':'Alice'}]"), "$.people[0]",
            "missing required key \"id\"");
        row("duplicate suppression",
            with("'suppressions':[{'element':'pump','rule':'r'},{'element':'pump','rule':'r'}]"),
            "$.suppressions[1]", "already suppressed");
        const std::string reviewed = records + ",'threats':[{'id':'t','category':'spoofing'}]";
        const auto review = [&](const std::string &fields) {
            return with(reviewed + ",'reviews':[{'id':'rv'" + (fields.empty() ? "" : ",")
                        + fields + "}]");
        };
        row("reviews not an array", with("'reviews':{}"), "$.reviews", "expected an array");
        row("review without id", with("'reviews':[{'date':'2024-01-01'}]"), "$.reviews[0]",
            "missing required key \"id\"");
        row("duplicate review id", with("'reviews':[{'id':'rv'},{'id':'rv'}]"), "$.reviews[1].id",
            "duplicate id \"rv\", already used at $.reviews[0]");
        row("unknown review key", review("'attendee':['alice']"), "$.reviews[0].attendee",
            "unknown key \"attendee\"");
        row("review completed mistyped", review("'completed':'yes'"), "$.reviews[0].completed",
            "expected a boolean");
        row("review scope not an object", review("'scope':'all'"), "$.reviews[0].scope",
            "expected an object");
        row("unknown review scope key", review("'scope':{'threat':'all'}"),
            "$.reviews[0].scope.threat", "unknown key \"threat\"");
        row("unknown review selection", review("'scope':{'threats':'some'}"),
            "$.reviews[0].scope.threats", "expected one of: all, undecided, changed");
        row("unknown review order", review("'scope':{'order':'sideways'}"),
            "$.reviews[0].scope.order", "expected one of: diagram, risk, number");
        row("empty review order", review("'scope':{'order':''}"), "$.reviews[0].scope.order",
            "expected one of: diagram, risk, number");
        row("unknown review category", review("'scope':{'category':'spoof'}"),
            "$.reviews[0].scope.category", "expected spoofing, tampering");
        row("unknown review minimum risk", review("'scope':{'minimumRisk':'severe'}"),
            "$.reviews[0].scope.minimumRisk", "expected one of: low, medium, high, critical");
        row("decision not an object", review("'decisions':['t']"), "$.reviews[0].decisions[0]",
            "expected an object");
        row("decision without threat", review("'decisions':[{'statusAfter':'open'}]"),
            "$.reviews[0].decisions[0]", "missing required key \"threat\"");
        row("unknown decision status",
            review("'decisions':[{'threat':'t'},{'threat':'t','statusAfter':'done'}]"),
            "$.reviews[0].decisions[1].statusAfter", "expected open, needs-investigation");
        row("unknown decision status before",
            review("'decisions':[{'threat':'t','statusBefore':'Open'}]"),
            "$.reviews[0].decisions[0].statusBefore", "expected open, needs-investigation");
        row("unknown decision key", review("'decisions':[{'threat':'t','risk':{}}]"),
            "$.reviews[0].decisions[0].risk", "unknown key \"risk\"");
        row("decision risk out of range",
            review("'decisions':[{'threat':'t','riskAfter':{'method':'matrix','severity':9}}]"),
            "$.reviews[0].decisions[0].riskAfter.severity", "expected a whole number from 0 to 5");
    }

    void malformedInputIsRejected()
    {
        QFETCH(QString, input);
        QFETCH(QString, path);
        QFETCH(QString, problem);
        try {
            modelFromJson(input.toStdString());
            QFAIL("accepted malformed input");
        } catch (const JsonError &error) {
            QCOMPARE(QString::fromStdString(error.path()), path);
            const QString what = QString::fromUtf8(error.what());
            QVERIFY2(what.startsWith(path + ": "), qPrintable(what));
            QVERIFY2(what.contains(problem), qPrintable(what));
            QVERIFY2(!what.contains('\n'), qPrintable(what));
        }
    }

    // A file edited by hand or merged may still name what was removed from it in derived
    // records; it imports without them, and each warning names the JSON path and what was left.
    void namesOfRemovedObjectsImportWithWarnings_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("warning");
        const std::string elems = "'elements':[{'id':'pump','kind':'process'},"
                                  "{'id':'app','kind':'external-entity'}],"
                                  "'flows':[{'id':'f1','source':'app','target':'pump'}]";
        const auto row = [&](const char *tag, const std::string &rest, const char *warning) {
            QTest::newRow(tag) << QString::fromStdString(doc((elems + "," + rest).c_str()))
                               << warning;
        };
        row("diagram places a removed element",
            "'diagrams':[{'id':'d','nodes':{'pump':{'x':0,'y':0},'ghost':{'x':0,'y':0}}}]",
            "$.diagrams[0].nodes.ghost: no element or trust zone with id \"ghost\"; its place "
            "on the diagram is left out");
        row("node id needs brackets",
            "'diagrams':[{'id':'d','nodes':{'pump':{'x':0,'y':0},'no-such':{'x':0,'y':0}}}]",
            "$.diagrams[0].nodes['no-such']: no element or trust zone with id \"no-such\"");
        row("diagram draws a removed flow",
            "'diagrams':[{'id':'d','nodes':{'pump':{'x':0,'y':0}},'flows':{'f9':{}}}]",
            "$.diagrams[0].flows.f9: no flow with id \"f9\"; its route on the diagram is left "
            "out");
        row("zone lists a removed element", "'boundaries':[{'id':'z','members':['pump','x']}]",
            "$.boundaries[0].members[1]: no element with id \"x\"; the membership is left out");
        row("threat on a removed flow",
            "'threats':[{'id':'t','category':'tampering','targets':['f2']}]",
            "$.threats[0].targets[0]: no element, flow or trust zone with id \"f2\"; the "
            "threat turns obsolete at the next analysis");
        row("manual threat on a removed element",
            "'threats':[{'id':'t','category':'spoofing','manual':true,'targets':['pump','x']}]",
            "$.threats[0].targets[1]: no element, flow or trust zone with id \"x\"; the manual "
            "threat keeps naming it");
        row("suppression on a removed element",
            "'suppressions':[{'element':'ghost','rule':'r'}]",
            "$.suppressions[0].element: no element with id \"ghost\"; the suppression is left "
            "out");
    }

    void namesOfRemovedObjectsImportWithWarnings()
    {
        QFETCH(QString, input);
        QFETCH(QString, warning);
        const JsonImport imported = importModelJson(input.toStdString());
        QCOMPARE(imported.warnings.size(), size_t(1));
        QVERIFY2(QString::fromStdString(imported.warnings.front()).startsWith(warning),
                 imported.warnings.front().c_str());
        const ThreatModel &model = imported.model;
        QCOMPARE(model.elementCount(), size_t(2));
        QVERIFY(!model.element("ghost") && !model.element("x"));
        for (const Diagram *diagram : model.diagrams()) {
            QVERIFY(!diagram->nodes.count("ghost") && !diagram->nodes.count("no-such"));
            QVERIFY(!diagram->flows.count("f9"));
        }
        for (const TrustBoundary *zone : model.boundaries())
            QCOMPARE(zone->members, std::set<Id>{"pump"});
        QVERIFY(model.suppressions().empty());
        // What was read writes back and reads again without a warning, except a threat's
        // targets, which stay its history.
        const JsonImport again = importModelJson(modelToJson(model));
        QCOMPARE(again.warnings.size(), model.threats().size());
    }

    // The case that used to refuse: a flow removed from a file by hand, while a threat on it
    // and the diagram's route for it stay. The file opens, warns, and the next analysis turns
    // the threat obsolete.
    void flowRemovedByHandOpensWithWarnings()
    {
        const ThreatModel original = modelFromJson(kDesignExample);
        nlohmann::json json = nlohmann::json::parse(modelToJson(original));
        json["diagrams"][0]["flows"]["f1"] = nlohmann::json::object();
        json["threats"] = nlohmann::json::array(
            {{{"id", "t1"}, {"number", 1}, {"category", "tampering"}, {"rule", "flow-tampering"},
              {"targets", {"f1"}}, {"status", "mitigated"}}});
        json["flows"] = nlohmann::json::array();
        json["model"]["nextThreatNumber"] = 2;
        QTemporaryDir dir;
        const std::filesystem::path file = dir.filePath("edited.json").toStdString();
        writeFile(file, json.dump(2));
        const OpenedModel opened = openModelFile(file);
        QCOMPARE(opened.warnings.size(), size_t(2));
        QCOMPARE(opened.warnings[0], file.string() + ": $.diagrams[0].flows.f1: no flow with id "
                                                     "\"f1\"; its route on the diagram is left out");
        QCOMPARE(opened.warnings[1],
                 file.string() + ": $.threats[0].targets[0]: no element, flow or trust zone "
                                 "with id \"f1\"; the threat turns obsolete at the next analysis");
        QVERIFY(!opened.model.flow("f1"));
        QVERIFY(opened.model.threats().find("t1")->status == ThreatStatus::Mitigated);
    }

    // nlohmann's DOM and our readers recurse once per level; the parser stops at
    // kMaxJsonDepth with an error naming where, before anything recurses (100,000 levels).
    void nestingDepthIsBounded()
    {
        const auto nested = [](size_t levels) {
            return std::string(levels, '[') + std::string(levels, ']');
        };
        try {
            modelFromJson(nested(kMaxJsonDepth));
            QFAIL("accepted");
        } catch (const JsonError &error) {
            QCOMPARE(std::string(error.what()),
                     std::string("$: expected a JSON object (a vigil-model document)"));
        }
        for (size_t levels : {kMaxJsonDepth + 1, size_t(100000)}) {
            try {
                modelFromJson(nested(levels));
                QFAIL("accepted");
            } catch (const JsonError &error) {
                QCOMPARE(std::string(error.what()),
                         std::string("$[0][0][0][0][0]...[0][0][0][0][0][0][0]: arrays and "
                                     "objects nested too deeply (more than 64 levels)"));
            }
        }
        std::string objects;
        for (int i = 0; i < 100000; ++i)
            objects += "{\"a\":";
        objects += "1" + std::string(100000, '}');
        QVERIFY_THROWS_EXCEPTION(JsonError, modelFromJson(objects));
    }

    // Whatever the model holds, export writes only what import reads back: a value JSON cannot
    // hold (infinity, which nlohmann would write as null) or one out of range is refused,
    // naming its JSON path, and no file is written.
    void exportRefusesValuesImportWouldRefuse_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("expected");
        QTest::newRow("infinite coordinate")
            << 0 << "$.diagrams[0].nodes.pump.x: the value is inf, which JSON cannot hold";
        QTest::newRow("NaN bend") << 1 << "$.diagrams[0].flows.f1.bends[0].y: the value is nan";
        QTest::newRow("coordinate out of range")
            << 2 << "$.diagrams[0].nodes.pump.width: is 2000000000; expected 0 to 1e9";
        QTest::newRow("counter at the end of int")
            << 3 << "$.model.nextThreatNumber: is 2147483647; expected 1 to 999999999";
        QTest::newRow("infinite number property")
            << 4 << "$.elements[0].properties.doseLimit: the value is -inf";
    }

    void exportRefusesValuesImportWouldRefuse()
    {
        QFETCH(int, which);
        QFETCH(QString, expected);
        ThreatModel model = fullModel();
        Rect pump = model.diagram("dfd")->nodes.at("pump");
        FlowLayout f1 = model.diagram("dfd")->flows.at("f1");
        ModelInfo info = model.info();
        Element app = *model.element("app");
        switch (which) {
        case 0: pump.x = std::numeric_limits<double>::infinity(); break;
        case 1: f1.bends[0].y = std::numeric_limits<double>::quiet_NaN(); break;
        case 2: pump.width = 2e9; break;
        case 3: info.nextThreatNumber = std::numeric_limits<int>::max(); break;
        default: app.properties["doseLimit"] = -std::numeric_limits<double>::infinity();
        }
        model.setNodeRect("dfd", "pump", pump);
        model.setFlowLayout("dfd", "f1", f1);
        model.setInfo(info);
        model.updateElement(app);
        try {
            modelToJson(model);
            QFAIL("written");
        } catch (const JsonError &error) {
            QVERIFY2(QString::fromUtf8(error.what()).startsWith(expected), error.what());
        }
        QTemporaryDir dir;
        const std::filesystem::path file = dir.filePath("out.json").toStdString();
        try {
            writeModelJson(model, file);
            QFAIL("written");
        } catch (const FileError &error) {
            const QString what = QString::fromUtf8(error.what());
            QVERIFY2(what.startsWith(QString::fromStdString(file.string())
                                     + ": cannot write the model as JSON: " + expected),
                     error.what());
        }
        QVERIFY(QDir(dir.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    }

    // 50,000 zones nested in one chain, listed innermost first, with an element at each end:
    // reading them is linear in the depth (it was quadratic: over 30 s). The timing belongs to
    // a benchmark; this checks the result.
    void deepZoneNestingImports()
    {
        constexpr int kDepth = 50000;
        std::string zones;
        for (int i = kDepth - 1; i >= 0; --i) {
            zones += (zones.empty() ? "" : ",") + std::string("{'id':'z") + std::to_string(i)
                     + "','parent':" + (i == 0 ? "null" : "'z" + std::to_string(i - 1) + "'");
            if (i == 0 || i == kDepth - 1)
                zones += std::string(",'members':['") + (i == 0 ? "outer" : "inner") + "']";
            zones += "}";
        }
        const std::string text =
            doc(("'elements':[{'id':'outer','kind':'process'},{'id':'inner','kind':'process'}],"
                 "'flows':[{'id':'f','source':'outer','target':'inner'}],'boundaries':["
                 + zones + "]").c_str());
        const ThreatModel model = modelFromJson(text);
        QCOMPARE(model.boundaries().size(), size_t(kDepth));
        QCOMPARE(model.boundary("z49999")->parent, Id("z49998"));
        QCOMPARE(model.childBoundaries("z0"), std::vector<Id>{"z1"});
        // The flow leaves every zone but the outermost, which holds both of its ends.
        QCOMPARE(model.crossedBoundaries("f").size(), size_t(kDepth - 1));
        QCOMPARE(modelFromJson(modelToJson(model)).boundaries().size(), size_t(kDepth));
    }

    // Pipes, devices and sockets are refused before anything opens them: a FIFO would block,
    // /dev/zero would be read until memory runs out.
    void openModelFileRefusesWhatIsNotAFile()
    {
        QTemporaryDir dir;
        const std::string fifo = dir.filePath("model.json").toStdString();
        QCOMPARE(mkfifo(fifo.c_str(), 0600), 0);
        for (const std::string &path : {fifo, std::string("/dev/zero")}) {
            try {
                openModelFile(path);
                QFAIL("opened");
            } catch (const FileError &error) {
                QCOMPARE(std::string(error.what()),
                         path + ": is not a regular file (a pipe, socket or device); give a "
                                "model file saved on disk");
            }
        }
    }

    // Binary content is told from JSON by its first bytes, without reading the whole file.
    void openModelFileSniffsBinaryContent()
    {
        QTemporaryDir dir;
        const std::filesystem::path file = dir.filePath("image.json").toStdString();
        writeFile(file, std::string("\x89PNG\r\n\x1a\n") + std::string(1 << 20, 'x'));
        try {
            openModelFile(file);
            QFAIL("opened");
        } catch (const FileError &error) {
            QCOMPARE(std::string(error.what()),
                     file.string() + ": not a Vigil document: neither a .vigil database nor "
                                     "vigil-model JSON");
        }
    }

    void openModelFileReadsJson()
    {
        QTemporaryDir dir;
        const std::filesystem::path file = dir.filePath("pump.json").toStdString();
        writeFile(file, kDesignExample);
        const OpenedModel opened = openModelFile(file);
        QVERIFY(opened.format == ModelFormat::VigilJson);
        QCOMPARE(opened.model.elementCount(), size_t(3));
    }

    void openModelFileErrorsNameTheFile_data()
    {
        QTest::addColumn<QString>("content"); // empty: no file at all
        QTest::addColumn<QString>("expected"); // after "<path>: "
        QTest::newRow("missing file") << QString() << "no such file";
        QTest::newRow("bad JSON")
            << QString::fromStdString(doc("'elements':[{'id':'a','kind':'proc'}]"))
            << "$.elements[0].kind: expected external-entity, process or data-store";
        QTest::newRow("binary") << QString::fromLatin1("\x01\x02PK\x03\x04 zip?")
                                << "not a Vigil document: neither a .vigil database nor "
                                   "vigil-model JSON";
        QTest::newRow("plain text") << "hello" << "$: not valid JSON at line 1, column 1";
    }

    void openModelFileErrorsNameTheFile()
    {
        QFETCH(QString, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const std::filesystem::path file = dir.filePath("model.json").toStdString();
        if (!content.isEmpty())
            writeFile(file, content.toStdString());
        try {
            openModelFile(file);
            QFAIL("no error");
        } catch (const FileError &error) {
            const QString what = QString::fromUtf8(error.what());
            QVERIFY2(what.startsWith(QString::fromStdString(file.string()) + ": " + expected),
                     qPrintable(what));
        }
    }

    void openModelFileRefusesAFolder()
    {
        QTemporaryDir dir;
        QVERIFY_THROWS_EXCEPTION(FileError, openModelFile(dir.path().toStdString()));
    }

    void writeModelJsonReplacesAtomically()
    {
        QTemporaryDir dir;
        const std::filesystem::path file = dir.filePath("out.json").toStdString();
        writeFile(file, "old content");
        const ThreatModel model = fullModel();
        writeModelJson(model, file);
        QCOMPARE(readFile(file), modelToJson(model));
        // Nothing but the output is left in the folder.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
        QVERIFY(openModelFile(file).model.sameContent(model));
    }

    // A document saved as JSON must open again: JSON larger than an open reads (a model with
    // several baselines of a large model) is refused, and the file keeps its last good copy.
    void jsonTooLargeToReadBackIsNotWritten()
    {
        QTemporaryDir dir;
        const std::filesystem::path file = dir.filePath("out.json").toStdString();
        writeFile(file, "last good copy");
        const ThreatModel model = fullModel();
        const std::uintmax_t size = modelToJson(model).size();
        try {
            writeModelJson(model, file, size - 1);
            QFAIL("written");
        } catch (const FileError &error) {
            QVERIFY2(QString::fromUtf8(error.what()).contains("Vigil reads back; nothing was written"),
                     error.what());
        }
        QCOMPARE(readFile(file), std::string("last good copy"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
        writeModelJson(model, file, size); // exactly the limit: written
        QCOMPARE(readFile(file), modelToJson(model));
    }

    void writeModelJsonFailsCleanly()
    {
        QTemporaryDir dir;
        const std::filesystem::path file = dir.filePath("no/such/folder/out.json").toStdString();
        try {
            writeModelJson(fullModel(), file);
            QFAIL("no error");
        } catch (const FileError &error) {
            QVERIFY(std::string(error.what()).rfind(file.string() + ": cannot write", 0) == 0);
        }
        QVERIFY(!std::filesystem::exists(file));
    }
};

QTEST_APPLESS_MAIN(TestJson)
#include "tst_json.moc"
