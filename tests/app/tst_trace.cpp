// The traceability chain in the main window, as a user meets it on the bundled example: the gap
// list shows the example's deliberate gaps, double-clicking one shows the object to fix in the
// right dock, test results come in from a CI report as one undoable step, and fixing a gap
// removes it from the list.

#include "app/MainWindow.h"
#include "app/ThreatsUi.h"
#include "app/TraceUi.h"
#include "tests/support/Unanalysed.h"
#include "views/document/Document.h"
#include "views/document/TraceCommands.h"
#include "views/panels/ThreatsPanel.h"
#include "views/trace/GapList.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using namespace vigil;

namespace {

class TestWindow final : public MainWindow {
public:
    bool deleteAnswer = false;
    QStringList deletionQuestions;

protected:
    bool confirmDeletion(const QString &question) override
    {
        deletionQuestions << question;
        return deleteAnswer;
    }
    QMessageBox::StandardButton askToSaveChanges() override { return QMessageBox::Discard; }
    QString askOpenFileName() override { return {}; }
    QString askSaveFileName() override { return {}; }
    void showError(const QString &) override {}
};

TraceUi *traceUi(MainWindow &window)
{
    return window.findChild<TraceUi *>(QStringLiteral("traceUi"));
}

ThreatsUi *threatsUi(MainWindow &window)
{
    return window.findChild<ThreatsUi *>(QStringLiteral("threatsUi"));
}

QTreeWidgetItem *gapRow(GapList *list, const QString &kindLabel, const QString &object)
{
    for (int i = 0; i < list->tree()->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = list->tree()->topLevelItem(i);
        if (item->text(0).contains(kindLabel) && item->text(1).contains(object))
            return item;
    }
    return nullptr;
}

const VerificationTest &testOf(const Document *document, const Id &id)
{
    static const VerificationTest missing;
    const VerificationTest *test = document->model().tests().find(id);
    return test ? *test : missing;
}

} // namespace

