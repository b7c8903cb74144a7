#include "views/diagram/DiagramScene.h"

#include "model/AutoLayout.h"
#include "views/diagram/ChangeMarks.h"
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
#include <array>
#include <map>
#include <numbers>
#include <set>
#include <tuple>
#include <unordered_set>

namespace vigil {

namespace {

constexpr double kLaneSpacing = 18;

// ---------------------------------------------------------------- flow labels: free space

constexpr double kLabelCell = 64;       // the grid that finds nearby obstacles
constexpr double kElementClearance = 3; // between a label and an element's outline
constexpr double kLabelClearance = 2;   // between two labels
constexpr double kSideGap = 8;          // a label beside its line clears its arrow heads
constexpr double kLeaderStep = 24;      // the rings searched when nothing near is free
constexpr double kLeaderReach = 4000;
// What makes a label's place worse: each line more than it needs, the distance from the middle
// of its line (per whole line length), a place beside the line instead of on it, crossing
// another flow's line.
constexpr double kLineCost = 1.0;
constexpr double kAlongCost = 3.0;
constexpr double kBesideCost = 0.25;
constexpr double kCrossingCost = 2.5;
constexpr size_t kMaxLabelLayouts = 8;
constexpr int kClearSearch = 24; // spots tried for a clear one once a crossing one is free
// An edit that places fewer than one label in this many updates the grid of what lies in the
// way; more, and the grid and all labels are made anew.
constexpr size_t kIncrementalShare = 4;
// Along the line, from the middle outward.
constexpr std::array<double, 11> kLabelFractions{0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78,
                                                 0.15, 0.85, 0.08, 0.92};

// The part of the segment a-b within `rect` (Liang-Barsky clipping), if any.
std::optional<QLineF> clipSegment(QPointF a, QPointF b, const QRectF &rect)
{
    double t0 = 0;
    double t1 = 1;
    const double dx = b.x() - a.x();
    const double dy = b.y() - a.y();
    const std::array<double, 4> p{-dx, dx, -dy, dy};
    const std::array<double, 4> q{a.x() - rect.left(), rect.right() - a.x(), a.y() - rect.top(),
                                  rect.bottom() - a.y()};
    for (size_t i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return std::nullopt;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return std::nullopt;
    }
    return QLineF(a + (b - a) * t0, a + (b - a) * t1);
}

// Whether the segment a-b meets `rect`.
bool segmentMeetsRect(QPointF a, QPointF b, const QRectF &rect)
{
    return clipSegment(a, b, rect).has_value();
}

QRectF labelBlockOf(const FlowItem *flow)
{
    return flow->labelRect().adjusted(-kLabelClearance, -kLabelClearance, kLabelClearance,
                                      kLabelClearance);
}

} // namespace

// A uniform grid over a rectangle: which cells a rectangle or a segment touches. Anything
// outside the rectangle falls into the border cells.
class CellGrid {
public:
    CellGrid(const QRectF &bounds, double cell, double maxCells) : m_origin(bounds.topLeft())
    {
        m_cell = std::max(cell, std::sqrt(bounds.width() * bounds.height() / maxCells));
        m_columns = std::max(1, static_cast<int>(std::ceil(bounds.width() / m_cell)));
        m_rows = std::max(1, static_cast<int>(std::ceil(bounds.height() / m_cell)));
    }
    size_t size() const { return static_cast<size_t>(m_columns) * static_cast<size_t>(m_rows); }
    // Visits the cells `rect` touches until `visit` returns true; returns whether it did.
    template <typename Visit>
    bool forCells(const QRectF &rect, Visit visit) const
    {
        const int right = column(rect.right());
        const int bottom = row(rect.bottom());
        for (int y = row(rect.top()); y <= bottom; ++y)
            for (int x = column(rect.left()); x <= right; ++x)
                if (visit(cellAt(x, y)))
                    return true;
        return false;
    }
    // The cells the segment a-b passes through (Amanatides and Woo).
    template <typename Visit>
    void forSegmentCells(QPointF a, QPointF b, Visit visit) const
    {
        const QPointF from = (a - m_origin) / m_cell;
        const QPointF to = (b - m_origin) / m_cell;
        int x = column(a.x());
        int y = row(a.y());
        const int endX = column(b.x());
        const int endY = row(b.y());
        const double dx = to.x() - from.x();
        const double dy = to.y() - from.y();
        const int stepX = dx > 0 ? 1 : -1;
        const int stepY = dy > 0 ? 1 : -1;
        constexpr double never = std::numeric_limits<double>::infinity();
        double nextX = dx != 0 ? ((stepX > 0 ? x + 1 : x) - from.x()) / dx : never;
        double nextY = dy != 0 ? ((stepY > 0 ? y + 1 : y) - from.y()) / dy : never;
        const double stepTX = dx != 0 ? 1 / std::abs(dx) : never;
        const double stepTY = dy != 0 ? 1 / std::abs(dy) : never;
        visit(cellAt(x, y));
        for (int guard = 0; (x != endX || y != endY) && guard < m_columns + m_rows + 2;
             ++guard) {
            if (nextX < nextY) {
                nextX += stepTX;
                x = std::clamp(x + stepX, 0, m_columns - 1);
            } else {
                nextY += stepTY;
                y = std::clamp(y + stepY, 0, m_rows - 1);
            }
            visit(cellAt(x, y));
        }
    }

private:
    int column(double x) const
    {
        return std::clamp(static_cast<int>(std::floor((x - m_origin.x()) / m_cell)), 0,
                          m_columns - 1);
    }
    int row(double y) const
    {
        return std::clamp(static_cast<int>(std::floor((y - m_origin.y()) / m_cell)), 0,
                          m_rows - 1);
    }
    size_t cellAt(int column, int row) const
    {
        return static_cast<size_t>(row) * static_cast<size_t>(m_columns)
               + static_cast<size_t>(column);
    }

