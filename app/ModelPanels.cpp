#include "app/Preferences.h"
#include "app/ModelPanels.h"

#include "app/ExportDiagramDialog.h"
#include "app/MainWindow.h"
#include "model/ModelFile.h"
#include "views/diagram/DiagramExport.h"
#include "views/diagram/DiagramScene.h"
#include "views/diagram/DiagramView.h"
#include "views/document/Document.h"
#include "views/panels/OutlinePanel.h"
#include "views/document/PanelCommands.h"
#include "views/panels/PropertiesPanel.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDate>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QFormLayout>
#include <QGraphicsItem>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QUuid>

#include <algorithm>

namespace vigil {

namespace {

constexpr double kPlacementGap = 80;
constexpr Rect kDefaultNode{0, 0, 160, 80};

constexpr DiagramKind kDiagramKinds[] = {DiagramKind::Dfd, DiagramKind::GlobalSystem,
                                         DiagramKind::MultiPatientHarm,
                                         DiagramKind::Updatability,
                                         DiagramKind::SecurityUseCase};

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

QMenu *menuHolding(QMenuBar *bar, QAction *action)
{
    for (QAction *entry : bar->actions())
        if (QMenu *menu = entry->menu(); menu && menu->actions().contains(action))
            return menu;
    return nullptr;
}

QRectF boundsOf(const std::map<Id, Rect> &rects)
{
    QRectF bounds;
    for (const auto &entry : rects)
        bounds |= QRectF(entry.second.x, entry.second.y, entry.second.width, entry.second.height);
    return bounds;
}

} // namespace

QString diagramKindLabel(DiagramKind kind)
{
    switch (kind) {
    case DiagramKind::Dfd: return ModelPanels::tr("Data-flow diagram");
    case DiagramKind::GlobalSystem: return ModelPanels::tr("Global system view");
    case DiagramKind::MultiPatientHarm: return ModelPanels::tr("Multi-patient harm view");
    case DiagramKind::Updatability: return ModelPanels::tr("Updatability/patchability view");
    case DiagramKind::SecurityUseCase: return ModelPanels::tr("Security use case view");
    }
    return {};
}

bool editDiagramInfoDialog(QWidget *parent, Diagram &diagram, bool creating)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(creating ? ModelPanels::tr("New Diagram")
                                   : ModelPanels::tr("Diagram Properties"));
    auto *form = new QFormLayout(&dialog);
    auto *name = new QLineEdit(fromStd(diagram.name));
    auto *kind = new QComboBox;
    for (DiagramKind each : kDiagramKinds)
        kind->addItem(diagramKindLabel(each), static_cast<int>(each));
    kind->setCurrentIndex(kind->findData(static_cast<int>(diagram.kind)));
    auto *level = new QSpinBox;
    level->setRange(0, 9);
    level->setValue(diagram.level);
    level->setToolTip(ModelPanels::tr("0 is the context diagram; each level details the one "
                                      "above it."));
    auto *description = new QPlainTextEdit(fromStd(diagram.description));
    description->setTabChangesFocus(true);
    form->addRow(ModelPanels::tr("&Name:"), name);
    form->addRow(ModelPanels::tr("&Kind:"), kind);
    form->addRow(ModelPanels::tr("DFD &level:"), level);
    form->addRow(ModelPanels::tr("&Description:"), description);
    const auto updateLevel = [kind, level] {
        level->setEnabled(kind->currentData().toInt() == static_cast<int>(DiagramKind::Dfd));
    };
    QObject::connect(kind, &QComboBox::currentIndexChanged, &dialog, updateLevel);
    updateLevel();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(name, &QLineEdit::textChanged, &dialog, [buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    name->selectAll();
    if (dialog.exec() != QDialog::Accepted)
        return false;
    diagram.name = name->text().trimmed().toStdString();
    diagram.kind = static_cast<DiagramKind>(kind->currentData().toInt());
    diagram.level = diagram.kind == DiagramKind::Dfd ? level->value() : 0;
    diagram.description = description->toPlainText().toStdString();
    return true;
}

ModelPanels::ModelPanels(MainWindow *window)
    : QObject(window), m_window(window), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("modelPanels"));
    createDocks();
    createDiagramActions();

