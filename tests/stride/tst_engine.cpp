// Enumeration: boundary crossings (nested zones too, once per flow), id stability, scope,
// suppression, copy and paste, explanations.

#include "StrideTestSupport.h"

#include <QtTest>

using namespace vigil;
using namespace vigil::stride;
using namespace vigil::stride::testing;

namespace {

// Rules that fire on everything: one per element, one per flow, one per crossing, and one flow
// rule that only fires when the flow crosses a boundary.
RulePackPtr everythingPack()
{
    return makePack(ruleJson("E1", R"(["element"])", "") + ","
                    + ruleJson("F1", R"(["flow"])", "") + ","
                    + ruleJson("X1", R"(["crossing"])", "") + ","
                    + ruleJson("FC", R"(["flow"])", "flow.crossesBoundary"));
}

// Zones: "a" with nested "a1" and "a2", and a separate top-level "b".
ThreatModel zonedModel(const std::string &sourceZone, const std::string &targetZone)
{
    ThreatModel model;
    model.addBoundary(makeZone("a"));
    model.addBoundary(makeZone("a1", "a"));
    model.addBoundary(makeZone("a2", "a"));
    model.addBoundary(makeZone("b"));
    model.addElement(makeElement("src", ElementKind::ExternalEntity));
    model.addElement(makeElement("dst", ElementKind::Process));
    if (!sourceZone.empty())
        model.setMembership("src", sourceZone);
    if (!targetZone.empty())
        model.setMembership("dst", targetZone);
    model.addFlow(makeFlow("f", "src", "dst"));
    return model;
}

ThreatModel smallSystem()
{
    ThreatModel model;
    model.addBoundary(makeZone("device"));
    model.addElement(makeElement("app", ElementKind::ExternalEntity));
    model.addElement(makeElement("fw", ElementKind::Process, {{"runsAsPrivileged", true}}));
    model.addElement(makeElement("log", ElementKind::DataStore, {{"storesLogs", true}}));
    model.setMembership("fw", "device");
    model.setMembership("log", "device");
    model.addFlow(makeFlow("cmd", "app", "fw", {{"carriesCommands", true}}));
    model.addFlow(makeFlow("write", "fw", "log"));
    Diagram diagram;
    diagram.id = "d";
    diagram.name = "DFD";
    model.addDiagram(diagram);
    model.setNodeRect("d", "fw", {0, 0, 100, 50});
    return model;
}

} // namespace

class TestEngine : public QObject {
    Q_OBJECT

private slots:
    void crossings_data()
    {
        QTest::addColumn<QString>("sourceZone");
        QTest::addColumn<QString>("targetZone");
        QTest::addColumn<QStringList>("crossed"); // in the order a message meets them
        QTest::newRow("no zones at all") << "" << "" << QStringList{};
        QTest::newRow("both in the same zone") << "a" << "a" << QStringList{};
        QTest::newRow("both in the same nested zone") << "a1" << "a1" << QStringList{};
        QTest::newRow("out of a zone") << "a" << "" << QStringList{"a"};
        QTest::newRow("into a zone") << "" << "b" << QStringList{"b"};
        QTest::newRow("out of a nested zone: both levels, inner first")
            << "a1" << "" << QStringList{"a1", "a"};
        QTest::newRow("into a nested zone: outer first") << "" << "a2" << QStringList{"a", "a2"};
        QTest::newRow("from nested zone to its parent") << "a1" << "a" << QStringList{"a1"};
        QTest::newRow("between sibling nested zones") << "a1" << "a2"
                                                      << QStringList{"a1", "a2"};
        QTest::newRow("from nested zone to another top zone")
            << "a1" << "b" << QStringList{"a1", "a", "b"};
    }

