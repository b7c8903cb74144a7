// ThreatModel: edits through the id-based API, zone queries and attack-path reachability.

#include "model/ThreatModel.h"

#include <QtTest>

using namespace vigil;

namespace {

Element makeElement(const Id &id, ElementKind kind, PropertyMap properties = {})
{
    Element element;
    element.id = id;
    element.kind = kind;
    element.name = "Name of " + id;
    element.properties = std::move(properties);
    return element;
}

Flow makeFlow(const Id &id, const Id &source, const Id &target, bool bidirectional = false)
{
    Flow flow;
    flow.id = id;
    flow.source = source;
    flow.target = target;
    flow.bidirectional = bidirectional;
    return flow;
}

TrustBoundary makeZone(const Id &id, const Id &parent, std::set<Id> members)
{
    TrustBoundary zone;
    zone.id = id;
    zone.name = "Zone " + id;
    zone.parent = parent;
    zone.members = std::move(members);
    return zone;
}

// hospital ⊃ ward ⊃ bedside; cloud separate.
//   nurse (EE, outside)  pump (P, bedside)  gateway (P, ward)  ehr (DS, hospital)  api (P, cloud)
ThreatModel hospitalModel()
{
    ThreatModel model;
    model.addElement(makeElement("nurse", ElementKind::ExternalEntity));
    model.addElement(makeElement("pump", ElementKind::Process, {{"safetyCritical", true}}));
    model.addElement(makeElement("gateway", ElementKind::Process));
    model.addElement(makeElement("ehr", ElementKind::DataStore, {{"safetyCritical", true}}));
    model.addElement(makeElement("api", ElementKind::Process));
    model.addBoundary(makeZone("hospital", {}, {"ehr"}));
    model.addBoundary(makeZone("ward", "hospital", {"gateway"}));
    model.addBoundary(makeZone("bedside", "ward", {"pump"}));
    model.addBoundary(makeZone("cloud", {}, {"api"}));
    model.addFlow(makeFlow("f-nurse-gw", "nurse", "gateway"));
    model.addFlow(makeFlow("f-gw-pump", "gateway", "pump"));
    model.addFlow(makeFlow("f-pump-ehr", "pump", "ehr"));
    model.addFlow(makeFlow("f-api-gw", "api", "gateway", true));
    model.addFlow(makeFlow("f-gw-ehr", "gateway", "ehr"));
    return model;
}

std::vector<Id> ids(std::initializer_list<const char *> list)
{
    return std::vector<Id>(list.begin(), list.end());
}

} // namespace

Q_DECLARE_METATYPE(std::vector<vigil::Id>)

class TestThreatModel : public QObject {
    Q_OBJECT

private slots:
    void crossedBoundaries_data()
    {
        QTest::addColumn<QString>("flow");
        QTest::addColumn<std::vector<Id>>("expected");
        QTest::newRow("outside into a zone nested two deep") << "f-nurse-gw"
                                                             << ids({"hospital", "ward"});
        QTest::newRow("one nesting level inward") << "f-gw-pump" << ids({"bedside"});
        QTest::newRow("innermost out to the outer zone") << "f-pump-ehr"
                                                         << ids({"bedside", "ward"});
        QTest::newRow("between two top-level zones") << "f-api-gw"
                                                     << ids({"cloud", "hospital", "ward"});
        QTest::newRow("from a nested zone to its parent") << "f-gw-ehr" << ids({"ward"});
    }

    void crossedBoundaries()
    {
        QFETCH(QString, flow);
        QFETCH(std::vector<Id>, expected);
        const ThreatModel model = hospitalModel();
        QCOMPARE(model.crossedBoundaries(flow.toStdString()), expected);
    }

    void flowInsideOneZoneCrossesNothing()
    {
        ThreatModel model = hospitalModel();
        model.addElement(makeElement("pump-log", ElementKind::DataStore));
        model.setMembership("pump-log", "bedside");
        model.addFlow(makeFlow("f-log", "pump", "pump-log"));
        QVERIFY(model.crossedBoundaries("f-log").empty());
    }

    void enclosingBoundariesInnermostFirst()
    {
        const ThreatModel model = hospitalModel();
        QCOMPARE(model.enclosingBoundaries("pump"), ids({"bedside", "ward", "hospital"}));
        QVERIFY(model.enclosingBoundaries("nurse").empty());
        QVERIFY(model.boundaryContains("hospital", "bedside"));
        QVERIFY(!model.boundaryContains("bedside", "hospital"));
    }

    void flowsOfAnElement()
    {
        const ThreatModel model = hospitalModel();
        QCOMPARE(model.flowsOf("gateway"),
                 ids({"f-api-gw", "f-gw-ehr", "f-gw-pump", "f-nurse-gw"}));
        QCOMPARE(model.flowsOf("nurse"), ids({"f-nurse-gw"}));
    }

    void removeElementTakesFlowsAndRestoreBringsThemBack()
    {
        ThreatModel model = hospitalModel();
        Diagram diagram;
        diagram.id = "d";
        model.addDiagram(diagram);
        model.setNodeRect("d", "gateway", {10, 20, 160, 80});
        model.setFlowLayout("d", "f-gw-pump", {{{1, 2}}, std::nullopt});
        const ThreatModel before = model;

        const RemovedElement removed = model.removeElement("gateway");
        QCOMPARE(removed.flows.size(), size_t(4));
        QCOMPARE(removed.boundary, Id("ward"));
        QVERIFY(!model.element("gateway"));
        QVERIFY(!model.flow("f-gw-pump"));
        QVERIFY(model.boundary("ward")->members.empty());
        QVERIFY(model.diagram("d")->nodes.empty());
        QVERIFY(model.diagram("d")->flows.empty());

        model.restoreElement(removed);
        QVERIFY(model.sameContent(before));
    }