    QPointF m_origin;
    double m_cell = 1;
    int m_columns = 1;
    int m_rows = 1;
};

// What labels keep clear of, filed in grids over `bounds` so that a test looks at its
// neighbourhood only: blocks (elements, zone names, arrow heads, crossing markers, labels) are
// never covered; lines of other flows are avoided when there is a choice (in a coarser grid:
// long lines pass through many cells). Each entry has an owner (the element, zone or flow it
// belongs to), so that an edit replaces what it changed and the grids outlive it. Anything
// outside the bounds is filed in the border cells: tests stay exact, only slower out there,
// and the scene builds new grids when too much has left them.
class FlowLabelSpace {
public:
    explicit FlowLabelSpace(const QRectF &bounds)
        : m_bounds(bounds), m_blockGrid(bounds, kLabelCell, 100000),
          m_lineGrid(bounds, 4 * kLabelCell, 25000)
    {
        m_blockCells.resize(m_blockGrid.size());
        m_lineCells.resize(m_lineGrid.size());
    }

    // An element's outline, a zone's name, a flow's arrow head or crossing marker.
    void addBlock(const QRectF &rect, const QGraphicsItem *owner)
    {
        file(rect, owner, nullptr);
    }
    void addLabel(const FlowItem *flow) { file(labelBlockOf(flow), flow, flow); }
    void addLine(QPointF a, QPointF b, const FlowItem *owner)
    {
        // Filed by the part within the grid; what lies beyond is never asked about.
        const std::optional<QLineF> inside = clipSegment(a, b, m_bounds);
        if (!inside)
            return;
        const int index = static_cast<int>(m_lines.size());
        m_lines.push_back({a, b, owner, true});
        m_linesOf[owner].push_back(index);
        m_lineGrid.forSegmentCells(inside->p1(), inside->p2(), [&](size_t cell) {
            std::vector<int> &list = m_lineCells[cell];
            if (list.empty() || list.back() != index)
                list.push_back(index);
        });
        ++m_live;
    }
    // Everything `owner` filed; for a flow also its label.
    void remove(const QGraphicsItem *owner)
    {
        if (auto it = m_blocksOf.find(owner); it != m_blocksOf.end()) {
            for (const int index : it->second)
                retire(m_blocks[static_cast<size_t>(index)].active);
            m_blocksOf.erase(it);
        }
        if (auto it = m_linesOf.find(owner); it != m_linesOf.end()) {
            for (const int index : it->second)
                retire(m_lines[static_cast<size_t>(index)].active);
            m_linesOf.erase(it);
        }
        m_labelOf.erase(owner);
    }
    // Only the label of `flow` (it is about to be placed again).
    void removeLabel(const FlowItem *flow)
    {
        if (auto it = m_labelOf.find(flow); it != m_labelOf.end()) {
            retire(m_blocks[static_cast<size_t>(it->second)].active);
            m_labelOf.erase(it);
        }
    }
    bool blocked(const QRectF &rect, const FlowItem *self) const
    {
        return m_blockGrid.forCells(rect, [&](size_t cell) {
            for (const int index : m_blockCells[cell]) {
                const Block &block = m_blocks[static_cast<size_t>(index)];
                if (block.active && (!block.label || block.label != self)
                    && block.rect.intersects(rect))
                    return true;
            }
            return false;
        });
    }
    bool crossesLine(const QRectF &rect, const FlowItem *self) const
    {
        return m_lineGrid.forCells(rect, [&](size_t cell) {
            for (const int index : m_lineCells[cell]) {
                const Line &line = m_lines[static_cast<size_t>(index)];
                if (line.active && line.owner != self && segmentMeetsRect(line.a, line.b, rect))
                    return true;
            }
            return false;
        });
    }
    // The flows whose labels meet `rect`.
    std::vector<const FlowItem *> labelsIn(const QRectF &rect) const
    {
        std::vector<const FlowItem *> labels;
        m_blockGrid.forCells(rect, [&](size_t cell) {
            for (const int index : m_blockCells[cell]) {
                const Block &block = m_blocks[static_cast<size_t>(index)];
                if (block.active && block.label && block.rect.intersects(rect))
                    labels.push_back(block.label);
            }
            return false;
        });
        std::sort(labels.begin(), labels.end());
        labels.erase(std::unique(labels.begin(), labels.end()), labels.end());
        return labels;
    }
    // Worth building anew: mostly retired entries, or much filed outside the bounds.
    bool worn() const { return m_retired > m_live + 1000 || m_outside * 4 > m_live + 1000; }

private:
    struct Block {
        QRectF rect;
        const FlowItem *label; // the flow whose label it is, or none
        bool active;
    };
    struct Line {
        QPointF a;
        QPointF b;
        const FlowItem *owner;
        bool active;
    };

