#include "views/diagram/DiagramScene.h"

#include "model/AutoLayout.h"
#include "views/document/Commands.h"
#include "views/diagram/DiagramEditing.h"
#include "views/diagram/DiagramItems.h"
#include "views/diagram/DiagramView.h"
#include "views/document/Document.h"
#include "views/document/EditCommands.h"
#include "views/diagram/EditHandles.h"
#include "views/diagram/ThreatBadges.h"

#include <QGraphicsPathItem>
#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>
#include <QSignalBlocker>

#include <cmath>
#include <limits>
#include <optional>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace vigil {

namespace {

constexpr double kLaneSpacing = 18;

} // namespace

DiagramScene::DiagramScene(Document *document, Id diagram, QObject *parent)
    : QGraphicsScene(parent), m_document(document), m_diagram(std::move(diagram))
{
    setItemIndexMethod(BspTreeIndex);
    setBackgroundBrush(Qt::white);

    connect(document, &Document::elementAdded, this, &DiagramScene::syncNode);
    connect(document, &Document::elementRemoved, this, &DiagramScene::removeNodeItem);
    connect(document, &Document::elementChanged, this, &DiagramScene::onElementChanged);
    connect(document, &Document::boundaryAdded, this, [this](const Id &id) {
        syncNode(id);
        restackZones();
        refreshAllFlows();
    });
    connect(document, &Document::boundaryRemoved, this, [this](const Id &id) {
        removeNodeItem(id);
        restackZones();
        refreshAllFlows();
    });
    connect(document, &Document::boundaryChanged, this, &DiagramScene::onBoundaryChanged);
    connect(document, &Document::flowAdded, this, &DiagramScene::syncFlow);
    connect(document, &Document::flowRemoved, this, &DiagramScene::removeFlowItem);
    connect(document, &Document::flowChanged, this, &DiagramScene::syncFlow);
    connect(document, &Document::layoutChanged, this, &DiagramScene::onLayoutChanged);
    connect(document, &Document::diagramRemoved, this, [this](const Id &id) {
        if (id == m_diagram)
            clearItems();
    });
    connect(document, &Document::modelReset, this, &DiagramScene::rebuild);
    connect(this, &QGraphicsScene::selectionChanged, this, &DiagramScene::updateHandles);
    rebuild();
}

DiagramScene::~DiagramScene()
{
    // Items call back into the scene while they are destroyed; forget them first. Deleting a
    // selected item emits selectionChanged, which must not reach a window being torn down.
    blockSignals(true);
    m_flowsByElement.clear();
    m_dragLeader = nullptr;
    m_carried.clear();
    m_handleNode = nullptr;
    m_handles.clear();
    m_rubberLine = m_rubberRect = m_targetMark = nullptr;
    m_editedFlow = nullptr;
    clear();
}

const Diagram *DiagramScene::diagram() const
{
    return m_document->model().diagram(m_diagram);
}

ElementItem *DiagramScene::elementItem(const Id &id) const
{
    auto it = m_elements.find(id);
    return it == m_elements.end() ? nullptr : it->second;
}

ZoneItem *DiagramScene::zoneItem(const Id &id) const
{
    auto it = m_zones.find(id);
    return it == m_zones.end() ? nullptr : it->second;
}

FlowItem *DiagramScene::flowItem(const Id &id) const
{
    auto it = m_flows.find(id);
    return it == m_flows.end() ? nullptr : it->second;
}

NodeItem *DiagramScene::nodeItem(const Id &id) const
{
    if (ElementItem *element = elementItem(id))
        return element;
    return zoneItem(id);
}

QRectF DiagramScene::contentRect() const
{
    return itemsBoundingRect();
}

bool DiagramScene::isBlank() const
{
    const Diagram *diagram = m_document->model().diagram(m_diagram);
    return !diagram || diagram->nodes.empty();
}

// ---------------------------------------------------------------- building

void DiagramScene::clearItems()
{
    m_dragStart.clear();
    m_dragLeader = nullptr;
    m_carried.clear();
    m_flowsByElement.clear();
    m_elements.clear();
    m_zones.clear();
    m_flows.clear();
    m_handleNode = nullptr;
    m_handles.clear();
    m_rubberLine = m_rubberRect = m_targetMark = nullptr;
    m_editedFlow = nullptr;
    m_gesture = Gesture::None;
    clear();
}

void DiagramScene::rebuild()
{
    clearItems();
    const Diagram *shown = diagram();
    if (!shown)
        return;
    const ThreatModel &model = m_document->model();
    for (const auto &[id, rect] : shown->nodes) {
        NodeItem *node = nullptr;
        if (model.element(id)) {
            auto *item = new ElementItem(id, this);
            m_elements.emplace(id, item);
            node = item;
        } else if (model.boundary(id)) {
            auto *item = new ZoneItem(id, this);
            m_zones.emplace(id, item);
            node = item;
        } else {
            continue;
        }
        node->setModelRect(rect);
        addItem(node);
    }
    std::map<std::pair<Id, Id>, int> pairs;
    for (const auto &[id, layout] : shown->flows) {
        const Flow *flow = model.flow(id);
        if (!flow)
            continue;
        auto *item = new FlowItem(id, this);
        m_flows.emplace(id, item);
        m_flowsByElement[flow->source].push_back(item);
        if (flow->target != flow->source)
            m_flowsByElement[flow->target].push_back(item);
        item->refresh(model, layout);
        addItem(item);
        ++pairs[std::minmax(flow->source, flow->target)];
    }
    for (const auto &[pair, count] : pairs)
        if (count > 1)
            updateLanes(pair.first, pair.second);
    restackZones();
}

