// Model diff (issue 13): every kind of change, record by record and field by field; a diagram's
// layout summarised; the texts an analysis writes into a rule's threat left out, a manual
// threat's compared; equal models compare equal whatever file they came from.

#include "model/diff/ModelDiff.h"
#include "model/json/JsonInterchange.h"
#include "model/store/DocumentStore.h"
#include "tests/support/ModelDocuments.h"

#include <QtTest>

#include <functional>

using namespace vigil;
using Json = nlohmann::json;
using namespace vigil::testing;
using Edit = std::function<void(Json &)>;
Q_DECLARE_METATYPE(Edit)

namespace {

ThreatModel modelOf(const Json &document)
{
    return modelFromJson(document.dump());
}

// "kind id change field,field" per change, in the diff's order.
QStringList described(const ModelDiff &diff)
{
    QStringList lines;
    for (const RecordChange &change : diff.changes) {
        QString line = QString::fromStdString(change.kind);
        if (!change.id.empty())
            line += ' ' + QString::fromStdString(change.id);
        line += ' ' + QString::fromUtf8(toString(change.change).data(),
                                        static_cast<int>(toString(change.change).size()));
        QStringList fields;
        for (const FieldChange &field : change.fields)
            fields << QString::fromStdString(field.field)
                          + (field.summary.empty()
                                 ? QString()
                                 : '(' + QString::fromStdString(field.summary) + ')');
        if (!fields.isEmpty())
            line += ' ' + fields.join(',');
        lines << line;
    }
    return lines;
}

} // namespace

class TestDiff : public QObject {
    Q_OBJECT

private slots:
    void equalModelsAreEqual()
    {
        const ThreatModel model = modelOf(baseDocument());
        const ModelDiff diff = diffModels(model, modelOf(baseDocument()));
        QVERIFY2(diff.equal(), qPrintable(described(diff).join('\n')));
    }