    Document *document = window->document();
    connect(window, &MainWindow::selectionChanged, this, &ModelPanels::onSelectionChanged);
    connect(window->tabs(), &QTabWidget::currentChanged, this, &ModelPanels::updateActions);
    for (auto signal : {&Document::diagramAdded, &Document::diagramRemoved})
        connect(document, signal, this, &ModelPanels::updateActions);
    connect(document, &Document::diagramChanged, this, &ModelPanels::syncTabOrder);
    connect(document, &Document::modelReset, this, [this] {
        forgetRecoveryFiles(); // the previous model was saved or discarded
        m_selection.clear();
        updateActions();
    });
    // A clean state matches the file on disk: nothing left to recover.
    connect(document, &Document::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            forgetRecoveryFiles();
    });

    const int seconds =
        QSettings().value(kAutosaveIntervalKey, kDefaultAutosaveSeconds).toInt();
    if (seconds > 0) {
        m_timer->setInterval(seconds * 1000);
        connect(m_timer, &QTimer::timeout, this, &ModelPanels::autosave);
        m_timer->start();
    }
}

ModelPanels::~ModelPanels()
{
    // Reaching here means no crash: this session's recovery files are not needed.
    forgetRecoveryFiles();
}

// ---------------------------------------------------------------- docks

void ModelPanels::createDocks()
{
    Document *document = m_window->document();
    m_properties = new PropertiesPanel(document);
    m_propertiesDock = new QDockWidget(tr("Properties"), m_window);
    m_propertiesDock->setObjectName(QStringLiteral("propertiesDock"));
    m_propertiesDock->setWidget(m_properties);
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_propertiesDock);

    m_outline = new OutlinePanel(document);
    m_outlineDock = new QDockWidget(tr("Outline"), m_window);
    m_outlineDock->setObjectName(QStringLiteral("outlineDock"));
    m_outlineDock->setWidget(m_outline);
    m_window->addDockWidget(Qt::LeftDockWidgetArea, m_outlineDock);

    connect(m_outline, &OutlinePanel::itemsActivated, this, [this](const std::vector<Id> &ids) {
        if (m_window->showItems(ids))
            return;
        // Not drawn on any diagram: still editable, and placeable on one.
        m_selection = ids;
        m_properties->setSelection(ids);
        updateActions();
        m_window->statusBar()->showMessage(
            tr("The selected items are not on any diagram; use Diagram > Place on Diagram."),
            5000);
    });
    connect(m_outline, &OutlinePanel::diagramActivated, this, [this](const Id &diagram) {
        if (DiagramView *view = m_window->viewForDiagram(diagram))
            m_window->tabs()->setCurrentWidget(view);
    });

    if (QMenu *view = menuHolding(m_window->menuBar(), m_window->m_zoomInAction)) {
        view->addSeparator();
        QAction *outline = m_outlineDock->toggleViewAction();
        outline->setText(tr("&Outline"));
        view->addAction(outline);
        QAction *properties = m_propertiesDock->toggleViewAction();
        properties->setText(tr("&Properties"));
        view->addAction(properties);
    }
}

void ModelPanels::onSelectionChanged(const std::vector<Id> &ids)
{
    m_selection = ids;
    m_properties->setSelection(ids);
    m_outline->setSelection(ids);
    updateActions();
}

// ---------------------------------------------------------------- diagram actions