void DiagramScene::syncNode(const Id &id)
{
    const Diagram *shown = diagram();
    auto rect = shown ? shown->nodes.find(id) : decltype(shown->nodes.end()){};
    if (!shown || rect == shown->nodes.end()) {
        removeNodeItem(id);
        return;
    }
    const ThreatModel &model = m_document->model();
    NodeItem *node = nodeItem(id);
    if (!node) {
        if (model.element(id)) {
            auto *item = new ElementItem(id, this);
            m_elements.emplace(id, item);
            node = item;
        } else if (model.boundary(id)) {
            auto *item = new ZoneItem(id, this);
            m_zones.emplace(id, item);
            node = item;
        } else {
            return;
        }
        addItem(node);
        if (m_zones.count(id))
            restackZones();
    }
    node->setModelRect(rect->second);
    // A new size alone does not move the item, but attached flows and handles must follow.
    nodeMoved(node);
}

void DiagramScene::syncFlow(const Id &id)
{
    const Diagram *shown = diagram();
    const ThreatModel &model = m_document->model();
    const Flow *flow = model.flow(id);
    auto layout = shown ? shown->flows.find(id) : decltype(shown->flows.end()){};
    if (!shown || !flow || layout == shown->flows.end()) {
        removeFlowItem(id);
        return;
    }
    FlowItem *item = flowItem(id);
    if (item && (item->source() != flow->source || item->target() != flow->target)) {
        removeFlowItem(id);
        item = nullptr;
    }
    if (!item) {
        item = new FlowItem(id, this);
        m_flows.emplace(id, item);
        m_flowsByElement[flow->source].push_back(item);
        if (flow->target != flow->source)
            m_flowsByElement[flow->target].push_back(item);
        addItem(item);
    }
    item->refresh(model, layout->second);
    updateLanes(flow->source, flow->target);
}

void DiagramScene::removeNodeItem(const Id &id)
{
    if (auto it = m_elements.find(id); it != m_elements.end()) {
        // Flows cannot outlive an endpoint on screen either.
        if (auto flows = m_flowsByElement.find(id); flows != m_flowsByElement.end()) {
            std::vector<Id> attached;
            for (FlowItem *flow : flows->second)
                attached.push_back(flow->id());
            for (const Id &flow : attached)
                removeFlowItem(flow);
            m_flowsByElement.erase(id);
        }
        ElementItem *item = it->second;
        if (item == m_handleNode)
            clearHandles();
        m_elements.erase(it);
        removeItem(item);
        delete item;
        return;
    }
    if (auto it = m_zones.find(id); it != m_zones.end()) {
        ZoneItem *item = it->second;
        if (item == m_handleNode)
            clearHandles();
        m_zones.erase(it);
        removeItem(item);
        delete item;
        adjustFlowsCrossing(id);
    }
}

void DiagramScene::removeFlowItem(const Id &id)
{
    auto it = m_flows.find(id);
    if (it == m_flows.end())
        return;
    FlowItem *item = it->second;
    if (item == m_editedFlow)
        clearGesture();
    m_flows.erase(it);
    const Id source = item->source();
    const Id target = item->target();
    for (const Id &end : {source, target}) {
        auto flows = m_flowsByElement.find(end);
        if (flows == m_flowsByElement.end())
            continue;
        auto &list = flows->second;
        list.erase(std::remove(list.begin(), list.end(), item), list.end());
    }
    removeItem(item);
    delete item;
    updateLanes(source, target);
}

// Parallel flows between one pair of elements get lanes side by side instead of overlapping.
void DiagramScene::updateLanes(const Id &a, const Id &b)
{
    auto flows = m_flowsByElement.find(a);
    if (flows == m_flowsByElement.end())
        return;
    std::vector<FlowItem *> lane;
    // Flows with bends are routed by the user already; only straight ones share lanes.
    for (FlowItem *flow : flows->second) {
        const bool between = (flow->source() == a && flow->target() == b)
                             || (flow->source() == b && flow->target() == a);
        if (!between)
            continue;
        if (flow->hasBends())
            flow->setLaneOffset(0);
        else
            lane.push_back(flow);
    }
    std::sort(lane.begin(), lane.end(),
              [](const FlowItem *x, const FlowItem *y) { return x->id() < y->id(); });
    const double middle = (static_cast<double>(lane.size()) - 1) / 2;
    for (size_t i = 0; i < lane.size(); ++i) {
        // Offsets are in the canonical (smaller id -> larger id) orientation.
        lane[i]->setLaneOffset((static_cast<double>(i) - middle) * kLaneSpacing);
    }
}

void DiagramScene::refreshFlowsOf(const Id &element)
{
    auto flows = m_flowsByElement.find(element);
    if (flows == m_flowsByElement.end())
        return;
    for (FlowItem *flow : flows->second)
        flow->adjust();
}

void DiagramScene::refreshAllFlows()
{
    const Diagram *shown = diagram();
    if (!shown)
        return;
    for (const auto &[id, item] : m_flows) {
        auto layout = shown->flows.find(id);
        if (layout != shown->flows.end())
            item->refresh(m_document->model(), layout->second);
    }
}

void DiagramScene::adjustFlowsCrossing(const Id &zone)
{
    for (const auto &[id, item] : m_flows) {
        const auto &zones = item->crossedZones();
        if (std::find(zones.begin(), zones.end(), zone) != zones.end())
            item->adjust();
    }
}

