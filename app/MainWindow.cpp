#include "app/MainWindow.h"

#include "model/json/JsonInterchange.h"
#include "views/diagram/DiagramScene.h"
#include "views/diagram/DiagramView.h"
#include "views/document/Document.h"
#include "app/ThreatsUi.h"
#include "app/TraceUi.h"
#include "app/ModelPanels.h"
#include "app/DiagramEditor.h"

#include <algorithm>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QHeaderView>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTableWidget>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoView>
#include <QVBoxLayout>

namespace vigil {

namespace {

// Each key once, in order: the same key twice on one action makes Qt report it as ambiguous and
// trigger nothing (Ctrl+- is both our zoom-out key and the platform's).
QList<QKeySequence> uniqueKeys(const QList<QKeySequence> &keys)
{
    QList<QKeySequence> unique;
    for (const QKeySequence &key : keys)
        if (!key.isEmpty() && !unique.contains(key))
            unique << key;
    return unique;
}

const QString kRecentFilesKey = QStringLiteral("recentFiles");
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kFirstRunDoneKey = QStringLiteral("firstRunDone");
const QString kExampleResource = QStringLiteral(":/examples/insulin-pump.json");

// A status-bar cell: a small icon and a label.
QLabel *addStatusCell(QStatusBar *bar, const QString &iconPath)
{
    auto *cell = new QWidget(bar);
    auto *layout = new QHBoxLayout(cell);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->setSpacing(4);
    auto *icon = new QLabel(cell);
    icon->setPixmap(QIcon(iconPath).pixmap(QSize(16, 16)));
    auto *text = new QLabel(cell);
    layout->addWidget(icon);
    layout->addWidget(text);
    bar->addPermanentWidget(cell);
    return text;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_document(new Document(this)), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/vigil.svg")));
    m_tabs->setDocumentMode(true);
    m_tabs->setMovable(false);
    setCentralWidget(m_tabs);

    createActions();
    createMenus();
    createToolBar();
    createStatusBar();

    connect(m_document, &Document::modelReset, this, &MainWindow::rebuildTabs);
    connect(m_document, &Document::diagramAdded, this, &MainWindow::addTab);
    connect(m_document, &Document::diagramRemoved, this, &MainWindow::removeTab);
    connect(m_document, &Document::diagramChanged, this, &MainWindow::renameTab);
    connect(m_document, &Document::fileChanged, this, [this] {
        updateTitle();
        updateActions();
    });
    connect(m_document, &Document::modifiedChanged, this, &QWidget::setWindowModified);
    for (auto signal : {&Document::elementAdded, &Document::elementRemoved,
                        &Document::flowAdded, &Document::flowRemoved,
                        &Document::boundaryAdded, &Document::boundaryRemoved})
        connect(m_document, signal, this, &MainWindow::updateCounts);
    connect(m_document, &Document::modelReset, this, &MainWindow::updateCounts);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateZoomLabel);
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this] { emit selectionChanged(selectedIds()); });

    m_panels = new ModelPanels(this); // before readSettings: its docks are in the saved state
    auto *threats = new ThreatsUi(this); // threats: Threats menu, dock, analysis and badges
    new TraceUi(this, threats); // traceability: workspace and gap docks, test results, check
    new DiagramEditor(this); // canvas: palette, edit and arrange actions, overview
    readSettings();
    m_document->newModel();
}

MainWindow::~MainWindow()
{
    // Views (and their scenes) go before the Document they show.
    m_views.clear();
    delete m_tabs;
    m_tabs = nullptr;
}

// ---------------------------------------------------------------- construction

