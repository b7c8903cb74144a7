// Three-way merge (issue 13): changes to different records and fields merge; the same field
// changed on both sides, and a removal against a change, are conflicts settled by the preferred
// side; what one side removed but the other still uses comes back; threat numbers and human ids
// never collide; and every result imports without a warning.

#include "model/diff/ModelMerge.h"
#include "model/json/JsonInterchange.h"
#include "model/json/JsonParse.h"
#include "tests/support/ModelDocuments.h"

#include <QtTest>

using namespace vigil;
using namespace vigil::testing;

namespace {

// A document as Vigil writes it (every default spelled out), as the merge receives them.
Json canonical(const Json &document)
{
    return parseJson(modelToJson(modelFromJson(document.dump())));
}

struct Merged {
    MergeResult result;
    ThreatModel model;
};

// Merges and imports the result, which must read back without a warning.
Merged merge(const Json &ours, const Json &theirs, MergeSide prefer = MergeSide::Ours)
{
    Merged merged;
    merged.result = mergeModelDocuments(canonical(baseDocument()), canonical(ours),
                                        canonical(theirs), prefer);
    JsonImport imported = importModelJson(merged.result.document.dump());
    if (!imported.warnings.empty())
        throw std::runtime_error("the merge imports with a warning: " + imported.warnings[0]);
    merged.model = std::move(imported.model);
    return merged;
}

// A record the test expects; its absence fails the test instead of dereferencing null.
template<typename T>
const T &found(const T *item)
{
    if (!item)
        throw std::runtime_error("an expected record is missing");
    return *item;
}

QString conflictsText(const MergeResult &result)
{
    QStringList lines;
    for (const MergeConflict &c : result.conflicts)
        lines << QString::fromStdString(c.kind + " " + c.id + " " + c.field + ": " + c.reason);
    return lines.join('\n');
}

} // namespace

class TestMerge : public QObject {
    Q_OBJECT

private slots:
    void changesToDifferentRecordsMerge()
    {
        Json ours = baseDocument();
        record(ours, "elements", "pump")["name"] = "Pump firmware 2";
        Json theirs = baseDocument();
        record(theirs, "flows", "f1")["protocol"] = "BLE 5.2";
        record(theirs, "threats", "t2")["status"] = "accepted";
        record(theirs, "threats", "t2")["justification"] = "Pairing is out of band";
        const Merged merged = merge(ours, theirs);
        QVERIFY2(merged.result.clean(), qPrintable(conflictsText(merged.result)));
        QCOMPARE(found(merged.model.element("pump")).name, std::string("Pump firmware 2"));
        QCOMPARE(found(merged.model.flow("f1")).protocol, std::string("BLE 5.2"));
        QVERIFY(found(merged.model.threats().find("t2")).status == ThreatStatus::Accepted);
    }

    void differentFieldsOfOneRecordMerge()
    {
        Json ours = baseDocument();
        record(ours, "elements", "pump")["name"] = "Pump FW";
        Json theirs = baseDocument();
        record(theirs, "elements", "pump")["properties"]["authenticates"] = true;
        record(theirs, "elements", "pump")["description"] = "Runs the motor";
        const Merged merged = merge(ours, theirs);
        QVERIFY2(merged.result.clean(), qPrintable(conflictsText(merged.result)));
        const Element &pump = found(merged.model.element("pump"));
        QCOMPARE(pump.name, std::string("Pump FW"));
        QCOMPARE(pump.description, std::string("Runs the motor"));
        QCOMPARE(pump.properties.size(), size_t(2)); // safetyCritical and authenticates
    }

    void theSameChangeOnBothSidesIsNoConflict()
    {
        Json ours = baseDocument();
        record(ours, "requirements", "SR-001")["text"] = "Authenticate every command";
        const Merged merged = merge(ours, ours);
        QVERIFY(merged.result.clean());
        QCOMPARE(found(merged.model.requirements().find("SR-001")).text,
                 std::string("Authenticate every command"));
    }

    void listsMergeAsSets()
    {
        Json ours = baseDocument();
        record(ours, "boundaries", "tb")["members"] = {"pump", "log", "app"};
        Json theirs = baseDocument();
        record(theirs, "boundaries", "tb")["members"] = {"pump"};
        const Merged merged = merge(ours, theirs);
        QVERIFY2(merged.result.clean(), qPrintable(conflictsText(merged.result)));
        QCOMPARE(found(merged.model.boundary("tb")).members, (std::set<Id>{"app", "pump"}));
    }

    void theSameFieldChangedDifferentlyIsAConflict_data()
    {
        QTest::addColumn<bool>("preferTheirs");
        QTest::newRow("ours") << false;
        QTest::newRow("theirs") << true;
    }