void DiagramScene::nodeMoved(NodeItem *node)
{
    if (node == m_handleNode)
        updateHandlePositions();
    if (node->type() == ElementItem::Type)
        refreshFlowsOf(node->id());
    else
        adjustFlowsCrossing(node->id());
}

// ---------------------------------------------------------------- document signals

void DiagramScene::onElementChanged(const Id &id)
{
    if (ElementItem *item = elementItem(id)) {
        item->refresh(m_document->model());
        refreshFlowsOf(id);
    }
}

void DiagramScene::onBoundaryChanged(const Id &id)
{
    if (ZoneItem *item = zoneItem(id))
        item->refresh(m_document->model());
    // Nesting or stack order may have changed, and with it the drawing order of zones.
    restackZones();
    // Membership or nesting may have changed, and with it which flows cross.
    refreshAllFlows();
}

void DiagramScene::onLayoutChanged(const Id &diagramId, const Id &item)
{
    if (diagramId != m_diagram)
        return;
    if (m_document->model().flow(item))
        syncFlow(item);
    else
        syncNode(item);
}

// ---------------------------------------------------------------- moving by mouse and keyboard

std::vector<NodeItem *> DiagramScene::selectedNodes() const
{
    std::vector<NodeItem *> nodes;
    for (QGraphicsItem *item : selectedItems())
        if (item->type() == ElementItem::Type || item->type() == ZoneItem::Type)
            nodes.push_back(static_cast<NodeItem *>(item));
    return nodes;
}

std::vector<NodeItem *> DiagramScene::withZoneContents(const std::vector<NodeItem *> &nodes) const
{
    const ThreatModel &model = m_document->model();
    std::set<NodeItem *> seen(nodes.begin(), nodes.end());
    std::vector<NodeItem *> result(nodes.begin(), nodes.end());
    std::vector<Id> zones;
    for (NodeItem *node : nodes)
        if (node->type() == ZoneItem::Type)
            zones.push_back(node->id());
    while (!zones.empty()) {
        const Id zone = zones.back();
        zones.pop_back();
        const TrustBoundary *boundary = model.boundary(zone);
        if (!boundary)
            continue;
        std::vector<Id> contents(boundary->members.begin(), boundary->members.end());
        for (const Id &child : model.childBoundaries(zone)) {
            contents.push_back(child);
            zones.push_back(child);
        }
        for (const Id &id : contents)
            if (NodeItem *node = nodeItem(id); node && seen.insert(node).second)
                result.push_back(node);
    }
    return result;
}

std::map<Id, Rect> DiagramScene::rectsOf(const std::vector<NodeItem *> &nodes) const
{
    std::map<Id, Rect> rects;
    for (NodeItem *node : nodes)
        rects.emplace(node->id(), node->modelRect());
    return rects;
}

