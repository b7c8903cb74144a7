// Several diagrams per model: tabs, placing an existing element on another diagram, removing it
// from one diagram (it stays in the model) versus deleting it from the model, each undoable.

#include "app/MainWindow.h"
#include "app/ModelPanels.h"
#include "model/json/JsonInterchange.h"
#include "views/document/Commands.h"
#include "views/diagram/DiagramItems.h"
#include "views/diagram/DiagramScene.h"
#include "views/diagram/DiagramView.h"
#include "views/document/Document.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace vigil;

namespace {

const QString kExample = QStringLiteral(VIGIL_SOURCE_DIR "/resources/examples/insulin-pump.json");

class TestWindow final : public MainWindow {
public:
    Diagram answer; // what the New Diagram dialog is filled in with
    int diagramQuestions = 0;

protected:
    QMessageBox::StandardButton askToSaveChanges() override { return QMessageBox::Discard; }
    void showError(const QString &message) override { QFAIL(qPrintable(message)); }
    RecoveryChoice askRecover(const QString &, const QDateTime &) override
    {
        return RecoveryChoice::Discard;
    }
    bool askDiagramInfo(Diagram &diagram, bool) override
    {
        ++diagramQuestions;
        diagram.name = answer.name;
        diagram.kind = answer.kind;
        diagram.level = answer.level;
        return true;
    }
};

DiagramScene *sceneOf(MainWindow &window)
{
    return window.currentView()->diagramScene();
}

void clickOn(MainWindow &window, const Id &id, Qt::KeyboardModifiers modifiers = {})
{
    DiagramView *view = window.currentView();
    const QRectF box = view->diagramScene()->nodeItem(id)->sceneBoundingRect();
    view->ensureVisible(box);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers,
                      view->mapFromScene(box.center()));
}

void clickTab(MainWindow &window, int index)
{
    QTabBar *bar = window.tabs()->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
}

} // namespace

