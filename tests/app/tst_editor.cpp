// The diagram editor (canvas): what a security architect does with mouse and keyboard, played
// with real QTest events on a DiagramView inside the main window, checked on the model.

#include "app/DiagramEditor.h"
#include "app/MainWindow.h"
#include "model/AutoLayout.h"
#include "model/json/JsonInterchange.h"
#include "model/store/DocumentStore.h"
#include "model/Synth.h"
#include "views/diagram/DiagramEditing.h"
#include "views/diagram/DiagramItems.h"
#include "views/diagram/DiagramScene.h"
#include "views/diagram/DiagramView.h"
#include "views/document/Commands.h"
#include "views/document/Document.h"
#include "views/document/EditCommands.h"
#include "views/diagram/EditHandles.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDrag>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyleOptionGraphicsItem>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QToolBar>

#include <cmath>

using namespace vigil;
using Tool = DiagramScene::Tool;

namespace {

class TestWindow final : public MainWindow {
public:
    QStringList errorsShown;

protected:
    QMessageBox::StandardButton askToSaveChanges() override { return QMessageBox::Discard; }
    QString askOpenFileName() override { return {}; }
    QString askSaveFileName() override { return {}; }
    void showError(const QString &message) override { errorsShown << message; }
};

Rect rectAround(QPointF centre, double width = kElementWidth, double height = kElementHeight)
{
    return {centre.x() - width / 2, centre.y() - height / 2, width, height};
}

QPointF centreOf(const Rect &rect)
{
    return {rect.x + rect.width / 2, rect.y + rect.height / 2};
}

} // namespace