namespace {

const QColor kEditAccent(0x1e, 0x7b, 0xd8);
constexpr double kClickSlop = 5;      // px: a press and release closer than this is a click
constexpr double kBendGrab = 7;       // px: how near a bend handle a press grabs it
constexpr double kConnectGap = 18;    // px: the connector sits this far right of its element
constexpr double kMinElementWidth = 60;
constexpr double kMinElementHeight = 36;
constexpr double kMinZoneWidth = 100;
constexpr double kMinZoneHeight = 60;
constexpr double kDefaultZoneWidth = 360;
constexpr double kDefaultZoneHeight = 240;

QTransform viewTransformOf(const QWidget *widget)
{
    const auto *view = widget ? qobject_cast<const QGraphicsView *>(widget->parentWidget())
                              : nullptr;
    return view ? view->viewportTransform() : QTransform();
}

double distance(QPointF a, QPointF b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

// Index of the segment of `line` nearest to `point`.
int nearestSegment(const QPolygonF &line, QPointF point)
{
    int best = 0;
    double bestDistance = std::numeric_limits<double>::max();
    for (qsizetype i = 0; i + 1 < line.size(); ++i) {
        const QPointF a = line[i];
        const QPointF d = line[i + 1] - a;
        const double length2 = d.x() * d.x() + d.y() * d.y();
        double t = length2 > 0 ? QPointF::dotProduct(point - a, d) / length2 : 0;
        t = std::clamp(t, 0.0, 1.0);
        const double gap = distance(point, a + d * t);
        if (gap < bestDistance) {
            bestDistance = gap;
            best = static_cast<int>(i);
        }
    }
    return best;
}

std::optional<ElementKind> kindOf(DiagramScene::Tool tool)
{
    switch (tool) {
    case DiagramScene::Tool::ExternalEntity: return ElementKind::ExternalEntity;
    case DiagramScene::Tool::Process: return ElementKind::Process;
    case DiagramScene::Tool::DataStore: return ElementKind::DataStore;
    default: return std::nullopt;
    }
}

QPainterPath arrowPath(QPointF from, QPointF to)
{
    QPainterPath path(from);
    path.lineTo(to);
    const QPointF d = to - from;
    const double length = std::hypot(d.x(), d.y());
    if (length > 12) {
        const QPointF unit = d / length;
        const QPointF normal(-unit.y(), unit.x());
        path.moveTo(to - unit * 11 + normal * 5);
        path.lineTo(to);
        path.lineTo(to - unit * 11 - normal * 5);
    }
    return path;
}

} // namespace

// ---------------------------------------------------------------- canvas: tools and handles

void DiagramScene::setTool(Tool tool)
{
    clearGesture();
    const bool changed = tool != m_tool;
    m_tool = tool;
    for (QGraphicsView *view : views()) {
        if (!qobject_cast<DiagramView *>(view))
            continue;
        view->setDragMode(tool == Tool::Select ? QGraphicsView::RubberBandDrag
                                               : QGraphicsView::NoDrag);
        if (tool == Tool::Select)
            view->viewport()->unsetCursor();
        else
            view->viewport()->setCursor(Qt::CrossCursor);
    }
    if (changed)
        emit toolChanged(tool);
}

void DiagramScene::setSnapToGrid(bool snap)
{
    m_snap = snap;
}

QPointF DiagramScene::snapped(QPointF point) const
{
    if (!m_snap)
        return point;
    return QPointF(std::round(point.x() / m_gridSize) * m_gridSize,
                   std::round(point.y() / m_gridSize) * m_gridSize);
}

void DiagramScene::setGridSize(double size)
{
    size = std::max(size, 1.0);
    if (qFuzzyCompare(size, m_gridSize))
        return;
    m_gridSize = size;
    invalidate(QRectF(), BackgroundLayer);
    for (QGraphicsView *view : views())
        view->viewport()->update();
}

void DiagramScene::setShowGrid(bool show)
{
    if (show == m_showGrid)
        return;
    m_showGrid = show;
    for (QGraphicsView *view : views())
        view->viewport()->update();
}

double DiagramScene::viewZoom() const
{
    for (QGraphicsView *view : views())
        if (auto *diagramView = qobject_cast<DiagramView *>(view))
            return diagramView->zoom();
    return 1.0;
}

void DiagramScene::requestRename(const Id &id)
{
    DiagramView *chosen = nullptr;
    for (QGraphicsView *view : views()) {
        auto *diagramView = qobject_cast<DiagramView *>(view);
        if (diagramView && (!chosen || diagramView->hasFocus()))
            chosen = diagramView;
    }
    if (chosen)
        chosen->startRename(id);
}

void DiagramScene::restackZones()
{
    const ThreatModel &model = m_document->model();
    // Offsets stay below 1 so that a deeper zone is always drawn above a shallower one.
    std::map<int, std::vector<std::pair<const TrustBoundary *, ZoneItem *>>> byDepth;
    for (const auto &[id, item] : m_zones)
        if (const TrustBoundary *zone = model.boundary(id))
            byDepth[editing::zoneDepth(model, id)].emplace_back(zone, item);
    for (auto &[depth, peers] : byDepth) {
        std::sort(peers.begin(), peers.end(), [](const auto &a, const auto &b) {
            return std::tie(a.first->stackOrder, a.first->id)
                   < std::tie(b.first->stackOrder, b.first->id);
        });
        const double step = 0.9 / static_cast<double>(peers.size());
        for (size_t i = 0; i < peers.size(); ++i)
            peers[i].second->setStacking(depth, static_cast<double>(i) * step);
    }
}

void DiagramScene::clearHandles()
{
    for (EditHandle *handle : m_handles) {
        removeItem(handle);
        delete handle;
    }
    m_handles.clear();
    m_handleNode = nullptr;
}

void DiagramScene::updateHandles()
{
    if (m_gesture == Gesture::Resize)
        return; // the handles being dragged stay
    const std::vector<NodeItem *> nodes = selectedNodes();
    NodeItem *node = nodes.size() == 1 && selectedItems().size() == 1 ? nodes.front() : nullptr;
    if (node == m_handleNode)
        return;
    clearHandles();
    if (!node)
        return;
    m_handleNode = node;
    using Role = EditHandle::Role;
    for (Role role : {Role::TopLeft, Role::Top, Role::TopRight, Role::Right, Role::BottomRight,
                      Role::Bottom, Role::BottomLeft, Role::Left})
        m_handles.push_back(new EditHandle(role));
    if (node->type() == ElementItem::Type)
        m_handles.push_back(new EditHandle(Role::Connect));
    for (EditHandle *handle : m_handles)
        addItem(handle);
    updateHandlePositions();
}

void DiagramScene::updateHandlePositions()
{
    if (!m_handleNode)
        return;
    const QRectF rect(m_handleNode->pos(), m_handleNode->size());
    const QPointF centre = rect.center();
    // Handles keep their size on screen, so on a small node (zoomed out) they would hide it:
    // they shrink with it, and below about 40 pixels only the corners remain.
    const double shortSide = std::min(rect.width(), rect.height()) * viewZoom();
    const double handleScale = std::clamp(shortSide / 48.0, 0.5, 1.0);
    const bool showEdgeHandles = shortSide >= 40.0;
    for (EditHandle *handle : m_handles) {
        handle->setScale(handleScale);
        switch (handle->role()) {
        case EditHandle::Role::Top:
        case EditHandle::Role::Right:
        case EditHandle::Role::Bottom:
        case EditHandle::Role::Left: handle->setVisible(showEdgeHandles); break;
        default: break;
        }
        QPointF at;
        switch (handle->role()) {
        case EditHandle::Role::TopLeft: at = rect.topLeft(); break;
        case EditHandle::Role::Top: at = {centre.x(), rect.top()}; break;
        case EditHandle::Role::TopRight: at = rect.topRight(); break;
        case EditHandle::Role::Right: at = {rect.right(), centre.y()}; break;
        case EditHandle::Role::BottomRight: at = rect.bottomRight(); break;
        case EditHandle::Role::Bottom: at = {centre.x(), rect.bottom()}; break;
        case EditHandle::Role::BottomLeft: at = rect.bottomLeft(); break;
        case EditHandle::Role::Left: at = {rect.left(), centre.y()}; break;
        case EditHandle::Role::Connect:
            at = {rect.right() + kConnectGap / viewZoom(), rect.top() + 2 / viewZoom()};
            break;
        }
        handle->setPos(at);
    }
}

QGraphicsItem *DiagramScene::topItemAt(QPointF scenePos, const QTransform &viewTransform) const
{
    for (QGraphicsItem *item :
         items(scenePos, Qt::IntersectsItemShape, Qt::DescendingOrder, viewTransform)) {
        if (item == m_rubberLine || item == m_rubberRect || item == m_targetMark)
            continue;
        // Badges and other decorations stand for the item they decorate.
        return item->topLevelItem();
    }
    return nullptr;
}

ThreatBadgeItem *DiagramScene::badgeAt(QPointF scenePos, const QTransform &viewTransform) const
{
    for (QGraphicsItem *item :
         items(scenePos, Qt::IntersectsItemShape, Qt::DescendingOrder, viewTransform)) {
        if (item == m_rubberLine || item == m_rubberRect || item == m_targetMark)
            continue;
        return qgraphicsitem_cast<ThreatBadgeItem *>(item); // only when on top
    }
    return nullptr;
}

void DiagramScene::clearGesture()
{
    for (QGraphicsPathItem **item : {&m_rubberLine, &m_rubberRect, &m_targetMark}) {
        delete *item;
        *item = nullptr;
    }
    if (m_editedFlow) {
        // Back to what the model says (a cancelled bend or label drag).
        FlowItem *flow = m_editedFlow;
        m_editedFlow = nullptr;
        syncFlow(flow->id());
    }
    m_gesture = Gesture::None;
    m_flowSource.clear();
    m_bendIndex = -1;
}

void DiagramScene::beginFlow(const Id &source, QPointF at)
{
    m_gesture = Gesture::CreateFlow;
    m_flowSource = source;
    const QColor line = kEditAccent;
    m_rubberLine = new QGraphicsPathItem;
    m_rubberLine->setPen(QPen(line, 1.6, Qt::DashLine, Qt::RoundCap, Qt::RoundJoin));
    m_rubberLine->setZValue(900);
    m_rubberLine->setAcceptedMouseButtons(Qt::NoButton);
    addItem(m_rubberLine);
    m_targetMark = new QGraphicsPathItem;
    QColor fill = kEditAccent;
    fill.setAlpha(30);
    m_targetMark->setPen(QPen(kEditAccent, 2.5));
    m_targetMark->setBrush(fill);
    m_targetMark->setZValue(899);
    m_targetMark->setAcceptedMouseButtons(Qt::NoButton);
    m_targetMark->setVisible(false);
    addItem(m_targetMark);
    updateFlowPreview(at, m_pressTransform);
}

ElementItem *DiagramScene::flowTargetAt(QPointF at, const QTransform &viewTransform) const
{
    for (QGraphicsItem *item :
         items(at, Qt::IntersectsItemShape, Qt::DescendingOrder, viewTransform)) {
        auto *element = qgraphicsitem_cast<ElementItem *>(item->topLevelItem());
        if (element && element->id() != m_flowSource)
            return element;
    }
    return nullptr;
}

void DiagramScene::updateFlowPreview(QPointF at, const QTransform &viewTransform)
{
    NodeItem *source = nodeItem(m_flowSource);
    if (!source || !m_rubberLine)
        return;
    const QRectF sourceRect(source->pos(), source->size());
    ElementItem *target = flowTargetAt(at, viewTransform);
    QPointF end = at;
    if (target) {
        const QRectF targetRect(target->pos(), target->size());
        end = targetRect.center();
        QPainterPath mark;
        mark.addRoundedRect(targetRect.adjusted(-4, -4, 4, 4), 6, 6);
        m_targetMark->setPath(mark);
    }
    m_targetMark->setVisible(target != nullptr);
    // From the source's border toward the pointer (or the target's border).
    const QLineF line(sourceRect.center(), end);
    QPointF start = sourceRect.center();
    QPointF tip = end;
    for (double t = 0; t <= 1.0; t += 0.01) {
        if (!sourceRect.contains(line.pointAt(t))) {
            start = line.pointAt(t);
            break;
        }
    }
    if (target) {
        const QRectF targetRect(target->pos(), target->size());
        for (double t = 1.0; t >= 0; t -= 0.01) {
            if (!targetRect.contains(line.pointAt(t))) {
                tip = line.pointAt(t);
                break;
            }
        }
    }
    m_rubberLine->setPath(arrowPath(start, tip));
}

void DiagramScene::resizeTo(QPointF at)
{
    if (!m_handleNode)
        return;
    const QPointF p = snapped(at);
    const Rect &r = m_resizeStart;
    double left = r.x;
    double top = r.y;
    double right = r.x + r.width;
    double bottom = r.y + r.height;
    using Role = EditHandle::Role;
    const auto role = static_cast<Role>(m_resizeRole);
    const bool movesLeft = role == Role::TopLeft || role == Role::Left || role == Role::BottomLeft;
    const bool movesRight =
        role == Role::TopRight || role == Role::Right || role == Role::BottomRight;
    const bool movesTop = role == Role::TopLeft || role == Role::Top || role == Role::TopRight;
    const bool movesBottom =
        role == Role::BottomLeft || role == Role::Bottom || role == Role::BottomRight;
    if (movesLeft)
        left = p.x();
    if (movesRight)
        right = p.x();
    if (movesTop)
        top = p.y();
    if (movesBottom)
        bottom = p.y();
    const bool zone = m_handleNode->type() == ZoneItem::Type;
    const double minWidth = zone ? kMinZoneWidth : kMinElementWidth;
    const double minHeight = zone ? kMinZoneHeight : kMinElementHeight;
    if (right - left < minWidth) {
        if (movesLeft)
            left = right - minWidth;
        else
            right = left + minWidth;
    }
    if (bottom - top < minHeight) {
        if (movesTop)
            top = bottom - minHeight;
        else
            bottom = top + minHeight;
    }
    m_handleNode->setModelRect({left, top, right - left, bottom - top});
    nodeMoved(m_handleNode);
}

void DiagramScene::finishDrawRect(QPointF end)
{
    const Tool tool = m_tool;
    const bool click = distance(end, m_pressPos) * viewZoom() < kClickSlop;
    clearGesture();
    if (click) {
        placeAt(tool, m_pressPos);
        setTool(Tool::Select);
        return;
    }
    const std::optional<ElementKind> kind = kindOf(tool);
    QRectF area = QRectF(snapped(m_pressPos), snapped(end)).normalized();
    const QSizeF minimum = kind ? QSizeF(kMinElementWidth, kMinElementHeight)
                                : QSizeF(kMinZoneWidth, kMinZoneHeight);
    area.setSize(area.size().expandedTo(minimum));
    const Rect rect{area.x(), area.y(), area.width(), area.height()};
    const Id id = kind ? editing::addElement(m_document, m_diagram, *kind, rect)
                       : editing::addZone(m_document, m_diagram, rect);
    setTool(Tool::Select);
    selectIds({id});
}

Id DiagramScene::placeAt(Tool tool, QPointF centre)
{
    const std::optional<ElementKind> kind = kindOf(tool);
    if (!kind && tool != Tool::Zone)
        return {};
    const QSizeF size = kind ? QSizeF(kElementWidth, kElementHeight)
                             : QSizeF(kDefaultZoneWidth, kDefaultZoneHeight);
    // Centred on the point; the corner, not the centre, lands on the grid.
    const QRectF area(snapped(centre - QPointF(size.width() / 2, size.height() / 2)), size);
    const Rect rect{area.x(), area.y(), area.width(), area.height()};
    const Id id = kind ? editing::addElement(m_document, m_diagram, *kind, rect)
                       : editing::addZone(m_document, m_diagram, rect);
    selectIds({id});
    return id;
}

namespace {

// The palette's drag names, one per placing tool.
const std::vector<std::pair<DiagramScene::Tool, QByteArray>> &paletteKindNames()
{
    using Tool = DiagramScene::Tool;
    static const std::vector<std::pair<Tool, QByteArray>> names{
        {Tool::ExternalEntity, QByteArrayLiteral("external-entity")},
        {Tool::Process, QByteArrayLiteral("process")},
        {Tool::DataStore, QByteArrayLiteral("data-store")},
        {Tool::Zone, QByteArrayLiteral("zone")}};
    return names;
}

} // namespace

QByteArray DiagramScene::paletteKindName(Tool tool)
{
    for (const auto &[candidate, name] : paletteKindNames())
        if (candidate == tool)
            return name;
    return {};
}

std::optional<DiagramScene::Tool> DiagramScene::toolForPaletteKind(const QByteArray &name)
{
    for (const auto &[tool, candidate] : paletteKindNames())
        if (candidate == name)
            return tool;
    return std::nullopt;
}

void DiagramScene::commitFlowLayout(FlowItem *flow, const QString &text)
{
    FlowLayout layout;
    for (const QPointF &bend : flow->bends())
        layout.bends.push_back({bend.x(), bend.y()});
    if (const std::optional<QPointF> label = flow->labelPosition())
        layout.labelPosition = Point{label->x(), label->y()};
    const Id id = flow->id();
    m_editedFlow = nullptr;
    m_gesture = Gesture::None;
    m_document->push(new SetFlowLayoutCommand(m_document, m_diagram, id, layout, text));
    syncFlow(id); // shows the model's layout whether or not anything changed
}

// ---------------------------------------------------------------- mouse and keyboard

void DiagramScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    m_dragStart.clear();
    m_carried.clear();
    m_dragLeader = nullptr;
    if (m_gesture != Gesture::None)
        clearGesture();
    if (event->button() != Qt::LeftButton) {
        QGraphicsScene::mousePressEvent(event);
        return;
    }
    const QPointF at = event->scenePos();
    m_pressPos = at;
    m_pressTransform = viewTransformOf(event->widget());
    QGraphicsItem *hit = topItemAt(at, m_pressTransform);