void ModelPanels::createDiagramActions()
{
    m_newDiagram = new QAction(tr("&New Diagram..."), this);
    m_newDiagram->setStatusTip(tr("Add a diagram: a DFD level or one of the FDA views"));
    connect(m_newDiagram, &QAction::triggered, this, [this] {
        Diagram diagram;
        int level = 0;
        for (const Diagram *other : m_window->document()->model().diagrams())
            if (other->kind == DiagramKind::Dfd)
                level = std::max(level, other->level + 1);
        diagram.level = level;
        diagram.name = tr("Level %1 DFD").arg(level).toStdString();
        if (m_window->askDiagramInfo(diagram, true))
            newDiagram(diagram.name, diagram.kind, diagram.level);
    });

    m_renameDiagram = new QAction(tr("Diagram &Properties..."), this);
    m_renameDiagram->setStatusTip(tr("Rename this diagram or change its kind and level"));
    connect(m_renameDiagram, &QAction::triggered, this, [this] {
        const Diagram *current = m_window->document()->model().diagram(currentDiagram());
        if (!current)
            return;
        Diagram edited = *current;
        if (!m_window->askDiagramInfo(edited, false))
            return;
        Document *document = m_window->document();
        document->push(new EditDiagramsCommand(
            document, tr("Edit diagram \"%1\"").arg(fromStd(edited.name)), {edited}));
    });

    m_deleteDiagram = new QAction(tr("&Delete Diagram"), this);
    m_deleteDiagram->setStatusTip(
        tr("Delete this diagram and its layout; the elements stay in the model"));
    connect(m_deleteDiagram, &QAction::triggered, this,
            [this] { deleteDiagram(currentDiagram()); });

    m_placeMenu = new QMenu(tr("Place on &Diagram"), m_window);
    m_placeMenu->setToolTipsVisible(true);
    connect(m_placeMenu, &QMenu::aboutToShow, this, &ModelPanels::rebuildPlaceMenu);

    m_removeFromDiagram = new QAction(tr("&Remove from Diagram"), this);
    m_removeFromDiagram->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
    m_removeFromDiagram->setStatusTip(tr("Take the selection off this diagram only; it stays in "
                                         "the model and on other diagrams"));
    m_removeFromDiagram->setToolTip(m_removeFromDiagram->statusTip());
    connect(m_removeFromDiagram, &QAction::triggered, this,
            [this] { removeFromDiagram(currentDiagram(), m_window->selectedIds()); });
    m_window->addAction(m_removeFromDiagram); // the shortcut works with the menu closed

    m_exportDiagram = new QAction(tr("&Export Diagram..."), this);
    m_exportDiagram->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportDiagram->setStatusTip(
        tr("Save the current diagram as a PNG image, an SVG drawing or a PDF document"));
    connect(m_exportDiagram, &QAction::triggered, this, &ModelPanels::exportCurrentDiagram);

    QMenuBar *bar = m_window->menuBar();
    if (QMenu *file = menuHolding(bar, m_window->m_quitAction)) {
        file->insertAction(m_window->m_quitAction, m_exportDiagram);
        file->insertSeparator(m_window->m_quitAction);
    }
    m_diagramMenu = new QMenu(tr("&Diagram"), m_window);
    m_diagramMenu->addAction(m_newDiagram);
    m_diagramMenu->addAction(m_renameDiagram);
    m_diagramMenu->addAction(m_deleteDiagram);
    m_diagramMenu->addSeparator();
    m_diagramMenu->addMenu(m_placeMenu);
    m_diagramMenu->addAction(m_removeFromDiagram);
    QMenu *help = menuHolding(bar, m_window->m_aboutAction);
    bar->insertMenu(help ? help->menuAction() : nullptr, m_diagramMenu);

    QTabWidget *tabs = m_window->tabs();
    tabs->setMovable(true);
    tabs->tabBar()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(tabs->tabBar(), &QWidget::customContextMenuRequested, this,
            &ModelPanels::showTabMenu);
    connect(tabs->tabBar(), &QTabBar::tabMoved, this, &ModelPanels::onTabMoved);
    updateActions();
}

Id ModelPanels::currentDiagram() const
{
    DiagramView *view = m_window->currentView();
    return view ? view->diagramScene()->diagramId() : Id();
}

void ModelPanels::updateActions()
{
    const ThreatModel &model = m_window->document()->model();
    const bool hasDiagram = !currentDiagram().empty();
    m_renameDiagram->setEnabled(hasDiagram);
    m_deleteDiagram->setEnabled(hasDiagram && model.diagrams().size() > 1);
    m_exportDiagram->setEnabled(hasDiagram);
    m_removeFromDiagram->setEnabled(hasDiagram && !m_window->selectedIds().empty());
    m_placeMenu->setEnabled(!m_selection.empty() && model.diagrams().size() > 1);
}