    void theSameFieldChangedDifferentlyIsAConflict()
    {
        QFETCH(bool, preferTheirs);
        Json ours = baseDocument();
        record(ours, "elements", "pump")["name"] = "Pump A";
        Json theirs = baseDocument();
        record(theirs, "elements", "pump")["name"] = "Pump B";
        const Merged merged =
            merge(ours, theirs, preferTheirs ? MergeSide::Theirs : MergeSide::Ours);
        QCOMPARE(merged.result.conflicts.size(), size_t(1));
        const MergeConflict &conflict = merged.result.conflicts.front();
        QCOMPARE(conflict.kind, std::string("element"));
        QCOMPARE(conflict.id, std::string("pump"));
        QCOMPARE(conflict.field, std::string("name"));
        QCOMPARE(conflict.base, Json("Pump firmware"));
        QCOMPARE(conflict.ours, Json("Pump A"));
        QCOMPARE(conflict.theirs, Json("Pump B"));
        QCOMPARE(conflict.reason, std::string("changed on both sides to different values"));
        QVERIFY(conflict.taken == (preferTheirs ? MergeSide::Theirs : MergeSide::Ours));
        QCOMPARE(found(merged.model.element("pump")).name,
                 std::string(preferTheirs ? "Pump B" : "Pump A"));
    }

    // Open conflicts (merge without --prefer): kept in the merged model, each settled for a
    // side: the model takes that side's value, a nested field or a whole record, or keeps its
    // own; settled ones are no longer open, and the model still reads back.
    void openConflictsAreSettledOneAtATime()
    {
        Json ours = baseDocument();
        record(ours, "elements", "pump")["name"] = "Pump A";
        record(ours, "flows", "f1")["properties"] = {{"encrypted", true}};
        record(ours, "requirements", "SR-001")["text"] = "Authenticate every command";
        Json theirs = baseDocument();
        record(theirs, "elements", "pump")["name"] = "Pump B";
        record(theirs, "flows", "f1")["properties"] = {{"encrypted", false}};
        removeRecord(theirs, "requirements", "SR-001");
        record(theirs, "mitigations", "m1")["requirements"] = Json::array();
        Merged merged = merge(ours, theirs);
        QCOMPARE(merged.result.conflicts.size(), size_t(3));
        for (OpenConflict &open : openConflicts(merged.result))
            merged.model.conflicts().put(std::move(open));
        const auto idOf = [&](const std::string &record) {
            for (const auto &[id, open] : merged.model.conflicts().all())
                if (open.record == record)
                    return id;
            throw std::runtime_error("no open conflict on " + record);
        };
        const OpenConflict &name = found(merged.model.conflicts().find(idOf("pump")));
        QCOMPARE(name.field, std::string("name"));
        QCOMPARE(name.ours, std::string("\"Pump A\""));
        QCOMPARE(name.theirs, std::string("\"Pump B\""));
        QCOMPARE(name.taken, std::string("ours"));

        // They survive the file, as JSON.
        ThreatModel model = importModelJson(modelToJson(merged.model)).model;
        QVERIFY(model.sameContent(merged.model));

        ConflictResolution step = resolveConflict(model, idOf("pump"), "theirs");
        QCOMPARE(found(step.model.element("pump")).name, std::string("Pump B"));
        QVERIFY(!step.model.conflicts().contains(idOf("pump")));
        QCOMPARE(step.model.conflicts().size(), size_t(2));

        step = resolveConflict(step.model, idOf("f1"), "theirs");
        QCOMPARE(std::get<bool>(found(step.model.flow("f1")).properties.at("encrypted")), false);

        // Theirs removed the requirement: taking theirs removes it; keeping ours only closes.
        const ConflictResolution kept = resolveConflict(step.model, idOf("SR-001"), "ours");
        QVERIFY(kept.model.requirements().contains("SR-001"));
        QCOMPARE(kept.model.conflicts().size(), size_t(0));
        const ConflictResolution removed = resolveConflict(step.model, idOf("SR-001"), "theirs");
        QVERIFY(!removed.model.requirements().contains("SR-001"));
        QCOMPARE(removed.model.conflicts().size(), size_t(0));

        try {
            resolveConflict(step.model, "MC-999", "theirs");
            QFAIL("an unknown conflict was settled");
        } catch (const ModelError &error) {
            QVERIFY(std::string(error.what()).find("MC-999") != std::string::npos);
        }
    }

    void aThreatDecidedDifferentlyIsAConflict()
    {
        Json ours = baseDocument();
        record(ours, "threats", "t1")["status"] = "mitigated";
        Json theirs = baseDocument();
        record(theirs, "threats", "t1")["status"] = "accepted";
        const Merged merged = merge(ours, theirs);
        QCOMPARE(conflictsText(merged.result),
                 QStringLiteral("threat t1 status: changed on both sides to different values"));
        QCOMPARE(merged.result.conflicts.front().label, std::string("#1 Tampering with Bolus"));
    }

