#include "app/Preferences.h"
#include "app/DiagramEditor.h"

#include "app/MainWindow.h"
#include "model/AutoLayout.h"
#include "stride/Traceability.h"
#include "views/diagram/DiagramEditing.h"
#include "views/diagram/DiagramItems.h"
#include "views/diagram/DiagramView.h"
#include "views/document/Document.h"
#include "views/document/EditCommands.h"
#include "views/diagram/OverviewView.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QDrag>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QMouseEvent>
#include <QSettings>

#include <algorithm>
#include <set>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>

#include <limits>
#include <tuple>

namespace vigil {

namespace {

const QString kLegendKey = QStringLiteral("editor/showLegend");

// The menu bar's menu that holds an action with `shortcut` (found by what it does, not by its
// translated title).
QMenu *menuWithShortcut(QMenuBar *bar, const QKeySequence &shortcut)
{
    for (QAction *entry : bar->actions())
        if (QMenu *menu = entry->menu())
            for (QAction *action : menu->actions())
                if (action->shortcuts().contains(shortcut))
                    return menu;
    return nullptr;
}

} // namespace

DiagramEditor::DiagramEditor(MainWindow *window) : QObject(window), m_window(window)
{
    setObjectName(QStringLiteral("diagramEditor"));
    createActions();
    createPalette();
    createOverview();
    createMenus();
    connect(window->tabs(), &QTabWidget::currentChanged, this, &DiagramEditor::followCurrentView);
    connect(window, &MainWindow::selectionChanged, this, &DiagramEditor::updateActions);
    connect(QApplication::clipboard(), &QClipboard::dataChanged, this, [this] {
        m_pasteCount = 0;
        updateActions();
    });
    followCurrentView();
}

// ---------------------------------------------------------------- construction

QAction *DiagramEditor::addAction(const QString &text, const QKeySequence &shortcut,
                                  const char *name)
{
    auto *action = new QAction(text, this);
    action->setObjectName(QString::fromLatin1(name));
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    // Only while the diagram has focus: the same keys edit text in docks and editors.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_window->tabs()->addAction(action);
    return action;
}

void DiagramEditor::createActions()
{
    using Tool = DiagramScene::Tool;
    m_toolGroup = new QActionGroup(this);
    m_toolGroup->setExclusive(true);
    struct ToolInfo {
        Tool tool;
        QString text;
        QString tip;
        QString icon;
        QList<QKeySequence> keys;
        const char *name;
    };
    const std::vector<ToolInfo> tools{
        {Tool::Select, tr("&Select"), tr("Select, move and resize (S or Esc)"),
         QStringLiteral(":/icons/select.svg"), {QKeySequence(Qt::Key_S)}, "toolSelect"},
        {Tool::ExternalEntity, tr("&External Entity"),
         tr("Place an external entity: click, or drag out its size (E)"),
         QStringLiteral(":/icons/external-entity.svg"), {QKeySequence(Qt::Key_E)},
         "toolExternalEntity"},
        {Tool::Process, tr("&Process"), tr("Place a process: click, or drag out its size (P)"),
         QStringLiteral(":/icons/process.svg"), {QKeySequence(Qt::Key_P)}, "toolProcess"},
        {Tool::DataStore, tr("&Data Store"),
         tr("Place a data store: click, or drag out its size (D)"),
         QStringLiteral(":/icons/data-store.svg"), {QKeySequence(Qt::Key_D)}, "toolDataStore"},
        {Tool::Zone, tr("Trust &Zone"),
         tr("Draw a trust zone around elements; it takes in what it encloses (Z)"),
         QStringLiteral(":/icons/trust-zone.svg"), {QKeySequence(Qt::Key_Z)}, "toolZone"},
        {Tool::Flow, tr("Data &Flow"),
         tr("Draw a data flow: drag from one element to another (F; Alt+drag in Select)"),
         QStringLiteral(":/icons/flow.svg"), {QKeySequence(Qt::Key_F)}, "toolFlow"},
    };
    for (const ToolInfo &info : tools) {
        QAction *action = addAction(info.text, {}, info.name);
        action->setShortcuts(info.keys);
        action->setIcon(QIcon(info.icon));
        action->setToolTip(info.tip);
        action->setStatusTip(info.tip);
        action->setCheckable(true);
        m_toolGroup->addAction(action);
        m_toolActions[info.tool] = action;
        const Tool tool = info.tool;
        connect(action, &QAction::triggered, this, [this, tool] {
            if (DiagramScene *scene = currentScene())
                scene->setTool(tool);
        });
    }
    m_toolActions[Tool::Select]->setChecked(true);

    m_cutAction = addAction(tr("Cu&t"), QKeySequence::Cut, "editCut");
    connect(m_cutAction, &QAction::triggered, this, &DiagramEditor::cut);
    m_copyAction = addAction(tr("&Copy"), QKeySequence::Copy, "editCopy");
    connect(m_copyAction, &QAction::triggered, this, &DiagramEditor::copy);
    m_pasteAction = addAction(tr("&Paste"), QKeySequence::Paste, "editPaste");
    connect(m_pasteAction, &QAction::triggered, this, &DiagramEditor::paste);
    m_duplicateAction =
        addAction(tr("D&uplicate"), QKeySequence(Qt::CTRL | Qt::Key_D), "editDuplicate");
    connect(m_duplicateAction, &QAction::triggered, this, &DiagramEditor::duplicate);
    m_deleteAction = addAction(tr("&Delete"), QKeySequence::Delete, "editDelete");
    m_deleteAction->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    m_deleteAction->setStatusTip(tr("Delete the selection; elements take their flows along"));
    connect(m_deleteAction, &QAction::triggered, this, &DiagramEditor::deleteSelection);
    m_selectAllAction = addAction(tr("Select &All"), QKeySequence::SelectAll, "editSelectAll");
    connect(m_selectAllAction, &QAction::triggered, this, &DiagramEditor::selectAll);
    m_renameAction = addAction(tr("Re&name"), QKeySequence(Qt::Key_F2), "editRename");
    connect(m_renameAction, &QAction::triggered, this, &DiagramEditor::rename);

    using editing::Alignment;
    const std::vector<std::tuple<Alignment, QString, const char *>> alignments{
        {Alignment::Left, tr("Align &Left"), "alignLeft"},
        {Alignment::HorizontalCentre, tr("Align &Centres Horizontally"), "alignCentre"},
        {Alignment::Right, tr("Align &Right"), "alignRight"},
        {Alignment::Top, tr("Align &Top"), "alignTop"},
        {Alignment::VerticalCentre, tr("Align &Middles Vertically"), "alignMiddle"},
        {Alignment::Bottom, tr("Align &Bottom"), "alignBottom"},
    };
    for (const auto &[alignment, text, name] : alignments) {
        QAction *action = addAction(text, {}, name);
        const Alignment chosen = alignment;
        connect(action, &QAction::triggered, this, [this, chosen] {
            if (DiagramScene *scene = currentScene())
                editing::alignNodes(m_window->document(), scene->diagramId(), selection(),
                                    chosen);
        });
        m_alignActions.push_back(action);
    }
    m_distributeHorizontalAction =
        addAction(tr("Distribute &Horizontally"), {}, "distributeHorizontally");
    connect(m_distributeHorizontalAction, &QAction::triggered, this, [this] {
        if (DiagramScene *scene = currentScene())
            editing::distributeNodes(m_window->document(), scene->diagramId(), selection(),
                                     Qt::Horizontal);
    });
    m_distributeVerticalAction =
        addAction(tr("Distribute &Vertically"), {}, "distributeVertically");
    connect(m_distributeVerticalAction, &QAction::triggered, this, [this] {
        if (DiagramScene *scene = currentScene())
            editing::distributeNodes(m_window->document(), scene->diagramId(), selection(),
                                     Qt::Vertical);
    });
    m_zoneFrontAction = addAction(tr("Bring Zone to &Front"),
                                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_BracketRight),
                                  "zoneToFront");
    connect(m_zoneFrontAction, &QAction::triggered, this, [this] {
        if (DiagramScene *scene = currentScene())
            editing::restackZones(m_window->document(), scene->diagramId(), selection(), true);
    });
    m_zoneBackAction = addAction(tr("Send Zone to Bac&k"),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_BracketLeft),
                                 "zoneToBack");
    connect(m_zoneBackAction, &QAction::triggered, this, [this] {
        if (DiagramScene *scene = currentScene())
            editing::restackZones(m_window->document(), scene->diagramId(), selection(), false);
    });
    m_snapAction = addAction(tr("&Snap to Grid"), QKeySequence(Qt::CTRL | Qt::Key_G),
                             "snapToGrid");
    m_snapAction->setCheckable(true);
    m_snapAction->setChecked(QSettings().value(kSnapToGridKey, true).toBool());
    connect(m_snapAction, &QAction::toggled, this, &DiagramEditor::setSnapToGrid);
}