void ModelPanels::rebuildPlaceMenu()
{
    m_placeMenu->clear();
    const Id current = currentDiagram();
    for (const Diagram *diagram : m_window->document()->model().diagrams()) {
        if (diagram->id == current)
            continue;
        QAction *action = m_placeMenu->addAction(fromStd(diagram->name));
        action->setToolTip(diagramKindLabel(diagram->kind));
        const Id target = diagram->id;
        connect(action, &QAction::triggered, this,
                [this, target] { placeOnDiagram(target, m_selection); });
    }
}

void ModelPanels::showTabMenu(const QPoint &position)
{
    QTabWidget *tabs = m_window->tabs();
    const int index = tabs->tabBar()->tabAt(position);
    if (index >= 0)
        tabs->setCurrentIndex(index);
    QMenu menu;
    menu.addAction(m_newDiagram);
    if (index >= 0) {
        menu.addAction(m_renameDiagram);
        menu.addAction(m_deleteDiagram);
    }
    menu.exec(tabs->tabBar()->mapToGlobal(position));
}

Id ModelPanels::newDiagram(const std::string &name, DiagramKind kind, int level)
{
    Document *document = m_window->document();
    Diagram diagram;
    diagram.id = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    diagram.name = name;
    diagram.kind = kind;
    diagram.level = kind == DiagramKind::Dfd ? level : 0;
    for (const Diagram *other : document->model().diagrams())
        diagram.order = std::max(diagram.order, other->order + 1);
    const Id id = diagram.id;
    document->push(new AddDiagramCommand(document, std::move(diagram)));
    if (DiagramView *view = m_window->viewForDiagram(id))
        m_window->tabs()->setCurrentWidget(view);
    return id;
}

bool ModelPanels::deleteDiagram(const Id &diagram)
{
    Document *document = m_window->document();
    if (!document->model().diagram(diagram))
        return false;
    if (document->model().diagrams().size() < 2) {
        m_window->statusBar()->showMessage(tr("The model's last diagram cannot be deleted."),
                                           5000);
        return false;
    }
    autosave();
    document->push(new RemoveDiagramCommand(document, diagram));
    m_window->statusBar()->showMessage(
        tr("Diagram deleted; its elements stay in the model. Undo brings it back."), 5000);
    return true;
}

bool ModelPanels::renameDiagram(const Id &diagram, const std::string &name)
{
    Document *document = m_window->document();
    const Diagram *current = document->model().diagram(diagram);
    if (!current || name.empty())
        return false;
    Diagram edited = *current;
    edited.name = name;
    const int before = document->undoStack()->count();
    document->push(new EditDiagramsCommand(
        document, tr("Rename diagram \"%1\" to \"%2\"").arg(fromStd(current->name), fromStd(name)),
        {edited}));
    return document->undoStack()->count() != before;
}