    void crossings()
    {
        QFETCH(QString, sourceZone);
        QFETCH(QString, targetZone);
        QFETCH(QStringList, crossed);
        const ThreatModel model = zonedModel(sourceZone.toStdString(), targetZone.toStdString());
        const Analysis analysis = analyze(model, {everythingPack()});
        // One threat per flow, however many zones it crosses: the flow, then the zones.
        std::vector<std::vector<Id>> expected;
        if (!crossed.isEmpty()) {
            expected.push_back({"f"});
            for (const QString &zone : crossed)
                expected.front().push_back(zone.toStdString());
        }
        QCOMPARE(targetsOf(analysis, "X1"), expected);
        QCOMPARE(targetsOf(analysis, "F1"), (std::vector<std::vector<Id>>{{"f"}}));
        QCOMPARE(targetsOf(analysis, "FC").size(), size_t(crossed.isEmpty() ? 0 : 1));
        // The engine agrees with the model's own definition of crossing.
        std::vector<Id> fromModel = model.crossedBoundaries("f");
        QCOMPARE(fromModel.size(), size_t(crossed.size()));
    }

    void idsAreHashesOfRuleAndTargets()
    {
        const ThreatModel model = zonedModel("a", "");
        const Analysis analysis = analyze(model, {everythingPack()});
        for (const Finding &finding : analysis.findings()) {
            const std::string id = analysis.threatId(finding);
            QCOMPARE(id.size(), size_t(18));
            QVERIFY(id.rfind("T-", 0) == 0);
            // The element or flow only: a crossing threat's zones are not part of its identity.
            QCOMPARE(id, threatId(analysis.rule(finding).id, {analysis.targets(finding).front()}));
        }
        QVERIFY(threatId("R", {"ab"}) != threatId("R", {"a", "b"}));
        QVERIFY(threatId("R1", {"x"}) != threatId("R", {"1x"}));
    }