    void file(const QRectF &rect, const QGraphicsItem *owner, const FlowItem *label)
    {
        const int index = static_cast<int>(m_blocks.size());
        m_blocks.push_back({rect, label, true});
        m_blocksOf[owner].push_back(index);
        if (label)
            m_labelOf[label] = index;
        m_blockGrid.forCells(rect, [&](size_t cell) {
            m_blockCells[cell].push_back(index);
            return false;
        });
        ++m_live;
        if (!m_bounds.contains(rect))
            ++m_outside;
    }
    void retire(bool &active)
    {
        if (!active)
            return;
        active = false;
        --m_live;
        ++m_retired;
    }

    QRectF m_bounds;
    CellGrid m_blockGrid;
    CellGrid m_lineGrid;
    std::vector<Block> m_blocks;
    std::vector<Line> m_lines;
    std::vector<std::vector<int>> m_blockCells;
    std::vector<std::vector<int>> m_lineCells;
    std::unordered_map<const QGraphicsItem *, std::vector<int>> m_blocksOf;
    std::unordered_map<const QGraphicsItem *, std::vector<int>> m_linesOf;
    std::unordered_map<const QGraphicsItem *, int> m_labelOf; // flow -> its label's block
    qint64 m_live = 0;
    qint64 m_retired = 0;
    qint64 m_outside = 0;
};

namespace {

double pathLength(const QPolygonF &line)
{
    double total = 0;
    for (qsizetype i = 0; i + 1 < line.size(); ++i)
        total += QLineF(line[i], line[i + 1]).length();
    return total;
}

// The point `fraction` of the way along `line`, and the unit direction of its segment there.
QPointF pointAlong(const QPolygonF &line, double fraction, QPointF *direction)
{
    double remaining = pathLength(line) * fraction;
    for (qsizetype i = 0; i + 1 < line.size(); ++i) {
        const QLineF segment(line[i], line[i + 1]);
        const double length = segment.length();
        if (length >= remaining || i + 2 == line.size()) {
            *direction = length > 1e-9 ? (segment.p2() - segment.p1()) / length : QPointF(1, 0);
            return segment.pointAt(length > 1e-9 ? std::min(1.0, remaining / length) : 0);
        }
        remaining -= length;
    }
    *direction = QPointF(1, 0);
    return line.isEmpty() ? QPointF() : line.first();
}

QRectF centredRect(QPointF centre, QSizeF size)
{
    return QRectF(centre - QPointF(size.width() / 2, size.height() / 2), size);
}

// Puts `flow`'s label at the best free spot. Candidates lie along its line from the middle
// outward, on the line and on either side, with the name wrapped into one line or more; they
// are ranked (each extra line, each step away from the middle and a place beside the line
// instead of on it cost a little) and tested in that order: the first free one wins, unless it
// crosses another flow's line and a slightly worse one does not. Failing all that, the nearest
// free spot around the middle, with a leader line to it.
void placeLabelOf(FlowItem *flow, const FlowLabelSpace &space)
{
    const QPolygonF line = flow->polyline();
    struct Anchor {
        QPointF point;
        QPointF direction;
        double cost;
        bool stacked; // the place among parallel flows' labels: not moved sideways
    };
    std::vector<Anchor> anchors;
    QPointF middleDirection;
    const QPointF middle = pointAlong(line, 0.5, &middleDirection);
    const QPointF preferred = flow->preferredLabelCentre();
    const bool stacked = QLineF(preferred, middle).length() > 0.5;
    // Most labels fit where they would go anyway: try that before ranking everything.
    const FlowItem::LabelLayout *first = flow->labelLayout(0);
    if (!first)
        return;
    if (const QRectF best = centredRect(stacked ? preferred : middle, first->size);
        !space.blocked(best, flow) && !space.crossesLine(best, flow)) {
        flow->placeLabel(0, best.center(), std::nullopt);
        return;
    }
    if (stacked)
        anchors.push_back({preferred, middleDirection, -0.1, true});
    for (const double fraction : kLabelFractions) {
        QPointF direction;
        const QPointF point = pointAlong(line, fraction, &direction);
        anchors.push_back({point, direction, kAlongCost * std::abs(fraction - 0.5), false});
    }
    const auto lineCount = [](const FlowItem::LabelLayout &layout) {
        return static_cast<double>(layout.lines.size() + layout.protocolLines.size());
    };
    const double fewestLines = lineCount(*first);
    const auto wrapping = [&](const FlowItem::LabelLayout &layout) {
        return kLineCost * (lineCount(layout) - fewestLines);
    };
    // The spots along the line (an anchor and a side), cheapest first; every layout tries
    // them in this order, its cost raised by the lines it adds. The layouts' lists are merged
    // lazily, so a narrower layout is only wrapped when its turn may come.
    struct Spot {
        double cost;
        size_t anchor;
        double side;
    };
    // The same for every flow but the stacked spot, which comes first when there is one.
    static const std::vector<Spot> alongTheLine = [] {
        std::vector<Spot> result;
        for (size_t a = 0; a < kLabelFractions.size(); ++a)
            for (const double side : {0.0, 1.0, -1.0})
                result.push_back({kAlongCost * std::abs(kLabelFractions[a] - 0.5)
                                      + (side != 0.0 ? kBesideCost : 0.0),
                                  a, side});
        std::stable_sort(result.begin(), result.end(),
                         [](const Spot &x, const Spot &y) { return x.cost < y.cost; });
        return result;
    }();
    std::vector<Spot> spots;
    spots.reserve(alongTheLine.size() + 1);
    const size_t offset = stacked ? 1 : 0; // anchors[0] is the stacked place
    if (stacked)
        spots.push_back({anchors[0].cost, 0, 0.0});
    for (const Spot &spot : alongTheLine)
        spots.push_back({spot.cost, spot.anchor + offset, spot.side});
    const double cheapestSpot = spots.front().cost;
    struct Candidate {
        double cost;
        QRectF rect;
        size_t layout;
    };
    std::vector<std::pair<const FlowItem::LabelLayout *, size_t>> lists; // layout, next spot
    const auto nextCandidate = [&]() -> std::optional<Candidate> {
        const auto cheapest = [&](size_t *chosen) {
            double best = std::numeric_limits<double>::max();
            for (size_t i = 0; i < lists.size(); ++i) {
                const auto &[layout, next] = lists[i];
                if (next < spots.size() && wrapping(*layout) + spots[next].cost < best) {
                    best = wrapping(*layout) + spots[next].cost;
                    *chosen = i;
                }
            }
            return best;
        };
        size_t chosen = 0;
        double best = cheapest(&chosen);
        // A layout not wrapped yet costs at least as much as the last one wrapped.
        while (lists.size() < kMaxLabelLayouts) {
            const double bound =
                lists.empty() ? -1e9 : wrapping(*lists.back().first) + cheapestSpot;
            if (bound > best)
                break;
            const FlowItem::LabelLayout *layout = flow->labelLayout(lists.size());
            if (!layout)
                break;
            lists.emplace_back(layout, 0);
            best = cheapest(&chosen);
        }
        if (best == std::numeric_limits<double>::max())
            return std::nullopt;
        auto &[layout, next] = lists[chosen];
        const Spot &spot = spots[next++];
        const Anchor &anchor = anchors[spot.anchor];
        const QPointF normal(-anchor.direction.y(), anchor.direction.x());
        const double reach = (std::abs(normal.x()) * layout->size.width()
                              + std::abs(normal.y()) * layout->size.height())
                                 / 2
                             + kSideGap;
        return Candidate{best,
                         centredRect(anchor.point + normal * (spot.side * reach), layout->size),
                         chosen};
    };
    std::optional<Candidate> crossing; // the best free one that crosses another flow's line
    int sinceCrossing = 0; // in a thicket of lines, the search for a clear spot ends soon
    while (const std::optional<Candidate> next = nextCandidate()) {
        const Candidate &candidate = *next;
        if (crossing && (candidate.cost >= crossing->cost || ++sinceCrossing > kClearSearch))
            break;
        if (space.blocked(candidate.rect, flow))
            continue;
        if (space.crossesLine(candidate.rect, flow)) {
            if (!crossing)
                crossing = Candidate{candidate.cost + kCrossingCost, candidate.rect,
                                     candidate.layout};
            continue;
        }
        flow->placeLabel(candidate.layout, candidate.rect.center(), std::nullopt);
        return;
    }
    if (crossing) {
        flow->placeLabel(crossing->layout, crossing->rect.center(), std::nullopt);
        return;
    }
    for (double radius = kLeaderStep; radius <= kLeaderReach; radius += kLeaderStep) {
        const int steps =
            std::max(8, static_cast<int>(2 * std::numbers::pi * radius / kLeaderStep));
        for (int k = 0; k < steps; ++k) {
            const double angle = 2 * std::numbers::pi * k / steps;
            const QPointF centre = middle + QPointF(std::cos(angle), std::sin(angle)) * radius;
            for (size_t i = 0; const FlowItem::LabelLayout *layout = flow->labelLayout(i); ++i) {
                if (!space.blocked(centredRect(centre, layout->size), flow)) {
                    flow->placeLabel(i, centre, middle);
                    return;
                }
            }
        }
    }
}

} // namespace

class DiagramScene::LabelBatch {
public:
    explicit LabelBatch(DiagramScene *scene) : m_scene(scene) { ++m_scene->m_labelBatch; }
    ~LabelBatch()
    {
        if (--m_scene->m_labelBatch == 0)
            m_scene->placePendingLabels();
    }
    LabelBatch(const LabelBatch &) = delete;
    LabelBatch &operator=(const LabelBatch &) = delete;

private:
    DiagramScene *m_scene;
};

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
    m_pendingLabels.clear();
    m_movedNodes.clear();
    m_labelBatch = 1; // items being destroyed place no labels
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
    m_pendingLabels.clear();
    m_coveredArea = QRectF();
    m_movedNodes.clear();
    m_labelSpace.reset();
    clear();
}