void DiagramEditor::createMenus()
{
    QMenuBar *bar = m_window->menuBar();
    if (QMenu *edit = menuWithShortcut(bar, QKeySequence::Undo)) {
        edit->addSeparator();
        edit->addActions({m_cutAction, m_copyAction, m_pasteAction, m_duplicateAction,
                          m_deleteAction});
        edit->addSeparator();
        edit->addActions({m_selectAllAction, m_renameAction});
    }
    QMenu *view = menuWithShortcut(bar, QKeySequence(Qt::CTRL | Qt::Key_0));
    QAction *before = view ? view->menuAction() : nullptr;
    // Insert and Arrange sit between Edit and View.
    auto *insert = new QMenu(tr("&Insert"), bar);
    insert->setObjectName(QStringLiteral("insertMenu"));
    for (const auto &entry : m_toolActions)
        insert->addAction(entry.second);
    auto *arrange = new QMenu(tr("&Arrange"), bar);
    arrange->setObjectName(QStringLiteral("arrangeMenu"));
    QMenu *align = arrange->addMenu(tr("&Align"));
    align->addActions({m_alignActions[0], m_alignActions[1], m_alignActions[2]});
    align->addSeparator();
    align->addActions({m_alignActions[3], m_alignActions[4], m_alignActions[5]});
    QMenu *distribute = arrange->addMenu(tr("&Distribute"));
    distribute->addActions({m_distributeHorizontalAction, m_distributeVerticalAction});
    arrange->addSeparator();
    arrange->addActions({m_zoneFrontAction, m_zoneBackAction});
    arrange->addSeparator();
    arrange->addAction(m_snapAction);
    bar->insertMenu(before, insert);
    bar->insertMenu(before, arrange);
    if (view) {
        view->addSeparator();
        QAction *toggle = m_overviewDock->toggleViewAction();
        toggle->setText(tr("&Overview"));
        toggle->setIcon(QIcon(QStringLiteral(":/icons/overview.svg")));
        toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
        view->addAction(toggle);
        m_legendAction = new QAction(tr("&Legend"), this);
        m_legendAction->setObjectName(QStringLiteral("showLegend"));
        m_legendAction->setCheckable(true);
        m_legendAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
        m_legendAction->setStatusTip(tr("Show what the shapes, lines, marks and glyphs mean"));
        m_legendAction->setChecked(QSettings().value(kLegendKey, false).toBool());
        connect(m_legendAction, &QAction::toggled, this, [this](bool shown) {
            QSettings().setValue(kLegendKey, shown);
            followCurrentView();
        });
        view->addAction(m_legendAction);
    }
}

