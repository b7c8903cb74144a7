// Threat analysis in the main window: the Analyze action, the Threats dock following and
// driving the diagram selection, the badges on diagram items, and how long a large model takes.

#include "app/MainWindow.h"
#include "app/ThreatsUi.h"
#include "model/json/JsonInterchange.h"
#include "tests/support/Unanalysed.h"
#include "model/Synth.h"
#include "views/document/Commands.h"
#include "views/diagram/DiagramItems.h"
#include "views/diagram/DiagramScene.h"
#include "views/diagram/DiagramView.h"
#include "views/document/Document.h"
#include "views/document/ThreatAnalysis.h"
#include "views/diagram/ThreatBadges.h"
#include "views/document/ThreatCommands.h"
#include "views/panels/ThreatsPanel.h"

#include <QAction>
#include <QElapsedTimer>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace vigil;

namespace {

class TestWindow final : public MainWindow {
public:
    QStringList errorsShown;

    // The bundled example as it was before anyone analysed it: no threat records, so every
    // threat an analysis finds is new and open.
    bool openUnanalysedExample()
    {
        if (!openExample())
            return false;
        document()->setUntitledModel(testing::withoutThreats(document()->model()),
                                     document()->displayName());
        return true;
    }

protected:
    QMessageBox::StandardButton askToSaveChanges() override { return QMessageBox::Discard; }
    QString askOpenFileName() override { return {}; }
    QString askSaveFileName() override { return {}; }
    void showError(const QString &message) override { errorsShown << message; }
};

ThreatsUi *threatsUi(MainWindow &window)
{
    return window.findChild<ThreatsUi *>(QStringLiteral("threatsUi"));
}

bool waitForAnalysis(ThreatAnalyzer *analyzer, QSignalSpy &finished)
{
    return QTest::qWaitFor([&] {
        return finished.count() > 0 && !analyzer->isRunning() && !analyzer->isPending();
    }, 60000);
}

// Clicks the table row that shows `threat`.
bool clickThreat(ThreatsPanel *panel, const Id &threat)
{
    const int sourceRow = panel->tableModel()->rowOf(threat);
    const QModelIndex index = panel->filterModel()->mapFromSource(
        panel->tableModel()->index(sourceRow, ThreatTableModel::Title));
    if (!index.isValid())
        return false;
    panel->table()->scrollTo(index);
    const QRect rect = panel->table()->visualRect(index);
    QTest::mouseClick(panel->table()->viewport(), Qt::LeftButton, {}, rect.center());
    return true;
}

const Threat *threatOn(const ThreatModel &model, const std::vector<Id> &targets)
{
    for (const auto &[id, threat] : model.threats().all())
        if (threat.targets == targets)
            return &threat;
    return nullptr;
}

} // namespace

