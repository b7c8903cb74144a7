#include "app/MainWindow.h"

#include "model/json/JsonInterchange.h"
#include "views/diagram/DiagramScene.h"
#include "views/diagram/DiagramView.h"
#include "views/document/Document.h"
#include "app/ThreatsUi.h"
#include "app/TraceUi.h"
#include "app/BaselinesUi.h"
#include "app/CompareUi.h"
#include "app/ConflictsUi.h"
#include "app/ReportUi.h"
#include "app/ReviewUi.h"
#include "app/ModelPanels.h"
#include "app/DiagramEditor.h"
#include "app/Preferences.h"
#include "app/UserGuide.h"

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
#include <QFileSystemWatcher>
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
#include <QTimer>
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
const QString kStarterResource = QStringLiteral(":/templates/connected-device.json");

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
    connect(m_document, &Document::editRefused, this, [this] {
        const std::optional<Baseline> &baseline = m_document->frozenBaseline();
        statusBar()->showMessage(
            tr("Baseline %1 is frozen: nothing in it can change. Edit the model itself.")
                .arg(baseline ? QString::fromStdString(baseline->name) : QString()),
            6000);
    });
    // files: a change on disk that is not this window's own save is offered for reloading.
    m_watcher = new QFileSystemWatcher(this);
    m_watchTimer = new QTimer(this);
    m_watchTimer->setSingleShot(true);
    m_watchTimer->setInterval(300);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_watchTimer,
            qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_watchTimer,
            qOverload<>(&QTimer::start));
    connect(m_watchTimer, &QTimer::timeout, this, &MainWindow::checkFileOnDisk);
    connect(m_document, &Document::fileChanged, this, &MainWindow::watchFile);
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
    auto *trace = new TraceUi(this, threats); // traceability: workspace and gap docks, check
    auto *compare = new CompareUi(this, trace); // compare: File > Compare with File, Changes
    new BaselinesUi(this, trace, compare); // baselines: Model menu, approvals, audit trail dock
    new ConflictsUi(this); // merge: the conflicts a merge left open in the file
    new ReportUi(this);         // report: File > Export Report and Print
    new ReviewUi(this);         // review: Threats > Start Review Meeting
    new DiagramEditor(this); // canvas: palette, edit and arrange actions, overview
    m_editMenu->addSeparator(); // Preferences last in Edit, below the canvas's actions
    m_editMenu->addAction(m_preferencesAction);
    readSettings();
    m_document->setAuthor(Preferences::load().authorName);
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

    m_userGuideAction = new QAction(tr("&User Guide"), this);
    m_userGuideAction->setObjectName(QStringLiteral("helpUserGuide"));
    m_userGuideAction->setShortcuts(uniqueKeys(
        QKeySequence::keyBindings(QKeySequence::HelpContents) << QKeySequence(Qt::Key_F1)));
    m_userGuideAction->setStatusTip(tr("Open the user guide at the part you are working in"));
    connect(m_userGuideAction, &QAction::triggered, this, [this] { showUserGuide(); });
    addAction(m_userGuideAction); // F1 works wherever the focus is in the window

    m_preferencesAction = new QAction(tr("Pre&ferences..."), this);
    m_preferencesAction->setObjectName(QStringLiteral("editPreferences"));
    m_preferencesAction->setShortcuts(uniqueKeys(
        QKeySequence::keyBindings(QKeySequence::Preferences)
        << QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);

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
    QMenu *templates = file->addMenu(tr("New from &Template"));
    templates->setObjectName(QStringLiteral("templateMenu"));
    templates->addAction(tr("&Blank Model"), this, &MainWindow::newModel);
    templates->addAction(tr("&Connected Device Starter"), this, [this] {
        openTemplate(kStarterResource, tr("Connected device (starter)"));
    });
    templates->addAction(tr("&Insulin Pump Example"), this, &MainWindow::openExample);
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
    m_editMenu = edit;
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
    help->addAction(m_userGuideAction);
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
        // First start: the whole screen, since the diagram shares it with three docks.
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 820);
        resize(available.size());
        setWindowState(windowState() | Qt::WindowMaximized);
    }
    if (!restoreState(settings.value(kStateKey).toByteArray()))
        arrangeDefaultDocks();
}