void DiagramEditor::createPalette()
{
    m_palette = new QToolBar(tr("Palette"), m_window);
    m_palette->setObjectName(QStringLiteral("paletteToolBar"));
    m_palette->setIconSize(QSize(20, 20));
    m_palette->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_palette->setMovable(false);
    using Tool = DiagramScene::Tool;
    m_palette->addAction(m_toolActions.at(Tool::Select));
    m_palette->addSeparator();
    for (Tool tool : {Tool::ExternalEntity, Tool::Process, Tool::DataStore, Tool::Zone,
                      Tool::Flow})
        m_palette->addAction(m_toolActions.at(tool));
    // Short labels beside the icons; the menus keep the full names.
    const std::map<Tool, QString> shortNames{
        {Tool::Select, tr("Select")}, {Tool::ExternalEntity, tr("Entity")},
        {Tool::Process, tr("Process")}, {Tool::DataStore, tr("Store")},
        {Tool::Zone, tr("Zone")}, {Tool::Flow, tr("Flow")}};
    for (const auto &[tool, name] : shortNames)
        if (QWidget *button = m_palette->widgetForAction(m_toolActions.at(tool)))
            if (auto *toolButton = qobject_cast<QToolButton *>(button))
                toolButton->setText(name);
    for (Tool tool : {Tool::ExternalEntity, Tool::Process, Tool::DataStore, Tool::Zone})
        if (QWidget *button = m_palette->widgetForAction(m_toolActions.at(tool))) {
            button->installEventFilter(this);
            m_draggableButtons[button] = tool;
        }
    // Beside the main tool bar, not in a column of its own: the width goes to the diagram.
    m_window->addToolBar(Qt::TopToolBarArea, m_palette);
}