class tst_Editor : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestWindow> m_window;
    DiagramView *m_view = nullptr;
    DiagramScene *m_scene = nullptr;
    DiagramEditor *m_editor = nullptr;

    Document *document() const { return m_window->document(); }
    const ThreatModel &model() const { return m_window->document()->model(); }
    const Diagram &diagram() const { return *model().diagram(m_scene->diagramId()); }
    std::string json() const { return modelToJson(model()); }
    Rect rectOf(const Id &id) const { return diagram().nodes.at(id); }
    QWidget *viewport() const { return m_view->viewport(); }
    QPoint at(QPointF scenePos) const { return m_view->mapFromScene(scenePos); }

    Id addElement(ElementKind kind, QPointF centre)
    {
        return editing::addElement(document(), m_scene->diagramId(), kind, rectAround(centre));
    }
    Id addZone(const Rect &rect)
    {
        return editing::addZone(document(), m_scene->diagramId(), rect);
    }

    void click(QPointF scenePos, Qt::KeyboardModifiers modifiers = {})
    {
        QTest::mouseClick(viewport(), Qt::LeftButton, modifiers, at(scenePos));
    }
    void doubleClick(QPointF scenePos)
    {
        QTest::mouseDClick(viewport(), Qt::LeftButton, {}, at(scenePos));
    }
    // A left-button drag in small steps, as a hand would make it.
    void drag(QPointF from, QPointF to, Qt::KeyboardModifiers modifiers = {})
    {
        QTest::mousePress(viewport(), Qt::LeftButton, modifiers, at(from));
        for (int step = 1; step <= 4; ++step)
            QTest::mouseMove(viewport(), at(from + (to - from) * step / 4.0));
        QTest::mouseRelease(viewport(), Qt::LeftButton, modifiers, at(to));
    }
    void key(int keyCode, Qt::KeyboardModifiers modifiers = {})
    {
        QTest::keyClick(viewport(), static_cast<Qt::Key>(keyCode), modifiers);
    }
    QAction *action(const char *name) const
    {
        return m_editor->findChild<QAction *>(QString::fromLatin1(name));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("VigilTest"));
        QCoreApplication::setApplicationName(QStringLiteral("VigilEditorTest"));
    }

    void init()
    {
        QSettings().clear(); // no legend, grid or layout left by an earlier run
        m_window = std::make_unique<TestWindow>();
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_editor = m_window->findChild<DiagramEditor *>();
        QVERIFY(m_editor);
        m_editor->setSnapToGrid(false);
        m_view = m_window->currentView();
        QVERIFY(m_view);
        m_scene = m_view->diagramScene();
        // A fixed scene area at 100%, so scene points map to the same pixels in every test.
        m_scene->setSceneRect(-200, -200, 1600, 1200);
        m_view->resetZoom();
        m_view->centerOn(400, 300);
        m_view->setFocus();
        document()->undoStack()->clear();
    }

    void cleanup()
    {
        document()->undoStack()->clear();
        m_window.reset();
    }

    // ------------------------------------------------------------ placing

    void placeFromPalette_data()
    {
        QTest::addColumn<QString>("actionName");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("name");
        QTest::newRow("external entity") << "toolExternalEntity"
                                         << int(ElementKind::ExternalEntity)
                                         << "External entity 1";
        QTest::newRow("process") << "toolProcess" << int(ElementKind::Process) << "Process 1";
        QTest::newRow("data store") << "toolDataStore" << int(ElementKind::DataStore)
                                    << "Data store 1";
    }
    void placeFromPalette()
    {
        QFETCH(QString, actionName);
        QFETCH(int, kind);
        QFETCH(QString, name);
        QAction *tool = action(actionName.toLatin1().constData());
        QVERIFY(tool);
        QWidget *button = m_editor->palette()->widgetForAction(tool);
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(tool->isChecked());

        const std::string before = json();
        click({300, 200});
        QCOMPARE(model().elementCount(), size_t(1));
        const Element *element = model().elements().front();
        QCOMPARE(int(element->kind), kind);
        QCOMPARE(QString::fromStdString(element->name), name);
        QCOMPARE(QUuid::fromString(QString::fromStdString(element->id)).isNull(), false);
        QCOMPARE(rectOf(element->id), rectAround({300, 200}));
        // Placed and selected; the palette is back at Select.
        QCOMPARE(m_scene->selectedIds(), std::vector<Id>{element->id});
        QCOMPARE(m_scene->tool(), Tool::Select);
        QVERIFY(action("toolSelect")->isChecked());
        document()->undoStack()->undo();
        QCOMPARE(json(), before);
    }

    void placeByShortcutAndDrag()
    {
        m_view->setFocus();
        key(Qt::Key_P);
        QCOMPARE(m_scene->tool(), Tool::Process);
        drag({100, 100}, {340, 220});
        QCOMPARE(model().elementCount(), size_t(1));
        QCOMPARE(rectOf(model().elements().front()->id), (Rect{100, 100, 240, 120}));
    }

    // A drag from the palette cannot be driven by QTest (QDrag runs its own loop), so the drop
    // side is played with the drag-and-drop events the palette's drag would deliver.
    void sendDrop(QMimeData *mime, QPointF scenePos)
    {
        QVERIFY(viewport()->acceptDrops()); // else a real drag would never reach the view
        const QPoint pos = at(scenePos);
        QDragEnterEvent enter(pos, Qt::CopyAction, mime, Qt::LeftButton, {});
        QApplication::sendEvent(viewport(), &enter);
        QDragMoveEvent move(pos, Qt::CopyAction, mime, Qt::LeftButton, {});
        QApplication::sendEvent(viewport(), &move);
        QDropEvent drop(QPointF(pos), Qt::CopyAction, mime, Qt::LeftButton, {});
        QApplication::sendEvent(viewport(), &drop);
    }

    void dropFromPalette_data()
    {
        QTest::addColumn<QByteArray>("kindName");
        QTest::addColumn<int>("kind"); // -1: a trust zone
        QTest::addColumn<bool>("snap");
        QTest::newRow("external entity") << QByteArray("external-entity")
                                         << int(ElementKind::ExternalEntity) << false;
        QTest::newRow("process") << QByteArray("process") << int(ElementKind::Process) << false;
        QTest::newRow("data store") << QByteArray("data-store") << int(ElementKind::DataStore)
                                    << false;
        QTest::newRow("trust zone") << QByteArray("zone") << -1 << false;
        QTest::newRow("process, snapped to the grid") << QByteArray("process")
                                                      << int(ElementKind::Process) << true;
    }
    void dropFromPalette()
    {
        QFETCH(QByteArray, kindName);
        QFETCH(int, kind);
        QFETCH(bool, snap);
        m_editor->setSnapToGrid(snap);
        const QPointF dropAt(313, 207);
        QMimeData mime;
        mime.setData(QStringLiteral("application/x-vigil-palette-kind"), kindName);
        const std::string before = json();

        sendDrop(&mime, dropAt);

        Id placed;
        if (kind >= 0) {
            QCOMPARE(model().elementCount(), size_t(1));
            QCOMPARE(model().boundaries().size(), size_t(0));
            const Element *element = model().elements().front();
            QCOMPARE(int(element->kind), kind);
            placed = element->id;
        } else {
            QCOMPARE(model().elementCount(), size_t(0));
            QCOMPARE(model().boundaries().size(), size_t(1));
            placed = model().boundaries().front()->id;
        }
        const Rect rect = rectOf(placed);
        const QPointF centre = centreOf(rect);
        // Centred on the drop point; with snapping, the corner lies on the grid nearby.
        const double slack = snap ? DiagramScene::kGridSize / 2 : 0.5;
        QVERIFY2(std::abs(centre.x() - dropAt.x()) <= slack
                     && std::abs(centre.y() - dropAt.y()) <= slack,
                 qPrintable(QStringLiteral("centre %1,%2").arg(centre.x()).arg(centre.y())));
        if (snap) {
            QCOMPARE(std::fmod(rect.x, DiagramScene::kGridSize), 0.0);
            QCOMPARE(std::fmod(rect.y, DiagramScene::kGridSize), 0.0);
        }
        // Selected, the tool untouched, and one undo step takes it away.
        QCOMPARE(m_scene->selectedIds(), std::vector<Id>{placed});
        QCOMPARE(m_scene->tool(), Tool::Select);
        QVERIFY(action("toolSelect")->isChecked());
        QCOMPARE(document()->undoStack()->count(), 1);
        document()->undoStack()->undo();
        QCOMPARE(json(), before);
    }

    // The offscreen platform's QDrag::exec returns at once, so only the drag the palette button
    // starts is checked here; its drop is played by dropFromPalette.
    void dragOnPaletteButtonStartsADrag()
    {
        QAction *tool = action("toolProcess");
        auto *button = qobject_cast<QToolButton *>(m_editor->palette()->widgetForAction(tool));
        QVERIFY(button);
        const QPoint press = button->rect().center();
        QTest::mousePress(button, Qt::LeftButton, {}, press);
        QVERIFY(!button->findChild<QDrag *>());
        QTest::mouseMove(button, press + QPoint(QApplication::startDragDistance() + 4, 0));
        auto *drag = button->findChild<QDrag *>();
        QVERIFY(drag);
        QVERIFY(drag->mimeData());
        QCOMPARE(drag->mimeData()->data(QStringLiteral("application/x-vigil-palette-kind")),
                 QByteArray("process"));
        QVERIFY(!drag->pixmap().isNull());
        // One press, one drag, however far the mouse goes on.
        QTest::mouseMove(button, press + QPoint(2 * QApplication::startDragDistance() + 8, 0));
        QCOMPARE(button->findChildren<QDrag *>().size(), 1);
        QTest::mouseRelease(button, Qt::LeftButton, {}, press);
        // A drag is not a click: the tool stays as it was and the button is not left pressed.
        QVERIFY(!button->isDown());
        QVERIFY(!tool->isChecked());
        QCOMPARE(m_scene->tool(), Tool::Select);
        QCOMPARE(model().elementCount(), size_t(0));
    }

    void dropKeepsTheChosenTool()
    {
        key(Qt::Key_D);
        QCOMPARE(m_scene->tool(), Tool::DataStore);
        QMimeData mime;
        mime.setData(QStringLiteral("application/x-vigil-palette-kind"), "external-entity");
        sendDrop(&mime, {300, 200});
        QCOMPARE(model().elementCount(), size_t(1));
        QCOMPARE(int(model().elements().front()->kind), int(ElementKind::ExternalEntity));
        QCOMPARE(m_scene->tool(), Tool::DataStore);
        QVERIFY(action("toolDataStore")->isChecked());
    }

    void dropOfOtherDataAddsNothing_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("plain text") << "text/plain" << QByteArray("process");
        QTest::newRow("unknown palette kind") << "application/x-vigil-palette-kind"
                                              << QByteArray("flow");
    }
    void dropOfOtherDataAddsNothing()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, data);
        QMimeData mime;
        mime.setData(format, data);
        const std::string before = json();
        sendDrop(&mime, {300, 200});
        QCOMPARE(json(), before);
        QCOMPARE(document()->undoStack()->count(), 0);
    }

    void drawZoneAroundElementsAdoptsThem()
    {
        const Id inside = addElement(ElementKind::Process, {300, 300});
        const Id outside = addElement(ElementKind::DataStore, {800, 300});
        const std::string before = json();
        key(Qt::Key_Z);
        drag({150, 180}, {500, 450});
        QCOMPARE(model().boundaries().size(), size_t(1));
        const Id zone = model().boundaries().front()->id;
        QCOMPARE(rectOf(zone), (Rect{150, 180, 350, 270}));
        QCOMPARE(model().boundaryOf(inside), zone);
        QCOMPARE(model().boundaryOf(outside), Id{});
        QCOMPARE(document()->undoStack()->count(), 3); // two elements, one zone
        document()->undoStack()->undo();
        QCOMPARE(json(), before);
    }

    // ------------------------------------------------------------ flows

    void connectFlow_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("flow tool") << "tool";
        QTest::newRow("alt-drag") << "alt";
        QTest::newRow("connector handle") << "handle";
    }
    void connectFlow()
    {
        QFETCH(QString, how);
        const Id source = addElement(ElementKind::ExternalEntity, {150, 300});
        const Id target = addElement(ElementKind::Process, {650, 300});
        const std::string before = json();
        if (how == QLatin1String("tool")) {
            key(Qt::Key_F);
            drag({150, 300}, {650, 310});
        } else if (how == QLatin1String("alt")) {
            drag({150, 300}, {650, 310}, Qt::AltModifier);
        } else {
            click({150, 300});
            QCOMPARE(m_scene->handleNode(), m_scene->nodeItem(source));
            EditHandle *connector = nullptr;
            for (EditHandle *handle : m_scene->handles())
                if (handle->role() == EditHandle::Role::Connect)
                    connector = handle;
            QVERIFY(connector);
            drag(connector->pos(), {650, 310});
        }
        QCOMPARE(model().flowCount(), size_t(1));
        const Flow *flow = model().flows().front();
        QCOMPARE(flow->source, source);
        QCOMPARE(flow->target, target);
        QCOMPARE(QString::fromStdString(flow->name), QStringLiteral("Data flow 1"));
        QVERIFY(diagram().flows.count(flow->id));
        QVERIFY(m_scene->flowItem(flow->id));
        QCOMPARE(m_scene->selectedIds(), std::vector<Id>{flow->id});
        document()->undoStack()->undo();
        QCOMPARE(json(), before);
    }

    void placingElementsDoesNotMoveTheView()
    {
        // A new model's canvas, sized by what it holds (no fixed test area): each placed
        // element grows it, and the view must not jump while the user keeps placing.
        m_scene->setSceneRect(QRectF());
        m_view->resetZoom();
        const QPoint probe(150, 120);
        QPointF under;
        const QSize size = viewport()->size();
        for (const QPointF fraction : {QPointF(0.3, 0.4), QPointF(0.8, 0.75), QPointF(0.85, 0.2),
                                       QPointF(0.15, 0.8)}) {
            const QPoint pixel(int(size.width() * fraction.x()),
                               int(size.height() * fraction.y()));
            key(Qt::Key_P);
            QTest::mouseClick(viewport(), Qt::LeftButton, {}, pixel);
            QCoreApplication::processEvents(); // the canvas grows when the scene updates
            if (!under.isNull())
                QCOMPARE(m_view->mapToScene(probe), under);
            under = m_view->mapToScene(probe);
            m_view->setFocus();
        }
        QCOMPARE(model().elementCount(), size_t(4));
        // Each element sits where it was clicked.
        for (const Element *element : model().elements()) {
            const Rect rect = rectOf(element->id);
            const QPoint centre = at(QPointF(rect.x + rect.width / 2, rect.y + rect.height / 2));
            QVERIFY2(viewport()->rect().contains(centre), element->name.c_str());
        }
    }

    void selectionHandlesShrinkWhenZoomedOut()
    {
        const Id id = addElement(ElementKind::Process, {300, 300});
        click({300, 300});
        QCOMPARE(m_scene->handleNode(), m_scene->nodeItem(id));
        const auto visibleHandles = [this] {
            int shown = 0;
            for (EditHandle *handle : m_scene->handles())
                shown += handle->isVisible() ? 1 : 0;
            return shown;
        };
        QCOMPARE(visibleHandles(), 9);
        for (EditHandle *handle : m_scene->handles())
            QCOMPARE(handle->scale(), 1.0);
        m_view->setZoom(0.24);
        // Corners and the flow connector stay, smaller; the element is not hidden under them.
        QCOMPARE(visibleHandles(), 5);
        const QRectF element = m_view->mapFromScene(m_scene->nodeItem(id)->sceneBoundingRect())
                                   .boundingRect();
        for (EditHandle *handle : m_scene->handles()) {
            QVERIFY(handle->scale() < 1.0);
            const QRectF onScreen = m_view->mapFromScene(handle->sceneBoundingRect())
                                        .boundingRect();
            QVERIFY(!onScreen.contains(element.center()));
        }
        m_view->setZoom(1.0);
        QCOMPARE(visibleHandles(), 9);
    }

    void wirelessAndEncryptedFlowsCarryAGlyph()
    {
        const Id source = addElement(ElementKind::Process, {150, 300});
        const Id target = addElement(ElementKind::Process, {650, 300});
        const Id flow = editing::addFlow(document(), m_scene->diagramId(), source, target);
        m_scene->clearSelection();
        FlowItem *item = m_scene->flowItem(flow);
        QVERIFY(item);
        // The label, drawn alone: its ink changes with each property, not only its colour.
        const auto label = [item] {
            QImage image(item->boundingRect().size().toSize() + QSize(2, 2),
                         QImage::Format_ARGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            painter.translate(-item->boundingRect().topLeft());
            QStyleOptionGraphicsItem option;
            item->paint(&painter, &option, nullptr);
            return image;
        };
        const QImage plain = label();
        const qreal plainWidth = item->boundingRect().width();
        document()->push(new SetPropertyCommand(document(), flow, "wireless", PropertyValue(true)));
        const QImage wireless = label();
        QVERIFY(wireless != plain);
        document()->push(new SetPropertyCommand(document(), flow, "encrypted", PropertyValue(true)));
        const QImage both = label();
        QVERIFY(both != wireless);
        QVERIFY(item->boundingRect().width() >= plainWidth);
        document()->undoStack()->undo();
        document()->undoStack()->undo();
        QCOMPARE(label(), plain);
    }

    void legendIsAViewToggleThatIsRemembered()
    {
        QAction *legend = m_window->findChild<QAction *>(QStringLiteral("showLegend"));
        QVERIFY(legend);
        QVERIFY(!m_view->legendShown());
        const QImage before = m_view->viewport()->grab().toImage();
        legend->trigger();
        QVERIFY(m_view->legendShown());
        QCoreApplication::processEvents();
        QVERIFY(m_view->viewport()->grab().toImage() != before);
        QVERIFY(QSettings().value(QStringLiteral("editor/showLegend")).toBool());
        legend->trigger();
        QVERIFY(!m_view->legendShown());
    }

    void flowToNothingIsCancelled()
    {
        addElement(ElementKind::Process, {150, 300});
        key(Qt::Key_F);
        drag({150, 300}, {600, 600});
        QCOMPARE(model().flowCount(), size_t(0));
        QCOMPARE(document()->undoStack()->count(), 1);
    }

    void bendPointsAddMoveRemove()
    {
        const Id a = addElement(ElementKind::Process, {100, 300});
        const Id b = addElement(ElementKind::Process, {700, 300});
        const Id flow = editing::addFlow(document(), m_scene->diagramId(), a, b);
        const std::string before = json();
        const QPointF onLine(300, 300); // away from the label in the middle
        click(onLine);
        QCOMPARE(m_scene->selectedIds(), std::vector<Id>{flow});
        doubleClick(onLine);
        QCOMPARE(diagram().flows.at(flow).bends, (std::vector<Point>{{300, 300}}));
        const std::string withBend = json();
        drag(onLine, {300, 150});
        QCOMPARE(diagram().flows.at(flow).bends, (std::vector<Point>{{300, 150}}));
        QVERIFY(m_scene->flowItem(flow)->polyline().contains(QPointF(300, 150)));
        document()->undoStack()->undo();
        QCOMPARE(json(), withBend);
        doubleClick(onLine);
        QVERIFY(diagram().flows.at(flow).bends.empty());
        document()->undoStack()->undo();
        document()->undoStack()->undo();
        QCOMPARE(json(), before);
    }

    void bidirectionalToggleIsOneStep()
    {
        const Id a = addElement(ElementKind::Process, {100, 300});
        const Id b = addElement(ElementKind::Process, {700, 300});
        const Id flow = editing::addFlow(document(), m_scene->diagramId(), a, b);
        Flow changed = *model().flow(flow);
        changed.bidirectional = true;
        document()->push(new UpdateFlowCommand(document(), changed, QStringLiteral("toggle")));
        QVERIFY(model().flow(flow)->bidirectional);
        document()->undoStack()->undo();
        QVERIFY(!model().flow(flow)->bidirectional);
    }

    // ------------------------------------------------------------ moving

    void moveByDragIsOneUndoStep()
    {
        const Id id = addElement(ElementKind::Process, {300, 300});
        const std::string before = json();
        const int steps = document()->undoStack()->count();
        drag({300, 300}, {420, 360});
        QCOMPARE(rectOf(id), rectAround({420, 360}));
        QCOMPARE(document()->undoStack()->count(), steps + 1);
        document()->undoStack()->undo();
        QCOMPARE(rectOf(id), rectAround({300, 300}));
        QCOMPARE(json(), before);
    }

    void moveSnapsToGrid()
    {
        m_editor->setSnapToGrid(true);
        const Id id = editing::addElement(document(), m_scene->diagramId(),
                                          ElementKind::Process, {200, 200, 160, 80});
        drag({280, 240}, {337, 253});
        QCOMPARE(rectOf(id), (Rect{260, 220, 160, 80}));
    }

    void arrowNudgesMergeIntoOneStep()
    {
        const Id id = addElement(ElementKind::Process, {300, 300});
        click({300, 300});
        const int steps = document()->undoStack()->count();
        key(Qt::Key_Right);
        key(Qt::Key_Right);
        key(Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(rectOf(id), rectAround({302, 310}));
        QCOMPARE(document()->undoStack()->count(), steps + 1);
        document()->undoStack()->undo();
        QCOMPARE(rectOf(id), rectAround({300, 300}));
    }

    void movingReroutesOnlyItsOwnFlows()
    {
        const Id a = addElement(ElementKind::Process, {100, 100});
        const Id b = addElement(ElementKind::Process, {500, 100});
        const Id c = addElement(ElementKind::Process, {100, 500});
        const Id d = addElement(ElementKind::Process, {500, 500});
        const Id own = editing::addFlow(document(), m_scene->diagramId(), a, b);
        const Id other = editing::addFlow(document(), m_scene->diagramId(), c, d);
        const int ownBefore = m_scene->flowItem(own)->adjustCount();
        const int otherBefore = m_scene->flowItem(other)->adjustCount();
        drag({100, 100}, {160, 220});
        QVERIFY(m_scene->flowItem(own)->adjustCount() > ownBefore);
        QCOMPARE(m_scene->flowItem(other)->adjustCount(), otherBefore);
    }

    void moveIntoNestedZoneChangesMembership()
    {
        const Id outer = addZone({400, 100, 600, 500});
        const Id inner = addZone({600, 200, 300, 300});
        QCOMPARE(model().boundary(inner)->parent, outer);
        const Id element = addElement(ElementKind::Process, {150, 300});
        const std::string before = json();
        const int steps = document()->undoStack()->count();
        drag({150, 300}, {750, 350});
        QCOMPARE(model().boundaryOf(element), inner);
        QCOMPARE(model().enclosingBoundaries(element), (std::vector<Id>{inner, outer}));
        QCOMPARE(document()->undoStack()->count(), steps + 1); // move and membership together
        document()->undoStack()->undo();
        QCOMPARE(model().boundaryOf(element), Id{});
        QCOMPARE(json(), before);
        document()->undoStack()->redo();
        QCOMPARE(model().boundaryOf(element), inner);
        // Out again, into the outer zone only.
        drag({750, 350}, {480, 520});
        QCOMPARE(model().boundaryOf(element), outer);
    }

    void movingZoneCarriesContentsAndNests()
    {
        const Id big = addZone({500, 50, 700, 600});
        const Id small = addZone({50, 150, 250, 250});
        const Id member = addElement(ElementKind::Process, {175, 275});
        QCOMPARE(model().boundaryOf(member), small);
        QCOMPARE(model().boundary(small)->parent, Id{});
        const std::string before = json();
        click({60, 160}); // the zone's corner, on its outline
        QCOMPARE(m_scene->selectedIds(), std::vector<Id>{small});
        drag({60, 160}, {660, 210});
        QCOMPARE(rectOf(small), (Rect{650, 200, 250, 250}));
        QCOMPARE(rectOf(member), rectAround({775, 325}));
        QCOMPARE(model().boundary(small)->parent, big);
        QCOMPARE(model().boundaryOf(member), small);
        document()->undoStack()->undo();
        QCOMPARE(json(), before);
    }

    void resizeZoneByHandle()
    {
        const Id zone = addZone({100, 100, 200, 200});
        const Id element = addElement(ElementKind::Process, {420, 200});
        QCOMPARE(model().boundaryOf(element), Id{});
        const std::string before = json();
        click({110, 110});
        QCOMPARE(m_scene->handleNode(), m_scene->nodeItem(zone));
        drag({300, 300}, {560, 340}); // the bottom-right handle
        QCOMPARE(rectOf(zone), (Rect{100, 100, 460, 240}));
        QCOMPARE(model().boundaryOf(element), zone); // now inside: taken in, same step
        document()->undoStack()->undo();
        QCOMPARE(json(), before);
    }

    // ------------------------------------------------------------ deleting

    void deleteElementTakesItsFlows()
    {
        const Id a = addElement(ElementKind::Process, {150, 150});
        const Id b = addElement(ElementKind::DataStore, {550, 150});
        const Id c = addElement(ElementKind::ExternalEntity, {150, 500});
        const Id zone = addZone({50, 50, 250, 200});
        QCOMPARE(model().boundaryOf(a), zone);
        editing::addFlow(document(), m_scene->diagramId(), a, b);
        editing::addFlow(document(), m_scene->diagramId(), c, a);
        const Id kept = editing::addFlow(document(), m_scene->diagramId(), b, c);
        const std::string before = json();
        click({150, 150});
        QCOMPARE(m_scene->selectedIds(), std::vector<Id>{a});
        key(Qt::Key_Delete);
        QVERIFY(!model().element(a));
        QCOMPARE(model().flowCount(), size_t(1));
        QVERIFY(model().flow(kept));
        QVERIFY(!m_scene->elementItem(a));
        QCOMPARE(m_scene->flowItemCount(), size_t(1));
        document()->undoStack()->undo();
        QCOMPARE(json(), before);
        QCOMPARE(m_scene->flowItemCount(), size_t(3));
        QCOMPARE(model().boundaryOf(a), zone);
    }

    // ------------------------------------------------------------ clipboard

    void copyPasteGivesFreshIds_data()
    {
        QTest::addColumn<bool>("duplicate");
        QTest::newRow("copy and paste") << false;
        QTest::newRow("duplicate") << true;
    }
    void copyPasteGivesFreshIds()
    {
        QFETCH(bool, duplicate);
        const Id a = addElement(ElementKind::Process, {150, 150});
        const Id b = addElement(ElementKind::DataStore, {450, 150});
        const Id outside = addElement(ElementKind::ExternalEntity, {150, 500});
        const Id between = editing::addFlow(document(), m_scene->diagramId(), a, b);
        editing::addFlow(document(), m_scene->diagramId(), outside, a);
        m_scene->selectIds({a, b});
        const std::string before = json();
        const int steps = document()->undoStack()->count();
        if (duplicate) {
            key(Qt::Key_D, Qt::ControlModifier);
        } else {
            key(Qt::Key_C, Qt::ControlModifier);
            QVERIFY(QApplication::clipboard()->mimeData()->hasFormat(
                QString::fromLatin1(editing::kMimeType)));
            key(Qt::Key_V, Qt::ControlModifier);
        }
        QCOMPARE(document()->undoStack()->count(), steps + 1);
        QCOMPARE(model().elementCount(), size_t(5));
        QCOMPARE(model().flowCount(), size_t(3)); // only the flow between the copies
        const std::vector<Id> pasted = m_scene->selectedIds();
        QCOMPARE(pasted.size(), size_t(3));
        std::vector<const Element *> copies;
        const Flow *copiedFlow = nullptr;
        for (const Id &id : pasted) {
            QVERIFY(id != a && id != b && id != between);
            if (const Element *element = model().element(id))
                copies.push_back(element);
            copiedFlow = model().flow(id) ? model().flow(id) : copiedFlow;
        }
        QCOMPARE(copies.size(), size_t(2));
        QVERIFY(copiedFlow);
        for (const Element *copy : copies) {
            const Id original = copy->kind == ElementKind::Process ? a : b;
            QCOMPARE(copy->name, model().element(original)->name);
            const Rect moved = rectOf(copy->id);
            QCOMPARE(centreOf(moved), centreOf(rectOf(original)) + QPointF(20, 20));
        }
        QVERIFY(copiedFlow->source != a && copiedFlow->target != b);
        QVERIFY(model().element(copiedFlow->source) && model().element(copiedFlow->target));
        document()->undoStack()->undo();
        QCOMPARE(json(), before);
    }

    void pasteTwiceOffsetsAgain()
    {
        const Id a = addElement(ElementKind::Process, {150, 150});
        m_scene->selectIds({a});
        key(Qt::Key_C, Qt::ControlModifier);
        key(Qt::Key_V, Qt::ControlModifier);
        key(Qt::Key_V, Qt::ControlModifier);
        const std::vector<Id> last = m_scene->selectedIds();
        QCOMPARE(last.size(), size_t(1));
        QCOMPARE(centreOf(rectOf(last.front())), QPointF(190, 190));
    }

    // ------------------------------------------------------------ arranging and naming

    void alignLeft()
    {
        const Id a = addElement(ElementKind::Process, {200, 150});
        const Id b = addElement(ElementKind::Process, {340, 400});
        m_scene->selectIds({a, b});
        const int steps = document()->undoStack()->count();
        action("alignLeft")->trigger();
        QCOMPARE(rectOf(a).x, 120.0);
        QCOMPARE(rectOf(b).x, 120.0);
        QCOMPARE(rectOf(b).y, 360.0);
        QCOMPARE(document()->undoStack()->count(), steps + 1);
        document()->undoStack()->undo();
        QCOMPARE(rectOf(b).x, 260.0);
    }

    void distributeHorizontally()
    {
        const Id a = addElement(ElementKind::Process, {100, 150});
        const Id b = addElement(ElementKind::Process, {300, 300});
        const Id c = addElement(ElementKind::Process, {900, 150});
        m_scene->selectIds({a, b, c});
        action("distributeHorizontally")->trigger();
        QCOMPARE(centreOf(rectOf(b)).x(), 500.0);
        QCOMPARE(centreOf(rectOf(a)).x(), 100.0);
        QCOMPARE(centreOf(rectOf(c)).x(), 900.0);
    }

    // Two overlapping top-level zones and a zone nested in one of them.
    void zoneOrderIsAnUndoableEditThatIsSaved()
    {
        const Id first = addZone({100, 100, 300, 200});
        const Id second = addZone({250, 150, 300, 200});
        const Id nested = addZone({120, 120, 100, 80});
        QCOMPARE(model().boundary(nested)->parent, first);
        QCOMPARE(model().boundary(second)->parent, Id{});
        const auto z = [this](const Id &id) { return m_scene->zoneItem(id)->zValue(); };
        const bool firstBelow = z(first) < z(second);
        const Id lower = firstBelow ? first : second;
        const Id upper = firstBelow ? second : first;
        QVERIFY(z(nested) > z(first));

        m_scene->selectIds({lower});
        const int steps = document()->undoStack()->count();
        action("zoneToFront")->trigger();
        QVERIFY(z(lower) > z(upper));
        QVERIFY(z(nested) > z(first)); // a nested zone stays above its parent
        QCOMPARE(document()->undoStack()->count(), steps + 1);
        action("zoneToFront")->trigger(); // already in front: no step
        QCOMPARE(document()->undoStack()->count(), steps + 1);

        document()->undoStack()->undo();
        QVERIFY(z(lower) < z(upper));
        document()->undoStack()->redo();
        QVERIFY(z(lower) > z(upper));

        m_scene->selectIds({lower});
        action("zoneToBack")->trigger();
        QVERIFY(z(lower) < z(upper));
        QCOMPARE(document()->undoStack()->count(), steps + 2);
        action("zoneToFront")->trigger();
        QVERIFY(z(lower) > z(upper));

        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString path = folder.filePath(QStringLiteral("zones.vigil"));
        QString error;
        QVERIFY2(document()->saveAs(path, &error), qPrintable(error));
        TestWindow reopened;
        QVERIFY(reopened.openFile(path));
        DiagramScene *scene = reopened.currentView()->diagramScene();
        QVERIFY(scene->zoneItem(lower) && scene->zoneItem(upper));
        QVERIFY(scene->zoneItem(lower)->zValue() > scene->zoneItem(upper)->zValue());
        QVERIFY(scene->zoneItem(nested)->zValue() > scene->zoneItem(first)->zValue());
    }

    // ------------------------------------------------------------ a large model

    // A model opens fitted to the window, without scroll bars, and the window settles: scroll
    // bars that came and went with rounding used to resize the viewport, which refitted, for
    // minutes on a 2,000-element model. Zooming gives the scroll bars back.
    void largeModelOpensFittedAndSettles()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString path = folder.filePath(QStringLiteral("large.vigil"));
        ThreatModel large = synthesizeModel({2000, 4000, 40, 11});
        saveDocument(large, path.toStdString(), SaveMode::Full);
        // The size, shown before the model opens, and the model where it went on for minutes.
        TestWindow window;
        window.resize(1800, 1200);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(path));
        DiagramView *view = window.currentView();
        QVERIFY(view && view->isVisible());

        struct ResizeCounter final : QObject {
            int resizes = 0;
            bool eventFilter(QObject *, QEvent *event) override
            {
                resizes += event->type() == QEvent::Resize;
                return false;
            }
        } counter;
        view->viewport()->installEventFilter(&counter);
        QElapsedTimer clock;
        clock.start();
        for (int round = 0; round < 20; ++round)
            QCoreApplication::processEvents();
        view->viewport()->removeEventFilter(&counter);
        QVERIFY2(counter.resizes <= 2, qPrintable(QString::number(counter.resizes)));
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(!view->horizontalScrollBar()->isVisible());
        QVERIFY(!view->verticalScrollBar()->isVisible());
        const QRectF shown = view->mapToScene(view->viewport()->rect()).boundingRect();
        QVERIFY(shown.contains(view->diagramScene()->contentRect()));

        view->zoomIn();
        view->zoomIn();
        QCoreApplication::processEvents();
        QVERIFY(view->horizontalScrollBar()->isVisible() || view->verticalScrollBar()->isVisible());
    }

    void renameInPlace_data()
    {
        QTest::addColumn<bool>("byDoubleClick");
        QTest::newRow("F2") << false;
        QTest::newRow("double-click") << true;
    }
    void renameInPlace()
    {
        QFETCH(bool, byDoubleClick);
        const Id id = addElement(ElementKind::Process, {300, 300});
        click({300, 300});
        if (byDoubleClick)
            doubleClick({300, 300});
        else
            key(Qt::Key_F2);
        QLineEdit *editor = m_view->renameEditor();
        QVERIFY(editor);
        QTRY_VERIFY(editor->hasFocus());
        QCOMPARE(editor->text(), QStringLiteral("Process 1"));
        QTest::keyClicks(editor, QStringLiteral("Insulin pump"));
        QTest::keyClick(editor, Qt::Key_Return);
        QCOMPARE(model().element(id)->name, std::string("Insulin pump"));
        QVERIFY(!m_view->renameEditor());
        document()->undoStack()->undo();
        QCOMPARE(model().element(id)->name, std::string("Process 1"));
        // Escape cancels.
        key(Qt::Key_F2);
        QTRY_VERIFY(m_view->renameEditor() && m_view->renameEditor()->hasFocus());
        QTest::keyClicks(m_view->renameEditor(), QStringLiteral("Nope"));
        QTest::keyClick(m_view->renameEditor(), Qt::Key_Escape);
        QCOMPARE(model().element(id)->name, std::string("Process 1"));
    }

    void selectAllSelectsEverything()
    {
        const Id a = addElement(ElementKind::Process, {150, 150});
        const Id b = addElement(ElementKind::Process, {450, 150});
        const Id flow = editing::addFlow(document(), m_scene->diagramId(), a, b);
        key(Qt::Key_A, Qt::ControlModifier);
        std::vector<Id> all{a, b, flow};
        std::sort(all.begin(), all.end());
        QCOMPARE(m_scene->selectedIds(), all);
    }

    void rubberBandSelects()
    {
        const Id a = addElement(ElementKind::Process, {150, 150});
        const Id b = addElement(ElementKind::Process, {400, 150});
        addElement(ElementKind::Process, {800, 500});
        drag({40, 60}, {520, 260});
        std::vector<Id> expected{a, b};
        std::sort(expected.begin(), expected.end());
        QCOMPARE(m_scene->selectedIds(), expected);
    }

    // ------------------------------------------------------------ viewing

    void spaceDragPans()
    {
        m_scene->setSceneRect(-2000, -2000, 6000, 6000);
        m_view->centerOn(400, 300);
        const int x = m_view->horizontalScrollBar()->value();
        const int y = m_view->verticalScrollBar()->value();
        // Pixels, not scene points: the view scrolls under the pointer.
        const QPoint from = at({400, 300});
        QTest::keyPress(viewport(), Qt::Key_Space);
        QTest::mousePress(viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(viewport(), from + QPoint(-50, -25));
        QTest::mouseMove(viewport(), from + QPoint(-100, -50));
        QTest::mouseRelease(viewport(), Qt::LeftButton, {}, from + QPoint(-100, -50));
        QTest::keyRelease(viewport(), Qt::Key_Space);
        QCOMPARE(m_view->horizontalScrollBar()->value(), x + 100);
        QCOMPARE(m_view->verticalScrollBar()->value(), y + 50);
        QCOMPARE(model().elementCount(), size_t(0));
    }

    void escapeReturnsToSelect()
    {
        key(Qt::Key_E);
        QCOMPARE(m_scene->tool(), Tool::ExternalEntity);
        key(Qt::Key_Escape);
        QCOMPARE(m_scene->tool(), Tool::Select);
        QVERIFY(action("toolSelect")->isChecked());
    }
};

QTEST_MAIN(tst_Editor)
#include "tst_editor.moc"
