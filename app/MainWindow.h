#pragma once

// The main window: one Document, one tab (DiagramView) per diagram, the File / Edit / View menus,
// recent files and remembered geometry. The questions it asks the user (save changes? which
// file?) and the errors it shows go through virtual functions, so tests answer them without
// modal dialogs.

#include "model/Types.h"
#include "model/store/DocumentStore.h"

#include <QMainWindow>
#include <QMessageBox>

#include <vector>

class QAction;
class QFileSystemWatcher;
class QTimer;
class QDateTime;
class QLabel;
class QMenu;
class QTabWidget;

namespace vigil {

class DiagramScene;
class DiagramView;
class Document;
class ModelPanels;
class UserGuide;
struct Preferences;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    static constexpr int kMaxRecentFiles = 10;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Document *document() const { return m_document; }
    QTabWidget *tabs() const { return m_tabs; }
    DiagramView *currentView() const;
    DiagramView *viewForDiagram(const Id &diagram) const;

    // What `vigil [FILE]` opens: FILE; with no argument the bundled example on the first run,
    // later the most recent file that still exists, else the example.
    void openInitial(const QString &fileArgument);
    // Asks to save unsaved changes first. On failure shows the error and keeps the model.
    bool openFile(const QString &path);
    // The bundled example as an untitled model, so that Save asks for a name.
    bool openExample();
    // A model bundled with Vigil (File > New from Template), opened untitled as `name`.
    bool openTemplate(const QString &resource, const QString &name);
    // Recent files that still exist, most recent first.
    QStringList recentFiles() const;
    // The first start's dock layout for the window's present size.
    void arrangeDefaultDocks();
    QString lastError() const { return m_lastError; }

    // Ids selected on the current diagram (elements, zones, flows), sorted.
    std::vector<Id> selectedIds() const;
    // Help: every action that has keys, as (action, keys), sorted by action.
    QList<QPair<QString, QString>> shortcutList() const;
    void showShortcuts();
    // Help > User Guide (F1): the guide in the UI language, at `page` ("threats.html#filters");
    // with no page, at the section about the dock or diagram that has the keyboard focus.
    UserGuide *showUserGuide(const QString &page = QString());
    UserGuide *userGuide() const { return m_guide; }
    // Edit > Preferences: stores `preferences` and puts them into effect now (all but the
    // language, which main.cpp reads at the next start).
    void applyPreferences(const Preferences &preferences);

signals:
    void errorReported(const QString &message);
    // The selection on the current diagram changed, or another diagram became current. Docks
    // (outline, properties, threats) follow it.
    void selectionChanged(const std::vector<vigil::Id> &ids);

public slots:
    void newModel();
    void showPreferences();
    void open();
    bool save();
    bool saveAs();
    // Shows `ids` to the user: stays on the current diagram if it draws the first of them, else
    // switches to the first diagram that does; selects them there and centres the view on them.
    // Returns false when no diagram draws any of them.
    bool showItems(const std::vector<vigil::Id> &ids);

protected:
    void closeEvent(QCloseEvent *event) override;

    // The user's answers; tests override these.
    virtual QMessageBox::StandardButton askToSaveChanges();
    virtual QString askOpenFileName();
    virtual QString askSaveFileName();
    virtual void showError(const QString &message);

    // --- files: the file changed on disk (another program, window or a git checkout)
public:
    enum class ChangedFileChoice { SaveAs, Reload, Overwrite, Cancel };
protected:
    // Save found the file changed since it was read; nothing was written yet.
    virtual ChangedFileChoice askChangedFileOnSave(const QString &path);
    // Reloading discards this window's unsaved edits: go ahead?
    virtual bool confirmReload(const QString &path);
    // The watcher saw a change that is not ours: reload? Asked once per change.
    virtual bool askReloadChangedFile(const QString &path, bool hasUnsavedEdits);
    // Problems a file opened with (a checksum that does not match, text that was not UTF-8).
    virtual void showWarning(const QString &message);
    // Edit > Preferences: the dialog; false when cancelled. Tests override it.
    virtual bool askPreferences(Preferences &preferences);

    // --- panels (app/ModelPanels.h): docks, diagrams, export, autosave and recovery
public:
    enum class RecoveryChoice { Recover, Discard, Later };
    ModelPanels *panels() const { return m_panels; }
public slots:
    // Writes a recovery file now if the model has unsaved changes (before risky actions).
    void autosaveNow();
protected:
    // `document` is the file path or untitled name the recovered changes belong to.
    virtual RecoveryChoice askRecover(const QString &document, const QDateTime &savedAt);
    // Name, kind and level of a new or existing diagram; false when cancelled.
    virtual bool askDiagramInfo(Diagram &diagram, bool creating);
    virtual QString askExportFileName(const QString &suggestion);
    // canvas: asks before a deletion makes decided threats obsolete; true goes ahead.
    virtual bool confirmDeletion(const QString &question);

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void readSettings();
    void writeSettings() const;

    bool maybeSave();
    // files: changes on disk
    void watchFile();
    void checkFileOnDisk();
    bool resolveChangedFileOnSave();
    bool reloadFromDisk(bool confirmed);
    void showOpenWarnings();
    void reportError(const QString &message);
    void addRecentFile(const QString &path);
    void rebuildRecentMenu();
    void updateTitle();
    void updateActions();
    void updateCounts();
    void updateZoomLabel();

    void rebuildTabs();
    void addTab(const Id &diagram);
    // The grid of the preferences on `scene` (every new tab, and after Edit > Preferences).
    static void applyGrid(DiagramScene *scene, const Preferences &preferences);
    // F1 from a dock: the guide page that explains it.
    QString guidePageForFocus() const;
    void removeTab(const Id &diagram);
    void renameTab(const Id &diagram);

    Document *m_document;
    QTabWidget *m_tabs;
    std::vector<std::pair<Id, DiagramView *>> m_views; // in tab order

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_fitAction = nullptr;
    QAction *m_actualSizeAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_userGuideAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QMenu *m_editMenu = nullptr;
    UserGuide *m_guide = nullptr; // a child of the window, made on first use
    QMenu *m_recentMenu = nullptr;

    QLabel *m_elementCount = nullptr;
    QLabel *m_flowCount = nullptr;
    QLabel *m_zoneCount = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QString m_lastError;
    QFileSystemWatcher *m_watcher = nullptr; // the document's file and its folder
    QTimer *m_watchTimer = nullptr;          // one look per burst of change notifications
    FileStamp m_askedStamp;                  // the change on disk last asked about
    bool m_askingAboutFile = false;
    friend class ModelPanels;
    friend class DiagramEditor;
    friend class ReportUi;
    friend class CompareUi;
    friend class BaselinesUi;
    ModelPanels *m_panels = nullptr;
};

} // namespace vigil