void DiagramScene::rebuild()
{
    LabelBatch batch(this); // every label is placed once, when the whole diagram is there
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
    LabelBatch batch(this);
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
    LabelBatch batch(this);
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
    LabelBatch batch(this);
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
        forgetLabelObstacles(item);
        m_elements.erase(it);
        removeItem(item);
        delete item;
        return;
    }
    if (auto it = m_zones.find(id); it != m_zones.end()) {
        ZoneItem *item = it->second;
        if (item == m_handleNode)
            clearHandles();
        forgetLabelObstacles(item);
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
    LabelBatch batch(this);
    FlowItem *item = it->second;
    if (item == m_editedFlow)
        clearGesture();
    m_flows.erase(it);
    std::erase(m_pendingLabels, item);
    forgetLabelObstacles(item);
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
    LabelBatch batch(this);
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
    LabelBatch batch(this);
    for (const auto &[id, item] : m_flows) {
        auto layout = shown->flows.find(id);
        if (layout != shown->flows.end())
            item->refresh(m_document->model(), layout->second);
    }
}

void DiagramScene::adjustFlowsCrossing(const Id &zone)
{
    LabelBatch batch(this);
    for (const auto &[id, item] : m_flows) {
        const auto &zones = item->crossedZones();
        if (std::find(zones.begin(), zones.end(), zone) != zones.end())
            item->adjust();
    }
}