void MainWindow::createActions()
{
    m_newAction = new QAction(QIcon(QStringLiteral(":/icons/document-new.svg")), tr("&New"), this);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setStatusTip(tr("Start a new, empty threat model"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newModel);

    m_openAction =
        new QAction(QIcon(QStringLiteral(":/icons/document-open.svg")), tr("&Open..."), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open a .vigil document or a vigil-model JSON file"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::open);

    m_saveAction =
        new QAction(QIcon(QStringLiteral(":/icons/document-save.svg")), tr("&Save"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setStatusTip(tr("Save the model to its file"));
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::save);

    m_saveAsAction = new QAction(tr("Save &As..."), this);
    m_saveAsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_saveAsAction->setStatusTip(tr("Save the model to a new file"));
    connect(m_saveAsAction, &QAction::triggered, this, &MainWindow::saveAs);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setIcon(QIcon(QStringLiteral(":/icons/edit-undo.svg")));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setIcon(QIcon(QStringLiteral(":/icons/edit-redo.svg")));
    m_redoAction->setShortcuts(uniqueKeys(QKeySequence::keyBindings(QKeySequence::Redo)
                                          << QKeySequence(Qt::CTRL | Qt::Key_Y)));

    m_zoomInAction =
        new QAction(QIcon(QStringLiteral(":/icons/zoom-in.svg")), tr("Zoom &In"), this);
    m_zoomInAction->setShortcuts(
        uniqueKeys(QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Equal)}
                   << QKeySequence::keyBindings(QKeySequence::ZoomIn)));
    connect(m_zoomInAction, &QAction::triggered, this, [this] {
        if (DiagramView *view = currentView())
            view->zoomIn();
    });
    m_zoomOutAction =
        new QAction(QIcon(QStringLiteral(":/icons/zoom-out.svg")), tr("Zoom &Out"), this);
    m_zoomOutAction->setShortcuts(
        uniqueKeys(QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Minus)}
                   << QKeySequence::keyBindings(QKeySequence::ZoomOut)));
    connect(m_zoomOutAction, &QAction::triggered, this, [this] {
        if (DiagramView *view = currentView())
            view->zoomOut();
    });
    m_fitAction =
        new QAction(QIcon(QStringLiteral(":/icons/zoom-fit.svg")), tr("&Fit to Window"), this);
    m_fitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_9));
    connect(m_fitAction, &QAction::triggered, this, [this] {
        if (DiagramView *view = currentView())
            view->fitToWindow();
    });
    m_actualSizeAction = new QAction(tr("&Actual Size (100%)"), this);
    m_actualSizeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_actualSizeAction, &QAction::triggered, this, [this] {
        if (DiagramView *view = currentView())
            view->resetZoom();
    });

    m_aboutAction = new QAction(tr("&About Vigil"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About Vigil"),
            tr("<h3>Vigil %1</h3><p>Threat modeling for medical devices and health software: "
               "data-flow diagrams, STRIDE threats, mitigations, requirements and verification "
               "tests, following IEC 81001-5-1 and the MITRE/MDIC playbook.</p>")
                .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();
    file->addSeparator();
    file->addAction(m_saveAction);
    file->addAction(m_saveAsAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);

    auto *history = new QDockWidget(tr("History"), this);
    history->setObjectName(QStringLiteral("historyDock"));
    auto *undoView = new QUndoView(m_document->undoStack(), history);
    undoView->setEmptyLabel(tr("<opened>"));
    history->setWidget(undoView);
    addDockWidget(Qt::RightDockWidgetArea, history);
    history->hide();

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_zoomInAction);
    view->addAction(m_zoomOutAction);
    view->addAction(m_fitAction);
    view->addAction(m_actualSizeAction);
    view->addSeparator();
    QAction *showHistory = history->toggleViewAction();
    showHistory->setText(tr("Edit &History"));
    view->addAction(showHistory);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    auto *shortcuts = new QAction(tr("&Keyboard Shortcuts"), this);
    shortcuts->setObjectName(QStringLiteral("helpShortcuts"));
    connect(shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    help->addAction(shortcuts);
    help->addSeparator();
    help->addAction(m_aboutAction);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setIconSize(QSize(20, 20));
    bar->setMovable(false);
    bar->addAction(m_newAction);
    bar->addAction(m_openAction);
    bar->addAction(m_saveAction);
    bar->addSeparator();
    bar->addAction(m_undoAction);
    bar->addAction(m_redoAction);
    bar->addSeparator();
    bar->addAction(m_zoomOutAction);
    bar->addAction(m_zoomInAction);
    bar->addAction(m_fitAction);
}

void MainWindow::createStatusBar()
{
    QStatusBar *bar = statusBar();
    m_elementCount = addStatusCell(bar, QStringLiteral(":/icons/process.svg"));
    m_flowCount = addStatusCell(bar, QStringLiteral(":/icons/flow.svg"));
    m_zoneCount = addStatusCell(bar, QStringLiteral(":/icons/trust-zone.svg"));
    m_zoomLabel = new QLabel(bar);
    m_zoomLabel->setMinimumWidth(48);
    m_zoomLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    bar->addPermanentWidget(m_zoomLabel);
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        // First start: most of the screen, since the diagram shares it with three docks.
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 820);
        resize(std::max(1280, available.width() * 9 / 10),
               std::max(820, available.height() * 9 / 10));
    }
    if (!restoreState(settings.value(kStateKey).toByteArray()))
        arrangeDefaultDocks();
}