    if (auto *handle = qgraphicsitem_cast<EditHandle *>(hit); handle && m_handleNode) {
        if (handle->role() == EditHandle::Role::Connect) {
            beginFlow(m_handleNode->id(), at);
        } else {
            m_gesture = Gesture::Resize;
            m_resizeRole = static_cast<int>(handle->role());
            m_resizeStart = m_handleNode->modelRect();
        }
        event->accept();
        return;
    }
    if (auto *badge = badgeAt(at, m_pressTransform); badge && m_tool == Tool::Select) {
        Id owner;
        if (auto *ownerElement = qgraphicsitem_cast<ElementItem *>(badge->parentItem()))
            owner = ownerElement->id();
        else if (auto *ownerFlow = qgraphicsitem_cast<FlowItem *>(badge->parentItem()))
            owner = ownerFlow->id();
        if (!owner.empty()) {
            selectIds({owner});
            emit threatBadgeClicked(owner);
            event->accept();
            return;
        }
    }
    auto *element = qgraphicsitem_cast<ElementItem *>(hit);
    const bool altDrag = m_tool == Tool::Select && (event->modifiers() & Qt::AltModifier);
    if (element && (m_tool == Tool::Flow || altDrag)) {
        beginFlow(element->id(), at);
        event->accept();
        return;
    }
    if (kindOf(m_tool) || m_tool == Tool::Zone) {
        m_gesture = Gesture::DrawRect;
        m_rubberRect = new QGraphicsPathItem;
        QPen pen(kEditAccent, 1.4, Qt::DashLine);
        pen.setCosmetic(true);
        m_rubberRect->setPen(pen);
        QColor fill = kEditAccent;
        fill.setAlpha(24);
        m_rubberRect->setBrush(fill);
        m_rubberRect->setZValue(900);
        m_rubberRect->setAcceptedMouseButtons(Qt::NoButton);
        addItem(m_rubberRect);
        event->accept();
        return;
    }
    if (m_tool == Tool::Flow) {
        event->accept(); // a flow starts on an element only
        return;
    }
    if (auto *flow = qgraphicsitem_cast<FlowItem *>(hit); flow && flow->isSelected()) {
        const double grab = kBendGrab / std::max(viewZoom(), 0.01);
        const auto &bends = flow->bends();
        for (size_t i = 0; i < bends.size(); ++i) {
            if (distance(bends[i], at) <= grab) {
                m_gesture = Gesture::MoveBend;
                m_editedFlow = flow;
                m_bendIndex = static_cast<int>(i);
                event->accept();
                return;
            }
        }
        if (flow->labelRect().contains(at)) {
            m_gesture = Gesture::MoveLabel;
            m_editedFlow = flow;
            m_grabOffset = at - flow->labelRect().center();
            event->accept();
            return;
        }
    }