bool DiagramEditor::eventFilter(QObject *watched, QEvent *event)
{
    const auto found = m_draggableButtons.find(watched);
    if (found == m_draggableButtons.end())
        return QObject::eventFilter(watched, event);
    if (event->type() == QEvent::MouseButtonPress) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton) {
            m_palettePressPos = mouse->position().toPoint();
            m_paletteDragged = false;
        }
    } else if (m_paletteDragged && event->type() == QEvent::MouseMove) {
        m_paletteDragged = (static_cast<QMouseEvent *>(event)->buttons() & Qt::LeftButton) != 0;
        return m_paletteDragged;
    } else if (m_paletteDragged && event->type() == QEvent::MouseButtonRelease) {
        m_paletteDragged = false;
        return true;
    } else if (event->type() == QEvent::MouseMove && m_palettePressPos) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const QPoint moved = mouse->position().toPoint() - *m_palettePressPos;
        auto *button = qobject_cast<QToolButton *>(watched);
        if (button && button->isEnabled() && (mouse->buttons() & Qt::LeftButton)
            && moved.manhattanLength() >= QApplication::startDragDistance()) {
            m_palettePressPos.reset();
            m_paletteDragged = true;
            startPaletteDrag(button, found->second);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void DiagramEditor::startPaletteDrag(QToolButton *button, DiagramScene::Tool tool)
{
    // The drag takes over the mouse: the button gets no release, so it must not stay pressed
    // (nor select its tool: a drag leaves the tool as it was).
    button->setDown(false);
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(DiagramScene::kPaletteMimeType),
                  DiagramScene::paletteKindName(tool));
    auto *drag = new QDrag(button);
    drag->setMimeData(mime);
    const QSize size = m_palette->iconSize();
    const QPixmap pixmap = m_toolActions.at(tool)->icon().pixmap(size, button->devicePixelRatio());
    drag->setPixmap(pixmap);
    drag->setHotSpot(QPoint(size.width() / 2, size.height() / 2));
    drag->exec(Qt::CopyAction);
    button->setDown(false);
}

void DiagramEditor::createOverview()
{
    m_overviewDock = new QDockWidget(tr("Overview"), m_window);
    m_overviewDock->setObjectName(QStringLiteral("overviewDock"));
    m_overview = new OverviewView(m_overviewDock);
    m_overview->setMinimumSize(220, 150);
    m_overviewDock->setWidget(m_overview);
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_overviewDock);
    m_overviewDock->hide();
}

// ---------------------------------------------------------------- state

bool DiagramEditor::snapsToGrid() const
{
    return m_snapAction->isChecked();
}

void DiagramEditor::setSnapToGrid(bool snap)
{
    QSettings().setValue(kSnapToGridKey, snap);
    if (m_snapAction->isChecked() != snap)
        m_snapAction->setChecked(snap);
    if (DiagramScene *scene = currentScene())
        scene->setSnapToGrid(snap);
}

DiagramScene *DiagramEditor::currentScene() const
{
    DiagramView *view = m_window->currentView();
    return view ? view->diagramScene() : nullptr;
}

