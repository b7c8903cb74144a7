// PropertiesPanel: what a user sees and changes in the properties dock, driven by real clicks on
// the diagram and real clicks and keys in the panel's editors; every change is one undo step.

#include "model/json/JsonInterchange.h"
#include "views/diagram/DiagramItems.h"
#include "views/diagram/DiagramScene.h"
#include "views/diagram/DiagramView.h"
#include "views/document/Document.h"
#include "views/panels/PropertiesPanel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QWheelEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

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

// Two processes and a data store on one diagram, a flow and a zone.
ThreatModel smallModel()
{
    ThreatModel model;
    Element pump = element("pump", ElementKind::Process, "Pump firmware");
    pump.properties["safetyCritical"] = true;
    model.addElement(pump);
    model.addElement(element("ui", ElementKind::Process, "Keypad"));
    model.addElement(element("log", ElementKind::DataStore, "Event log"));
    Flow flow;
    flow.id = "write";
    flow.source = "pump";
    flow.target = "log";
    flow.name = "Events";
    model.addFlow(flow);
    TrustBoundary zone;
    zone.id = "zone";
    zone.name = "Enclosure";
    zone.members = {"pump"};
    model.addBoundary(zone);
    Diagram diagram;
    diagram.id = "dfd";
    diagram.name = "Level 0";
    model.addDiagram(diagram);
    model.setNodeRect("dfd", "zone", {-40, -40, 240, 160});
    model.setNodeRect("dfd", "pump", {0, 0, 160, 80});
    model.setNodeRect("dfd", "ui", {0, 300, 160, 80});
    model.setNodeRect("dfd", "log", {400, 0, 160, 80});
    model.setFlowLayout("dfd", "write", {});
    return model;
}

// A window with the diagram on the left and the properties panel on the right, wired the way
// the main window wires them, with Ctrl+Z bound to the undo stack.
struct Editor {
    Document document;
    QWidget window;
    DiagramScene *scene = nullptr;
    DiagramView *view = nullptr;
    PropertiesPanel *panel = nullptr;

    Editor()
    {
        document.setUntitledModel(smallModel(), QStringLiteral("Test"));
        auto *layout = new QHBoxLayout(&window);
        scene = new DiagramScene(&document, "dfd", &window);
        view = new DiagramView(scene);
        panel = new PropertiesPanel(&document);
        layout->addWidget(view, 2);
        layout->addWidget(panel, 1);
        QObject::connect(scene, &QGraphicsScene::selectionChanged, panel,
                         [this] { panel->setSelection(scene->selectedIds()); });
        QAction *undo = document.undoStack()->createUndoAction(&window);
        undo->setShortcut(QKeySequence::Undo);
        window.addAction(undo);
        window.resize(1100, 700);
        window.show();
    }

    QPoint pointOf(const Id &id) const
    {
        return view->mapFromScene(scene->nodeItem(id)->sceneBoundingRect().center());
    }
    void click(const Id &id, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, pointOf(id));
    }
    template<typename T>
    T *editor(const QString &name) const
    {
        return panel->findChild<T *>(name);
    }
    std::optional<PropertyValue> property(const Id &id, const std::string &key) const
    {
        const Element *found = document.model().element(id);
        auto it = found->properties.find(key);
        if (it == found->properties.end())
            return std::nullopt;
        return it->second;
    }
    void undoByKeyboard()
    {
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    }
};

} // namespace