    void removedAgainstChangedIsAConflict_data()
    {
        QTest::addColumn<bool>("preferTheirs");
        QTest::newRow("ours removes, ours kept") << false;
        QTest::newRow("ours removes, theirs kept") << true;
    }

    void removedAgainstChangedIsAConflict()
    {
        QFETCH(bool, preferTheirs);
        Json ours = baseDocument();
        removeRecord(ours, "people", "bob");
        Json theirs = baseDocument();
        record(theirs, "people", "bob")["role"] = "Tester";
        const Merged merged =
            merge(ours, theirs, preferTheirs ? MergeSide::Theirs : MergeSide::Ours);
        QCOMPARE(conflictsText(merged.result),
                 QStringLiteral("person bob : removed in ours, changed in theirs"));
        QCOMPARE(merged.model.people().contains("bob"), preferTheirs);
    }

    void aRemovalBothSidesAgreeOnIsNoConflict()
    {
        Json ours = baseDocument();
        removeRecord(ours, "hazards", "hz");
        Json theirs = baseDocument();
        record(theirs, "elements", "app")["name"] = "Companion app";
        const Merged merged = merge(ours, theirs);
        QVERIFY(merged.result.clean());
        QVERIFY(!merged.model.hazards().contains("hz"));
    }

    // Ours deletes the phone app (and its flow, its place); theirs draws a new flow from it.
    void whatOneSideRemovedButTheOtherUsesComesBack()
    {
        Json ours = baseDocument();
        removeRecord(ours, "elements", "app");
        removeRecord(ours, "flows", "f1");
        record(ours, "threats", "t1")["status"] = "obsolete"; // as ours' analysis left it
        ours["diagrams"][0]["nodes"].erase("app");
        ours["diagrams"][0]["flows"].erase("f1");
        Json theirs = baseDocument();
        theirs["flows"].push_back(
            {{"id", "f2"}, {"source", "app"}, {"target", "log"}, {"name", "Sync"}});
        const Merged merged = merge(ours, theirs);
        QCOMPARE(merged.result.conflicts.size(), size_t(1));
        const MergeConflict &conflict = merged.result.conflicts.front();
        QCOMPARE(conflict.kind, std::string("element"));
        QCOMPARE(conflict.id, std::string("app"));
        QVERIFY2(conflict.reason.find("still used by flow f2") != std::string::npos,
                 conflict.reason.c_str());
        QVERIFY(conflict.ours.is_null());
        QVERIFY(merged.model.element("app"));
        QVERIFY(merged.model.flow("f2"));
        QVERIFY(!merged.model.flow("f1"));
    }

    void aMitigationRemovedButNewlyLinkedComesBack()
    {
        Json ours = baseDocument();
        removeRecord(ours, "mitigations", "m1");
        record(ours, "tests", "VT-001")["verifies"] = Json::array();
        Json theirs = baseDocument();
        record(theirs, "threats", "t1")["mitigations"] = {"m1"};
        const Merged merged = merge(ours, theirs);
        QCOMPARE(conflictsText(merged.result),
                 QStringLiteral("mitigation m1 : removed on one side, still used by threat t1 on "
                                "the other; kept"));
        QVERIFY(merged.model.mitigations().contains("m1"));
        QCOMPARE(found(merged.model.threats().find("t1")).mitigations, std::set<Id>{"m1"});
    }

    // Both sides analysed and numbered their new threats from the same counter.
    void newThreatsOfBothSidesGetDistinctNumbers()
    {
        Json ours = baseDocument();
        ours["threats"].push_back({{"id", "t-ours"}, {"number", 3}, {"category", "spoofing"},
                                   {"targets", {"app"}}, {"manual", true}});
        Json theirs = baseDocument();
        theirs["threats"].push_back({{"id", "t-theirs"}, {"number", 3},
                                     {"category", "repudiation"}, {"targets", {"log"}},
                                     {"manual", true}});
        const Merged merged = merge(ours, theirs);
        QVERIFY(merged.result.clean());
        QCOMPARE(found(merged.model.threats().find("t-ours")).number, 3);
        QCOMPARE(found(merged.model.threats().find("t-theirs")).number, 4);
        QCOMPARE(merged.model.info().nextThreatNumber, 5);
        QCOMPARE(merged.result.notes.size(), size_t(1));
        QVERIFY2(merged.result.notes[0].find("renumbered from #3 to #4") != std::string::npos,
                 merged.result.notes[0].c_str());
    }