std::vector<Id> DiagramEditor::selection() const
{
    return m_window->selectedIds();
}

void DiagramEditor::followCurrentView()
{
    DiagramView *view = m_window->currentView();
    DiagramScene *scene = view ? view->diagramScene() : nullptr;
    m_overview->setTarget(view);
    if (scene != m_scene) {
        if (m_scene)
            m_scene->setTool(DiagramScene::Tool::Select);
        m_scene = scene;
    }
    if (view && m_legendAction)
        view->setLegendShown(m_legendAction->isChecked());
    if (scene) {
        scene->setSnapToGrid(snapsToGrid());
        connect(scene, &DiagramScene::toolChanged, this, &DiagramEditor::onToolChanged,
                Qt::UniqueConnection);
        connect(scene, &DiagramScene::contextMenuRequested, this,
                &DiagramEditor::showContextMenu, Qt::UniqueConnection);
        m_toolActions.at(scene->tool())->setChecked(true);
    }
    updateActions();
}

void DiagramEditor::onToolChanged(DiagramScene::Tool tool)
{
    if (sender() == m_scene)
        m_toolActions.at(tool)->setChecked(true);
}

void DiagramEditor::updateActions()
{
    DiagramScene *scene = currentScene();
    const ThreatModel &model = m_window->document()->model();
    const std::vector<Id> ids = selection();
    size_t nodes = 0;
    size_t zones = 0;
    for (const Id &id : ids) {
        if (model.element(id))
            ++nodes;
        else if (model.boundary(id)) {
            ++nodes;
            ++zones;
        }
    }
    const bool editable = scene != nullptr;
    for (const auto &entry : m_toolActions)
        entry.second->setEnabled(editable);
    m_cutAction->setEnabled(editable && nodes > 0);
    m_copyAction->setEnabled(editable && nodes > 0);
    m_duplicateAction->setEnabled(editable && nodes > 0);
    m_deleteAction->setEnabled(editable && !ids.empty());
    m_renameAction->setEnabled(editable && ids.size() == 1);
    m_selectAllAction->setEnabled(editable);
    m_pasteAction->setEnabled(
        editable && !editing::modelJsonFrom(QApplication::clipboard()->mimeData()).isEmpty());
    for (QAction *action : m_alignActions)
        action->setEnabled(editable && nodes >= 2);
    m_distributeHorizontalAction->setEnabled(editable && nodes >= 3);
    m_distributeVerticalAction->setEnabled(editable && nodes >= 3);
    m_zoneFrontAction->setEnabled(editable && zones > 0);
    m_zoneBackAction->setEnabled(editable && zones > 0);
}

// ---------------------------------------------------------------- edits

void DiagramEditor::copy()
{
    DiagramScene *scene = currentScene();
    if (!scene)
        return;
    const QByteArray json =
        editing::copyItems(m_window->document()->model(), scene->diagramId(), selection());
    if (json.isEmpty())
        return;
    QApplication::clipboard()->setMimeData(editing::mimeDataFor(json));
    m_pasteCount = 0;
}

void DiagramEditor::cut()
{
    copy();
    deleteSelection();
}

void DiagramEditor::pasteJson(const QByteArray &json, QPointF offset)
{
    DiagramScene *scene = currentScene();
    if (!scene || json.isEmpty())
        return;
    QString error;
    const std::vector<Id> pasted =
        editing::pasteItems(m_window->document(), scene->diagramId(), json, offset, &error);
    if (pasted.empty()) {
        if (!error.isEmpty())
            emit m_window->errorReported(error);
        return;
    }
    scene->selectIds(pasted);
}

void DiagramEditor::paste()
{
    const QByteArray json = editing::modelJsonFrom(QApplication::clipboard()->mimeData());
    ++m_pasteCount;
    const double shift = kPasteOffset * m_pasteCount;
    pasteJson(json, QPointF(shift, shift));
}

void DiagramEditor::duplicate()
{
    DiagramScene *scene = currentScene();
    if (!scene)
        return;
    pasteJson(editing::copyItems(m_window->document()->model(), scene->diagramId(), selection()),
              QPointF(kPasteOffset, kPasteOffset));
}

