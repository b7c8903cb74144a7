// OutlinePanel: the model as a tree that follows every edit, filters by name and shares the
// selection with the diagram.

#include "views/document/Commands.h"
#include "views/diagram/DiagramItems.h"
#include "views/diagram/DiagramScene.h"
#include "views/diagram/DiagramView.h"
#include "views/document/Document.h"
#include "views/panels/OutlinePanel.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using namespace vigil;

namespace {

Element element(const Id &id, ElementKind kind, const std::string &name)
{
    Element result;
    result.id = id;
    result.kind = kind;
    result.name = name;
    return result;
}

ThreatModel smallModel()
{
    ThreatModel model;
    model.addElement(element("app", ElementKind::ExternalEntity, "Phone app"));
    model.addElement(element("pump", ElementKind::Process, "Pump firmware"));
    model.addElement(element("log", ElementKind::DataStore, "Event log"));
    Flow flow;
    flow.id = "cmd";
    flow.source = "app";
    flow.target = "pump";
    flow.name = "Bolus command";
    model.addFlow(flow);
    TrustBoundary outer;
    outer.id = "outer";
    outer.name = "Pump enclosure";
    outer.members = {"log"};
    model.addBoundary(outer);
    TrustBoundary inner;
    inner.id = "inner";
    inner.name = "Secure element";
    inner.parent = "outer";
    inner.members = {"pump"};
    model.addBoundary(inner);
    Diagram diagram;
    diagram.id = "dfd";
    diagram.name = "Level 0";
    model.addDiagram(diagram);
    model.setNodeRect("dfd", "app", {0, 0, 160, 80});
    model.setNodeRect("dfd", "pump", {400, 0, 160, 80});
    model.setNodeRect("dfd", "log", {400, 300, 160, 80});
    model.setFlowLayout("dfd", "cmd", {});
    return model;
}

struct Outline {
    Document document;
    QWidget window;
    DiagramScene *scene = nullptr;
    DiagramView *view = nullptr;
    OutlinePanel *panel = nullptr;

    Outline()
    {
        document.setUntitledModel(smallModel(), QStringLiteral("Test"));
        auto *layout = new QHBoxLayout(&window);
        panel = new OutlinePanel(&document);
        scene = new DiagramScene(&document, "dfd", &window);
        view = new DiagramView(scene);
        layout->addWidget(panel, 1);
        layout->addWidget(view, 2);
        // The main window's wiring: rows show items, the diagram's selection selects rows.
        QObject::connect(panel, &OutlinePanel::itemsActivated, scene,
                         [this](const std::vector<Id> &ids) { scene->selectIds(ids); });
        QObject::connect(scene, &QGraphicsScene::selectionChanged, panel,
                         [this] { panel->setSelection(scene->selectedIds()); });
        window.resize(1000, 600);
        window.show();
    }

    // Rows shown under the tree's root, by text, depth first.
    QStringList visibleRows() const
    {
        QStringList rows;
        std::function<void(QTreeWidgetItem *)> walk = [&](QTreeWidgetItem *item) {
            for (int i = 0; i < item->childCount(); ++i) {
                QTreeWidgetItem *child = item->child(i);
                if (child->isHidden())
                    continue;
                rows << child->text(0);
                walk(child);
            }
        };
        walk(panel->tree()->invisibleRootItem());
        return rows;
    }
};

} // namespace

