#pragma once

// DiagramScene: one diagram of a Document as a QGraphicsScene. Built from the model, then kept
// in step with the Document's id-based signals, updating only the items they name (QtNodes'
// BasicGraphicsScene pattern). A finished mouse drag or a keyboard nudge becomes one
// MoveNodesCommand; the scene never changes the model in any other way.

#include "model/ThreatModel.h"

#include <QGraphicsScene>
#include <QTransform>

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <unordered_map>
#include <vector>

class QGraphicsPathItem;

namespace vigil {

class Document;
class EditHandle;
class FlowLabelSpace;
class ThreatBadgeItem;
class ElementItem;
class FlowItem;
class NodeItem;
class ZoneItem;

class DiagramScene final : public QGraphicsScene {
    Q_OBJECT

public:
    DiagramScene(Document *document, Id diagram, QObject *parent = nullptr);
    ~DiagramScene() override;

    Document *document() const { return m_document; }
    const Id &diagramId() const { return m_diagram; }

    ElementItem *elementItem(const Id &id) const;
    ZoneItem *zoneItem(const Id &id) const;
    FlowItem *flowItem(const Id &id) const;
    NodeItem *nodeItem(const Id &id) const; // element or zone
    size_t elementItemCount() const { return m_elements.size(); }
    size_t zoneItemCount() const { return m_zones.size(); }
    size_t flowItemCount() const { return m_flows.size(); }

    // Selection by id, shared by the outline, the threats list and the properties panel.
    std::vector<Id> selectedIds() const; // elements, zones and flows, sorted
    // Selects exactly the items of `ids` drawn here; returns how many were found.
    size_t selectIds(const std::vector<Id> &ids);
    bool shows(const Id &id) const; // an element, zone or flow of this diagram

    // The bounding rectangle of everything drawn, for fitting views and exports.
    QRectF contentRect() const;
    // The diagram shows nothing yet (no element or zone): views greet the user instead.
    bool isBlank() const;

    // Called by node items whenever they move on screen: keeps attached flows and crossing
    // markers in place.
    void nodeMoved(NodeItem *node);

    // --- flow labels
    // Called by a flow item whose line or label changed: its label is placed again, along its
    // line or beside it, at the best spot that covers no element, zone name, arrow head,
    // crossing marker or other label, and preferably crosses no other flow's line (the ranking
    // is in views/README.md). Labels the change now covers move too; labels the user placed
    // stay where they are. Inside a batch (a rebuild, a drag) this happens once, at its end.
    void flowLabelChanged(FlowItem *flow);

    // --- printing (DiagramExport)
    // While a PrintScope lives, items paint for a document: no selection highlight, handles,
    // gestures in progress or (unless `badges`) threat-count badges, and text at any scale.
    // Everything hidden comes back when it ends; the selection itself is never touched.
    class PrintScope {
    public:
        PrintScope(DiagramScene &scene, bool badges);
        ~PrintScope();
        PrintScope(const PrintScope &) = delete;
        PrintScope &operator=(const PrintScope &) = delete;

    private:
        DiagramScene &m_scene;
        std::vector<QGraphicsItem *> m_hidden;
    };
    bool isPrinting() const { return m_printing > 0; }
    // While printing: flow labels left out (a sheet of a tiled print shows them whole on the
    // sheet before, and here only a sliver would show). Cleared when the PrintScope ends.
    void setLabelsLeftOut(std::vector<const FlowItem *> flows);
    bool leavesOutLabel(const FlowItem *flow) const;
    // What a print shows: elements, zones and flows with their labels (and visible badges),
    // without handles or gestures in progress. Empty for a blank diagram.
    QRectF printRect() const;

    // --- canvas: editing tools
    // What a left-button press on the canvas does: select and move, place an element or a zone
    // (click, or drag out its rectangle), or draw a flow from one element to another.
    enum class Tool { Select, ExternalEntity, Process, DataStore, Zone, Flow };
    Q_ENUM(Tool)
    Tool tool() const { return m_tool; }
    void setTool(Tool tool);
    static constexpr double kGridSize = 20; // the default grid
    bool snapsToGrid() const { return m_snap; }
    void setSnapToGrid(bool snap);
    QPointF snapped(QPointF point) const; // to the grid when snapping is on
    // The grid that snapping uses and the views draw (Edit > Preferences); sizes below 1 are
    // taken as 1.
    double gridSize() const { return m_gridSize; }
    void setGridSize(double size);
    bool showsGrid() const { return m_showGrid; }
    void setShowGrid(bool show);
    // Adds an element or zone of `tool` at its default size centred on `centre` (its corner on
    // the grid when snapping) as one undo step and selects it; the tool stays as it is. Used by
    // a click with a placing tool and by a drop from the palette. Returns the new id (empty for
    // Select and Flow).
    Id placeAt(Tool tool, QPointF centre);
    // Dragging from the palette onto a view: the MIME type of the drag, holding the tool's
    // name ("external-entity", "process", "data-store" or "zone").
    static constexpr const char *kPaletteMimeType = "application/x-vigil-palette-kind";
    static QByteArray paletteKindName(Tool tool); // empty for Select and Flow
    static std::optional<Tool> toolForPaletteKind(const QByteArray &name);
    // Opens the in-place name editor for `id` in a view of this scene.
    void requestRename(const Id &id);
    // Keeps the selection handles at their size on screen after a zoom.
    void updateHandlePositions();
    NodeItem *handleNode() const { return m_handleNode; }
    const std::vector<EditHandle *> &handles() const { return m_handles; }

signals:
    // An item was double-clicked (the editor opens a rename or properties editor).
    void itemActivated(const vigil::Id &id);
    // threats: the threat-count badge of an element or flow was clicked; the item is selected.
    void threatBadgeClicked(const vigil::Id &id);
    // canvas: the tool changed (e.g. back to Select after placing an element).
    void toolChanged(vigil::DiagramScene::Tool tool);
    // canvas: a context menu is wanted at `screenPos`; the selection already holds its subject.
    void contextMenuRequested(const QPoint &screenPos, const QPointF &scenePos);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;

private:
    void rebuild();
    void clearItems();
    const Diagram *diagram() const;