class tst_Diagrams : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("VigilTest"));
        QCoreApplication::setApplicationName(QStringLiteral("VigilDiagramsTest"));
    }

    void init() { QSettings().clear(); }

    void newDiagramOpensANewTab_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("level");
        QTest::newRow("level 1 DFD") << int(DiagramKind::Dfd) << 1;
        QTest::newRow("security use case view") << int(DiagramKind::SecurityUseCase) << 0;
    }

    void newDiagramOpensANewTab()
    {
        QFETCH(int, kind);
        QFETCH(int, level);
        TestWindow window;
        window.show();
        QVERIFY(window.openFile(kExample));
        const int tabs = window.tabs()->count();
        window.answer.name = "Pump internals";
        window.answer.kind = DiagramKind(kind);
        window.answer.level = level;
        window.panels()->newDiagramAction()->trigger();
        QCOMPARE(window.diagramQuestions, 1);
        QCOMPARE(window.tabs()->count(), tabs + 1);
        QCOMPARE(window.tabs()->tabText(window.tabs()->currentIndex()),
                 QStringLiteral("Pump internals"));
        const Diagram *added = window.document()->model().diagram(sceneOf(window)->diagramId());
        QCOMPARE(int(added->kind), kind);
        QCOMPARE(added->level, level);
        QCOMPARE(window.tabs()->tabBar()->tabText(tabs), QStringLiteral("Pump internals"));
        window.document()->undoStack()->undo();
        QCOMPARE(window.tabs()->count(), tabs);
    }

    void anElementIsPlacedOnAnotherDiagram()
    {
        TestWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(kExample));
        Document *document = window.document();
        const std::string original = modelToJson(document->model());
        const Id level0 = "dfd-level0";
        const size_t showingBefore = document->model().diagramsShowing("pump-fw").size();
        QCOMPARE(sceneOf(window)->diagramId(), level0);

        window.answer.name = "Pump detail";
        window.panels()->newDiagramAction()->trigger();
        const Id detail = sceneOf(window)->diagramId();
        QCOMPARE(sceneOf(window)->elementItemCount(), size_t(0));

        // Back to level 0 by clicking its tab, pick two elements joined by flows, place them.
        clickTab(window, 0);
        QCOMPARE(sceneOf(window)->diagramId(), level0);
        clickOn(window, "pump-fw");
        clickOn(window, "pump-motor", Qt::ControlModifier);
        QCOMPARE(window.selectedIds(), (std::vector<Id>{"pump-fw", "pump-motor"}));
        QMenu *place = window.panels()->placeOnDiagramMenu();
        QVERIFY(place->isEnabled());
        emit place->aboutToShow();
        QAction *target = nullptr;
        for (QAction *action : place->actions())
            if (action->text() == QStringLiteral("Pump detail"))
                target = action;
        QVERIFY(target);
        target->trigger();

        QCOMPARE(sceneOf(window)->diagramId(), detail); // shows where they went
        DiagramScene *detailScene = window.viewForDiagram(detail)->diagramScene();
        QVERIFY(detailScene->elementItem("pump-fw"));
        QVERIFY(detailScene->elementItem("pump-motor"));
        QVERIFY(detailScene->flowItemCount() >= 1); // the flows between them came along
        const Diagram *before = document->model().diagram(level0);
        const Diagram *after = document->model().diagram(detail);
        // Their arrangement is kept.
        const double dx = after->nodes.at("pump-motor").x - after->nodes.at("pump-fw").x;
        QCOMPARE(dx, before->nodes.at("pump-motor").x - before->nodes.at("pump-fw").x);
        QCOMPARE(document->model().diagramsShowing("pump-fw").size(), showingBefore + 1);

        // Undo the placing, then the new diagram: the model is as it was.
        document->undoStack()->undo();
        QVERIFY(!detailScene->elementItem("pump-fw"));
        document->undoStack()->undo();
        QCOMPARE(modelToJson(document->model()), original);
    }

    void removeFromDiagramKeepsTheElement()
    {
        TestWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(kExample));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        Document *document = window.document();
        const std::string original = modelToJson(document->model());
        const auto showingBefore = document->model().diagramsShowing("cloud-api");
        QVERIFY(showingBefore.size() >= 2);
        QVERIFY(window.showItems({"cloud-api"}));
        const Id current = sceneOf(window)->diagramId();
        const auto flows = document->model().flowsOf("cloud-api");
        clickOn(window, "cloud-api");
        QCOMPARE(window.selectedIds(), std::vector<Id>{"cloud-api"});

        QAction *remove = window.panels()->removeFromDiagramAction();
        QVERIFY(remove->isEnabled());
        QVERIFY(remove->statusTip().contains(QStringLiteral("stays in the model")));
        QTest::keyClick(window.currentView(), Qt::Key_Delete,
                        Qt::ControlModifier | Qt::ShiftModifier);

        QVERIFY(document->model().element("cloud-api"));
        QVERIFY(!sceneOf(window)->elementItem("cloud-api"));
        const Diagram *diagram = document->model().diagram(current);
        QVERIFY(!diagram->nodes.count("cloud-api"));
        for (const Id &flow : flows) {
            QVERIFY(document->model().flow(flow));
            QVERIFY(!diagram->flows.count(flow));
        }
        QCOMPARE(document->model().diagramsShowing("cloud-api").size(),
                 showingBefore.size() - 1);
        document->undoStack()->undo();
        QVERIFY(sceneOf(window)->elementItem("cloud-api"));
        QCOMPARE(modelToJson(document->model()), original);
    }

    void deleteFromModelRemovesItEverywhere()
    {
        TestWindow window;
        window.show();
        QVERIFY(window.openFile(kExample));
        Document *document = window.document();
        const std::string original = modelToJson(document->model());
        const auto showing = document->model().diagramsShowing("cloud-api");
        QVERIFY(showing.size() >= 2);
        document->push(new RemoveElementCommand(document, "cloud-api"));
        QVERIFY(!document->model().element("cloud-api"));
        for (const Id &diagram : showing)
            QVERIFY(!window.viewForDiagram(diagram)->diagramScene()->elementItem("cloud-api"));
        document->undoStack()->undo();
        for (const Id &diagram : showing)
            QVERIFY(window.viewForDiagram(diagram)->diagramScene()->elementItem("cloud-api"));
        QCOMPARE(modelToJson(document->model()), original);
    }

    void deletingADiagramKeepsItsElements()
    {
        TestWindow window;
        window.show();
        QVERIFY(window.openFile(kExample));
        Document *document = window.document();
        const std::string original = modelToJson(document->model());
        const int tabs = window.tabs()->count();
        clickTab(window, 1);
        const Id doomed = sceneOf(window)->diagramId();
        const size_t elements = document->model().elementCount();
        window.panels()->deleteDiagramAction()->trigger();
        QCOMPARE(window.tabs()->count(), tabs - 1);
        QVERIFY(!document->model().diagram(doomed));
        QCOMPARE(document->model().elementCount(), elements);
        document->undoStack()->undo();
        QCOMPARE(window.tabs()->count(), tabs);
        QCOMPARE(window.tabs()->tabText(1),
                 QString::fromStdString(document->model().diagram(doomed)->name));
        QCOMPARE(modelToJson(document->model()), original);
    }

    void theLastDiagramCannotBeDeleted()
    {
        TestWindow window;
        window.newModel();
        QCOMPARE(window.tabs()->count(), 1);
        QVERIFY(!window.panels()->deleteDiagramAction()->isEnabled());
        QVERIFY(!window.panels()->deleteDiagram(window.panels()->currentDiagram()));
        QCOMPARE(window.tabs()->count(), 1);
        QCOMPARE(window.document()->undoStack()->count(), 0);
    }

    void renamingADiagramRenamesItsTab()
    {
        TestWindow window;
        QVERIFY(window.openFile(kExample));
        const Id first = window.panels()->currentDiagram();
        QVERIFY(window.panels()->renameDiagram(first, "Context diagram"));
        QCOMPARE(window.tabs()->tabText(0), QStringLiteral("Context diagram"));
        window.document()->undoStack()->undo();
        QCOMPARE(window.tabs()->tabText(0), QStringLiteral("Level 0 DFD"));
    }

    void movingATabReordersTheDiagrams()
    {
        TestWindow window;
        QVERIFY(window.openFile(kExample));
        Document *document = window.document();
        const std::string original = modelToJson(document->model());
        const QString first = window.tabs()->tabText(0);
        const QString second = window.tabs()->tabText(1);
        window.tabs()->tabBar()->moveTab(0, 1);
        QCOMPARE(QString::fromStdString(document->model().diagrams().at(0)->name), second);
        QCOMPARE(document->undoStack()->count(), 1);
        document->undoStack()->undo();
        QCOMPARE(window.tabs()->tabText(0), first);
        QCOMPARE(window.tabs()->tabText(1), second);
        QCOMPARE(modelToJson(document->model()), original);
    }
};

QTEST_MAIN(tst_Diagrams)
#include "tst_diagrams.moc"
