// File > Compare with File (issue 13) as a user meets it on the bundled example: the Changes
// dock lists what differs from a saved revision, the diagram marks added and changed items and
// draws removed ones where they were, choosing a row shows the object, edits (and their undo)
// update the comparison, a file that is not a model is refused naming it, and ending the
// comparison clears every mark.

#include "app/CompareUi.h"
#include "app/ConflictsUi.h"
#include "app/MainWindow.h"
#include "app/UserGuide.h"
#include "model/ModelFile.h"
#include "views/diagram/ChangeMarks.h"
#include "views/diagram/DiagramItems.h"
#include "views/diagram/DiagramScene.h"
#include "views/diagram/DiagramView.h"
#include "views/document/Commands.h"
#include "views/document/Document.h"
#include "views/panels/ChangesPanel.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace vigil;

namespace {

class TestWindow final : public MainWindow {
public:
    QStringList errors;

protected:
    QMessageBox::StandardButton askToSaveChanges() override { return QMessageBox::Discard; }
    QString askOpenFileName() override { return {}; }
    QString askSaveFileName() override { return {}; }
    void showError(const QString &message) override { errors << message; }
    bool confirmDeletion(const QString &) override { return true; }
};

CompareUi *compareUi(MainWindow &window)
{
    return window.findChild<CompareUi *>(QStringLiteral("compareUi"));
}

QTreeWidgetItem *changeRow(ChangesPanel *panel, const QString &kind, const QString &id)
{
    QTreeWidget *tree = panel->tree();
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *row = tree->topLevelItem(i);
        if (row->text(ChangesPanel::KindColumn) == kind && row->text(ChangesPanel::IdColumn) == id)
            return row;
    }
    return nullptr;
}

template<typename Item>
std::vector<Item *> itemsOfType(DiagramScene *scene)
{
    std::vector<Item *> found;
    for (QGraphicsItem *item : scene->items())
        if (auto *typed = qgraphicsitem_cast<Item *>(item))
            found.push_back(typed);
    return found;
}

const ChangeTagItem *tagOn(DiagramScene *scene, const Id &id)
{
    QGraphicsItem *owner = scene->nodeItem(id);
    if (!owner)
        owner = scene->flowItem(id);
    if (!owner)
        return nullptr;
    for (QGraphicsItem *child : owner->childItems())
        if (auto *tag = qgraphicsitem_cast<ChangeTagItem *>(child))
            return tag;
    return nullptr;
}

} // namespace