    void removeBoundaryHandsMembersToParentAndRestores()
    {
        ThreatModel model = hospitalModel();
        const ThreatModel before = model;
        const RemovedBoundary removed = model.removeBoundary("ward");
        QCOMPARE(model.boundaryOf("gateway"), Id("hospital"));
        QCOMPARE(model.boundary("bedside")->parent, Id("hospital"));
        QCOMPARE(model.crossedBoundaries("f-nurse-gw"), ids({"hospital"}));
        model.restoreBoundary(removed);
        QVERIFY(model.sameContent(before));
    }

    void rejectedEditsChangeNothing_data()
    {
        QTest::addColumn<int>("edit");
        QTest::newRow("duplicate element id") << 0;
        QTest::newRow("flow to unknown element") << 1;
        QTest::newRow("flow to itself") << 2;
        QTest::newRow("zone nested in itself") << 3;
        QTest::newRow("element in two zones") << 4;
        QTest::newRow("zone with unknown parent") << 5;
        QTest::newRow("flow id used by an element") << 6;
        QTest::newRow("reconnect flow to unknown element") << 7;
    }

    void rejectedEditsChangeNothing()
    {
        QFETCH(int, edit);
        ThreatModel model = hospitalModel();
        const ThreatModel before = model;
        const auto attempt = [&] {
            switch (edit) {
            case 0: model.addElement(makeElement("pump", ElementKind::Process)); break;
            case 1: model.addFlow(makeFlow("f-x", "pump", "nowhere")); break;
            case 2: model.addFlow(makeFlow("f-x", "pump", "pump")); break;
            case 3: {
                TrustBoundary hospital = *model.boundary("hospital");
                hospital.parent = "bedside";
                model.updateBoundary(hospital);
                break;
            }
            case 4: model.addBoundary(makeZone("other", {}, {"pump"})); break;
            case 5: model.addBoundary(makeZone("other", "missing", {})); break;
            case 6: model.addFlow(makeFlow("pump", "nurse", "gateway")); break;
            case 7: {
                Flow flow = *model.flow("f-gw-pump");
                flow.target = "nowhere";
                model.updateFlow(flow);
                break;
            }
            }
        };
        QVERIFY_THROWS_EXCEPTION(ModelError, attempt());
        QVERIFY(model.sameContent(before));
    }

    void untrustedEntityReachesSafetyCriticalElements()
    {
        const ThreatModel model = hospitalModel();
        const auto paths = model.untrustedReachability();
        std::map<Id, AttackPath> byTarget;
        for (const AttackPath &path : paths) {
            QCOMPARE(path.entity, Id("nurse"));
            byTarget[path.target] = path;
        }
        QCOMPARE(byTarget.size(), size_t(2));
        QCOMPARE(byTarget["pump"].flows, ids({"f-nurse-gw", "f-gw-pump"}));
        QCOMPARE(byTarget["pump"].boundaries, ids({"hospital", "ward", "bedside"}));
        // Breadth-first: the direct gateway -> EHR flow, not the detour through the pump.
        QCOMPARE(byTarget["ehr"].flows, ids({"f-nurse-gw", "f-gw-ehr"}));
    }

    void reachabilityFollowsFlowDirection()
    {
        ThreatModel model;
        model.addElement(makeElement("attacker", ElementKind::ExternalEntity));
        model.addElement(makeElement("pump", ElementKind::Process, {{"safetyCritical", true}}));
        model.addElement(makeElement("display", ElementKind::Process, {{"safetyCritical", true}}));
        model.addFlow(makeFlow("out", "pump", "attacker"));           // data only leaves
        model.addFlow(makeFlow("both", "attacker", "display", true)); // two-way link
        const auto paths = model.untrustedReachability();
        QCOMPARE(paths.size(), size_t(1));
        QCOMPARE(paths.front().target, Id("display"));
    }

    void trustedEntitiesAreNotAttackers()
    {
        ThreatModel model = hospitalModel();
        Element nurse = *model.element("nurse");
        nurse.properties["trusted"] = true;
        model.updateElement(nurse);
        QVERIFY(model.untrustedReachability().empty());
    }

    void journalRecordsTouchedKeys()
    {
        ThreatModel model = hospitalModel();
        model.clearChanges();
        Element pump = *model.element("pump");
        pump.name = "Renamed pump";
        model.updateElement(pump);
        QCOMPARE(model.changes().touched.size(), size_t(1));
        QCOMPARE(model.changes().touched.at(Table::Element), std::set<std::string>{"pump"});

        model.clearChanges();
        model.removeElement("nurse");
        QVERIFY(model.changes().touched.at(Table::Element).count("nurse"));
        QVERIFY(model.changes().touched.at(Table::Flow).count("f-nurse-gw"));
    }

    void copiesAreIndependent()
    {
        ThreatModel original = hospitalModel();
        ThreatModel copy = original;
        copy.removeElement("pump");
        QVERIFY(original.element("pump"));
        QCOMPARE(original.flowsOf("pump").size(), size_t(2));
        ThreatModel moved = std::move(copy);
        QVERIFY(!moved.element("pump"));
        Threat threat;
        threat.id = "t1";
        moved.threats().put(threat);
        QVERIFY(moved.changes().touched.at(Table::Threat).count("t1"));
    }
};

QTEST_APPLESS_MAIN(TestThreatModel)
#include "tst_threatmodel.moc"
