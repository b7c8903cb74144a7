// Diagram editor speed on a large model: 2,000 elements, 4,000 flows, 40 zones (model/Synth.h).
// Goals: open in the editor (file -> Document -> scene with every item) <= 1 s; one zoom/pan
// frame at 100% rendered into a 1600x1000 viewport <= 16 ms; moving one element re-routes only
// its own flows.

#include "app/MainWindow.h"
#include "model/DocumentStore.h"
#include "model/Synth.h"
#include "views/DiagramItems.h"
#include "views/DiagramScene.h"
#include "views/DiagramView.h"
#include "views/Document.h"

#include <QImage>
#include <QPainter>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>

using namespace vigil;

namespace {

class QuietWindow final : public MainWindow {
protected:
    QMessageBox::StandardButton askToSaveChanges() override { return QMessageBox::Discard; }
    void showError(const QString &message) override { qWarning("%s", qPrintable(message)); }
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

    // The same through the main window, with every dock that follows the model.
    void openInMainWindow()
    {
        QBENCHMARK_ONCE {
            QVERIFY(m_window->openFile(m_path));
        }
        DiagramScene *scene = m_window->currentView()->diagramScene();
        QCOMPARE(scene->elementItemCount(), size_t(2000));
        QCOMPARE(scene->flowItemCount(), size_t(4000));
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

private:
    const ThreatModel &model() const { return m_window->document()->model(); }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<QuietWindow> m_window;
};

QTEST_MAIN(BenchEditor)
#include "bench_editor.moc"