    void idsSurviveEdits_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::newRow("re-run") << "rerun";
        QTest::newRow("rename an element") << "rename-element";
        QTest::newRow("rename a flow") << "rename-flow";
        QTest::newRow("move an element on the diagram") << "move";
        QTest::newRow("add unrelated elements and flows") << "add";
        QTest::newRow("change an unrelated property") << "property";
        QTest::newRow("nest the zone in a new one") << "nest";
    }

    void idsSurviveEdits()
    {
        QFETCH(QString, edit);
        ThreatModel model = smallSystem();
        const auto packs = shippedPacks();
        const std::set<std::string> before = threatIds(analyze(model, packs));
        if (edit == "rename-element") {
            Element fw = *model.element("fw");
            fw.name = "Pump firmware v2";
            model.updateElement(fw);
        } else if (edit == "rename-flow") {
            Flow cmd = *model.flow("cmd");
            cmd.name = "Bolus command";
            model.updateFlow(cmd);
        } else if (edit == "move") {
            model.setNodeRect("d", "fw", {300, 200, 100, 50});
        } else if (edit == "add") {
            model.addElement(makeElement("cloud", ElementKind::Process));
            model.addFlow(makeFlow("sync", "cloud", "app"));
        } else if (edit == "property") {
            Element app = *model.element("app");
            app.properties["technology"] = std::string("iOS 17");
            model.updateElement(app);
        } else if (edit == "nest") {
            model.addBoundary(makeZone("campus"));
            TrustBoundary device = *model.boundary("device");
            device.parent = "campus";
            model.updateBoundary(device);
        }
        const std::set<std::string> after = threatIds(analyze(model, packs));
        QVERIFY(std::includes(after.begin(), after.end(), before.begin(), before.end()));
        if (edit != "add")
            QCOMPARE(after, before);
    }

    void outOfScopeGetsNoThreats()
    {
        ThreatModel model = smallSystem();
        Element log = *model.element("log");
        log.outOfScope = true;
        log.outOfScopeReason = "Provided by the RTOS vendor";
        model.updateElement(log);
        Flow cmd = *model.flow("cmd");
        cmd.outOfScope = true;
        model.updateFlow(cmd);
        const Analysis analysis = analyze(model, {everythingPack()});
        QCOMPARE(targetsOf(analysis, "E1"), (std::vector<std::vector<Id>>{{"app"}, {"fw"}}));
        QCOMPARE(targetsOf(analysis, "F1"), (std::vector<std::vector<Id>>{{"write"}}));
        QVERIFY(targetsOf(analysis, "X1").empty()); // only "cmd" crossed a zone
    }

    void suppressionHoldsOneRuleForOneElement()
    {
        ThreatModel model = smallSystem();
        const auto packs = shippedPacks();
        const ThreatModel unsuppressed = model;
        const Analysis before = analyze(unsuppressed, packs);
        model.addSuppression({"fw", "SD-P-E-03", "Kernel mode is required by the RTOS port"});
        const Analysis after = analyze(model, packs);
        QCOMPARE(after.threatCount(), before.threatCount() - 1);
        QCOMPARE(after.suppressedCount(), size_t(1));
        for (const Finding &finding : after.findings()) {
            if (!finding.suppressed)
                continue;
            QCOMPARE(after.rule(finding).id, std::string("SD-P-E-03"));
            QCOMPARE(after.targets(finding), std::vector<Id>{"fw"});
            QVERIFY(after.suppression(finding));
            QVERIFY(after.why(finding).find("Kernel mode is required") != std::string::npos);
        }
        QVERIFY(targetsOf(after, "SD-P-T-01") == targetsOf(before, "SD-P-T-01"));
    }

    // Pasting copies creates threats for the copies only: nothing of the originals multiplies.
    void copyPasteDoesNotMultiplyThreats()
    {
        ThreatModel model = smallSystem();
        const auto packs = shippedPacks();
        // An Analysis refers to the model it read, so take what we need before editing.
        std::set<std::string> originalIds;
        size_t originalCount = 0;
        size_t fwAndLogBefore = 0;
        {
            const Analysis original = analyze(model, packs);
            originalIds = threatIds(original);
            originalCount = original.threatCount();
            for (const Finding &finding : original.findings()) {
                const Id target = original.targets(finding).front();
                fwAndLogBefore += target == "fw" || target == "log" || target == "write";
            }
        }
        QVERIFY(fwAndLogBefore > 10);
        for (const char *id : {"fw", "log"}) {
            Element copy = *model.element(id);
            copy.id = std::string(id) + "-copy";
            model.addElement(copy);
            model.setMembership(copy.id, "device");
        }
        Flow copy = *model.flow("write");
        copy.id = "write-copy";
        copy.source = "fw-copy";
        copy.target = "log-copy";
        model.addFlow(copy);
        const Analysis pasted = analyze(model, packs);
        const std::set<std::string> pastedIds = threatIds(pasted);
        QVERIFY(std::includes(pastedIds.begin(), pastedIds.end(), originalIds.begin(),
                              originalIds.end()));
        size_t ofCopies = 0;
        for (const Finding &finding : pasted.findings())
            ofCopies += pasted.targets(finding).front().find("-copy") != std::string::npos;
        QCOMPARE(pasted.threatCount(), originalCount + ofCopies);
        QCOMPARE(ofCopies, fwAndLogBefore); // the copies get what the originals have
    }

    void explainsWhyItFired()
    {
        const ThreatModel model = smallSystem();
        const Analysis analysis = analyze(model, shippedPacks());
        bool seen = false;
        for (const Finding &finding : analysis.findings()) {
            if (analysis.rule(finding).id != "SD-F-T-02")
                continue;
            seen = true;
            const std::string why = analysis.why(finding);
            QVERIFY2(why.find("SD-F-T-02") != std::string::npos, why.c_str());
            QVERIFY2(why.find("stride-default " + shippedPack("stride-default")->version())
                         != std::string::npos,
                     why.c_str());
            QVERIFY2(why.find("flow.carriesCommands = true") != std::string::npos, why.c_str());
            QVERIFY2(why.find("flow.replayProtected = false") != std::string::npos, why.c_str());
            QCOMPARE(analysis.title(finding), std::string("Replay of commands on Name of cmd"));
        }
        QVERIFY(seen);
    }

    void templatesNameTheParts()
    {
        ThreatModel model = zonedModel("a", "");
        const auto pack = makePack(
            R"json({"id": "T1", "category": "spoofing", "appliesTo": "crossing",
                "title": "{source} to {target} over {protocol} across {boundary} ({name})",
                "description": "Braces: {{x}}.", "severity": "low"})json");
        Flow flow = *model.flow("f");
        flow.protocol = "BLE";
        model.updateFlow(flow);
        const Analysis analysis = analyze(model, {pack});
        QCOMPARE(analysis.threatCount(), size_t(1));
        const Finding &finding = analysis.findings().front();
        QCOMPARE(analysis.title(finding),
                 std::string("Name of src to Name of dst over BLE across Zone a (Name of f)"));
        QCOMPARE(analysis.description(finding), std::string("Braces: {x}."));
    }

    // {boundary} names every zone a flow crosses, in crossing order, as a list a reader follows.
    void crossingTitlesNameEveryZone_data()
    {
        QTest::addColumn<QString>("sourceZone");
        QTest::addColumn<QString>("targetZone");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("why");
        QTest::newRow("one zone") << "a" << "" << "across Zone a" << R"(crossing "Zone a")";
        QTest::newRow("nested zones") << "a1" << "" << "across Zone a1 and Zone a"
                                      << R"(crossing "Zone a1" and "Zone a")";
        QTest::newRow("three zones") << "a1" << "b" << "across Zone a1, Zone a and Zone b"
                                     << R"(crossing "Zone a1", "Zone a" and "Zone b")";
    }

    void crossingTitlesNameEveryZone()
    {
        QFETCH(QString, sourceZone);
        QFETCH(QString, targetZone);
        QFETCH(QString, title);
        QFETCH(QString, why);
        const ThreatModel model = zonedModel(sourceZone.toStdString(), targetZone.toStdString());
        const auto pack = makePack(
            R"json({"id": "T1", "category": "spoofing", "appliesTo": "crossing",
                "title": "across {boundary}", "description": "d", "severity": "low"})json");
        const Analysis analysis = analyze(model, {pack});
        QCOMPARE(analysis.threatCount(), size_t(1));
        const Finding &finding = analysis.findings().front();
        QCOMPARE(QString::fromStdString(analysis.title(finding)), title);
        const std::string explanation = analysis.why(finding);
        QVERIFY2(explanation.find(why.toStdString()) != std::string::npos, explanation.c_str());
    }

    void clashingPacksAreRefused()
    {
        const ThreatModel model = smallSystem();
        const auto first = makePack(ruleJson("R1", R"(["process"])", ""));
        QVERIFY_THROWS_EXCEPTION(AnalysisError, analyze(model, {first, first}));
        const std::string otherPack =
            R"({"format": "vigil-rule-pack", "formatVersion": 1, "id": "other", "version": "1",)"
            R"( "title": "Other", "rules": [)" + ruleJson("R1", R"(["flow"])", "") + "]}";
        const auto renamed =
            std::make_shared<const RulePack>(loadRulePack(otherPack, "other.json"));
        QVERIFY_THROWS_EXCEPTION(AnalysisError, analyze(model, {first, renamed}));
    }

    void suggestedMitigationsByRule()
    {
        const ThreatModel model = smallSystem();
        const Analysis analysis = analyze(model, shippedPacks());
        const Rule *rule = analysis.findRule("MD-FW-T-01");
        QVERIFY(rule);
        QVERIFY(!rule->mitigations.empty());
        QCOMPARE(rule->mitigations.front().controlCategory,
                 std::string("code-data-execution-integrity"));
        QVERIFY(!analysis.findRule("NO-SUCH-RULE"));
    }
};

QTEST_APPLESS_MAIN(TestEngine)
#include "tst_engine.moc"
