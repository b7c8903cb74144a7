#pragma once

// ModelPanels: the model side of the main window, created once by its constructor. It owns the
// properties and outline docks (with their View menu toggles), the Diagram menu and the tab
// context menu (new, rename, delete diagrams; place the selection on another diagram; remove it
// from this diagram only), File > Export Diagram..., and autosave with crash recovery. Its
// questions go through MainWindow's virtual ask* functions, so tests answer them.

#include "app/Recovery.h"
#include "model/Types.h"

#include <QObject>
#include <QString>

#include <set>
#include <vector>

class QAction;
class QDockWidget;
class QMenu;
class QTimer;

namespace vigil {

class MainWindow;
class OutlinePanel;
class PropertiesPanel;

// "Data-flow diagram", "Global system view", ... for the five diagram kinds.
QString diagramKindLabel(DiagramKind kind);
// The New Diagram / Diagram Properties dialog. Returns false when cancelled.
bool editDiagramInfoDialog(QWidget *parent, Diagram &diagram, bool creating);

class ModelPanels final : public QObject {
    Q_OBJECT

public:
    static constexpr int kDefaultAutosaveSeconds = 120;

    explicit ModelPanels(MainWindow *window);
    ~ModelPanels() override;

    PropertiesPanel *properties() const { return m_properties; }
    OutlinePanel *outline() const { return m_outline; }
    QDockWidget *propertiesDock() const { return m_propertiesDock; }
    QDockWidget *outlineDock() const { return m_outlineDock; }
    QAction *newDiagramAction() const { return m_newDiagram; }
    QAction *renameDiagramAction() const { return m_renameDiagram; }
    QAction *deleteDiagramAction() const { return m_deleteDiagram; }
    QAction *removeFromDiagramAction() const { return m_removeFromDiagram; }
    QAction *exportDiagramAction() const { return m_exportDiagram; }
    QMenu *placeOnDiagramMenu() const { return m_placeMenu; }
    RecoveryStore &recoveryStore() { return m_store; }
    QTimer *autosaveTimer() const { return m_timer; }

    // The diagram of the current tab, empty if none.
    Id currentDiagram() const;
    // Items the diagram actions work on: the diagram selection, or rows picked in the outline.
    const std::vector<Id> &selection() const { return m_selection; }

    // Diagram edits, each one undo step. `newDiagram` returns the new diagram's id.
    Id newDiagram(const std::string &name, DiagramKind kind, int level);
    bool deleteDiagram(const Id &diagram);
    bool renameDiagram(const Id &diagram, const std::string &name);
    // Shows `items` on `diagram` beside what is there, keeping their arrangement, with the
    // flows whose two ends are then on it. Returns false when nothing was added.
    bool placeOnDiagram(const Id &diagram, const std::vector<Id> &items);
    bool removeFromDiagram(const Id &diagram, const std::vector<Id> &items);
    // Tab order -> Diagram::order, one undo step.
    void reorderDiagrams(const std::vector<Id> &ordered);

    // Recovery: writes the model when it has unsaved changes. Returns false on a write error.
    bool autosave();
    // Offers the recovery files of a crashed session; true when one was recovered.
    bool offerRecovery();
    // After a clean close: the recovery files of this session are no longer needed.
    void discardRecovery();

private:
    void createDocks();
    void createDiagramActions();
    void onSelectionChanged(const std::vector<Id> &ids);
    void rebuildPlaceMenu();
    void updateActions();
    void showTabMenu(const QPoint &position);
    void onTabMoved();
    void syncTabOrder();
    void exportCurrentDiagram();
    void forgetRecoveryFiles();

    MainWindow *m_window;
    PropertiesPanel *m_properties = nullptr;
    OutlinePanel *m_outline = nullptr;
    QDockWidget *m_propertiesDock = nullptr;
    QDockWidget *m_outlineDock = nullptr;
    QMenu *m_diagramMenu = nullptr;
    QMenu *m_placeMenu = nullptr;
    QAction *m_newDiagram = nullptr;
    QAction *m_renameDiagram = nullptr;
    QAction *m_deleteDiagram = nullptr;
    QAction *m_removeFromDiagram = nullptr;
    QAction *m_exportDiagram = nullptr;
    std::vector<Id> m_selection;
    bool m_syncingTabs = false;

    RecoveryStore m_store;
    QTimer *m_timer = nullptr;
    std::set<QString> m_ownedRecoveryKeys; // written or recovered by this session
};

} // namespace vigil