void DiagramEditor::deleteSelection()
{
    const std::vector<Id> ids = selection();
    const ThreatModel &model = m_window->document()->model();
    // Threats on what goes (an element takes its flows along) become obsolete; say so when the
    // team has already decided some of them.
    std::set<Id> gone(ids.begin(), ids.end());
    for (const Id &id : ids)
        for (const Id &flow : model.flowsOf(id))
            gone.insert(flow);
    int decided = 0;
    for (const auto &[threatId, threat] : model.threats().all())
        if (stride::isDecided(threat.status)
            && std::any_of(threat.targets.begin(), threat.targets.end(),
                           [&gone](const Id &target) { return gone.count(target) != 0; }))
            ++decided;
    if (decided > 0) {
        const QString what =
            ids.size() == 1 ? tr("\"%1\"").arg(QString::fromStdString(model.displayName(ids[0])))
                            : tr("%n item(s)", nullptr, static_cast<int>(ids.size()));
        const QString question =
            tr("Deleting %1 makes %n decided threat(s) obsolete. Their status, justification, "
               "risk and links stay in the model's history, but they leave the threat list, "
               "the traceability matrix and the check. Delete anyway?",
               nullptr, decided)
                .arg(what);
        if (!m_window->confirmDeletion(question))
            return;
    }
    editing::deleteItems(m_window->document(), ids);
}

void DiagramEditor::selectAll()
{
    DiagramScene *scene = currentScene();
    if (!scene)
        return;
    const Diagram *diagram = m_window->document()->model().diagram(scene->diagramId());
    if (!diagram)
        return;
    std::vector<Id> ids;
    for (const auto &entry : diagram->nodes)
        ids.push_back(entry.first);
    for (const auto &entry : diagram->flows)
        ids.push_back(entry.first);
    scene->selectIds(ids);
}

void DiagramEditor::rename()
{
    const std::vector<Id> ids = selection();
    if (DiagramView *view = m_window->currentView(); view && ids.size() == 1)
        view->startRename(ids.front());
}

void DiagramEditor::toggleBidirectional(const Id &flowId)
{
    Document *document = m_window->document();
    const Flow *found = document->model().flow(flowId);
    if (!found)
        return;
    Flow flow = *found;
    flow.bidirectional = !flow.bidirectional;
    const QString name = QString::fromStdString(flow.name);
    const QString text = flow.bidirectional ? tr("Make \"%1\" bidirectional").arg(name)
                                            : tr("Make \"%1\" one-way").arg(name);
    document->push(new UpdateFlowCommand(document, flow, text));
}

void DiagramEditor::straighten(const Id &flowId)
{
    DiagramScene *scene = currentScene();
    Document *document = m_window->document();
    const Diagram *diagram = scene ? document->model().diagram(scene->diagramId()) : nullptr;
    if (!diagram || !diagram->flows.count(flowId))
        return;
    FlowLayout layout = diagram->flows.at(flowId);
    layout.bends.clear();
    document->push(new SetFlowLayoutCommand(document, diagram->id, flowId, layout,
                                            tr("Remove bend points")));
}