    void newRequirementsUnderOneIdAreBothKept()
    {
        Json ours = baseDocument();
        ours["requirements"].push_back({{"id", "SR-002"}, {"text", "Log every bolus"}});
        Json theirs = baseDocument();
        theirs["requirements"].push_back({{"id", "SR-002"}, {"text", "Encrypt the link"}});
        theirs["mitigations"].push_back(
            {{"id", "m2"}, {"title", "Link encryption"}, {"requirements", {"SR-002"}}});
        const Merged merged = merge(ours, theirs);
        QVERIFY2(merged.result.clean(), qPrintable(conflictsText(merged.result)));
        QCOMPARE(found(merged.model.requirements().find("SR-002")).text, std::string("Log every bolus"));
        QCOMPARE(found(merged.model.requirements().find("SR-003")).text,
                 std::string("Encrypt the link"));
        QCOMPARE(found(merged.model.mitigations().find("m2")).requirements, std::set<Id>{"SR-003"});
        QCOMPARE(merged.model.info().nextRequirementNumber, 4);
    }

    void anElementMovedIntoTwoZonesIsAConflict()
    {
        Json ours = baseDocument();
        record(ours, "boundaries", "tb")["members"] = {"pump"};
        ours["boundaries"].push_back({{"id", "z-ours"}, {"name", "Storage"}, {"members", {"log"}}});
        Json theirs = baseDocument();
        record(theirs, "boundaries", "tb")["members"] = {"pump"};
        theirs["boundaries"].push_back(
            {{"id", "z-theirs"}, {"name", "Logging"}, {"members", {"log"}}});
        const Merged merged = merge(ours, theirs);
        QCOMPARE(conflictsText(merged.result),
                 QStringLiteral("element log zone: put in different trust zones on each side"));
        QCOMPARE(found(merged.model.boundary("z-ours")).members, std::set<Id>{"log"});
        QVERIFY(found(merged.model.boundary("z-theirs")).members.empty());
    }

    void zonesNestedInACycleAreAConflict()
    {
        Json ours = baseDocument();
        ours["boundaries"].push_back({{"id", "outer"}, {"name", "Outer"}});
        record(ours, "boundaries", "tb")["parent"] = "outer";
        Json theirs = ours;
        // Merged against the document with "outer" in it: ours nests tb in outer, theirs
        // outer in tb.
        record(theirs, "boundaries", "tb")["parent"] = nullptr;
        record(theirs, "boundaries", "outer")["parent"] = "tb";
        Json common = ours;
        record(common, "boundaries", "tb")["parent"] = nullptr;
        const MergeResult result = mergeModelDocuments(canonical(common), canonical(ours),
                                                       canonical(theirs));
        QCOMPARE(result.conflicts.size(), size_t(1));
        QCOMPARE(result.conflicts.front().field, std::string("parent"));
        const ThreatModel model = modelFromJson(result.document.dump());
        QCOMPARE(found(model.boundary("tb")).parent, std::string("outer"));
        QVERIFY(found(model.boundary("outer")).parent.empty());
    }

    void layoutMovedOnBothSidesTakesThePreferredPlace()
    {
        Json ours = baseDocument();
        ours["diagrams"][0]["nodes"]["pump"]["x"] = 40;
        Json theirs = baseDocument();
        theirs["diagrams"][0]["nodes"]["pump"]["x"] = 80;
        theirs["diagrams"][0]["nodes"]["app"]["y"] = 60;
        const Merged merged = merge(ours, theirs);
        QVERIFY(merged.result.clean());
        QCOMPARE(merged.result.notes.size(), size_t(1));
        const Diagram &diagram = found(merged.model.diagram("d"));
        QCOMPARE(diagram.nodes.at("pump").x, 40.0);
        QCOMPARE(diagram.nodes.at("app").y, 60.0);
    }

    void aRenameAndTheNextAnalysisDoNotConflictInThreatTexts()
    {
        Json ours = baseDocument();
        record(ours, "threats", "t1")["title"] = "Tampering with Dose";
        Json theirs = baseDocument();
        record(theirs, "threats", "t1")["title"] = "Tampering with Bolus command";
        const Merged merged = merge(ours, theirs);
        QVERIFY(merged.result.clean());
    }

    void countersTakeTheHigher()
    {
        Json ours = baseDocument();
        ours["model"]["nextThreatNumber"] = 10;
        Json theirs = baseDocument();
        theirs["model"]["nextThreatNumber"] = 12;
        const Merged merged = merge(ours, theirs);
        QVERIFY(merged.result.clean());
        QCOMPARE(merged.model.info().nextThreatNumber, 12);
    }
};

QTEST_GUILESS_MAIN(TestMerge)
#include "tst_merge.moc"