bool ModelPanels::placeOnDiagram(const Id &diagramId, const std::vector<Id> &items)
{
    Document *document = m_window->document();
    const ThreatModel &model = document->model();
    const Diagram *target = model.diagram(diagramId);
    if (!target)
        return false;
    const Diagram *source = model.diagram(currentDiagram());

    // The nodes to add: selected elements and zones, and both ends of selected flows.
    std::vector<Id> wanted;
    for (const Id &id : items) {
        if (const Flow *flow = model.flow(id)) {
            wanted.push_back(flow->source);
            wanted.push_back(flow->target);
        } else if (model.element(id) || model.boundary(id)) {
            wanted.push_back(id);
        }
    }
    std::map<Id, Rect> placed;
    std::vector<Id> unplaced; // not on the current diagram: no arrangement to keep
    for (const Id &id : wanted) {
        if (target->nodes.count(id) || placed.count(id))
            continue;
        auto rect = source ? source->nodes.find(id) : decltype(source->nodes.end()){};
        if (source && rect != source->nodes.end())
            placed.emplace(id, rect->second);
        else if (std::find(unplaced.begin(), unplaced.end(), id) == unplaced.end())
            unplaced.push_back(id);
    }
    // Those without a rectangle go in a column to the right of the others.
    const QRectF arranged = boundsOf(placed);
    double y = arranged.isNull() ? 0 : arranged.top();
    for (const Id &id : unplaced) {
        Rect rect = kDefaultNode;
        rect.x = arranged.isNull() ? 0 : arranged.right() + kPlacementGap;
        rect.y = y;
        y += rect.height + kPlacementGap / 2;
        placed.emplace(id, rect);
    }
    // Beside what the diagram already shows, keeping the arrangement.
    const QRectF existing = boundsOf(target->nodes);
    const QRectF moving = boundsOf(placed);
    if (!existing.isNull() && !moving.isNull()) {
        const double dx = existing.right() + kPlacementGap - moving.left();
        const double dy = existing.top() - moving.top();
        for (auto &entry : placed) {
            entry.second.x += dx;
            entry.second.y += dy;
        }
    }
    // Flows whose two ends are now on the diagram, when one end is new or the flow was picked.
    const auto shown = [&](const Id &id) { return target->nodes.count(id) || placed.count(id); };
    std::map<Id, FlowLayout> flows;
    for (const Flow *flow : model.flows()) {
        if (target->flows.count(flow->id) || !shown(flow->source) || !shown(flow->target))
            continue;
        const bool picked = std::find(items.begin(), items.end(), flow->id) != items.end();
        if (picked || placed.count(flow->source) || placed.count(flow->target))
            flows.emplace(flow->id, FlowLayout{});
    }
    if (placed.empty() && flows.empty()) {
        m_window->statusBar()->showMessage(
            tr("The selection is already on \"%1\".").arg(fromStd(target->name)), 5000);
        return false;
    }
    std::vector<Id> added;
    for (const auto &entry : placed)
        added.push_back(entry.first);
    for (const auto &entry : flows)
        added.push_back(entry.first);
    document->push(new PlaceOnDiagramCommand(document, diagramId, std::move(placed),
                                             std::move(flows)));
    if (DiagramView *view = m_window->viewForDiagram(diagramId)) {
        m_window->tabs()->setCurrentWidget(view);
        view->diagramScene()->selectIds(added);
    }
    return true;
}

bool ModelPanels::removeFromDiagram(const Id &diagram, const std::vector<Id> &items)
{
    Document *document = m_window->document();
    const int before = document->undoStack()->count();
    document->push(new RemoveFromDiagramCommand(document, diagram, items));
    if (document->undoStack()->count() == before)
        return false;
    m_window->statusBar()->showMessage(
        tr("Removed from this diagram only; the items stay in the model."), 5000);
    return true;
}

// ---------------------------------------------------------------- tab order

void ModelPanels::onTabMoved()
{
    if (m_syncingTabs)
        return;
    QTabWidget *tabs = m_window->tabs();
    std::vector<Id> ordered;
    for (int i = 0; i < tabs->count(); ++i)
        if (auto *view = qobject_cast<DiagramView *>(tabs->widget(i)))
            ordered.push_back(view->diagramScene()->diagramId());
    reorderDiagrams(ordered);
}

void ModelPanels::reorderDiagrams(const std::vector<Id> &ordered)
{
    Document *document = m_window->document();
    std::vector<Diagram> edited;
    int order = 0;
    for (const Id &id : ordered) {
        if (const Diagram *diagram = document->model().diagram(id)) {
            Diagram copy = *diagram;
            copy.order = order++;
            edited.push_back(std::move(copy));
        }
    }
    document->push(new EditDiagramsCommand(document, tr("Reorder diagrams"), std::move(edited)));
    syncTabOrder();
}

// Tabs, and the window's list of views, follow the diagrams' order (e.g. after an undo).
void ModelPanels::syncTabOrder()
{
    QTabWidget *tabs = m_window->tabs();
    m_syncingTabs = true;
    int index = 0;
    std::vector<std::pair<Id, DiagramView *>> views;
    for (const Diagram *diagram : m_window->document()->model().diagrams()) {
        DiagramView *view = m_window->viewForDiagram(diagram->id);
        if (!view)
            continue;
        const int at = tabs->indexOf(view);
        if (at != index)
            tabs->tabBar()->moveTab(at, index);
        views.emplace_back(diagram->id, view);
        ++index;
    }
    m_window->m_views = std::move(views);
    m_syncingTabs = false;
}

// ---------------------------------------------------------------- export