void MainWindow::arrangeDefaultDocks()
{
    // First start: the diagram gets most of the window; the side docks stay narrow and the
    // threats list takes a third of the height.
    const auto dock = [this](const char *name) {
        return findChild<QDockWidget *>(QLatin1String(name));
    };
    QDockWidget *outline = dock("outlineDock");
    QDockWidget *properties = dock("propertiesDock");
    QDockWidget *threats = dock("threatsDock");
    if (outline && properties)
        resizeDocks({outline, properties}, {240, 390}, Qt::Horizontal);
    if (threats)
        resizeDocks({threats}, {height() / 3}, Qt::Vertical);
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
}

// ---------------------------------------------------------------- files

void MainWindow::openInitial(const QString &fileArgument)
{
    if (m_panels->offerRecovery())
        return;
    QSettings settings;
    const bool firstRun = !settings.value(kFirstRunDoneKey, false).toBool();
    settings.setValue(kFirstRunDoneKey, true);
    if (!fileArgument.isEmpty()) {
        openFile(fileArgument);
        return;
    }
    if (!firstRun) {
        const QStringList recent = recentFiles();
        if (!recent.isEmpty() && openFile(recent.first()))
            return;
    }
    openExample();
}

bool MainWindow::openExample()
{
    if (!maybeSave())
        return false;
    QFile file(kExampleResource);
    if (!file.open(QIODevice::ReadOnly)) {
        reportError(tr("%1: the bundled example is missing").arg(kExampleResource));
        return false;
    }
    const QByteArray text = file.readAll();
    try {
        ThreatModel model = modelFromJson(std::string_view(text.constData(),
                                                           static_cast<size_t>(text.size())));
        m_document->setUntitledModel(std::move(model), tr("Insulin pump system (example)"));
    } catch (const std::exception &error) {
        reportError(QStringLiteral("%1: %2").arg(kExampleResource, QString::fromUtf8(error.what())));
        return false;
    }
    return true;
}