    QGraphicsScene::mousePressEvent(event);
    const std::vector<NodeItem *> selected = selectedNodes();
    auto *leader = dynamic_cast<NodeItem *>(hit);
    if (selected.empty() || !leader || !leader->isSelected())
        return;
    m_gesture = Gesture::Move;
    const std::vector<NodeItem *> moving = withZoneContents(selected);
    m_dragStart = rectsOf(moving);
    m_dragLeader = leader;
    for (NodeItem *node : moving)
        if (!node->isSelected())
            m_carried.push_back(node);
}

void DiagramScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    const QPointF at = event->scenePos();
    switch (m_gesture) {
    case Gesture::Resize:
        resizeTo(at);
        event->accept();
        return;
    case Gesture::CreateFlow:
        updateFlowPreview(at, viewTransformOf(event->widget()));
        event->accept();
        return;
    case Gesture::DrawRect: {
        QPainterPath path;
        path.addRect(QRectF(snapped(m_pressPos), snapped(at)).normalized());
        m_rubberRect->setPath(path);
        event->accept();
        return;
    }
    case Gesture::MoveBend: {
        std::vector<QPointF> bends = m_editedFlow->bends();
        bends[static_cast<size_t>(m_bendIndex)] = snapped(at);
        m_editedFlow->previewLayout(std::move(bends), m_editedFlow->labelPosition());
        event->accept();
        return;
    }
    case Gesture::MoveLabel:
        m_editedFlow->previewLayout(m_editedFlow->bends(), at - m_grabOffset);
        event->accept();
        return;
    default: break;
    }

    QGraphicsScene::mouseMoveEvent(event);
    if (!m_dragLeader || !(event->buttons() & Qt::LeftButton))
        return;
    const Rect &start = m_dragStart.at(m_dragLeader->id());
    QPointF delta = m_dragLeader->pos() - QPointF(start.x, start.y);
    if (m_snap) {
        // The dragged node's corner lands on the grid; the rest keep their distances to it.
        delta = snapped(QPointF(start.x, start.y) + delta) - QPointF(start.x, start.y);
        for (const auto &[id, from] : m_dragStart) {
            const QPointF target = QPointF(from.x, from.y) + delta;
            if (NodeItem *node = nodeItem(id); node && node->pos() != target)
                node->setPos(target);
        }
        return;
    }
    // Qt moves the selection; what a dragged zone contains follows by the same distance.
    for (NodeItem *node : m_carried) {
        const Rect &from = m_dragStart.at(node->id());
        node->setPos(QPointF(from.x, from.y) + delta);
    }
}

void DiagramScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    const QPointF at = event->scenePos();
    switch (m_gesture) {
    case Gesture::Resize: {
        m_gesture = Gesture::None;
        if (m_handleNode) {
            const Rect after = m_handleNode->modelRect();
            const Id id = m_handleNode->id();
            if (after != m_resizeStart)
                m_document->push(PlaceNodesCommand::create(
                    m_document, m_diagram, {{id, m_resizeStart}}, {{id, after}},
                    PlaceNodesCommand::Kind::Resize));
        }
        event->accept();
        return;
    }
    case Gesture::CreateFlow: {
        ElementItem *target = flowTargetAt(at, viewTransformOf(event->widget()));
        const Id source = m_flowSource;
        clearGesture();
        if (target) {
            const Id flow = editing::addFlow(m_document, m_diagram, source, target->id());
            if (!flow.empty())
                selectIds({flow});
        }
        event->accept();
        return;
    }
    case Gesture::DrawRect:
        finishDrawRect(at);
        event->accept();
        return;
    case Gesture::MoveBend:
        commitFlowLayout(m_editedFlow, tr("Move bend point"));
        event->accept();
        return;
    case Gesture::MoveLabel:
        commitFlowLayout(m_editedFlow, tr("Move flow label"));
        event->accept();
        return;
    default: break;
    }

    QGraphicsScene::mouseReleaseEvent(event);
    m_gesture = Gesture::None;
    if (m_dragStart.empty())
        return;
    std::map<Id, Rect> before;
    std::map<Id, Rect> after;
    for (const auto &[id, rect] : m_dragStart) {
        NodeItem *node = nodeItem(id);
        if (!node || node->modelRect() == rect)
            continue;
        before.emplace(id, rect);
        after.emplace(id, node->modelRect());
    }
    m_dragStart.clear();
    m_carried.clear();
    m_dragLeader = nullptr;
    if (!after.empty())
        m_document->push(PlaceNodesCommand::create(m_document, m_diagram, std::move(before),
                                                   std::move(after),
                                                   PlaceNodesCommand::Kind::Drag));
}

void DiagramScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    const QPointF at = event->scenePos();
    QGraphicsItem *hit = topItemAt(at, viewTransformOf(event->widget()));
    if (m_tool != Tool::Select || qgraphicsitem_cast<EditHandle *>(hit)) {
        event->accept();
        return;
    }
    if (auto *flow = qgraphicsitem_cast<FlowItem *>(hit)) {
        event->accept();
        if (flow->labelRect().contains(at)) {
            emit itemActivated(flow->id());
            requestRename(flow->id());
            return;
        }
        // Double-click on a bend removes it; anywhere else on the line adds one there.
        std::vector<QPointF> bends = flow->bends();
        const double grab = kBendGrab / std::max(viewZoom(), 0.01);
        for (size_t i = 0; i < bends.size(); ++i) {
            if (distance(bends[i], at) <= grab) {
                bends.erase(bends.begin() + static_cast<std::ptrdiff_t>(i));
                flow->previewLayout(std::move(bends), flow->labelPosition());
                commitFlowLayout(flow, tr("Remove bend point"));
                return;
            }
        }
        const int segment = nearestSegment(flow->polyline(), at);
        bends.insert(bends.begin() + segment, snapped(at));
        flow->previewLayout(std::move(bends), flow->labelPosition());
        commitFlowLayout(flow, tr("Add bend point"));
        return;
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
    if (auto *node = dynamic_cast<NodeItem *>(hit)) {
        emit itemActivated(node->id());
        requestRename(node->id());
    }
}

void DiagramScene::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        if (m_gesture == Gesture::Resize && m_handleNode) {
            m_handleNode->setModelRect(m_resizeStart);
            nodeMoved(m_handleNode);
        }
        if (m_gesture != Gesture::None && m_gesture != Gesture::Move)
            clearGesture();
        else if (m_tool != Tool::Select)
            setTool(Tool::Select);
        else
            clearSelection();
        event->accept();
        return;
    }
    QPointF step;
    const double distance = (event->modifiers() & Qt::ShiftModifier) ? 10 : 1;
    switch (event->key()) {
    case Qt::Key_Left: step = {-distance, 0}; break;
    case Qt::Key_Right: step = {distance, 0}; break;
    case Qt::Key_Up: step = {0, -distance}; break;
    case Qt::Key_Down: step = {0, distance}; break;
    default: QGraphicsScene::keyPressEvent(event); return;
    }
    const std::vector<NodeItem *> selected = selectedNodes();
    if (selected.empty() || m_gesture != Gesture::None) {
        QGraphicsScene::keyPressEvent(event);
        return;
    }
    std::map<Id, Rect> before = rectsOf(withZoneContents(selected));
    std::map<Id, Rect> after = before;
    for (auto &[id, rect] : after) {
        rect.x += step.x();
        rect.y += step.y();
    }
    m_document->push(PlaceNodesCommand::create(m_document, m_diagram, std::move(before),
                                               std::move(after),
                                               PlaceNodesCommand::Kind::Nudge));
    event->accept();
}

void DiagramScene::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    clearGesture();
    QGraphicsItem *hit = topItemAt(event->scenePos(), viewTransformOf(event->widget()));
    if (qgraphicsitem_cast<EditHandle *>(hit))
        hit = m_handleNode;
    // The menu acts on what was clicked: keep a selection that holds it, else select just it.
    if (hit && hit->flags().testFlag(QGraphicsItem::ItemIsSelectable)) {
        if (!hit->isSelected()) {
            clearSelection();
            hit->setSelected(true);
        }
    } else {
        clearSelection();
    }
    emit contextMenuRequested(event->screenPos(), event->scenePos());
    event->accept();
}

// ---------------------------------------------------------------- selection by id

std::vector<Id> DiagramScene::selectedIds() const
{
    std::vector<Id> ids;
    for (QGraphicsItem *item : selectedItems()) {
        if (auto *node = dynamic_cast<NodeItem *>(item))
            ids.push_back(node->id());
        else if (auto *flow = qgraphicsitem_cast<FlowItem *>(item))
            ids.push_back(flow->id());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

size_t DiagramScene::selectIds(const std::vector<Id> &ids)
{
    // One selectionChanged for the whole change, not one per item.
    QSignalBlocker blocker(this);
    clearSelection();
    size_t found = 0;
    for (const Id &id : ids) {
        QGraphicsItem *item = nodeItem(id);
        if (!item)
            item = flowItem(id);
        if (item) {
            item->setSelected(true);
            ++found;
        }
    }
    blocker.unblock();
    emit selectionChanged();
    return found;
}

bool DiagramScene::shows(const Id &id) const
{
    return m_elements.count(id) || m_zones.count(id) || m_flows.count(id);
}

} // namespace vigil