class tst_Outline : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void listsElementsFlowsZonesAndDiagrams()
    {
        Outline outline;
        const QStringList rows = outline.visibleRows();
        for (const QString &expected :
             {QStringLiteral("Phone app"), QStringLiteral("Pump firmware"),
              QStringLiteral("Event log"), QStringLiteral("Phone app → Pump firmware: Bolus command"),
              QStringLiteral("Pump enclosure"), QStringLiteral("Secure element"),
              QStringLiteral("Level 0")})
            QVERIFY2(rows.contains(expected), qPrintable(expected));
        // Zones nest as they do in the model.
        QCOMPARE(outline.panel->rowOf("inner")->parent(), outline.panel->rowOf("outer"));
    }

    void searchFiltersByName_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("shown");
        QTest::addColumn<QStringList>("hidden");
        QTest::newRow("element, any case")
            << QStringLiteral("PUMP F") << QStringList{QStringLiteral("Pump firmware")}
            << QStringList{QStringLiteral("Event log"), QStringLiteral("Phone app")};
        QTest::newRow("nested zone keeps its parent")
            << QStringLiteral("secure")
            << QStringList{QStringLiteral("Pump enclosure"), QStringLiteral("Secure element")}
            << QStringList{QStringLiteral("Pump firmware"), QStringLiteral("Level 0")};
        QTest::newRow("flow by its name")
            << QStringLiteral("bolus")
            << QStringList{QStringLiteral("Phone app → Pump firmware: Bolus command")}
            << QStringList{QStringLiteral("Phone app"), QStringLiteral("Pump enclosure")};
    }

    void searchFiltersByName()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, shown);
        QFETCH(QStringList, hidden);
        Outline outline;
        QVERIFY(QTest::qWaitForWindowExposed(&outline.window));
        QTest::keyClicks(outline.panel->searchBox(), typed);
        const QStringList rows = outline.visibleRows();
        for (const QString &row : shown)
            QVERIFY2(rows.contains(row), qPrintable(row));
        for (const QString &row : hidden)
            QVERIFY2(!rows.contains(row), qPrintable(row));
        outline.panel->searchBox()->clear();
        QVERIFY(outline.visibleRows().contains(QStringLiteral("Event log")));
    }

    // Rows added or renamed while a search is set show or hide by their new names, and so do
    // the groups above them.
    void searchFollowsEdits()
    {
        Outline outline;
        Document &document = outline.document;
        outline.panel->setFilter(QStringLiteral("firmware"));
        QCOMPARE(outline.visibleRows(),
                 (QStringList{QStringLiteral("Elements"), QStringLiteral("Processes"),
                              QStringLiteral("Pump firmware"), QStringLiteral("Flows"),
                              QStringLiteral("Phone app → Pump firmware: Bolus command")}));
        document.push(new RenameCommand(&document, "log", "Backup firmware"));
        QVERIFY(outline.visibleRows().contains(QStringLiteral("Data stores")));
        QVERIFY(outline.visibleRows().contains(QStringLiteral("Backup firmware")));
        document.push(new RenameCommand(&document, "pump", "Controller"));
        QCOMPARE(outline.visibleRows(),
                 (QStringList{QStringLiteral("Elements"), QStringLiteral("Data stores"),
                              QStringLiteral("Backup firmware")}));
        document.push(new RemoveElementCommand(&document, "log"));
        QVERIFY(outline.visibleRows().isEmpty());
        outline.panel->setFilter(QString());
        QVERIFY(outline.visibleRows().contains(QStringLiteral("Controller")));
        QVERIFY(outline.visibleRows().contains(
            QStringLiteral("Phone app → Controller: Bolus command")));
    }

    void windowSelectionSelectsEveryRow()
    {
        Outline outline;
        QSignalSpy activated(outline.panel, &OutlinePanel::itemsActivated);
        outline.panel->setSelection({"app", "pump", "cmd", "inner"});
        QList<QTreeWidgetItem *> selected = outline.panel->tree()->selectedItems();
        QCOMPARE(selected.size(), 4);
        for (const char *id : {"app", "pump", "cmd", "inner"})
            QVERIFY2(selected.contains(outline.panel->rowOf(id)), id);
        outline.panel->setSelection({"log"});
        selected = outline.panel->tree()->selectedItems();
        QCOMPARE(selected, QList<QTreeWidgetItem *>{outline.panel->rowOf("log")});
        QCOMPARE(activated.count(), 0);
    }

    void clickingARowSelectsItOnTheDiagram()
    {
        Outline outline;
        QVERIFY(QTest::qWaitForWindowExposed(&outline.window));
        QSignalSpy activated(outline.panel, &OutlinePanel::itemsActivated);
        QTreeWidget *tree = outline.panel->tree();
        QTreeWidgetItem *row = outline.panel->rowOf("log");
        tree->scrollToItem(row);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {},
                          tree->visualItemRect(row).center());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(outline.scene->selectedIds(), std::vector<Id>{"log"});
    }

    void selectingOnTheDiagramSelectsTheRow()
    {
        Outline outline;
        QVERIFY(QTest::qWaitForWindowExposed(&outline.window));
        QSignalSpy activated(outline.panel, &OutlinePanel::itemsActivated);
        const QPoint at = outline.view->mapFromScene(
            outline.scene->nodeItem("app")->sceneBoundingRect().center());
        QTest::mouseClick(outline.view->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(outline.scene->selectedIds(), std::vector<Id>{"app"});
        const auto selected = outline.panel->tree()->selectedItems();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.front(), outline.panel->rowOf("app"));
        QCOMPARE(activated.count(), 0); // no echo back to the diagram
    }

    void rowsFollowEditsAndUndo()
    {
        Outline outline;
        Document &document = outline.document;
        document.push(new RenameCommand(&document, "log", "Audit log"));
        QCOMPARE(outline.panel->rowOf("log")->text(0), QStringLiteral("Audit log"));
        document.push(new RenameCommand(&document, "app", "Companion app"));
        QCOMPARE(outline.panel->rowOf("cmd")->text(0),
                 QStringLiteral("Companion app → Pump firmware: Bolus command"));
        document.push(new RemoveElementCommand(&document, "app"));
        QVERIFY(!outline.panel->rowOf("app"));
        QVERIFY(!outline.panel->rowOf("cmd"));
        document.undoStack()->undo();
        QVERIFY(outline.panel->rowOf("app"));
        QVERIFY(outline.panel->rowOf("cmd"));
        while (document.undoStack()->canUndo())
            document.undoStack()->undo();
        QCOMPARE(outline.panel->rowOf("log")->text(0), QStringLiteral("Event log"));
    }
};

QTEST_MAIN(tst_Outline)
#include "tst_outline.moc"