void DiagramEditor::showContextMenu(const QPoint &screenPos, const QPointF &scenePos)
{
    DiagramScene *scene = currentScene();
    if (!scene || sender() != scene)
        return;
    const ThreatModel &model = m_window->document()->model();
    const std::vector<Id> ids = selection();
    updateActions();
    QMenu menu(m_window);
    if (ids.empty()) {
        using Tool = DiagramScene::Tool;
        const QByteArray json = editing::modelJsonFrom(QApplication::clipboard()->mimeData());
        QAction *pasteHere = menu.addAction(tr("Paste Here"));
        pasteHere->setEnabled(!json.isEmpty());
        connect(pasteHere, &QAction::triggered, this, [this, json, scenePos] {
            const QRectF bounds = editing::clipBounds(json);
            if (DiagramScene *target = currentScene())
                pasteJson(json, target->snapped(scenePos) - bounds.topLeft());
        });
        menu.addSeparator();
        // Whole sentences per kind: translators must not see a menu label with its mnemonic.
        const std::vector<std::tuple<ElementKind, Tool, QString>> kinds{
            {ElementKind::ExternalEntity, Tool::ExternalEntity, tr("Add External Entity Here")},
            {ElementKind::Process, Tool::Process, tr("Add Process Here")},
            {ElementKind::DataStore, Tool::DataStore, tr("Add Data Store Here")}};
        for (const auto &[kind, tool, label] : kinds) {
            QAction *add = menu.addAction(m_toolActions.at(tool)->icon(), label);
            const ElementKind chosen = kind;
            connect(add, &QAction::triggered, this, [this, chosen, scenePos] {
                DiagramScene *target = currentScene();
                const QPointF corner = target->snapped(
                    scenePos - QPointF(kElementWidth / 2, kElementHeight / 2));
                const Id id = editing::addElement(
                    m_window->document(), target->diagramId(), chosen,
                    {corner.x(), corner.y(), kElementWidth, kElementHeight});
                target->selectIds({id});
            });
        }
        menu.addSeparator();
        menu.addAction(m_selectAllAction);
        menu.addAction(m_snapAction);
        menu.exec(screenPos);
        return;
    }

    const Id &first = ids.front();
    menu.addAction(m_renameAction);
    menu.addSeparator();
    menu.addActions({m_cutAction, m_copyAction, m_duplicateAction, m_deleteAction});
    if (ids.size() == 1 && model.flow(first)) {
        menu.addSeparator();
        QAction *both = menu.addAction(tr("&Bidirectional"));
        both->setCheckable(true);
        both->setChecked(model.flow(first)->bidirectional);
        connect(both, &QAction::triggered, this, [this, first] { toggleBidirectional(first); });
        if (FlowItem *item = scene->flowItem(first)) {
            QAction *addBend = menu.addAction(tr("Add Bend Point Here"));
            connect(addBend, &QAction::triggered, this, [this, first, scenePos] {
                DiagramScene *target = currentScene();
                FlowItem *flow = target ? target->flowItem(first) : nullptr;
                if (!flow)
                    return;
                const Diagram *diagram =
                    m_window->document()->model().diagram(target->diagramId());
                FlowLayout layout = diagram->flows.at(first);
                // Insert where the point lies along the line: after the nearest bend before it.
                const QPolygonF line = flow->polyline();
                size_t at = 0;
                double best = std::numeric_limits<double>::max();
                for (qsizetype i = 0; i + 1 < line.size(); ++i) {
                    const QLineF segment(line[i], line[i + 1]);
                    const QPointF middle = segment.center();
                    const double gap = QLineF(middle, scenePos).length();
                    if (gap < best) {
                        best = gap;
                        at = static_cast<size_t>(i);
                    }
                }
                const QPointF point = target->snapped(scenePos);
                layout.bends.insert(layout.bends.begin() + static_cast<std::ptrdiff_t>(at),
                                    Point{point.x(), point.y()});
                m_window->document()->push(new SetFlowLayoutCommand(
                    m_window->document(), target->diagramId(), first, layout,
                    tr("Add bend point")));
            });
            QAction *straight = menu.addAction(tr("&Straighten"));
            straight->setEnabled(item->hasBends());
            connect(straight, &QAction::triggered, this, [this, first] { straighten(first); });
        }
    }
    if (m_zoneFrontAction->isEnabled()) {
        menu.addSeparator();
        menu.addActions({m_zoneFrontAction, m_zoneBackAction});
    }
    if (m_alignActions.front()->isEnabled()) {
        menu.addSeparator();
        QMenu *align = menu.addMenu(tr("&Align"));
        align->addActions({m_alignActions[0], m_alignActions[1], m_alignActions[2]});
        align->addSeparator();
        align->addActions({m_alignActions[3], m_alignActions[4], m_alignActions[5]});
        if (m_distributeHorizontalAction->isEnabled())
            menu.addMenu(tr("&Distribute"))
                ->addActions({m_distributeHorizontalAction, m_distributeVerticalAction});
    }
    menu.exec(screenPos);
}

} // namespace vigil