class tst_Trace : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("VigilTest"));
        QCoreApplication::setApplicationName(QStringLiteral("VigilTraceTest"));
    }

    void init() { QSettings().clear(); }

    void exampleShowsItsDeliberateGaps()
    {
        TestWindow window;
        QVERIFY(window.openExample());
        TraceUi *ui = traceUi(window);
        QVERIFY(ui);
        ui->gapList()->refresh();
        // The README lists 9 (the example has no review meeting yet); the same check as
        // `vigil-cli check`.
        QCOMPARE(ui->gapList()->tree()->topLevelItemCount(), 9);
        QCOMPARE(ui->gapDock()->windowTitle(), QStringLiteral("Gaps (9)"));
        QVERIFY(gapRow(ui->gapList(), GapList::kindLabel(stride::GapKind::TestNotPassed),
                       QStringLiteral("VT-014")));
    }

    void doubleClickingAGapShowsWhatToFix()
    {
        TestWindow window;
        QVERIFY(window.openExample());
        window.resize(1400, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        TraceUi *ui = traceUi(window);
        ui->gapList()->refresh();

        // A threat gap selects the threat in the threats dock, whatever its filters hid.
        ThreatsPanel *panel = threatsUi(window)->panel();
        panel->searchField()->setText(QStringLiteral("no such threat text"));
        QTreeWidgetItem *undecided =
            gapRow(ui->gapList(), GapList::kindLabel(stride::GapKind::ThreatUndecided),
                   QStringLiteral("#100"));
        QVERIFY(undecided);
        emit ui->gapList()->tree()->itemActivated(undecided, 0);
        QCOMPARE(panel->selectedThreats().size(), size_t(1));
        QCOMPARE(window.document()->model().threats().find(panel->selectedThreats()[0])->number,
                 100);

        // An element gap selects the element on the diagram.
        QTreeWidgetItem *transitional =
            gapRow(ui->gapList(),
                   GapList::kindLabel(stride::GapKind::TransitionalWithoutRationale),
                   QStringLiteral("HL7"));
        QVERIFY(transitional);
        emit ui->gapList()->tree()->itemActivated(transitional, 0);
        QCOMPARE(window.selectedIds(), std::vector<Id>{"interface-engine"});
    }

    void fixingAGapRemovesIt()
    {
        TestWindow window;
        QVERIFY(window.openExample());
        TraceUi *ui = traceUi(window);
        Document *document = window.document();
        TraceEdit edit(document->model());
        VerificationTest test = testOf(document, "VT-036");
        test.result = "pass";
        edit.put(test);
        document->push(new EditTraceCommand(document, QStringLiteral("pass"), edit));
        ui->gapList()->refresh();
        QCOMPARE(ui->gapList()->tree()->topLevelItemCount(), 8);
        document->undoStack()->undo();
        ui->gapList()->refresh();
        QCOMPARE(ui->gapList()->tree()->topLevelItemCount(), 9);
    }

    // Deleting an element whose threats the team decided says what will happen first.
    void deletingDecidedThreatsAsksFirst()
    {
        TestWindow window;
        QVERIFY(window.openExample());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *remove = window.findChild<QAction *>(QStringLiteral("editDelete"));
        QVERIFY(remove);
        const Document *document = window.document();
        QVERIFY(window.showItems({"pump-log"}));
        remove->trigger();
        QCOMPARE(window.deletionQuestions.size(), 1);
        QVERIFY2(window.deletionQuestions[0].contains(QStringLiteral("\"Pump event log\"")),
                 qPrintable(window.deletionQuestions[0]));
        QVERIFY(document->model().element("pump-log")); // cancelled: nothing changed
        QVERIFY(!document->isModified());

        window.deleteAnswer = true;
        remove->trigger();
        QVERIFY(!document->model().element("pump-log"));

        // Without decisions there is nothing to lose and nothing to ask.
        window.document()->setUntitledModel(testing::withoutThreats(document->model()),
                                            QStringLiteral("bare"));
        window.deletionQuestions.clear();
        QVERIFY(window.showItems({"pump-ui"}));
        remove->trigger();
        QVERIFY(window.deletionQuestions.isEmpty());
        QVERIFY(!document->model().element("pump-ui"));
    }

    void testResultsComeFromAJUnitReport()
    {
        TestWindow window;
        QVERIFY(window.openExample());
        TraceUi *ui = traceUi(window);
        Document *document = window.document();
        // Point two of the example's tests at cases of the ctest report in tests/data.
        TraceEdit edit(document->model());
        VerificationTest passing = testOf(document, "VT-036");
        passing.automation = "pump.selftest";
        edit.put(passing);
        VerificationTest failing = testOf(document, "VT-001");
        failing.automation = "bolus.rejects_replayed_command";
        edit.put(failing);
        document->push(new EditTraceCommand(document, QStringLiteral("refs"), edit));
        const int steps = document->undoStack()->count();

        QString summary;
        const QString report =
            QStringLiteral(VIGIL_SOURCE_DIR "/tests/data/junit/ctest-output-junit.xml");
        QVERIFY(ui->importTestResults({report}, &summary));
        QCOMPARE(document->undoStack()->count(), steps + 1);
        QCOMPARE(testOf(document, "VT-036").result, std::string("pass"));
        QCOMPARE(testOf(document, "VT-036").date, std::string("2026-11-30"));
        QCOMPARE(testOf(document, "VT-001").result, std::string("fail"));
        QVERIFY2(summary.contains(QStringLiteral("1 of them failed")), qPrintable(summary));

        document->undoStack()->undo();
        QCOMPARE(testOf(document, "VT-036").result, std::string("not-run"));
        QCOMPARE(testOf(document, "VT-001").result, std::string("pass"));

        // A report with a DTD changes nothing and says why.
        QVERIFY(!ui->importTestResults(
            {QStringLiteral(VIGIL_SOURCE_DIR "/tests/data/junit/handmade/billion-laughs.xml")},
            &summary));
        QVERIFY(summary.contains(QStringLiteral("DTD")));
        QCOMPARE(document->undoStack()->count(), steps + 1); // still the undone import
        QCOMPARE(document->undoStack()->index(), steps);
    }
};

QTEST_MAIN(tst_Trace)
#include "tst_trace.moc"