class tst_Analysis : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("VigilTest"));
        QCoreApplication::setApplicationName(QStringLiteral("VigilAnalysisTest"));
    }

    void init() { QSettings().clear(); }

    void f5AnalyzesAndTheStatusBarSaysWhat()
    {
        TestWindow window;
        QVERIFY(window.openUnanalysedExample());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ThreatsUi *ui = threatsUi(window);
        QVERIFY(ui);
        QVERIFY(ui->automaticAction()->isChecked()); // on by default
        QCOMPARE(ui->panel()->tableModel()->rowCount(), 0); // opening never analyses
        QSignalSpy finished(ui->analyzer(), &ThreatAnalyzer::finished);
        QTest::keyClick(&window, Qt::Key_F5);
        QVERIFY(waitForAnalysis(ui->analyzer(), finished));
        const int threats = static_cast<int>(window.document()->model().threats().size());
        QVERIFY(threats > 100);
        QCOMPARE(ui->panel()->filterModel()->rowCount(), threats);
        // "414 threats, 414 new, 0 obsolete" (plural forms come with the translations).
        const QString state = ui->stateLabel()->text();
        QVERIFY2(state.startsWith(QStringLiteral("%1 threat").arg(threats))
                     && state.endsWith(QStringLiteral(", %1 new, 0 obsolete").arg(threats)),
                 qPrintable(state));
        QVERIFY(window.isWindowModified());
    }

    // One edit, one undo step: the re-analysis it starts joins it, so one Ctrl+Z takes back
    // the edit and what it did to the threats; F5 on an unchanged model adds no step.
    void anEditAndItsAnalysisAreOneUndoStep()
    {
        TestWindow window;
        QVERIFY(window.openExample()); // analysed, decided
        ThreatsUi *ui = threatsUi(window);
        ui->analyzer()->setDelay(5);
        Document *document = window.document();
        const std::string before = modelToJson(document->model());
        QSignalSpy finished(ui->analyzer(), &ThreatAnalyzer::finished);
        document->push(new RenameCommand(document, "pump-fw", "Dose engine"));
        QVERIFY(waitForAnalysis(ui->analyzer(), finished));
        QCOMPARE(document->undoStack()->count(), 1);
        // The threat titles name the element: the analysis changed them in the same step.
        bool renamedInTitles = false;
        for (const auto &[id, threat] : document->model().threats().all())
            renamedInTitles |= document->model().render(threat.title).find("Dose engine")
                               != std::string::npos;
        QVERIFY(renamedInTitles);

        finished.clear();
        ui->analyzeAction()->trigger(); // F5: nothing has changed since
        QVERIFY(waitForAnalysis(ui->analyzer(), finished));
        QCOMPARE(document->undoStack()->count(), 1);

        document->undoStack()->undo();
        QTest::qWait(30);
        QTRY_VERIFY(!ui->analyzer()->isPending() && !ui->analyzer()->isRunning());
        QCOMPARE(modelToJson(document->model()), before);
        QVERIFY(!document->isModified());
    }

    // The team adds a threat the rules do not know: it is marked manual, survives analysis,
    // goes through the file and JSON, and one undo takes it back.
    void manualThreatsAreAddedByHandAndKept()
    {
        TestWindow window;
        QVERIFY(window.openExample());
        ThreatsUi *ui = threatsUi(window);
        ui->analyzer()->setDelay(5);
        QVERIFY(!ui->newThreatAction()->isEnabled()); // nothing selected
        QVERIFY(window.showItems({"pump-fw"}));
        QVERIFY(ui->newThreatAction()->isEnabled());
        Document *document = window.document();
        const int next = document->model().info().nextThreatNumber;
        const std::string before = modelToJson(document->model());
        const Id id = ui->addManualThreat("pump-fw", StrideCategory::Tampering,
                                          "Counterfeit pump swapped in during service",
                                          "A fake pump delivers the wrong dose.", "high");
        const Threat *threat = document->model().threats().find(id);
        QVERIFY(threat && threat->manual);
        QCOMPARE(threat ? threat->number : 0, next);
        QCOMPARE(document->model().info().nextThreatNumber, next + 1);
        QCOMPARE(ui->panel()->selectedThreats(), std::vector<Id>{id});
        QVERIFY(ui->panel()->tableModel()->data(ui->panel()->tableModel()->index(
                    ui->panel()->tableModel()->rowOf(id), ThreatTableModel::Title))
                    .toString().startsWith(QStringLiteral("✎ ")));

        QSignalSpy finished(ui->analyzer(), &ThreatAnalyzer::finished);
        ui->analyzeAction()->trigger();
        QVERIFY(waitForAnalysis(ui->analyzer(), finished));
        const Threat *kept = document->model().threats().find(id);
        QVERIFY(kept && kept->status == ThreatStatus::Open);

        const std::string json = modelToJson(document->model());
        QVERIFY(json.find("\"manual\": true") != std::string::npos);
        const ThreatModel reread = modelFromJson(json);
        const Threat *read = reread.threats().find(id);
        QVERIFY(read && read->manual);

        document->undoStack()->undo();
        QVERIFY(!document->model().threats().find(id));
        QCOMPARE(document->model().info().nextThreatNumber, next);
        QCOMPARE(modelToJson(document->model()), before);
    }

    void automaticAnalysisCanBeSwitchedOff()
    {
        TestWindow window;
        QVERIFY(window.openUnanalysedExample());
        ThreatsUi *ui = threatsUi(window);
        ui->analyzer()->setDelay(5);
        ui->automaticAction()->setChecked(false);
        QCOMPARE(QSettings().value(QStringLiteral("threats/analyzeAutomatically")).toBool(),
                 false);
        window.document()->push(new RenameCommand(window.document(), "pump-fw", "Dose engine"));
        QVERIFY(!ui->analyzer()->isPending());
        QTest::qWait(30);
        QVERIFY(window.document()->model().threats().all().empty());
        ui->automaticAction()->setChecked(true);
        window.document()->push(new RenameCommand(window.document(), "pump-fw", "Dose logic"));
        QVERIFY(ui->analyzer()->isPending());
        QTRY_VERIFY(!window.document()->model().threats().all().empty());
    }

    void clickingAThreatSelectsItsTargetOnTheDiagram_data()
    {
        QTest::addColumn<std::vector<Id>>("targets");
        QTest::newRow("element") << std::vector<Id>{"pump-fw"};
        QTest::newRow("flow") << std::vector<Id>{"f-alarm-log"};
        // A crossing threat names the flow and every zone it crosses: all get selected.
        QTest::newRow("crossing") << std::vector<Id>{"f-app-cloud", "tb-phone", "tb-cloud"};
    }

    void clickingAThreatSelectsItsTargetOnTheDiagram()
    {
        QFETCH(std::vector<Id>, targets);
        TestWindow window;
        QVERIFY(window.openUnanalysedExample());
        window.resize(1400, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ThreatsUi *ui = threatsUi(window);
        QSignalSpy finished(ui->analyzer(), &ThreatAnalyzer::finished);
        ui->analyzeAction()->trigger();
        QVERIFY(waitForAnalysis(ui->analyzer(), finished));
        const ThreatModel &model = window.document()->model();
        const Threat *threat = threatOn(model, targets);
        QVERIFY(threat);
        QVERIFY(clickThreat(ui->panel(), threat->id));
        QCOMPARE(ui->panel()->selectedThreats(), std::vector<Id>{threat->id});
        std::vector<Id> expected = targets;
        std::sort(expected.begin(), expected.end());
        QCOMPARE(window.selectedIds(), expected);
    }

    void onlySelectedFollowsTheDiagram()
    {
        TestWindow window;
        QVERIFY(window.openUnanalysedExample());
        ThreatsUi *ui = threatsUi(window);
        QSignalSpy finished(ui->analyzer(), &ThreatAnalyzer::finished);
        ui->analyzeAction()->trigger();
        QVERIFY(waitForAnalysis(ui->analyzer(), finished));
        ThreatsPanel *panel = ui->panel();
        const int all = panel->filterModel()->rowCount();
        QTest::mouseClick(panel->onlySelectedButton(), Qt::LeftButton);
        QCOMPARE(panel->filterModel()->rowCount(), 0); // nothing selected yet
        QVERIFY(window.showItems({"pump-log"}));
        const int rows = panel->filterModel()->rowCount();
        QVERIFY(rows > 0 && rows < all);
        for (int row = 0; row < rows; ++row) {
            const Id id = panel->filterModel()->index(row, 0)
                              .data(ThreatTableModel::ThreatIdRole).toString().toStdString();
            const Threat *threat = window.document()->model().threats().find(id);
            QVERIFY(threat);
            QCOMPARE(threat->targets, std::vector<Id>{"pump-log"});
        }
    }

    // Clicking an element's badge lists that element's threats.
    void clickingABadgeShowsItsThreats()
    {
        TestWindow window;
        QVERIFY(window.openUnanalysedExample());
        window.resize(1400, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ThreatsUi *ui = threatsUi(window);
        QSignalSpy finished(ui->analyzer(), &ThreatAnalyzer::finished);
        ui->analyzeAction()->trigger();
        QVERIFY(waitForAnalysis(ui->analyzer(), finished));
        DiagramView *view = window.viewForDiagram("dfd-level0");
        ElementItem *pump = view->diagramScene()->elementItem("pump-fw");
        QVERIFY(pump);
        QTRY_VERIFY(!pump->childItems().isEmpty() && pump->childItems().front()->isVisible());
        QGraphicsItem *badge = pump->childItems().front();
        view->centerOn(badge);
        const QPoint at = view->mapFromScene(badge->sceneBoundingRect().center());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(window.selectedIds(), std::vector<Id>{"pump-fw"});
        ThreatsPanel *panel = ui->panel();
        QVERIFY(panel->onlySelectedButton()->isChecked());
        const int rows = panel->filterModel()->rowCount();
        QCOMPARE(rows, openThreatCounts(window.document()->model()).at("pump-fw"));
        for (int row = 0; row < rows; ++row) {
            const Id id = panel->filterModel()->index(row, 0)
                              .data(ThreatTableModel::ThreatIdRole).toString().toStdString();
            QCOMPARE(window.document()->model().threats().find(id)->targets,
                     std::vector<Id>{"pump-fw"});
        }
    }

    void badgesCountOpenThreats()
    {
        TestWindow window;
        QVERIFY(window.openUnanalysedExample());
        ThreatsUi *ui = threatsUi(window);
        DiagramScene *scene = window.viewForDiagram("dfd-level0")->diagramScene();
        ElementItem *pump = scene->elementItem("pump-fw");
        FlowItem *flow = scene->flowItem("f-alarm-log");
        QVERIFY(pump && flow);
        QCOMPARE(pump->threatCount(), 0);
        QSignalSpy finished(ui->analyzer(), &ThreatAnalyzer::finished);
        ui->analyzeAction()->trigger();
        QVERIFY(waitForAnalysis(ui->analyzer(), finished));
        const auto counts = openThreatCounts(window.document()->model());
        QVERIFY(counts.at("pump-fw") >= 6); // a process gets all of STRIDE
        QTRY_COMPARE(pump->threatCount(), counts.at("pump-fw"));
        QTRY_COMPARE(flow->threatCount(), counts.at("f-alarm-log"));
        const auto badges = pump->childItems();
        QCOMPARE(badges.size(), 1);
        QVERIFY(badges.front()->toolTip().startsWith(
            QStringLiteral("%1 open threat").arg(counts.at("pump-fw"))));
        QVERIFY(badges.front()->isVisible());

        // A decision closes one threat: the badge counts one less.
        const Threat *threat = threatOn(window.document()->model(), {"pump-fw"});
        window.document()->push(new SetThreatStatusCommand(window.document(), {threat->id},
                                                           ThreatStatus::Mitigated));
        QTRY_COMPARE(pump->threatCount(), counts.at("pump-fw") - 1);
        window.document()->undoStack()->undo();
        QTRY_COMPARE(pump->threatCount(), counts.at("pump-fw"));
        // Undoing the analysis clears the badges.
        window.document()->undoStack()->undo();
        QTRY_COMPARE(pump->threatCount(), 0);
        QVERIFY(!badges.front()->isVisible());
    }

    // Not a pass/fail figure: how long Analyze takes for a 2,000-element model, and how much of
    // it the GUI thread spends (copying the model and applying the result).
    void largeModelTiming()
    {
        TestWindow window;
        SynthOptions options;
        options.elements = 2000;
        options.flows = 4000;
        options.boundaries = 20;
        window.document()->setUntitledModel(synthesizeModel(options), QStringLiteral("synth"));
        ThreatsUi *ui = threatsUi(window);
        ui->automaticAction()->setChecked(false);
        ThreatAnalyzer *analyzer = ui->analyzer();

        // The event loop keeps running while the worker analyses.
        int ticks = 0;
        QTimer ticker;
        ticker.setInterval(5);
        connect(&ticker, &QTimer::timeout, [&ticks] { ++ticks; });
        ticker.start();
        QSignalSpy finished(analyzer, &ThreatAnalyzer::finished);
        QElapsedTimer clock;
        clock.start();
        analyzer->analyze();
        QVERIFY(waitForAnalysis(analyzer, finished));
        const qint64 first = clock.elapsed();
        const size_t threats = window.document()->model().threats().size();
        qInfo("2,000 elements, 4,000 flows: %zu threats; first Analyze %lld ms end to end "
              "(GUI thread %lld ms), %d event-loop ticks meanwhile",
              threats, first, analyzer->lastGuiTimeMs(), ticks);
        QVERIFY(threats > 10000);

        const Id element = window.document()->model().elements().front()->id;
        window.document()->push(new RenameCommand(window.document(), element, "Renamed"));
        QSignalSpy again(analyzer, &ThreatAnalyzer::finished);
        clock.restart();
        analyzer->analyze();
        QVERIFY(waitForAnalysis(analyzer, again));
        qInfo("re-analysis after a rename: %lld ms end to end (GUI thread %lld ms)",
              clock.elapsed(), analyzer->lastGuiTimeMs());
    }
};

QTEST_MAIN(tst_Analysis)
#include "tst_analysis.moc"