    void syncNode(const Id &id);
    void syncFlow(const Id &id);
    void removeNodeItem(const Id &id);
    void removeFlowItem(const Id &id);
    void refreshFlowsOf(const Id &element);
    void refreshAllFlows();
    void updateLanes(const Id &a, const Id &b);
    void adjustFlowsCrossing(const Id &zone);

    void onElementChanged(const Id &id);
    void onBoundaryChanged(const Id &id);
    // Orders the zones of each nesting depth by their stack order in the model (then by id).
    void restackZones();
    void onLayoutChanged(const Id &diagram, const Id &item);

    // Label placement: changes inside a LabelBatch place their labels once, when it ends.
    class LabelBatch;
    // Places the pending labels, and moves those that the covered area or the pending flows'
    // new arrow heads and markers now hide.
    void placePendingLabels();
    // Files what `item` puts in labels' way (anew) in the grid, or takes it out.
    void fileLabelObstacles(const QGraphicsItem *item);
    void forgetLabelObstacles(const QGraphicsItem *item);
    std::unique_ptr<FlowLabelSpace> m_labelSpace; // kept between edits
    std::set<const QGraphicsItem *> m_movedNodes; // since the last placement
    // Something moved, appeared or grew in `area`: labels it now covers move (when the batch
    // ends).
    void labelsMayBeCovered(const QRectF &area);
    int m_labelBatch = 0;
    QRectF m_coveredArea;
    std::vector<FlowItem *> m_pendingLabels;
    int m_printing = 0;
    std::vector<const FlowItem *> m_labelsLeftOut;

    // Nodes a move of `nodes` takes along: the nodes and the contents of moved zones.
    std::vector<NodeItem *> withZoneContents(const std::vector<NodeItem *> &nodes) const;
    std::vector<NodeItem *> selectedNodes() const;
    std::map<Id, Rect> rectsOf(const std::vector<NodeItem *> &nodes) const;

    Document *m_document;
    Id m_diagram;
    std::unordered_map<Id, ElementItem *> m_elements;
    std::unordered_map<Id, ZoneItem *> m_zones;
    std::unordered_map<Id, FlowItem *> m_flows;
    std::unordered_map<Id, std::vector<FlowItem *>> m_flowsByElement;
    // A mouse drag in progress: where the moved nodes started, the selected node Qt moves (the
    // leader) and the contents of dragged zones that follow it.
    std::map<Id, Rect> m_dragStart;
    NodeItem *m_dragLeader = nullptr;
    std::vector<NodeItem *> m_carried;

    // --- canvas: gestures other than moving
    enum class Gesture { None, Move, Resize, CreateFlow, DrawRect, MoveBend, MoveLabel };
    // threats: the count badge under the pointer, when it is the topmost item there.
    ThreatBadgeItem *badgeAt(QPointF scenePos, const QTransform &viewTransform) const;
    QGraphicsItem *topItemAt(QPointF scenePos, const QTransform &viewTransform) const;
    double viewZoom() const;
    void updateHandles();
    void clearHandles();
    void beginFlow(const Id &source, QPointF at);
    void updateFlowPreview(QPointF at, const QTransform &viewTransform);
    ElementItem *flowTargetAt(QPointF at, const QTransform &viewTransform) const;
    void resizeTo(QPointF at);
    void finishDrawRect(QPointF end);
    void clearGesture();
    void commitFlowLayout(FlowItem *flow, const QString &text);

    Tool m_tool = Tool::Select;
    bool m_snap = false;
    double m_gridSize = kGridSize;
    bool m_showGrid = true;
    Gesture m_gesture = Gesture::None;
    QPointF m_pressPos;
    QTransform m_pressTransform;
    NodeItem *m_handleNode = nullptr;
    std::vector<EditHandle *> m_handles;
    int m_resizeRole = 0;
    Rect m_resizeStart;
    Id m_flowSource;
    FlowItem *m_editedFlow = nullptr;
    int m_bendIndex = -1;
    QPointF m_grabOffset;
    QGraphicsPathItem *m_rubberLine = nullptr;   // the flow being drawn
    QGraphicsPathItem *m_rubberRect = nullptr;   // the element or zone being drawn
    QGraphicsPathItem *m_targetMark = nullptr;   // the element a drawn flow would end at
};

} // namespace vigil
