// Baselines and the audit trail in the model (issue 13): a baseline freezes the model as
// `export` writes it, with a SHA-256 anyone can check with sha256sum; names are unique; an
// approval needs a name and a known meaning; a baseline changed after it was made is not used;
// both kinds of record survive the JSON round trip, stay out of diff and merge as sets.

#include "model/Baselines.h"
#include "model/Sha256.h"
#include "model/diff/ModelDiff.h"
#include "model/diff/ModelMerge.h"
#include "model/json/JsonInterchange.h"
#include "model/json/JsonParse.h"
#include "tests/support/ModelDocuments.h"

#include <QtTest>

#include <filesystem>
#include <fstream>

using namespace vigil;
using namespace vigil::testing;

namespace {

ThreatModel baseModel()
{
    return modelFromJson(baseDocument().dump());
}

std::chrono::system_clock::time_point at(int hour, int minute, int millisecond = 0)
{
    using namespace std::chrono;
    return sys_days{year{2026} / 12 / 2} + hours(hour) + minutes(minute)
           + milliseconds(millisecond);
}

QString modelError(const std::function<void()> &call)
{
    try {
        call();
    } catch (const ModelError &error) {
        return QString::fromUtf8(error.what());
    }
    return {};
}

} // namespace

class TestBaselines : public QObject {
    Q_OBJECT

private slots:
    // FIPS 180-4's examples, and a message that needs a second padding block.
    void sha256MatchesTheStandardsExamples_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QString>("digest");
        QTest::newRow("empty")
            << QByteArray() << "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        QTest::newRow("abc")
            << QByteArray("abc") << "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        QTest::newRow("two blocks")
            << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            << "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1";
        QTest::newRow("a million a")
            << QByteArray(1000000, 'a')
            << "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0";
    }
    void sha256MatchesTheStandardsExamples()
    {
        QFETCH(QByteArray, message);
        QFETCH(QString, digest);
        QCOMPARE(QString::fromStdString(
                     sha256Hex(std::string_view(message.constData(),
                                                static_cast<size_t>(message.size())))),
                 digest);
    }

    void aBaselineFreezesTheModelAsExportWritesIt()
    {
        ThreatModel model = baseModel();
        const Baseline baseline =
            makeBaseline(model, "  Rev A\t", "Ana", "design review", "2026-12-02T09:00:00Z");
        QCOMPARE(baseline.name, std::string("Rev A"));
        QCOMPARE(baseline.id, std::string("BL-001"));
        QCOMPARE(baseline.author, std::string("Ana"));
        QCOMPARE(baseline.snapshot, modelToJson(model));
        QCOMPARE(baseline.hash, "sha256:" + sha256Hex(modelToJson(model)));
        QVERIFY(snapshotIntact(baseline));
        QVERIFY(baselineModel(baseline).sameContent(model));

        // Later edits do not touch it; the next one gets the next id; names stay unique.
        model.baselines().put(baseline);
        Element pump = *model.element("pump");
        pump.name = "Pump firmware v2";
        model.updateElement(pump);
        QCOMPARE(baselineModel(*model.baselineNamed("Rev A")).element("pump")->name,
                 std::string("Pump firmware"));
        const Baseline next = makeBaseline(model, "Rev B", "Ana", "", "2026-12-03T09:00:00Z");
        QCOMPARE(next.id, std::string("BL-002"));
        // The snapshot leaves the document's own records out: Rev B does not hold Rev A.
        QVERIFY(next.snapshot.find("Rev A") == std::string::npos);
        QVERIFY(modelError([&] { makeBaseline(model, "Rev A", "Bo", "", ""); })
                    .contains("already has a baseline named \"Rev A\""));
        QVERIFY(modelError([&] { makeBaseline(model, "  ", "Bo", "", ""); })
                    .contains("needs a name"));
    }

    void aChangedSnapshotIsNotUsed()
    {
        Baseline baseline = makeBaseline(baseModel(), "Rev A", "Ana", "", "2026-12-02T09:00:00Z");
        baseline.snapshot.replace(baseline.snapshot.find("Pump firmware"), 4, "Pomp");
        QVERIFY(!snapshotIntact(baseline));
        QVERIFY(modelError([&] { baselineModel(baseline); })
                    .contains("baseline \"Rev A\" was changed after it was made"));
    }

    void approvalsNeedANameAndAKnownMeaning()
    {
        const Baseline baseline =
            makeBaseline(baseModel(), "Rev A", "Ana", "", "2026-12-02T09:00:00Z");
        const Baseline approved = withApproval(
            baseline, {" Dr. Sato ", "QA", "2026-12-02T10:00:00Z", "approved-for-release", ""});
        QCOMPARE(approved.approvals.size(), size_t(1));
        QCOMPARE(approved.approvals[0].by, std::string("Dr. Sato"));
        QCOMPARE(approved.snapshot, baseline.snapshot);
        QVERIFY(modelError([&] { withApproval(baseline, {"", "QA", "", "reviewed", ""}); })
                    .contains("approver's name"));
        QVERIFY(modelError([&] { withApproval(baseline, {"Bo", "", "", "signed", ""}); })
                    .contains("unknown approval meaning \"signed\""));
    }

    void aFileWithAtInItsNameIsAFile()
    {
        QCOMPARE(splitBaselineArgument("pump.vigil@Rev C"),
                 (std::pair<std::string, std::string>{"pump.vigil", "Rev C"}));
        QCOMPARE(splitBaselineArgument("pump.vigil"),
                 (std::pair<std::string, std::string>{"pump.vigil", ""}));
        QTemporaryDir dir;
        const std::string odd = QDir(dir.path()).filePath("team@site.json").toStdString();
        std::ofstream(odd) << "{}";
        QCOMPARE(splitBaselineArgument(odd), (std::pair<std::string, std::string>{odd, ""}));
    }

    void historyEntriesSortByTimeAndKeepTheirIds()
    {
        ThreatModel model = baseModel();
        std::vector<Id> many;
        for (int i = 0; i < kHistoryIdLimit + 50; ++i)
            many.push_back("t" + std::to_string(i));
        const std::vector<Id> later = recordHistory(model, {{"Analyze threats", many}}, "Bo",
                                                    at(10, 5, 250));
        const std::vector<Id> earlier = recordHistory(
            model, {{"Rename element", {"pump"}}, {"Add flow", {"f2", "app"}}}, "Ana", at(9, 0));
        QCOMPARE(earlier.size(), size_t(2));
        std::vector<std::string> actions;
        for (const auto &[id, entry] : model.history().all())
            actions.push_back(entry.action);
        QCOMPARE(actions, (std::vector<std::string>{"Rename element", "Add flow",
                                                    "Analyze threats"}));
        const HistoryEntry &analysis = *model.history().find(later[0]);
        QCOMPARE(analysis.time, std::string("2026-12-02T10:05:00Z"));
        QCOMPARE(analysis.author, std::string("Bo"));
        QCOMPARE(analysis.touched, kHistoryIdLimit + 50);
        QCOMPARE(analysis.ids.size(), size_t(kHistoryIdLimit));
        QVERIFY(QString::fromStdString(later[0]).startsWith("20261202T100500.250Z-"));
    }

    void touchedKeysNameTheObjects()
    {
        const std::vector<std::pair<Table, std::string>> keys{
            {Table::Element, "pump"},
            {Table::DiagramNode, diagramKey("d", "pump")},
            {Table::DiagramFlow, diagramKey("d", "f1")},
            {Table::Suppression, suppressionKey("log", "rule-x")},
            {Table::Info, ""},
            {Table::Threat, "t1"}};
        QCOMPARE(touchedIds(keys), (std::vector<Id>{"pump", "f1", "log", "model", "t1"}));
    }

    void theJournalTapHearsEveryChange()
    {
        ThreatModel model = baseModel();
        std::vector<std::pair<Table, std::string>> heard;
        model.setChangeTap(&heard);
        Element pump = *model.element("pump");
        pump.name = "Renamed";
        model.updateElement(pump);
        Mitigation mitigation = *model.mitigations().find("m1");
        mitigation.title = "Pairing v2";
        model.mitigations().put(mitigation);
        model.setChangeTap(nullptr);
        model.removeElement("log");
        QCOMPARE(touchedIds(heard), (std::vector<Id>{"pump", "m1"}));
    }

    void bothRoundTripThroughJson()
    {
        ThreatModel model = baseModel();
        Baseline baseline = makeBaseline(model, "Rev A", "Ana", "first", "2026-12-02T09:00:00Z");
        baseline = withApproval(baseline, {"Dr. Sato", "QA", "2026-12-02T10:00:00Z", "reviewed",
                                           "two tests are still open"});
        model.baselines().put(baseline);
        recordHistory(model, {{"Create Baseline Rev A", {"BL-001"}}}, "Ana", at(9, 0));
        const std::string text = modelToJson(model);
        const JsonImport read = importModelJson(text);
        QVERIFY(read.warnings.empty());
        QVERIFY(read.model.sameContent(model));
        QCOMPARE(modelToJson(read.model), text);
        // A baseline's snapshot is the model without the records of the document itself.
        QVERIFY(snapshotIntact(*read.model.baselineNamed("Rev A")));
        QCOMPARE(modelToJson(read.model, DocumentRecords::ModelOnly), baseline.snapshot);

        // Two baselines of one name are refused, naming where.
        Json document = parseJson(text);
        Json copy = document["baselines"][0];
        copy["id"] = "BL-002";
        document["baselines"].push_back(copy);
        try {
            importModelJson(document.dump());
            QFAIL("a duplicate baseline name was accepted");
        } catch (const JsonError &error) {
            QVERIFY2(QString::fromUtf8(error.what()).contains("$.baselines[1].name"),
                     error.what());
        }
    }

    // Diff compares models, not their documents: a baseline made or history written is no change.
    void diffLeavesTheDocumentsRecordsOut()
    {
        ThreatModel before = baseModel();
        ThreatModel after = before;
        after.baselines().put(makeBaseline(after, "Rev A", "Ana", "", "2026-12-02T09:00:00Z"));
        recordHistory(after, {{"Rename element", {"pump"}}}, "Ana", at(9, 0));
        QVERIFY(diffModels(before, after).equal());
    }

    // Two branches each saved changes and made a baseline: the merge keeps every history entry,
    // and both baselines, theirs renumbered and renamed apart.
    void mergeKeepsTheRecordsOfBothSides()
    {
        ThreatModel base = baseModel();
        ThreatModel ours = base;
        recordHistory(ours, {{"Rename element", {"pump"}}}, "Ana", at(9, 0));
        ours.baselines().put(makeBaseline(ours, "Rev C", "Ana", "ours", "2026-12-02T09:00:00Z"));
        ThreatModel theirs = base;
        recordHistory(theirs, {{"Add flow", {"f2"}}}, "Bo", at(9, 30));
        theirs.baselines().put(
            makeBaseline(theirs, "Rev C", "Bo", "theirs", "2026-12-02T09:30:00Z"));
        const MergeResult result = mergeModelDocuments(modelDocument(base), modelDocument(ours),
                                                       modelDocument(theirs), MergeSide::Ours);
        QVERIFY(result.clean());
        const JsonImport merged = importModelJson(result.document.dump());
        QVERIFY(merged.warnings.empty());
        QCOMPARE(merged.model.history().size(), size_t(2));
        QCOMPARE(merged.model.baselines().size(), size_t(2));
        const Baseline *kept = merged.model.baselineNamed("Rev C");
        QVERIFY(kept);
        QCOMPARE(kept->comment, std::string("ours"));
        const Baseline *renamed = merged.model.baselineNamed("Rev C (theirs)");
        QVERIFY(renamed);
        QCOMPARE(renamed->id, std::string("BL-002"));
        QVERIFY(snapshotIntact(*renamed));
        QCOMPARE(result.notes.size(), size_t(2));
    }
};

QTEST_GUILESS_MAIN(TestBaselines)
#include "tst_baselines.moc"