void MainWindow::arrangeDefaultDocks()
{
    // First start: the diagram gets most of the window. Below 1800 pixels the outline sits
    // behind the properties (one tab away) so that a whole Level 0 DFD stays legible; the
    // threats list takes under a third of the height.
    const auto dock = [this](const char *name) {
        return findChild<QDockWidget *>(QLatin1String(name));
    };
    QDockWidget *outline = dock("outlineDock");
    QDockWidget *properties = dock("propertiesDock");
    QDockWidget *threats = dock("threatsDock");
    if (outline && properties) {
        if (width() < 1800) {
            tabifyDockWidget(properties, outline);
            properties->raise();
            resizeDocks({properties}, {360}, Qt::Horizontal);
        } else {
            resizeDocks({outline, properties}, {240, 390}, Qt::Horizontal);
        }
    }
    // On a short screen (1366x768) the list and the threat details need a larger share to show
    // eight rows and eight lines; the diagram is then fitted smaller.
    if (threats)
        resizeDocks({threats}, {height() >= 950 ? height() * 3 / 10 : height() * 2 / 5},
                    Qt::Vertical);
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
    return openTemplate(kExampleResource, tr("Insulin pump system (example)"));
}

bool MainWindow::openTemplate(const QString &resource, const QString &name)
{
    if (!maybeSave())
        return false;
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly)) {
        reportError(tr("%1: the bundled model is missing").arg(resource));
        return false;
    }
    const QByteArray text = file.readAll();
    try {
        ThreatModel model = modelFromJson(std::string_view(text.constData(),
                                                           static_cast<size_t>(text.size())));
        m_document->setUntitledModel(std::move(model), name);
    } catch (const std::exception &error) {
        reportError(QStringLiteral("%1: %2").arg(resource, QString::fromUtf8(error.what())));
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
    showOpenWarnings();
    return true;
}

void MainWindow::newModel()
{
    if (!maybeSave())
        return;
    m_document->newModel();
    // The rule packs of the preferences; the untitled name stays the one newModel gave.
    const QStringList packs = Preferences::load().rulePacks;
    ThreatModel model = m_document->model();
    ModelInfo info = model.info();
    std::vector<std::string> ids;
    for (const QString &pack : packs)
        ids.push_back(pack.toStdString());
    if (ids.empty() || ids == info.rulePacks)
        return;
    info.rulePacks = std::move(ids);
    model.setInfo(std::move(info));
    m_document->setUntitledModel(std::move(model), m_document->displayName());
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
        if (m_document->saveFailedBecauseFileChanged())
            return resolveChangedFileOnSave();
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
    if (!m_document->isFrozen()) // a baseline's window leaves the main window's layout be
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
    // The view follows its scene from construction (DiagramView watches the scene's extent).
    auto *scene = new DiagramScene(m_document, diagramId, nullptr);
    auto *view = new DiagramView(scene);
    scene->setParent(view);
    applyGrid(scene, Preferences::load());
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
                                        tr("PNG image (*.png);;SVG drawing (*.svg);;"
                                           "PDF document (*.pdf)"));
}

// ---------------------------------------------------------------- help and preferences

QString MainWindow::guidePageForFocus() const
{
    // The dock (or the diagram) holding the focus, and the page that explains it.
    static const std::pair<const char *, const char *> kPages[] = {
        {"threatsDock", "threats.html"},      {"propertiesDock", "properties.html"},
        {"outlineDock", "diagram.html"},      {"overviewDock", "diagram.html#view"},
        {"traceDock", "traceability.html"},   {"gapsDock", "traceability.html#gaps"},
        {"historyDock", "diagram.html#edit"}, {"changesDock", "files.html#compare"},
        {"auditTrailDock", "files.html#history"}, {"mergeConflictsDock", "files.html#merge-conflicts"},
    };
    for (QWidget *widget = QApplication::focusWidget(); widget;
         widget = widget->parentWidget()) {
        if (qobject_cast<DiagramView *>(widget))
            return QStringLiteral("diagram.html");
        if (auto *dock = qobject_cast<QDockWidget *>(widget)) {
            for (const auto &[name, page] : kPages)
                if (dock->objectName() == QLatin1String(name))
                    return QString::fromLatin1(page);
            break;
        }
    }
    return QStringLiteral("index.html");
}