void DiagramScene::nodeMoved(NodeItem *node)
{
    LabelBatch batch(this);
    // The node may now cover labels (an element, or a zone's name).
    m_movedNodes.insert(node);
    labelsMayBeCovered(node->sceneBoundingRect());
    if (node == m_handleNode)
        updateHandlePositions();
    if (node->type() == ElementItem::Type)
        refreshFlowsOf(node->id());
    else
        adjustFlowsCrossing(node->id());
}

// ---------------------------------------------------------------- flow labels

void DiagramScene::flowLabelChanged(FlowItem *flow)
{
    m_pendingLabels.push_back(flow);
    if (m_labelBatch == 0)
        placePendingLabels();
}

void DiagramScene::labelsMayBeCovered(const QRectF &area)
{
    m_coveredArea |= area;
    if (m_labelBatch == 0)
        placePendingLabels();
}

void DiagramScene::fileLabelObstacles(const QGraphicsItem *item)
{
    FlowLabelSpace &space = *m_labelSpace;
    space.remove(item);
    if (const auto *element = qgraphicsitem_cast<const ElementItem *>(item)) {
        space.addBlock(QRectF(element->pos(), element->size())
                           .adjusted(-kElementClearance, -kElementClearance, kElementClearance,
                                     kElementClearance),
                       element);
    } else if (const auto *zone = qgraphicsitem_cast<const ZoneItem *>(item)) {
        space.addBlock(zone->titleRect().translated(zone->pos()), zone);
    } else if (const auto *flow = qgraphicsitem_cast<const FlowItem *>(item)) {
        if (!flow->isVisible())
            return;
        for (const QRectF &mark : flow->markRects())
            space.addBlock(mark.adjusted(-1, -1, 1, 1), flow);
        const QPolygonF line = flow->polyline();
        for (qsizetype i = 0; i + 1 < line.size(); ++i)
            space.addLine(line[i], line[i + 1], flow);
    }
}

