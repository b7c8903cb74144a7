// DiagramScene: items built from a Document and kept in step with its signals.

#include "model/Synth.h"
#include "views/document/Commands.h"
#include "views/diagram/DiagramItems.h"
#include "views/diagram/DiagramScene.h"
#include "views/document/Document.h"

#include <QElapsedTimer>
#include <QTest>

using namespace vigil;

namespace {

// A phone app (outside), a pump process and its log (inside the pump zone):
// "cmd" crosses the zone, "log" does not.
Element element(const Id &id, ElementKind kind, const std::string &name)
{
    Element result;
    result.id = id;
    result.kind = kind;
    result.name = name;
    return result;
}

Flow flow(const Id &id, const Id &source, const Id &target, const std::string &name)
{
    Flow result;
    result.id = id;
    result.source = source;
    result.target = target;
    result.name = name;
    return result;
}

ThreatModel smallModel()
{
    ThreatModel model;
    model.addElement(element("app", ElementKind::ExternalEntity, "Phone app"));
    Element pump = element("pump", ElementKind::Process, "Pump firmware");
    pump.properties["safetyCritical"] = true;
    model.addElement(pump);
    model.addElement(element("log", ElementKind::DataStore, "Event log"));
    TrustBoundary zone;
    zone.id = "zone";
    zone.name = "Pump enclosure";
    zone.members = {"pump", "log"};
    model.addBoundary(zone);
    Flow command = flow("cmd", "app", "pump", "Bolus command");
    command.protocol = "BLE";
    model.addFlow(command);
    model.addFlow(flow("write", "pump", "log", "Events"));
    Diagram diagram;
    diagram.id = "dfd";
    diagram.name = "Level 0";
    model.addDiagram(diagram);
    model.setNodeRect("dfd", "app", {0, 100, 160, 80});
    model.setNodeRect("dfd", "zone", {300, 40, 300, 320});
    model.setNodeRect("dfd", "pump", {360, 100, 160, 80});
    model.setNodeRect("dfd", "log", {360, 240, 160, 80});
    model.setFlowLayout("dfd", "cmd", {});
    model.setFlowLayout("dfd", "write", {});
    return model;
}

QRectF sceneRectOf(const NodeItem *node)
{
    return QRectF(node->pos(), node->size());
}

bool onBorder(const QRectF &rect, QPointF point)
{
    constexpr double tolerance = 0.5;
    const bool inside = rect.adjusted(-tolerance, -tolerance, tolerance, tolerance).contains(point);
    const bool nearEdge = std::abs(point.x() - rect.left()) < tolerance
                          || std::abs(point.x() - rect.right()) < tolerance
                          || std::abs(point.y() - rect.top()) < tolerance
                          || std::abs(point.y() - rect.bottom()) < tolerance;
    return inside && nearEdge;
}

} // namespace