    void everyKindOfChange_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QStringList>("expected");
        const auto row = [](const char *tag, Edit edit, QStringList expected) {
            QTest::newRow(tag) << edit << expected;
        };
        row("model renamed", [](Json &d) { d["model"]["name"] = "Pump v2"; },
            {"model changed name"});
        row("risk scheme", [](Json &d) { d["riskScheme"] = {{"cvssAcceptableBelow", 5.0}}; },
            {"setting riskScheme changed cvssAcceptableBelow"});
        row("element renamed",
            [](Json &d) { record(d, "elements", "pump")["name"] = "Pump FW"; },
            {"element pump changed name"});
        row("element property",
            [](Json &d) { record(d, "elements", "pump")["properties"]["safetyCritical"] = false; },
            {"element pump changed properties.safetyCritical"});
        row("element added",
            [](Json &d) {
                d["elements"].push_back({{"id", "cloud"}, {"kind", "process"}});
                d["diagrams"][0]["nodes"]["cloud"] = {{"x", 600}, {"y", 0}};
            },
            {"element cloud added", "diagram d changed layout(1 placed)"});
        row("element removed with its membership and place",
            [](Json &d) {
                removeRecord(d, "elements", "log");
                d["boundaries"][0]["members"] = {"pump"};
                d["diagrams"][0]["nodes"].erase("log");
            },
            {"element log removed", "zone tb changed members",
             "diagram d changed layout(1 taken off)"});
        row("flow protocol", [](Json &d) { record(d, "flows", "f1")["protocol"] = "BLE 5"; },
            {"flow f1 changed protocol"});
        row("flow made encrypted",
            [](Json &d) { record(d, "flows", "f1")["properties"] = {{"encrypted", true}}; },
            {"flow f1 changed properties.encrypted"});
        row("zone renamed", [](Json &d) { record(d, "boundaries", "tb")["name"] = "Enclosure"; },
            {"zone tb changed name"});
        row("node moved and resized, route bent",
            [](Json &d) {
                d["diagrams"][0]["nodes"]["app"]["x"] = 320;
                d["diagrams"][0]["nodes"]["tb"]["width"] = 260;
                d["diagrams"][0]["flows"]["f1"]["bends"] = {{{"x", 100}, {"y", 50}}};
            },
            {"diagram d changed layout(1 moved, 1 resized; 1 flow route changed)"});
        row("diagram renamed", [](Json &d) { d["diagrams"][0]["name"] = "Level 0"; },
            {"diagram d changed name"});
        row("threat decided",
            [](Json &d) {
                Json &t = record(d, "threats", "t1");
                t["status"] = "mitigated";
                t["mitigations"] = {"m1"};
                t["riskAfter"] = {{"method", "matrix"}, {"exploitability", 1}, {"severity", 4}};
            },
            {"threat t1 changed mitigations,riskAfter.exploitability,riskAfter.method,"
             "riskAfter.severity,status"});
        row("risk severity", [](Json &d) {
                Json &t = record(d, "threats", "t1");
                t["riskBefore"] = {{"method", "matrix"}, {"exploitability", 3}, {"severity", 4}};
            }, {"threat t1 changed riskBefore.exploitability,riskBefore.method,"
                "riskBefore.severity"});
        row("rule threat text follows a rename",
            [](Json &d) { record(d, "threats", "t1")["title"] = "Tampering with Dose"; }, {});
        row("manual threat retitled",
            [](Json &d) { record(d, "threats", "t2")["title"] = "Impostor pump"; },
            {"threat t2 changed title"});
        row("threat turned obsolete",
            [](Json &d) { record(d, "threats", "t1")["status"] = "obsolete"; },
            {"threat t1 changed status"});
        row("new threat",
            [](Json &d) {
                d["threats"].push_back({{"id", "t3"}, {"number", 3}, {"category", "spoofing"},
                                        {"targets", {"app"}}});
            },
            {"model changed nextThreatNumber", "threat t3 added"});
        row("mitigation retitled",
            [](Json &d) { record(d, "mitigations", "m1")["title"] = "Secure pairing"; },
            {"mitigation m1 changed title"});
        row("requirement reworded",
            [](Json &d) { record(d, "requirements", "SR-001")["text"] = "Authenticate"; },
            {"requirement SR-001 changed text"});
        row("test passed",
            [](Json &d) {
                Json &t = record(d, "tests", "VT-001");
                t["result"] = "pass";
                t["performedBy"] = "bob";
            },
            {"test VT-001 changed performedBy,result"});
        row("person removed", [](Json &d) { removeRecord(d, "people", "alice"); },
            {"person alice removed"});
        row("hazard added",
            [](Json &d) { d["hazards"].push_back({{"id", "hz2"}, {"title", "Underdose"}}); },
            {"hazard hz2 added"});
        row("suppression added",
            [](Json &d) {
                d["suppressions"] = {{{"element", "pump"}, {"rule", "process-dos"},
                                      {"reason", "Watchdog"}}};
            },
            {"suppression pump/process-dos added"});
    }

    void everyKindOfChange()
    {
        QFETCH(Edit, edit);
        QFETCH(QStringList, expected);
        Json changed = baseDocument();
        edit(changed);
        const ModelDiff diff = diffModels(modelOf(baseDocument()), modelOf(changed));
        QCOMPARE(described(diff), expected);
        QCOMPARE(diff.equal(), expected.isEmpty());
        // Backwards, additions are removals and the same fields changed.
        const ModelDiff back = diffModels(modelOf(changed), modelOf(baseDocument()));
        QCOMPARE(back.changes.size(), diff.changes.size());
    }

    void fieldValuesAndLabels()
    {
        Json changed = baseDocument();
        record(changed, "elements", "pump")["name"] = "Pump FW";
        record(changed, "threats", "t2")["status"] = "accepted";
        removeRecord(changed, "people", "bob");
        const ModelDiff diff = diffModels(modelOf(baseDocument()), modelOf(changed));
        QCOMPARE(diff.changes.size(), size_t(3));
        const RecordChange &element = diff.changes[0];
        QCOMPARE(element.label, std::string("Pump FW"));
        QCOMPARE(element.fields[0].before, Json("Pump firmware"));
        QCOMPARE(element.fields[0].after, Json("Pump FW"));
        QCOMPARE(diff.changes[1].label, std::string("Bob")); // removed: its old name
        QVERIFY(diff.changes[1].change == RecordChangeKind::Removed);
        QCOMPARE(diff.changes[2].label, std::string("#2 Fake pump"));
        QCOMPARE(diff.changes[2].fields[0].before, Json("open"));
        QCOMPARE(diff.changes[2].fields[0].after, Json("accepted"));
    }

    // The same model as a .vigil document and as JSON: no differences.
    void formatDoesNotMatter()
    {
        QTemporaryDir dir;
        const std::filesystem::path file = dir.filePath("m.vigil").toStdString();
        ThreatModel model = modelOf(baseDocument());
        saveDocument(model, file, SaveMode::Full);
        const ModelDiff diff = diffModels(model, loadDocument(file).model);
        QVERIFY2(diff.equal(), qPrintable(described(diff).join('\n')));
    }
};

QTEST_GUILESS_MAIN(TestDiff)
#include "tst_diff.moc"
