// Diagram editor speed on a large model: 2,000 elements, 4,000 flows, 40 zones (model/Synth.h).
// Goals: open in the editor (file -> Document -> scene with every item) <= 1 s, also through the
// shown main window with every dock until its events settle; one zoom/pan frame at 100% rendered
// into a 1600x1000 viewport <= 16 ms; moving one element re-routes only its own flows; Analyze
// fills the threats dock (tens of thousands of rows) and its filters and sorting stay fast.

#include "app/MainWindow.h"
#include "app/ModelPanels.h"
#include "app/ThreatsUi.h"
#include "model/store/DocumentStore.h"
#include "model/Synth.h"
#include "views/document/Commands.h"
#include "views/diagram/DiagramItems.h"
#include "views/diagram/DiagramScene.h"
#include "views/diagram/DiagramView.h"
#include "views/document/Document.h"
#include "views/panels/OutlinePanel.h"
#include "views/document/ThreatAnalysis.h"
#include "views/panels/ThreatsPanel.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QImage>
#include <QLineEdit>
#include <QPainter>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

#include <filesystem>

using namespace vigil;

namespace {

class QuietWindow final : public MainWindow {
protected:
    QMessageBox::StandardButton askToSaveChanges() override { return QMessageBox::Discard; }
    void showError(const QString &message) override { qWarning("%s", qPrintable(message)); }
};

// Lets the window handle what opening or analysing posted (layouts, paints), until none is left.
void settle()
{
    for (int round = 0; round < 3; ++round) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    }
}

// The longest time the GUI thread went without returning to its event loop: a 1 ms timer that
// notes the largest gap between its ticks (a stall the user feels as a frozen window).
class StallMeter {
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_longest = std::max(m_longest, m_sinceTick.restart());
        });
    }
    void start()
    {
        m_longest = 0;
        m_sinceTick.start();
        m_timer.start();
    }
    qint64 stop()
    {
        m_timer.stop();
        return std::max(m_longest, m_sinceTick.elapsed());
    }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    qint64 m_longest = 0;
};

} // namespace