UserGuide *MainWindow::showUserGuide(const QString &page)
{
    const QString shown = page.isEmpty() ? guidePageForFocus() : page;
    if (!m_guide)
        m_guide = new UserGuide(currentUiLanguage(), this);
    m_guide->showPage(shown);
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
    return m_guide;
}

void MainWindow::showPreferences()
{
    Preferences preferences = Preferences::load();
    if (askPreferences(preferences))
        applyPreferences(preferences);
}

bool MainWindow::askPreferences(Preferences &preferences)
{
    PreferencesDialog dialog(preferences, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    preferences = dialog.preferences();
    return true;
}

void MainWindow::applyGrid(DiagramScene *scene, const Preferences &preferences)
{
    scene->setGridSize(preferences.gridSize);
    scene->setShowGrid(preferences.showGrid);
}

void MainWindow::applyPreferences(const Preferences &preferences)
{
    preferences.save();
    m_document->setAuthor(preferences.authorName);
    // The menu toggles share their settings with the preferences; setting them applies them.
    if (auto *automatic = findChild<ThreatsUi *>()) {
        automatic->automaticAction()->setChecked(preferences.analyzeAutomatically);
    }
    if (auto *snap = findChild<QAction *>(QStringLiteral("snapToGrid")))
        snap->setChecked(preferences.snapToGrid);
    for (const auto &entry : m_views)
        applyGrid(entry.second->diagramScene(), preferences);

    QTimer *timer = m_panels->autosaveTimer();
    timer->stop();
    if (preferences.autosaveMinutes > 0) {
        // ModelPanels connects the timer only when autosave was on at start; once is enough.
        connect(timer, &QTimer::timeout, m_panels, &ModelPanels::autosave, Qt::UniqueConnection);
        timer->setInterval(preferences.autosaveMinutes * 60 * 1000);
        timer->start();
    }
}

// ---------------------------------------------------------------- files: changes on disk

void MainWindow::watchFile()
{
    const QStringList watched = m_watcher->files() + m_watcher->directories();
    if (!watched.isEmpty())
        m_watcher->removePaths(watched);
    m_askedStamp = {};
    const QString path = m_document->filePath();
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path))
        m_watcher->addPath(path);
    m_watcher->addPath(QFileInfo(path).absolutePath()); // a file replaced by rename
}

void MainWindow::checkFileOnDisk()
{
    const QString path = m_document->filePath();
    if (path.isEmpty() || m_askingAboutFile)
        return;
    // A file replaced by rename is no longer watched: watch the new one.
    if (QFileInfo::exists(path) && !m_watcher->files().contains(path))
        m_watcher->addPath(path);
    const FileStamp now =
        fileStampOf(std::filesystem::path(QFile::encodeName(path).toStdString()));
    // Gone (a save will write it again), unchanged or this window's own save, or asked already.
    if (!now.known() || now.sameOnDisk(m_document->fileStamp()) || now.sameOnDisk(m_askedStamp))
        return;
    m_askedStamp = now;
    m_askingAboutFile = true;
    const bool reload = askReloadChangedFile(path, m_document->isModified());
    m_askingAboutFile = false;
    if (reload)
        reloadFromDisk(true);
}

bool MainWindow::resolveChangedFileOnSave()
{
    const QString path = m_document->filePath();
    m_lastError = tr("%1: the file changed on disk since it was read; nothing was saved")
                      .arg(QDir::toNativeSeparators(path));
    switch (askChangedFileOnSave(path)) {
    case ChangedFileChoice::SaveAs:
        return saveAs();
    case ChangedFileChoice::Reload:
        reloadFromDisk(false);
        return false; // the edits were not saved
    case ChangedFileChoice::Overwrite: {
        // A full save: the file on disk is replaced by this window's model.
        QString error;
        if (!m_document->saveAs(path, &error)) {
            reportError(error);
            return false;
        }
        statusBar()->showMessage(tr("Saved %1").arg(m_document->displayName()), 4000);
        return true;
    }
    case ChangedFileChoice::Cancel:
        break;
    }
    return false;
}