class tst_DiagramScene : public QObject {
    Q_OBJECT

private slots:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void oneItemPerModelObject_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("type");
        QTest::newRow("external entity") << "app" << int(ElementItem::Type);
        QTest::newRow("process") << "pump" << int(ElementItem::Type);
        QTest::newRow("data store") << "log" << int(ElementItem::Type);
        QTest::newRow("trust zone") << "zone" << int(ZoneItem::Type);
        QTest::newRow("crossing flow") << "cmd" << int(FlowItem::Type);
        QTest::newRow("inner flow") << "write" << int(FlowItem::Type);
    }

    void oneItemPerModelObject()
    {
        QFETCH(QString, id);
        QFETCH(int, type);
        Document document;
        document.setUntitledModel(smallModel(), QStringLiteral("small"));
        DiagramScene scene(&document, "dfd");
        QCOMPARE(scene.elementItemCount(), size_t(3));
        QCOMPARE(scene.zoneItemCount(), size_t(1));
        QCOMPARE(scene.flowItemCount(), size_t(2));
        QCOMPARE(scene.items().size(), 6);

        QGraphicsItem *item = scene.nodeItem(id.toStdString());
        if (!item)
            item = scene.flowItem(id.toStdString());
        QVERIFY(item);
        QCOMPARE(item->type(), type);
        QCOMPARE(item->scene(), &scene);
    }

    void elementsShowKindAndSafetyMarker()
    {
        Document document;
        document.setUntitledModel(smallModel(), QStringLiteral("small"));
        DiagramScene scene(&document, "dfd");
        QVERIFY(scene.elementItem("app")->kind() == ElementKind::ExternalEntity);
        QVERIFY(scene.elementItem("log")->kind() == ElementKind::DataStore);
        QVERIFY(scene.elementItem("pump")->isSafetyCritical());
        QVERIFY(!scene.elementItem("log")->isSafetyCritical());
        QCOMPARE(scene.elementItem("pump")->labelLines().join(QLatin1Char(' ')),
                 QStringLiteral("Pump firmware"));
    }

    void longNamesAreWrappedAndElided()
    {
        ThreatModel model = smallModel();
        Element pump = *model.element("pump");
        pump.name = std::string(40, 'x') + " " + std::string(200, 'y');
        model.updateElement(pump);
        Document document;
        document.setUntitledModel(std::move(model), QStringLiteral("small"));
        DiagramScene scene(&document, "dfd");
        const QStringList lines = scene.elementItem("pump")->labelLines();
        QVERIFY(lines.size() >= 2);
        QVERIFY(lines.size() <= 4);
        QVERIFY2(lines.last().endsWith(QChar(0x2026)), qPrintable(lines.last()));
    }

    void crossingFlowIsMarked()
    {
        Document document;
        document.setUntitledModel(smallModel(), QStringLiteral("small"));
        DiagramScene scene(&document, "dfd");
        FlowItem *crossing = scene.flowItem("cmd");
        FlowItem *inner = scene.flowItem("write");
        QVERIFY(crossing->crossesBoundary());
        QCOMPARE(crossing->crossingMarkers().size(), size_t(1));
        QVERIFY(onBorder(sceneRectOf(scene.zoneItem("zone")), crossing->crossingMarkers()[0]));
        QVERIFY(!inner->crossesBoundary());
        QVERIFY(inner->crossingMarkers().empty());
    }

    void renameThroughDocumentUpdatesItem()
    {
        Document document;
        document.setUntitledModel(smallModel(), QStringLiteral("small"));
        DiagramScene scene(&document, "dfd");
        document.push(new RenameCommand(&document, "pump", "Therapy controller"));
        QCOMPARE(scene.elementItem("pump")->labelLines().join(QLatin1Char(' ')),
                 QStringLiteral("Therapy controller"));
        document.push(new RenameCommand(&document, "cmd", "Remote bolus"));
        QCOMPARE(scene.flowItem("cmd")->name(), QStringLiteral("Remote bolus"));
        document.undoStack()->undo();
        QCOMPARE(scene.flowItem("cmd")->name(), QStringLiteral("Bolus command"));
    }

    void removeThroughDocumentRemovesItems()
    {
        Document document;
        document.setUntitledModel(smallModel(), QStringLiteral("small"));
        DiagramScene scene(&document, "dfd");
        document.push(new RemoveElementCommand(&document, "app"));
        QVERIFY(!scene.elementItem("app"));
        QVERIFY(!scene.flowItem("cmd"));
        QCOMPARE(scene.items().size(), 4);

        document.undoStack()->undo();
        QVERIFY(scene.elementItem("app"));
        QVERIFY(scene.flowItem("cmd"));
        QVERIFY(scene.flowItem("cmd")->crossesBoundary());
        QCOMPARE(scene.items().size(), 6);
    }

    void leavingTheZoneEndsTheCrossing()
    {
        Document document;
        document.setUntitledModel(smallModel(), QStringLiteral("small"));
        DiagramScene scene(&document, "dfd");
        // The app joins the pump's zone: its flow no longer crosses a boundary.
        TrustBoundary zone = *document.model().boundary("zone");
        zone.members.insert("app");
        struct JoinZone final : DocumentCommand {
            JoinZone(Document *document, TrustBoundary zone)
                : DocumentCommand(document), m_zone(std::move(zone))
            {}
            void redoEdit() override { document()->updateBoundary(key(), m_zone); }
            void undoEdit() override {}
            TrustBoundary m_zone;
        };
        document.push(new JoinZone(&document, zone));
        QVERIFY(!scene.flowItem("cmd")->crossesBoundary());
    }

    void flowFollowsMovedElement_data()
    {
        QTest::addColumn<bool>("throughCommand");
        QTest::newRow("undo command") << true;
        QTest::newRow("dragged on screen") << false;
    }

    void flowFollowsMovedElement()
    {
        QFETCH(bool, throughCommand);
        Document document;
        document.setUntitledModel(smallModel(), QStringLiteral("small"));
        DiagramScene scene(&document, "dfd");
        FlowItem *flow = scene.flowItem("cmd");
        ElementItem *app = scene.elementItem("app");
        const QPointF endBefore = flow->polyline().first();
        const Rect from = app->modelRect();
        const Rect to{from.x, from.y + 400, from.width, from.height};
        if (throughCommand)
            document.push(new MoveNodesCommand(&document, "dfd", {{"app", from}}, {{"app", to}}));
        else
            app->setPos(to.x, to.y);
        QCOMPARE(app->pos(), QPointF(to.x, to.y));
        QVERIFY(flow->polyline().first() != endBefore);
        QVERIFY(onBorder(sceneRectOf(app), flow->polyline().first()));
        QVERIFY(onBorder(sceneRectOf(scene.elementItem("pump")), flow->polyline().last()));
        QVERIFY(flow->boundingRect().contains(flow->polyline().first()));
    }

    void movingAZoneThroughUndoMovesOnlyWhatTheCommandSays()
    {
        Document document;
        document.setUntitledModel(smallModel(), QStringLiteral("small"));
        DiagramScene scene(&document, "dfd");
        const Rect zone = scene.zoneItem("zone")->modelRect();
        const Rect pump = scene.elementItem("pump")->modelRect();
        document.push(new MoveNodesCommand(&document, "dfd", {{"zone", zone}},
                                           {{"zone", {zone.x + 50, zone.y, zone.width,
                                                      zone.height}}}));
        QCOMPARE(scene.elementItem("pump")->modelRect(), pump);
        QCOMPARE(scene.zoneItem("zone")->modelRect().x, zone.x + 50);
    }

    void largeSyntheticDiagramOpensFast()
    {
        SynthOptions options;
        options.elements = 2000;
        options.flows = 3000;
        options.boundaries = 40;
        Document document;
        document.setUntitledModel(synthesizeModel(options), QStringLiteral("synth"));
        const Id diagram = document.model().diagrams().front()->id;
        QElapsedTimer timer;
        timer.start();
        DiagramScene scene(&document, diagram);
        const QRectF content = scene.contentRect();
        const qint64 elapsed = timer.elapsed();
        qInfo("2,000-element diagram: %lld ms for %zu elements, %zu flows, %zu zones", elapsed,
              scene.elementItemCount(), scene.flowItemCount(), scene.zoneItemCount());
        QCOMPARE(scene.elementItemCount(), size_t(2000));
        QVERIFY(!content.isEmpty());
#if !defined(__SANITIZE_ADDRESS__)
        QVERIFY2(elapsed < 1000, "building the scene must take well under a second");
#endif
    }
};

QTEST_MAIN(tst_DiagramScene)
#include "tst_diagramscene.moc"