void DiagramScene::forgetLabelObstacles(const QGraphicsItem *item)
{
    if (m_labelSpace)
        m_labelSpace->remove(item);
    m_movedNodes.erase(item);
}

void DiagramScene::placePendingLabels()
{
    std::vector<FlowItem *> pending;
    for (FlowItem *flow : m_pendingLabels)
        if (auto it = m_flows.find(flow->id()); it != m_flows.end() && it->second == flow)
            pending.push_back(flow);
    std::sort(pending.begin(), pending.end());
    pending.erase(std::unique(pending.begin(), pending.end()), pending.end());
    m_pendingLabels.clear();
    const QRectF covered = m_coveredArea;
    m_coveredArea = QRectF();
    std::set<const QGraphicsItem *> moved;
    moved.swap(m_movedNodes);
    if (pending.empty() && covered.isNull() && moved.empty())
        return;
    // A fixed order: shorter lines first (they have the fewest places to go), then by id.
    const auto inOrder = [](std::vector<FlowItem *> flows) {
        std::vector<std::pair<double, FlowItem *>> keyed;
        for (FlowItem *flow : flows)
            if (flow->hasLabel())
                keyed.emplace_back(pathLength(flow->polyline()), flow);
        std::sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) {
            return a.first != b.first ? a.first < b.first : a.second->id() < b.second->id();
        });
        flows.clear();
        for (const auto &[length, flow] : keyed)
            flows.push_back(flow);
        return flows;
    };
    const std::unordered_set<const FlowItem *> waiting(pending.begin(), pending.end());

    if (m_labelSpace && !m_labelSpace->worn()
        && pending.size() * kIncrementalShare < m_flows.size()) {
        // An edit: what it changed is filed anew; the pending labels are placed, and those that
        // the covered area or the pending flows' new arrow heads and markers (or a label the
        // user moved) now hide move too, in order (of two that overlap, the first).
        FlowLabelSpace &space = *m_labelSpace;
        for (const QGraphicsItem *node : moved)
            fileLabelObstacles(node);
        std::vector<QRectF> changed;
        if (!covered.isNull())
            changed.push_back(covered);
        for (FlowItem *flow : pending) {
            fileLabelObstacles(flow);
            for (const QRectF &mark : flow->markRects())
                changed.push_back(mark);
            if (flow->labelPosition() && flow->hasLabel()) {
                space.addLabel(flow);
                changed.push_back(flow->labelRect());
            }
        }
        std::vector<FlowItem *> hidden;
        for (const QRectF &area : changed)
            for (const FlowItem *label : space.labelsIn(area))
                if (!waiting.count(label) && !label->labelPosition())
                    hidden.push_back(m_flows.at(label->id()));
        std::sort(hidden.begin(), hidden.end());
        hidden.erase(std::unique(hidden.begin(), hidden.end()), hidden.end());
        for (FlowItem *flow : inOrder(hidden)) {
            if (space.blocked(flow->labelRect(), flow)) {
                space.removeLabel(flow);
                pending.push_back(flow);
            }
        }
        for (FlowItem *flow : inOrder(pending)) {
            if (flow->labelPosition())
                continue; // the user's
            placeLabelOf(flow, space);
            space.addLabel(flow);
        }
        return;
    }

    // The whole diagram: a new grid, and every label checked.
    std::vector<FlowItem *> flows;
    QRectF bounds;
    for (const auto &[id, element] : m_elements)
        bounds |= QRectF(element->pos(), element->size());
    for (const auto &[id, flow] : m_flows) {
        flows.push_back(flow);
        if (flow->isVisible())
            bounds |= flow->boundingRect();
    }
    flows = inOrder(std::move(flows));
    m_labelSpace = std::make_unique<FlowLabelSpace>(bounds.adjusted(-400, -400, 400, 400));
    FlowLabelSpace &space = *m_labelSpace;
    for (const auto &[id, element] : m_elements)
        fileLabelObstacles(element);
    for (const auto &[id, zone] : m_zones)
        fileLabelObstacles(zone);
    for (const auto &[id, flow] : m_flows)
        fileLabelObstacles(flow);
    for (const FlowItem *flow : flows)
        if (flow->labelPosition() || !waiting.count(flow))
            space.addLabel(flow);
    // Labels that something now covers move too; of two that overlap, the first in order.
    std::vector<FlowItem *> toPlace;
    for (FlowItem *flow : flows) {
        if (flow->labelPosition())
            continue; // the user's
        if (waiting.count(flow)) {
            toPlace.push_back(flow);
        } else if (space.blocked(flow->labelRect(), flow)) {
            space.removeLabel(flow);
            toPlace.push_back(flow);
        }
    }
    for (FlowItem *flow : toPlace) {
        placeLabelOf(flow, space);
        space.addLabel(flow);
    }
}