class BenchEditor : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        ThreatModel model = synthesizeModel({2000, 4000, 40, 11});
        QCOMPARE(model.elementCount(), size_t(2000));
        QCOMPARE(model.flowCount(), size_t(4000));
        m_path = m_dir.filePath(QStringLiteral("synth.vigil"));
        saveDocument(model, std::filesystem::path(m_path.toStdString()), SaveMode::Full);
        m_window = std::make_unique<QuietWindow>();
        m_window->resize(1800, 1200);
    }

    // The editor itself: the file read into a Document and its diagram built as a scene in a
    // view (the goal's figure).
    void openInEditor()
    {
        std::unique_ptr<DiagramView> view;
        QBENCHMARK {
            view.reset();
            auto document = std::make_unique<Document>();
            QVERIFY(document->open(m_path));
            const Id diagram = document->model().diagrams().front()->id;
            view = std::make_unique<DiagramView>(nullptr);
            auto *scene = new DiagramScene(document.get(), diagram, view.get());
            view->setScene(scene);
            document.release()->setParent(view.get());
            QCOMPARE(scene->flowItemCount(), size_t(4000));
        }
    }

    // The same through the shown main window, with every dock that follows the model, until
    // the window has painted and its events settled (goal <= 1 s).
    void openInMainWindow()
    {
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        settle();
        // One timed run, printed: a benchmark function would run twice, the second time over
        // the open model (and Analyze with nothing left to change).
        QElapsedTimer clock;
        clock.start();
        QVERIFY(m_window->openFile(m_path));
        const qint64 opened = clock.elapsed();
        settle();
        const qint64 total = clock.elapsed();
        qInfo("open in the main window: %lld ms (openFile %lld ms, then events and paint)", total,
              opened);
        DiagramScene *scene = m_window->currentView()->diagramScene();
        QCOMPARE(scene->elementItemCount(), size_t(2000));
        QCOMPARE(scene->flowItemCount(), size_t(4000));
        QTreeWidget *outline = m_window->panels()->outline()->tree();
        QCOMPARE(outline->topLevelItem(1)->childCount(), 4000); // the Flows group
    }

    // The outline's search box on the open model: one filter over 6,000 rows, then clearing it.
    void filterOutline()
    {
        OutlinePanel *outline = m_window->panels()->outline();
        QBENCHMARK {
            outline->setFilter(QStringLiteral("process 1"));
            outline->setFilter(QString());
        }
        QVERIFY(!outline->rowOf(m_window->document()->model().flows().front()->id)->isHidden());
    }

    // Uses the window openInMainWindow filled: QBENCHMARK may run a function several times.
    void renderFrameAt100Percent()
    {
        QVERIFY(m_window->currentView());
        DiagramView *view = m_window->currentView();
        view->resize(1600, 1000);
        view->resetZoom();
        view->centerOn(view->diagramScene()->contentRect().center());
        QImage frame(view->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
        int step = 0;
        QBENCHMARK {
            // A pan of one wheel notch, then the frame the view would paint.
            view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->value()
                                                  + (step++ % 2 ? -40 : 40));
            QPainter painter(&frame);
            view->render(&painter, QRectF(), view->viewport()->rect());
        }
    }

    void moveOneElement()
    {
        QVERIFY(m_window->currentView());
        DiagramScene *scene = m_window->currentView()->diagramScene();
        const Diagram &diagram = *m_window->document()->model().diagrams().front();
        Id moved;
        for (const auto &[id, rect] : diagram.nodes)
            if (model().element(id) && (moved.empty() || model().flowsOf(id).size()
                                                             > model().flowsOf(moved).size()))
                moved = id;
        NodeItem *node = scene->nodeItem(moved);
        QVERIFY(node);
        std::map<Id, int> before;
        for (const auto &[flow, layout] : diagram.flows)
            before[flow] = scene->flowItem(flow)->adjustCount();
        const QPointF start = node->pos();
        int step = 0;
        QBENCHMARK {
            node->setPos(start + QPointF(++step % 7, 0));
        }
        const std::vector<Id> own = m_window->document()->model().flowsOf(moved);
        int rerouted = 0;
        for (const auto &[flow, count] : before) {
            const bool changed = scene->flowItem(flow)->adjustCount() != count;
            rerouted += changed ? 1 : 0;
            if (changed)
                QVERIFY(std::find(own.begin(), own.end(), flow) != own.end());
        }
        QCOMPARE(rerouted, static_cast<int>(own.size()));
    }

    // Analyze (F5) on the open model: the worker, the one undo command and the threats dock
    // filled with every row, until the window settles; then a filter and a sort on that table.
    void analyzeAndFillThreatsDock()
    {
        auto *ui = m_window->findChild<ThreatsUi *>(QStringLiteral("threatsUi"));
        QVERIFY(ui);
        ThreatAnalyzer *analyzer = ui->analyzer();
        QSignalSpy finished(analyzer, &ThreatAnalyzer::finished);
        QElapsedTimer clock;
        clock.start();
        ui->analyzeAction()->trigger();
        QVERIFY(QTest::qWaitFor([&] {
            return finished.count() > 0 && !analyzer->isRunning() && !analyzer->isPending();
        }, 60000));
        settle();
        const qint64 total = clock.elapsed();
        ThreatsPanel *panel = ui->panel();
        const int rows = panel->tableModel()->rowCount();
        QVERIFY2(rows > 10000, qPrintable(QString::number(rows)));
        QCOMPARE(panel->filterModel()->rowCount(), rows);
        qInfo("analyze and fill the threats dock: %lld ms for %d threats (analysis %lld ms, of "
              "which %lld ms on the GUI thread)",
              total, rows, analyzer->lastDurationMs(), analyzer->lastGuiTimeMs());

        clock.start();
        panel->searchField()->setText(QStringLiteral("tampering"));
        panel->categoryFilter()->setCurrentIndex(2);
        settle();
        const int filtered = panel->filterModel()->rowCount();
        QVERIFY(filtered > 0 && filtered < rows);
        panel->searchField()->clear();
        panel->categoryFilter()->setCurrentIndex(0);
        settle();
        QCOMPARE(panel->filterModel()->rowCount(), rows);
        qInfo("threats dock: search and category filter set and cleared: %lld ms",
              clock.elapsed());

        clock.start();
        panel->table()->sortByColumn(ThreatTableModel::Targets, Qt::AscendingOrder);
        settle();
        panel->table()->sortByColumn(ThreatTableModel::Number, Qt::AscendingOrder);
        settle();
        qInfo("threats dock: sorted by target, then by number: %lld ms", clock.elapsed());

        // A rename changes the target text of the element's threats.
        const Element *renamed = model().elements().front();
        clock.start();
        m_window->document()->push(
            new RenameCommand(m_window->document(), renamed->id, "Renamed element"));
        settle();
        qInfo("threats dock: element renamed: %lld ms", clock.elapsed());
        m_window->document()->undoStack()->undo();
        analyzer->setAutomatic(false); // no analysis left running at the end
    }

    // Issue 14's GUI goal: an edit, its re-analysis and the updated threats dock (<= 150 ms end
    // to end, no stall of the GUI thread over 30 ms). F5 right after the edit, so the figure
    // holds no debounce wait.
    void editReanalyzeAndUpdateDock()
    {
        auto *ui = m_window->findChild<ThreatsUi *>(QStringLiteral("threatsUi"));
        QVERIFY(ui);
        ThreatAnalyzer *analyzer = ui->analyzer();
        analyzer->setAutomatic(false);
        settle();
        ThreatsPanel *panel = ui->panel();
        const Element *element = model().elements()[model().elementCount() / 2];
        const Id id = element->id;
        QStringList times;
        qint64 worstStall = 0;
        for (int round = 0; round < 5; ++round) {
            QSignalSpy finished(analyzer, &ThreatAnalyzer::finished);
            StallMeter stalls;
            QElapsedTimer clock;
            clock.start();
            stalls.start();
            m_window->document()->push(new RenameCommand(
                m_window->document(), id, "Renamed " + std::to_string(round)));
            analyzer->analyze();
            QVERIFY(QTest::qWaitFor([&] { return finished.count() > 0; }, 60000));
            settle();
            const qint64 total = clock.elapsed();
            worstStall = std::max(worstStall, stalls.stop());
            times << QString::number(total);
            QVERIFY(!analyzer->isRunning());
        }
        const QString title = panel->tableModel()
                                  ->index(0, ThreatTableModel::Title)
                                  .data()
                                  .toString();
        QVERIFY(!title.isEmpty());
        qInfo("edit + re-analysis + threats dock, 2,000 elements: %s ms (5 rounds); longest GUI "
              "stall %lld ms; GUI thread %lld ms of the last analysis",
              qPrintable(times.join(QStringLiteral(", "))), worstStall,
              analyzer->lastGuiTimeMs());
    }

private:
    const ThreatModel &model() const { return m_window->document()->model(); }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<QuietWindow> m_window;
};

QTEST_MAIN(BenchEditor)
#include "bench_editor.moc"