bool MainWindow::reloadFromDisk(bool confirmed)
{
    const QString path = m_document->filePath();
    if (!confirmed && m_document->isModified() && !confirmReload(path))
        return false;
    QString error;
    if (!m_document->open(path, &error)) {
        reportError(error);
        return false;
    }
    statusBar()->showMessage(tr("Reloaded %1").arg(QDir::toNativeSeparators(path)), 4000);
    showOpenWarnings();
    return true;
}

void MainWindow::showOpenWarnings()
{
    if (!m_document->openWarnings().isEmpty())
        showWarning(m_document->openWarnings().join(QLatin1Char('\n')));
}

MainWindow::ChangedFileChoice MainWindow::askChangedFileOnSave(const QString &path)
{
    QMessageBox box(QMessageBox::Warning, tr("File Changed on Disk"),
                    tr("\"%1\" changed on disk since this window opened or last saved it: "
                       "another program or window saved or replaced it. Saving your edits into "
                       "it would mix the two, so nothing was saved.\n\nSave your edits to a "
                       "new file, reload the file (discarding your edits), or overwrite the "
                       "file with this window's model?")
                        .arg(QDir::toNativeSeparators(path)),
                    QMessageBox::Cancel, this);
    QPushButton *saveAsButton = box.addButton(tr("Save &As..."), QMessageBox::AcceptRole);
    QPushButton *reload = box.addButton(tr("&Reload"), QMessageBox::DestructiveRole);
    QPushButton *overwrite = box.addButton(tr("&Overwrite"), QMessageBox::DestructiveRole);
    box.setDefaultButton(saveAsButton);
    box.exec();
    if (box.clickedButton() == saveAsButton)
        return ChangedFileChoice::SaveAs;
    if (box.clickedButton() == reload)
        return ChangedFileChoice::Reload;
    if (box.clickedButton() == overwrite)
        return ChangedFileChoice::Overwrite;
    return ChangedFileChoice::Cancel;
}

bool MainWindow::confirmReload(const QString &path)
{
    QMessageBox box(QMessageBox::Warning, tr("Reload"),
                    tr("Reload \"%1\" from disk? Your unsaved edits in this window will be "
                       "lost.")
                        .arg(QDir::toNativeSeparators(path)),
                    QMessageBox::Cancel, this);
    QPushButton *reload = box.addButton(tr("&Reload and Discard Edits"),
                                        QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == reload;
}

bool MainWindow::askReloadChangedFile(const QString &path, bool hasUnsavedEdits)
{
    const QString name = QDir::toNativeSeparators(path);
    QMessageBox box(QMessageBox::Question, tr("File Changed on Disk"),
                    hasUnsavedEdits
                        ? tr("\"%1\" changed on disk. Reload it? Your unsaved edits in this "
                             "window will be lost.")
                              .arg(name)
                        : tr("\"%1\" changed on disk. Reload it?").arg(name),
                    QMessageBox::NoButton, this);
    QPushButton *reload = box.addButton(tr("&Reload"), QMessageBox::AcceptRole);
    box.addButton(tr("&Keep This Version"), QMessageBox::RejectRole);
    box.setDefaultButton(reload);
    box.exec();
    return box.clickedButton() == reload;
}

void MainWindow::showWarning(const QString &message)
{
    // A merged or hand-edited file can warn about hundreds of records: the box shows the first
    // few lines, and all of them under "Show Details".
    constexpr qsizetype kShown = 8;
    const QStringList lines = message.split(QLatin1Char('\n'));
    if (lines.size() <= kShown) {
        QMessageBox::warning(this, tr("Vigil"), message);
        return;
    }
    QStringList shown = lines.mid(0, kShown);
    shown << tr("…and %n more (see the details).", nullptr,
                static_cast<int>(lines.size() - kShown));
    QMessageBox box(QMessageBox::Warning, tr("Vigil"), shown.join(QLatin1Char('\n')),
                    QMessageBox::Ok, this);
    box.setDetailedText(message);
    box.exec();
}

} // namespace vigil