class tst_Compare : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("VigilTest"));
        QCoreApplication::setApplicationName(QStringLiteral("VigilCompareTest"));
    }

    void init() { QSettings().clear(); }

    void theActionIsInTheFileMenu()
    {
        TestWindow window;
        CompareUi *ui = compareUi(window);
        QVERIFY(ui);
        QCOMPARE(ui->compareAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
        QVERIFY(window.menuBar()->actions().first()->menu()->actions().contains(
            ui->compareAction()));
        QVERIFY(!ui->isComparing());
        QVERIFY(!ui->dock()->isVisible());
    }

    void changesAreListedAndMarked()
    {
        TestWindow window;
        QVERIFY(window.openExample());
        window.resize(1400, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTemporaryDir dir;
        const QString revision = dir.filePath(QStringLiteral("rev-a.json"));
        Document *document = window.document();
        writeModelJson(document->model(), toFsPath(revision));

        // Since that revision: the pump firmware renamed, the technician removed.
        document->push(new RenameCommand(document, "pump-fw", "Pump firmware v2"));
        document->push(new RemoveElementCommand(document, "technician"));

        CompareUi *ui = compareUi(window);
        QVERIFY(ui->compareWith(revision));
        QVERIFY(ui->isComparing());
        QVERIFY(ui->dock()->isVisible());
        ChangesPanel *panel = ui->panel();
        QTreeWidgetItem *renamed = changeRow(panel, ChangesPanel::tr("Element"), "pump-fw");
        QVERIFY(renamed);
        QCOMPARE(renamed->text(ChangesPanel::ChangeColumn), ChangesPanel::tr("\u0394 Changed"));
        QCOMPARE(renamed->child(0)->text(ChangesPanel::KindColumn), QStringLiteral("name"));
        QVERIFY(renamed->child(0)->text(ChangesPanel::NameColumn).contains("Pump firmware v2"));
        QTreeWidgetItem *removed = changeRow(panel, ChangesPanel::tr("Element"), "technician");
        QVERIFY(removed);
        QCOMPARE(removed->text(ChangesPanel::ChangeColumn), ChangesPanel::tr("\u2212 Removed"));
        QVERIFY2(panel->summaryLabel()->text().contains("rev-a.json"),
                 qPrintable(panel->summaryLabel()->text()));
        QVERIFY(ui->dock()->windowTitle().startsWith(QStringLiteral("Changes (")));

        // On the diagram: a tag on the renamed element, a ghost where the technician was.
        DiagramScene *scene = window.viewForDiagram("dfd-level0")->diagramScene();
        window.tabs()->setCurrentWidget(window.viewForDiagram("dfd-level0"));
        const ChangeTagItem *tag = tagOn(scene, "pump-fw");
        QVERIFY(tag);
        QVERIFY(tag->change() == RecordChangeKind::Changed);
        QVERIFY(!tagOn(scene, "pump-ble"));
        const auto ghosts = itemsOfType<RemovedGhostItem>(scene);
        QCOMPARE(ghosts.size(), size_t(3)); // the technician and its two flows
        QVERIFY(std::any_of(ghosts.begin(), ghosts.end(),
                            [](const RemovedGhostItem *g) { return g->id() == "technician"; }));
        // A ghost takes no clicks: what is drawn under it can still be selected.
        for (const RemovedGhostItem *ghost : ghosts)
            QCOMPARE(ghost->acceptedMouseButtons(), Qt::NoButton);

        // Choosing the row selects the element on its diagram.
        panel->tree()->setCurrentItem(renamed);
        QCOMPARE(window.selectedIds(), std::vector<Id>{"pump-fw"});

        // F1 in the Changes dock opens the guide where it is explained.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        panel->tree()->setFocus();
        QTRY_VERIFY(panel->tree()->hasFocus());
        QTest::keyClick(panel->tree(), Qt::Key_F1);
        QVERIFY(window.userGuide());
        QCOMPARE(window.userGuide()->currentPage(), QStringLiteral("files.html#compare"));
        window.userGuide()->close();

        // Undoing the rename takes it off the list, after the edit burst.
        document->undoStack()->undo(); // the removal
        document->undoStack()->undo(); // the rename
        QTRY_VERIFY(!changeRow(panel, ChangesPanel::tr("Element"), "pump-fw"));
        QTRY_VERIFY(panel->diff().equal());
        QVERIFY(!tagOn(scene, "pump-fw"));
        QVERIFY(itemsOfType<RemovedGhostItem>(scene).empty());
        QVERIFY(panel->summaryLabel()->text().startsWith(ChangesPanel::tr("No differences")));

        // Ending the comparison clears the list and every mark, and stops following edits.
        document->push(new RenameCommand(document, "pump-fw", "Pump firmware v3"));
        QTRY_VERIFY(tagOn(scene, "pump-fw"));
        ui->endComparison();
        QVERIFY(!ui->isComparing());
        QCOMPARE(panel->tree()->topLevelItemCount(), 0);
        QVERIFY(itemsOfType<ChangeTagItem>(scene).empty());
        document->push(new RenameCommand(document, "pump-fw", "Pump firmware v4"));
        QTest::qWait(600);
        QVERIFY(itemsOfType<ChangeTagItem>(scene).empty());
    }

    void addedThingsAreTaggedAndPrintsLeaveMarksOut()
    {
        TestWindow window;
        QVERIFY(window.openExample());
        QTemporaryDir dir;
        const QString revision = dir.filePath(QStringLiteral("rev-a.vigil"));
        Document *document = window.document();
        ThreatModel saved = document->model();
        saveDocument(saved, toFsPath(revision), SaveMode::Full);
        Element added;
        added.id = "new-gateway";
        added.kind = ElementKind::Process;
        added.name = "Hospital gateway";
        document->push(new AddElementCommand(document, added, "dfd-level0",
                                             Rect{2000, 2000, 120, 60}));
        CompareUi *ui = compareUi(window);
        QVERIFY(ui->compareWith(revision));
        DiagramScene *scene = window.viewForDiagram("dfd-level0")->diagramScene();
        const ChangeTagItem *tag = tagOn(scene, "new-gateway");
        QVERIFY(tag);
        QVERIFY(tag->change() == RecordChangeKind::Added);
        {
            DiagramScene::PrintScope print(*scene, true);
            QVERIFY(!tag->isVisible());
        }
        QVERIFY(tag->isVisible());
        // The filter narrows the list to what matches.
        ChangesPanel *panel = ui->panel();
        panel->filterField()->setText(QStringLiteral("gateway"));
        int shown = 0;
        for (int i = 0; i < panel->tree()->topLevelItemCount(); ++i)
            shown += panel->tree()->topLevelItem(i)->isHidden() ? 0 : 1;
        QCOMPARE(shown, 1);
    }

    void aFileThatIsNotAModelIsRefused()
    {
        TestWindow window;
        QVERIFY(window.openExample());
        QTemporaryDir dir;
        const QString notes = dir.filePath(QStringLiteral("notes.json"));
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"hello\": 1}");
        file.close();
        CompareUi *ui = compareUi(window);
        QVERIFY(!ui->compareWith(notes));
        QCOMPARE(window.errors.size(), 1);
        QVERIFY2(window.errors.front().contains(notes), qPrintable(window.errors.front()));
        QVERIFY(!ui->isComparing());
        QVERIFY(!ui->dock()->isVisible());
    }

    // A file a merge left conflicts in opens with the Merge Conflicts dock; taking theirs puts
    // their value in and closes the conflict, one undo step; a save keeps what is still open.
    void openMergeConflictsAreChosenInTheDock()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("merged.json"));
        {
            TestWindow source;
            QVERIFY(source.openExample());
            ThreatModel model = source.document()->model();
            Element controller = *model.element("pump-fw");
            const std::string base = controller.name;
            controller.name = "Controller (ours)";
            model.updateElement(controller);
            for (const char *id : {"MC-001", "MC-002"}) {
                OpenConflict conflict;
                conflict.id = id;
                conflict.kind = "element";
                conflict.record = id == std::string("MC-001") ? "pump-fw" : "technician";
                conflict.label = conflict.record;
                conflict.field = id == std::string("MC-001") ? "name" : "description";
                conflict.base = "\"" + base + "\"";
                conflict.ours = "\"Controller (ours)\"";
                conflict.theirs = "\"Controller (theirs)\"";
                conflict.reason = "changed on both sides to different values";
                model.conflicts().put(conflict);
            }
            writeModelJson(model, toFsPath(path));
        }
        TestWindow window;
        QVERIFY(window.openFile(path));
        auto *ui = window.findChild<ConflictsUi *>(QStringLiteral("conflictsUi"));
        QVERIFY(ui);
        QVERIFY(!ui->dock()->isHidden());
        QCOMPARE(ui->list()->topLevelItemCount(), 2);
        QTreeWidgetItem *first = ui->list()->topLevelItem(0);
        QCOMPARE(first->text(ConflictsUi::FieldColumn), QStringLiteral("name"));
        QCOMPARE(first->text(ConflictsUi::OursColumn), QStringLiteral("Controller (ours)"));
        QCOMPARE(first->text(ConflictsUi::TheirsColumn), QStringLiteral("Controller (theirs)"));
        QCOMPARE(first->text(ConflictsUi::HoldsColumn), ConflictsUi::tr("Ours"));
        QVERIFY(ui->dock()->windowTitle().contains("2"));

        Document *document = window.document();
        ui->list()->setCurrentItem(first);
        ui->theirsButton()->click();
        QCOMPARE(document->model().element("pump-fw")->name, std::string("Controller (theirs)"));
        QCOMPARE(document->model().conflicts().size(), size_t(1));
        QCOMPARE(ui->list()->topLevelItemCount(), 1);
        // The diagram shows their name.
        QVERIFY(window.viewForDiagram("dfd-level0"));
        document->undoStack()->undo();
        QCOMPARE(document->model().element("pump-fw")->name, std::string("Controller (ours)"));
        QCOMPARE(ui->list()->topLevelItemCount(), 2);
        document->undoStack()->redo();
        // Keeping ours for the other closes it without a change.
        ui->list()->setCurrentItem(ui->list()->topLevelItem(0));
        ui->oursButton()->click();
        QCOMPARE(document->model().conflicts().size(), size_t(0));
        QCOMPARE(ui->dock()->windowTitle(), ConflictsUi::tr("Merge Conflicts"));
        QString error;
        QVERIFY2(document->save(&error), qPrintable(error));
        Document reopened;
        QVERIFY(reopened.open(path, &error));
        QCOMPARE(reopened.model().conflicts().size(), size_t(0));
        QCOMPARE(reopened.model().element("pump-fw")->name, std::string("Controller (theirs)"));
    }
};

QTEST_MAIN(tst_Compare)
#include "tst_compare.moc"