class tst_Properties : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void nothingSelectedShowsTheModel()
    {
        Editor editor;
        QVERIFY(QTest::qWaitForWindowExposed(&editor.window));
        QVERIFY(editor.panel->selection().empty());
        auto *name = editor.editor<QLineEdit>(QStringLiteral("modelName"));
        QVERIFY(name);
        QVERIFY(editor.editor<QPlainTextEdit>(QStringLiteral("intendedUse")));
        QVERIFY(editor.editor<QPlainTextEdit>(QStringLiteral("assumptions")));
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Pump system"));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(editor.document.model().info().name, std::string("Pump system"));
        QCOMPARE(editor.document.undoStack()->count(), 1);
        editor.document.undoStack()->undo();
        QCOMPARE(editor.document.model().info().name, smallModel().info().name);
        QCOMPARE(name->text(), QString::fromStdString(smallModel().info().name));
    }

    void assumptionsAreOnePerLine()
    {
        Editor editor;
        QVERIFY(QTest::qWaitForWindowExposed(&editor.window));
        auto *assumptions = editor.editor<QPlainTextEdit>(QStringLiteral("assumptions"));
        assumptions->setFocus();
        QTest::keyClicks(assumptions, QStringLiteral("Hospital Wi-Fi is WPA2"));
        QTest::keyClick(assumptions, Qt::Key_Return);
        QTest::keyClicks(assumptions, QStringLiteral("Phones are not rooted"));
        // The text commits when the editor loses focus, not per keystroke.
        QCOMPARE(editor.document.undoStack()->count(), 0);
        editor.editor<QLineEdit>(QStringLiteral("modelName"))->setFocus();
        QTRY_COMPARE(editor.document.model().info().assumptions.size(), size_t(2));
        QCOMPARE(editor.document.model().info().assumptions[1],
                 std::string("Phones are not rooted"));
        QCOMPARE(editor.document.undoStack()->count(), 1);
    }

    void clickingACheckboxSetsAPropertyAndUndoRestoresIt()
    {
        Editor editor;
        QVERIFY(QTest::qWaitForWindowExposed(&editor.window));
        const std::string before = modelToJson(editor.document.model());
        editor.click("ui");
        QTRY_COMPARE(editor.panel->selection(), std::vector<Id>{"ui"});
        QCheckBox *box = nullptr;
        QTRY_VERIFY((box = editor.editor<QCheckBox>(QStringLiteral("property:runsAsPrivileged"))));
        QVERIFY(box->isVisible());
        QCOMPARE(box->checkState(), Qt::Unchecked);
        QTest::mouseClick(box, Qt::LeftButton);
        QCOMPARE(editor.property("ui", "runsAsPrivileged"), PropertyValue(true));
        QCOMPARE(box->checkState(), Qt::Checked);
        QCOMPARE(editor.document.undoStack()->count(), 1);

        QVERIFY(QTest::qWaitForWindowActive(&editor.window));
        editor.undoByKeyboard();
        QCOMPARE(editor.property("ui", "runsAsPrivileged"), std::nullopt);
        QCOMPARE(box->checkState(), Qt::Unchecked); // the panel follows the undo
        QCOMPARE(modelToJson(editor.document.model()), before);
    }

    void theResetButtonUnsetsAProperty()
    {
        Editor editor;
        QVERIFY(QTest::qWaitForWindowExposed(&editor.window));
        editor.click("pump");
        QToolButton *reset = nullptr;
        QTRY_VERIFY((reset = editor.editor<QToolButton>(QStringLiteral("reset:safetyCritical"))));
        QVERIFY(reset->isEnabled());
        QTest::mouseClick(reset, Qt::LeftButton);
        QCOMPARE(editor.property("pump", "safetyCritical"), std::nullopt);
        QVERIFY(!reset->isEnabled());
        editor.document.undoStack()->undo();
        QCOMPARE(editor.property("pump", "safetyCritical"), PropertyValue(true));
        QVERIFY(reset->isEnabled());
    }

    void aComboIsChangedByKeyboard_data()
    {
        QTest::addColumn<int>("downs");
        QTest::addColumn<QString>("expected");
        QTest::newRow("first value") << 1 << QStringLiteral("none");
        QTest::newRow("third value") << 3 << QStringLiteral("swd");
    }

    void aComboIsChangedByKeyboard()
    {
        QFETCH(int, downs);
        QFETCH(QString, expected);
        Editor editor;
        QVERIFY(QTest::qWaitForWindowExposed(&editor.window));
        editor.click("ui");
        QComboBox *combo = nullptr;
        QTRY_VERIFY((combo = editor.editor<QComboBox>(QStringLiteral("property:debugPort"))));
        QCOMPARE(combo->currentIndex(), 0); // "(not set)"
        combo->setFocus();
        for (int i = 0; i < downs; ++i)
            QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(editor.property("ui", "debugPort"), PropertyValue(expected.toStdString()));
        QCOMPARE(editor.document.undoStack()->count(), downs);
        while (editor.document.undoStack()->canUndo())
            editor.document.undoStack()->undo();
        QCOMPARE(editor.property("ui", "debugPort"), std::nullopt);
        QCOMPARE(combo->currentIndex(), 0);
    }

    // Scrolling the dock over a combo the user has not clicked into changes nothing.
    void wheelOverAnUnfocusedComboLeavesItsValue()
    {
        Editor editor;
        QVERIFY(QTest::qWaitForWindowExposed(&editor.window));
        editor.click("ui");
        QComboBox *combo = nullptr;
        QTRY_VERIFY((combo = editor.editor<QComboBox>(QStringLiteral("property:debugPort"))));
        QVERIFY(!combo->hasFocus());
        const QPoint centre = combo->rect().center();
        for (int delta : {-120, -120, 120}) {
            QWheelEvent wheel(centre, combo->mapToGlobal(centre), QPoint(), QPoint(0, delta),
                              Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
            QCoreApplication::sendEvent(combo, &wheel);
        }
        QCOMPARE(combo->currentIndex(), 0);
        QCOMPARE(editor.property("ui", "debugPort"), std::nullopt);
        QCOMPARE(editor.document.undoStack()->count(), 0);
        // Once the user has clicked into it, the wheel is theirs.
        combo->setFocus();
        QWheelEvent wheel(centre, combo->mapToGlobal(centre), QPoint(), QPoint(0, -120),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(combo, &wheel);
        QCOMPARE(combo->currentIndex(), 1);
    }

    void severalSelectedItemsChangeInOneUndoStep()
    {
        Editor editor;
        QVERIFY(QTest::qWaitForWindowExposed(&editor.window));
        const std::string before = modelToJson(editor.document.model());
        editor.click("pump");
        editor.click("ui", Qt::ControlModifier);
        QTRY_COMPARE(editor.panel->selection(), (std::vector<Id>{"pump", "ui"}));
        QCheckBox *box = nullptr;
        QTRY_VERIFY((box = editor.editor<QCheckBox>(QStringLiteral("property:safetyCritical"))));
        // pump is safety-critical, ui is not: the box shows both.
        QCOMPARE(box->checkState(), Qt::PartiallyChecked);
        QVERIFY(!editor.editor<QLineEdit>(QStringLiteral("name")));
        QTest::mouseClick(box, Qt::LeftButton);
        QCOMPARE(editor.property("pump", "safetyCritical"), PropertyValue(true));
        QCOMPARE(editor.property("ui", "safetyCritical"), PropertyValue(true));
        QCOMPARE(box->checkState(), Qt::Checked);
        QCOMPARE(editor.document.undoStack()->count(), 1);
        editor.document.undoStack()->undo();
        QCOMPARE(box->checkState(), Qt::PartiallyChecked);
        QCOMPARE(modelToJson(editor.document.model()), before);
    }

    void mixedKindsShowOnlySharedProperties()
    {
        Editor editor;
        QVERIFY(QTest::qWaitForWindowExposed(&editor.window));
        editor.click("pump");
        editor.click("log", Qt::ControlModifier);
        QTRY_COMPARE(editor.panel->selection().size(), size_t(2));
        // Shared by processes and data stores:
        QTRY_VERIFY(editor.editor<QCheckBox>(QStringLiteral("property:safetyCritical")));
        // Processes only, data stores only:
        QVERIFY(!editor.editor<QCheckBox>(QStringLiteral("property:runsAsPrivileged")));
        QVERIFY(!editor.editor<QCheckBox>(QStringLiteral("property:encryptedAtRest")));
    }

    void renamingCommitsWhenEditingEnds()
    {
        Editor editor;
        QVERIFY(QTest::qWaitForWindowExposed(&editor.window));
        editor.click("log");
        QLineEdit *name = nullptr;
        QTRY_VERIFY((name = editor.editor<QLineEdit>(QStringLiteral("name"))));
        QCOMPARE(name->text(), QStringLiteral("Event log"));
        name->setFocus();
        QTest::keyClicks(name, QStringLiteral(" (local)"));
        QCOMPARE(editor.document.undoStack()->count(), 0);
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(editor.document.model().element("log")->name, std::string("Event log (local)"));
        QCOMPARE(editor.document.undoStack()->count(), 1);
        editor.document.undoStack()->undo();
        QCOMPARE(name->text(), QStringLiteral("Event log"));
    }

    void outOfScopeTakesAReason()
    {
        Editor editor;
        QVERIFY(QTest::qWaitForWindowExposed(&editor.window));
        editor.click("ui");
        QCheckBox *box = nullptr;
        QTRY_VERIFY((box = editor.editor<QCheckBox>(QStringLiteral("outOfScope"))));
        QTest::mouseClick(box, Qt::LeftButton);
        auto *reason = editor.editor<QLineEdit>(QStringLiteral("outOfScopeReason"));
        reason->setFocus();
        QTest::keyClicks(reason, QStringLiteral("Covered by the keypad vendor"));
        QTest::keyClick(reason, Qt::Key_Return);
        const Element *ui = editor.document.model().element("ui");
        QVERIFY(ui->outOfScope);
        QCOMPARE(ui->outOfScopeReason, std::string("Covered by the keypad vendor"));
        QCOMPARE(editor.document.undoStack()->count(), 2);
    }

    void aFlowShowsItsEndsAndProtocol()
    {
        Editor editor;
        QVERIFY(QTest::qWaitForWindowExposed(&editor.window));
        editor.panel->setSelection({"write"});
        QCOMPARE(editor.editor<QLabel>(QStringLiteral("source"))->text(),
                 QStringLiteral("Pump firmware"));
        QCOMPARE(editor.editor<QLabel>(QStringLiteral("target"))->text(),
                 QStringLiteral("Event log"));
        QVERIFY(editor.editor<QCheckBox>(QStringLiteral("property:encrypted")));
        auto *bidirectional = editor.editor<QCheckBox>(QStringLiteral("bidirectional"));
        QTest::mouseClick(bidirectional, Qt::LeftButton);
        QVERIFY(editor.document.model().flow("write")->bidirectional);
        auto *protocol = editor.editor<QLineEdit>(QStringLiteral("protocol"));
        protocol->setFocus();
        QTest::keyClicks(protocol, QStringLiteral("SPI"));
        QTest::keyClick(protocol, Qt::Key_Tab);
        QCOMPARE(editor.document.model().flow("write")->protocol, std::string("SPI"));
    }

    void aZoneShowsWhereItIs()
    {
        Editor editor;
        QVERIFY(QTest::qWaitForWindowExposed(&editor.window));
        editor.panel->setSelection({"zone"});
        QCOMPARE(editor.editor<QLabel>(QStringLiteral("parent"))->text(), QStringLiteral("(none)"));
        QVERIFY(!editor.editor<QCheckBox>(QStringLiteral("outOfScope")));
        QVERIFY(!editor.panel->findChild<QWidget *>(QStringLiteral("property:handlesPhi")));
    }
};

QTEST_MAIN(tst_Properties)
#include "tst_properties.moc"