// ---------------------------------------------------------------- printing

DiagramScene::PrintScope::PrintScope(DiagramScene &scene, bool badges) : m_scene(scene)
{
    ++m_scene.m_printing;
    for (QGraphicsItem *item : m_scene.items()) {
        const bool decoration = item->type() == EditHandle::Type
                                || item == m_scene.m_rubberLine || item == m_scene.m_rubberRect
                                || item == m_scene.m_targetMark
                                || item->type() == ChangeTagItem::Type
                                || item->type() == RemovedGhostItem::Type
                                || (!badges && item->type() == ThreatBadgeItem::Type);
        if (decoration && item->isVisible()) {
            item->hide();
            m_hidden.push_back(item);
        }
    }
}

DiagramScene::PrintScope::~PrintScope()
{
    for (QGraphicsItem *item : m_hidden)
        item->show();
    if (--m_scene.m_printing == 0)
        m_scene.m_labelsLeftOut.clear();
}

void DiagramScene::setLabelsLeftOut(std::vector<const FlowItem *> flows)
{
    std::sort(flows.begin(), flows.end());
    m_labelsLeftOut = std::move(flows);
}

bool DiagramScene::leavesOutLabel(const FlowItem *flow) const
{
    return isPrinting()
           && std::binary_search(m_labelsLeftOut.begin(), m_labelsLeftOut.end(), flow);
}