void ModelPanels::exportCurrentDiagram()
{
    DiagramView *view = m_window->currentView();
    if (!view)
        return;
    const Diagram *diagram = m_window->document()->model().diagram(currentDiagram());
    QString name = diagram ? fromStd(diagram->name) : tr("Diagram");
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    const QString folder =
        m_window->document()->isUntitled()
            ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
            : QFileInfo(m_window->document()->filePath()).absolutePath();
    const QString suffix = ExportDiagramDialog::rememberedSuffix();
    QString path =
        m_window->askExportFileName(QDir(folder).filePath(name + QLatin1Char('.') + suffix));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    if (!QStringList{"png", "svg", "pdf"}.contains(QFileInfo(path).suffix().toLower())) {
        m_window->reportError(
            QCoreApplication::translate("DiagramExport",
                                        "%1: unsupported file type; use .png, .svg or .pdf")
                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    ExportDiagramDialog options(path, m_window);
    if (options.exec() != QDialog::Accepted)
        return;
    DiagramExportSettings settings = options.settings();
    settings.print.modelName = fromStd(m_window->document()->model().info().name);
    settings.print.diagramName = diagram ? fromStd(diagram->name) : name;
    settings.print.date = QDate::currentDate().toString(Qt::ISODate);
    QStringList written;
    try {
        written = exportDiagram(*view->diagramScene(), path, settings);
    } catch (const std::exception &error) {
        m_window->reportError(QString::fromUtf8(error.what()));
        return;
    }
    m_window->statusBar()->showMessage(
        written.size() > 1 ? tr("Exported %1 pages: %2 to %3")
                                 .arg(written.size())
                                 .arg(QDir::toNativeSeparators(written.front()),
                                      QFileInfo(written.back()).fileName())
                           : tr("Exported %1").arg(QDir::toNativeSeparators(path)),
        4000);
}

// ---------------------------------------------------------------- autosave and recovery

bool ModelPanels::autosave()
{
    Document *document = m_window->document();
    if (!document->isModified())
        return true;
    const QString key = RecoveryStore::keyFor(document->filePath());
    try {
        m_store.write(key, document->model(), document->filePath(),
                      document->isUntitled() ? document->displayName() : QString());
    } catch (const std::exception &error) {
        // Not modal: autosave runs in the background of whatever the user is doing.
        m_window->statusBar()->showMessage(
            tr("Autosave failed: %1").arg(QString::fromUtf8(error.what())), 10000);
        return false;
    }
    // After Save As the key changes: the old file is superseded.
    for (const QString &owned : m_ownedRecoveryKeys)
        if (owned != key)
            m_store.remove(owned);
    m_ownedRecoveryKeys = {key};
    return true;
}

void ModelPanels::forgetRecoveryFiles()
{
    for (const QString &key : m_ownedRecoveryKeys)
        m_store.remove(key);
    m_ownedRecoveryKeys.clear();
}

void ModelPanels::discardRecovery()
{
    forgetRecoveryFiles();
}

bool ModelPanels::offerRecovery()
{
    for (const RecoveryStore::Entry &entry : m_store.entries()) {
        const QString what = entry.originalPath.isEmpty()
                                 ? (entry.untitledName.isEmpty() ? tr("Untitled")
                                                                 : entry.untitledName)
                                 : QDir::toNativeSeparators(entry.originalPath);
        switch (m_window->askRecover(what, entry.savedAt)) {
        case MainWindow::RecoveryChoice::Recover: {
            ThreatModel model;
            try {
                model = RecoveryStore::read(entry);
            } catch (const std::exception &error) {
                m_window->reportError(QString::fromUtf8(error.what()));
                continue;
            }
            m_window->document()->setRecoveredModel(std::move(model), entry.originalPath,
                                                    entry.untitledName);
            m_ownedRecoveryKeys.insert(entry.key);
            m_window->statusBar()->showMessage(
                tr("Recovered unsaved changes to %1; save to keep them.").arg(what), 8000);
            return true;
        }
        case MainWindow::RecoveryChoice::Discard:
            m_store.remove(entry.key);
            break;
        case MainWindow::RecoveryChoice::Later:
            return false;
        }
    }
    return false;
}

} // namespace vigil