bool MainWindow::openFile(const QString &path)
{
    if (!maybeSave())
        return false;
    QString error;
    if (!m_document->open(path, &error)) {
        reportError(error);
        return false;
    }
    addRecentFile(m_document->filePath());
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

void MainWindow::newModel()
{
    if (maybeSave())
        m_document->newModel();
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString path = askOpenFileName();
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::save()
{
    if (m_document->isUntitled() || m_document->isReadOnly())
        return saveAs();
    QString error;
    if (!m_document->save(&error)) {
        reportError(error);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(m_document->displayName()), 4000);
    return true;
}

bool MainWindow::saveAs()
{
    QString path = askSaveFileName();
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".vigil");
    QString error;
    if (!m_document->saveAs(path, &error)) {
        reportError(error);
        return false;
    }
    addRecentFile(m_document->filePath());
    statusBar()->showMessage(tr("Saved %1").arg(m_document->displayName()), 4000);
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    autosaveNow();
    switch (askToSaveChanges()) {
    case QMessageBox::Save: return save();
    case QMessageBox::Discard: return true;
    default: return false;
    }
}

QMessageBox::StandardButton MainWindow::askToSaveChanges()
{
    return QMessageBox::warning(
        this, tr("Unsaved Changes"),
        tr("\"%1\" has unsaved changes. Save them before closing it?")
            .arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
}

QString MainWindow::askOpenFileName()
{
    const QString folder = m_document->isUntitled()
                               ? QStandardPaths::writableLocation(
                                     QStandardPaths::DocumentsLocation)
                               : QFileInfo(m_document->filePath()).absolutePath();
    return QFileDialog::getOpenFileName(this, tr("Open Model"), folder,
                                        tr("Vigil models (*.vigil *.json);;All files (*)"));
}

QString MainWindow::askSaveFileName()
{
    QString suggestion;
    if (m_document->isUntitled()) {
        QString name = QString::fromStdString(m_document->model().info().name).trimmed();
        if (name.isEmpty())
            name = tr("Untitled");
        name.replace(QLatin1Char('/'), QLatin1Char('-'));
        suggestion = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                         .filePath(name + QStringLiteral(".vigil"));
    } else {
        suggestion = m_document->filePath();
    }
    const QString vigilFilter = tr("Vigil documents (*.vigil)");
    const QString jsonFilter = tr("Vigil JSON (*.json)");
    QString selected = m_document->format() == ModelFormat::VigilJson && !m_document->isUntitled()
                           ? jsonFilter
                           : vigilFilter;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save Model As"), suggestion, vigilFilter + QStringLiteral(";;") + jsonFilter,
        &selected);
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += selected == jsonFilter ? QStringLiteral(".json") : QStringLiteral(".vigil");
    return path;
}

void MainWindow::showError(const QString &message)
{
    QMessageBox::critical(this, tr("Vigil"), message);
}

void MainWindow::reportError(const QString &message)
{
    m_lastError = message;
    emit errorReported(message);
    showError(message);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    writeSettings();
    m_panels->discardRecovery();
    event->accept();
}

// ---------------------------------------------------------------- recent files

QStringList MainWindow::recentFiles() const
{
    QSettings settings;
    const QStringList stored = settings.value(kRecentFilesKey).toStringList();
    QStringList existing;
    for (const QString &path : stored)
        if (QFileInfo::exists(path))
            existing << path;
    if (existing != stored)
        settings.setValue(kRecentFilesKey, existing);
    return existing;
}

void MainWindow::addRecentFile(const QString &path)
{
    QStringList recent = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecentFiles)
        recent.removeLast();
    QSettings().setValue(kRecentFilesKey, recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentFiles();
    int number = 1;
    for (const QString &path : recent) {
        const QString label = number < 10 ? QStringLiteral("&%1 %2").arg(number).arg(
                                                QFileInfo(path).fileName())
                                          : QFileInfo(path).fileName();
        QAction *action = m_recentMenu->addAction(label);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
        ++number;
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear List"));
    clear->setEnabled(!recent.isEmpty());
    connect(clear, &QAction::triggered, this, [this] {
        QSettings().remove(kRecentFilesKey);
        rebuildRecentMenu();
    });
}

// ---------------------------------------------------------------- state shown

void MainWindow::updateTitle()
{
    const QString name = m_document->displayName();
    if (m_document->isReadOnly())
        setWindowTitle(tr("%1[*] (read-only) — Vigil").arg(name));
    else
        setWindowTitle(tr("%1[*] — Vigil").arg(name));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateActions()
{
    m_saveAction->setEnabled(!m_document->isReadOnly());
}

void MainWindow::updateCounts()
{
    const ThreatModel &model = m_document->model();
    const int elements = static_cast<int>(model.elementCount());
    const int flows = static_cast<int>(model.flowCount());
    const int zones = static_cast<int>(model.boundaries().size());
    m_elementCount->setText(tr("%n element(s)", nullptr, elements));
    m_flowCount->setText(tr("%n flow(s)", nullptr, flows));
    m_zoneCount->setText(tr("%n trust zone(s)", nullptr, zones));
}

void MainWindow::updateZoomLabel()
{
    DiagramView *view = currentView();
    m_zoomLabel->setText(view ? tr("%1%").arg(qRound(view->zoom() * 100)) : QString());
}

// ---------------------------------------------------------------- diagram tabs

DiagramView *MainWindow::currentView() const
{
    return qobject_cast<DiagramView *>(m_tabs->currentWidget());
}

DiagramView *MainWindow::viewForDiagram(const Id &diagram) const
{
    for (const auto &[id, view] : m_views)
        if (id == diagram)
            return view;
    return nullptr;
}

void MainWindow::rebuildTabs()
{
    while (m_tabs->count() > 0) {
        QWidget *page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete page;
    }
    m_views.clear();
    for (const Diagram *diagram : m_document->model().diagrams())
        addTab(diagram->id);
    if (m_tabs->count() > 0)
        m_tabs->setCurrentIndex(0);
    updateZoomLabel();
}

void MainWindow::addTab(const Id &diagramId)
{
    const Diagram *diagram = m_document->model().diagram(diagramId);
    if (!diagram || viewForDiagram(diagramId))
        return;
    auto *view = new DiagramView(nullptr);
    auto *scene = new DiagramScene(m_document, diagramId, view);
    view->setScene(scene);
    connect(view, &DiagramView::zoomChanged, this, &MainWindow::updateZoomLabel);
    connect(scene, &QGraphicsScene::selectionChanged, this, [this, view] {
        if (view == currentView())
            emit selectionChanged(selectedIds());
    });
    // Tabs follow the diagrams' order.
    size_t index = 0;
    const auto ordered = m_document->model().diagrams();
    for (const Diagram *other : ordered) {
        if (other->id == diagramId)
            break;
        if (viewForDiagram(other->id))
            ++index;
    }
    m_views.insert(m_views.begin() + static_cast<std::ptrdiff_t>(index), {diagramId, view});
    m_tabs->insertTab(static_cast<int>(index), view, QString::fromStdString(diagram->name));
    m_tabs->setTabToolTip(static_cast<int>(index), QString::fromStdString(diagram->description));
}

void MainWindow::removeTab(const Id &diagram)
{
    for (auto it = m_views.begin(); it != m_views.end(); ++it) {
        if (it->first != diagram)
            continue;
        DiagramView *view = it->second;
        m_views.erase(it);
        m_tabs->removeTab(m_tabs->indexOf(view));
        delete view;
        return;
    }
}

void MainWindow::renameTab(const Id &diagramId)
{
    const Diagram *diagram = m_document->model().diagram(diagramId);
    DiagramView *view = viewForDiagram(diagramId);
    if (!diagram || !view)
        return;
    m_tabs->setTabText(m_tabs->indexOf(view), QString::fromStdString(diagram->name));
}

// ---------------------------------------------------------------- selection

std::vector<Id> MainWindow::selectedIds() const
{
    DiagramView *view = currentView();
    return view ? view->diagramScene()->selectedIds() : std::vector<Id>{};
}

bool MainWindow::showItems(const std::vector<Id> &ids)
{
    if (ids.empty())
        return false;
    DiagramView *target = currentView();
    if (!target || !target->diagramScene()->shows(ids.front())) {
        target = nullptr;
        for (const auto &entry : m_views) {
            if (entry.second->diagramScene()->shows(ids.front())) {
                target = entry.second;
                break;
            }
        }
    }
    if (!target)
        return false;
    m_tabs->setCurrentWidget(target);
    DiagramScene *scene = target->diagramScene();
    if (scene->selectIds(ids) == 0)
        return false;
    QRectF area;
    for (QGraphicsItem *item : scene->selectedItems())
        area |= item->sceneBoundingRect();
    target->centerOn(area.center());
    return true;
}

// ---------------------------------------------------------------- panels

void MainWindow::autosaveNow()
{
    m_panels->autosave();
}

MainWindow::RecoveryChoice MainWindow::askRecover(const QString &document,
                                                  const QDateTime &savedAt)
{
    QMessageBox box(QMessageBox::Warning, tr("Recover Unsaved Changes"),
                    tr("Vigil was not closed properly. Unsaved changes to \"%1\" from %2 were "
                       "kept. Recover them?")
                        .arg(document, QLocale().toString(savedAt.toLocalTime(),
                                                          QLocale::ShortFormat)),
                    QMessageBox::NoButton, this);
    QPushButton *recover = box.addButton(tr("&Recover"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    box.addButton(tr("&Not Now"), QMessageBox::RejectRole);
    box.setDefaultButton(recover);
    box.exec();
    if (box.clickedButton() == recover)
        return RecoveryChoice::Recover;
    if (box.clickedButton() == discard)
        return RecoveryChoice::Discard;
    return RecoveryChoice::Later;
}

bool MainWindow::askDiagramInfo(Diagram &diagram, bool creating)
{
    return editDiagramInfoDialog(this, diagram, creating);
}

QList<QPair<QString, QString>> MainWindow::shortcutList() const
{
    // Built from the actions themselves, so the list can never disagree with the keys.
    QList<QPair<QString, QString>> rows;
    for (QAction *action : findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty() || action->text().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        QString name = action->text();
        name.remove(QRegularExpression(QStringLiteral("&(?!&)"))).remove(QStringLiteral("..."));
        rows.append({name.trimmed(), keys.join(QStringLiteral(", "))});
    }
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.first, b.first) < 0;
    });
    return rows;
}

void MainWindow::showShortcuts()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Keyboard Shortcuts"));
    auto *layout = new QVBoxLayout(&dialog);
    const auto rows = shortcutList();
    auto *table = new QTableWidget(static_cast<int>(rows.size()), 2, &dialog);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < rows.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(rows[row].first));
        table->setItem(row, 1, new QTableWidgetItem(rows[row].second));
    }
    table->resizeColumnToContents(0);
    auto *note = new QLabel(tr("On the diagram: S select, E external entity, P process, D data "
                               "store, Z trust zone, F flow; Space-drag or the middle button "
                               "pans; Ctrl+wheel zooms; arrow keys nudge."),
                            &dialog);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(table, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    dialog.resize(560, 620);
    dialog.exec();
}

bool MainWindow::confirmDeletion(const QString &question)
{
    QMessageBox box(QMessageBox::Warning, tr("Delete"), question, QMessageBox::Cancel, this);
    QPushButton *remove = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == remove;
}

QString MainWindow::askExportFileName(const QString &suggestion)
{
    return QFileDialog::getSaveFileName(this, tr("Export Diagram"), suggestion,
                                        tr("PNG image (*.png);;SVG drawing (*.svg)"));
}

} // namespace vigil