QRectF DiagramScene::printRect() const
{
    QRectF rect;
    const auto include = [&rect](const QGraphicsItem *item) {
        rect |= item->sceneBoundingRect();
        for (const QGraphicsItem *child : item->childItems())
            if (child->isVisible())
                rect |= child->sceneBoundingRect();
    };
    for (const auto &[id, zone] : m_zones)
        include(zone);
    for (const auto &[id, element] : m_elements)
        include(element);
    for (const auto &[id, flow] : m_flows)
        if (flow->isVisible())
            include(flow);
    return rect;
}

// ---------------------------------------------------------------- document signals

void DiagramScene::onElementChanged(const Id &id)
{
    LabelBatch batch(this);
    if (ElementItem *item = elementItem(id)) {
        item->refresh(m_document->model());
        refreshFlowsOf(id);
    }
}

void DiagramScene::onBoundaryChanged(const Id &id)
{
    LabelBatch batch(this);
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
        if (item == m_rubberLine || item == m_rubberRect || item == m_targetMark
            || item->type() == RemovedGhostItem::Type)
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
        if (item == m_rubberLine || item == m_rubberRect || item == m_targetMark
            || item->type() == RemovedGhostItem::Type)
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
    LabelBatch batch(this); // a drag moves many nodes: their labels are placed once
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
