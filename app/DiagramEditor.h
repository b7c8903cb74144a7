#pragma once

// DiagramEditor (canvas): the editing side of the main window. It owns the palette (a tool bar
// of drawing tools with single-key shortcuts), the Edit menu's clipboard, delete, select-all and
// rename actions, the Arrange menu (align, distribute, zone order, snap to grid), the context
// menus of the canvas and the Overview dock. Every edit goes through views/DiagramEditing.h,
// so it is one undo command on the Document.

#include "views/diagram/DiagramScene.h"

#include <QObject>
#include <QPoint>
#include <QPointer>

#include <map>
#include <optional>

class QAction;
class QActionGroup;
class QDockWidget;
class QMenu;
class QToolBar;
class QToolButton;

namespace vigil {

class DiagramView;
class MainWindow;
class OverviewView;

class DiagramEditor final : public QObject {
    Q_OBJECT

public:
    static constexpr double kPasteOffset = 20;

    explicit DiagramEditor(MainWindow *window);

    QAction *toolAction(DiagramScene::Tool tool) const { return m_toolActions.at(tool); }
    QToolBar *palette() const { return m_palette; }
    OverviewView *overview() const { return m_overview; }
    QDockWidget *overviewDock() const { return m_overviewDock; }
    bool snapsToGrid() const;

public slots:
    void cut();
    void copy();
    void paste();
    void duplicate();
    void deleteSelection();
    void selectAll();
    void rename();
    void setSnapToGrid(bool snap);

protected:
    // Dragging a placing tool's palette button onto a diagram drops that element or zone there.
    bool eventFilter(QObject *watched, QEvent *event) override;

private slots:
    void onToolChanged(vigil::DiagramScene::Tool tool);
    void showContextMenu(const QPoint &screenPos, const QPointF &scenePos);

private:
    void createActions();
    void createMenus();
    void createPalette();
    void createOverview();
    void followCurrentView();
    void updateActions();
    QAction *addAction(const QString &text, const QKeySequence &shortcut, const char *name);
    DiagramScene *currentScene() const;
    std::vector<Id> selection() const;
    void pasteJson(const QByteArray &json, QPointF offset);
    void toggleBidirectional(const Id &flow);
    void straighten(const Id &flow);
    void startPaletteDrag(QToolButton *button, DiagramScene::Tool tool);

    MainWindow *m_window;
    std::map<DiagramScene::Tool, QAction *> m_toolActions;
    QActionGroup *m_toolGroup = nullptr;
    QAction *m_cutAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_pasteAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_selectAllAction = nullptr;
    QAction *m_renameAction = nullptr;
    std::vector<QAction *> m_alignActions;
    QAction *m_distributeHorizontalAction = nullptr;
    QAction *m_distributeVerticalAction = nullptr;
    QAction *m_zoneFrontAction = nullptr;
    QAction *m_zoneBackAction = nullptr;
    QAction *m_snapAction = nullptr;
    QToolBar *m_palette = nullptr;
    std::map<QObject *, DiagramScene::Tool> m_draggableButtons; // palette buttons that drag
    // Where the left button went down on one of them; cleared once its drag has started, after
    // which the rest of that press (moves, release) is not the button's to see.
    std::optional<QPoint> m_palettePressPos;
    bool m_paletteDragged = false;
    QDockWidget *m_overviewDock = nullptr;
    QAction *m_legendAction = nullptr; // View > Legend, for every diagram
    OverviewView *m_overview = nullptr;
    QPointer<DiagramScene> m_scene; // the current diagram's scene
    int m_pasteCount = 0;           // pastes of the same clipboard content, for the offset
};

} // namespace vigil
