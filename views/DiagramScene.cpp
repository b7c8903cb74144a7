#include "views/DiagramScene.h"

#include "views/Commands.h"
#include "views/DiagramItems.h"
#include "views/Document.h"

#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>
#include <QSignalBlocker>

#include <algorithm>
#include <set>

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
        refreshAllFlows();
    });
    connect(document, &Document::boundaryRemoved, this, [this](const Id &id) {
        removeNodeItem(id);
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
    rebuild();
}

DiagramScene::~DiagramScene()
{
    // Items call back into the scene while they are destroyed; forget them first.
    m_flowsByElement.clear();
    m_dragLeader = nullptr;
    m_carried.clear();
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
    }
    node->setModelRect(rect->second);
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
        m_elements.erase(it);
        removeItem(item);
        delete item;
        return;
    }
    if (auto it = m_zones.find(id); it != m_zones.end()) {
        ZoneItem *item = it->second;
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

void DiagramScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mousePressEvent(event);
    m_dragStart.clear();
    m_carried.clear();
    m_dragLeader = nullptr;
    if (event->button() != Qt::LeftButton)
        return;
    const std::vector<NodeItem *> selected = selectedNodes();
    if (selected.empty())
        return;
    const std::vector<NodeItem *> moving = withZoneContents(selected);
    m_dragStart = rectsOf(moving);
    m_dragLeader = selected.front();
    for (NodeItem *node : moving)
        if (!node->isSelected())
            m_carried.push_back(node);
}

void DiagramScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mouseMoveEvent(event);
    if (!m_dragLeader || m_carried.empty())
        return;
    // Qt moves the selection; what a dragged zone contains follows by the same distance.
    const Rect &start = m_dragStart.at(m_dragLeader->id());
    const QPointF delta = m_dragLeader->pos() - QPointF(start.x, start.y);
    for (NodeItem *node : m_carried) {
        const Rect &from = m_dragStart.at(node->id());
        node->setPos(QPointF(from.x, from.y) + delta);
    }
}

void DiagramScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mouseReleaseEvent(event);
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
        m_document->push(new MoveNodesCommand(m_document, m_diagram, std::move(before),
                                              std::move(after)));
}

void DiagramScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mouseDoubleClickEvent(event);
    for (QGraphicsItem *item : items(event->scenePos())) {
        if (auto *node = qgraphicsitem_cast<ElementItem *>(item)) {
            emit itemActivated(node->id());
            return;
        }
        if (auto *flow = qgraphicsitem_cast<FlowItem *>(item)) {
            emit itemActivated(flow->id());
            return;
        }
        if (auto *zone = qgraphicsitem_cast<ZoneItem *>(item)) {
            emit itemActivated(zone->id());
            return;
        }
    }
}

void DiagramScene::keyPressEvent(QKeyEvent *event)
{
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
    if (selected.empty()) {
        QGraphicsScene::keyPressEvent(event);
        return;
    }
    std::map<Id, Rect> before = rectsOf(withZoneContents(selected));
    std::map<Id, Rect> after = before;
    for (auto &[id, rect] : after) {
        rect.x += step.x();
        rect.y += step.y();
    }
    m_document->push(new MoveNodesCommand(m_document, m_diagram, std::move(before),
                                          std::move(after), MoveNodesCommand::Kind::Nudge));
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
