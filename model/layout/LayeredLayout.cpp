#include "model/AutoLayout.h"
#include "model/layout/LayoutGraph.h"

// A layered, zone-aware ("compound") layout. The zone tree is laid out bottom-up: inside each
// zone (and at the top level) the children are the zone's direct member elements plus its child
// zones, each child zone treated as one block of the size its own layout came to. Flows are
// collapsed onto those children at the innermost zone that holds both endpoints, so every flow
// shapes exactly one local layout and the whole pass stays linear in the model's size.
//
// A local layout is Sugiyama-style: depth-first search finds back edges (cycles are broken by
// reading them reversed), the DFS finish order gives a topological order, nodes go to their
// longest-path layer (columns, so flows read left to right), a few barycenter sweeps order each
// column, layers of more than a dozen nodes wrap into sub-columns, and the run of columns is
// folded into bands stacked top to bottom where that brings the content nearer to 16:10.

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/depth_first_search.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <utility>
#include <vector>

namespace vigil::layout {

namespace {

constexpr double kGapX = 80;           // between columns: room for flow lines and their labels
constexpr double kGapY = 40;           // between nodes in one column
constexpr double kBandGap = 80;        // between bands of folded columns
constexpr double kZonePadding = 24;    // between a zone's border and what it holds
constexpr double kZoneLabelHeight = 28; // above the content, for the zone's name
constexpr double kAspect = 16.0 / 10.0;
constexpr size_t kMaxNodesPerColumn = 12; // taller layers wrap into sub-columns
constexpr size_t kMinColumnsPerBand = 8;  // no band is narrower than this many columns
constexpr int kOrderingSweeps = 2;

struct Size {
    double width = 0;
    double height = 0;
};

struct LocalEdge {
    size_t from = 0;
    size_t to = 0;
};

// The result of laying out one container: a position per child, relative to the top left
// of the container's content area, and the content's extent.
struct LocalLayout {
    std::vector<Point> positions;
    Size extent;
};

using DfsGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS,
                                       boost::no_property,
                                       boost::property<boost::edge_index_t, size_t>>;

// Records back edges (to be read reversed) and the finish order of a depth-first search.
struct CycleBreaker : boost::default_dfs_visitor {
    std::vector<char> *reversed = nullptr;
    std::vector<size_t> *finished = nullptr;
    void back_edge(DfsGraph::edge_descriptor edge, const DfsGraph &graph) const
    {
        (*reversed)[boost::get(boost::edge_index, graph, edge)] = 1;
    }
    void finish_vertex(DfsGraph::vertex_descriptor vertex, const DfsGraph &) const
    {
        finished->push_back(vertex);
    }
};

// Layer (column) of every node: longest path from the sources of the acyclic graph obtained
// by reversing back edges, with sources pulled right next to their first successor.
std::vector<size_t> assignLayers(size_t count, const std::vector<LocalEdge> &edges,
                                 std::vector<std::vector<size_t>> &predecessors,
                                 std::vector<std::vector<size_t>> &successors,
                                 std::vector<size_t> &topologicalOrder)
{
    DfsGraph graph(count);
    for (size_t i = 0; i < edges.size(); ++i)
        boost::add_edge(edges[i].from, edges[i].to, i, graph);
    std::vector<char> reversed(edges.size(), 0);
    std::vector<size_t> finished;
    finished.reserve(count);
    CycleBreaker visitor;
    visitor.reversed = &reversed;
    visitor.finished = &finished;
    std::vector<boost::default_color_type> colors(count);
    boost::depth_first_search(graph, boost::visitor(visitor).color_map(
                                         boost::make_iterator_property_map(
                                             colors.begin(),
                                             boost::get(boost::vertex_index, graph))));

    // Reverse finish order is a topological order once back edges are read reversed.
    topologicalOrder.assign(finished.rbegin(), finished.rend());
    predecessors.assign(count, {});
    successors.assign(count, {});
    for (size_t i = 0; i < edges.size(); ++i) {
        size_t from = edges[i].from;
        size_t to = edges[i].to;
        if (reversed[i])
            std::swap(from, to);
        successors[from].push_back(to);
        predecessors[to].push_back(from);
    }

    std::vector<size_t> layer(count, 0);
    for (size_t node : topologicalOrder)
        for (size_t next : successors[node])
            layer[next] = std::max(layer[next], layer[node] + 1);
    for (size_t node = 0; node < count; ++node) {
        if (!predecessors[node].empty() || successors[node].empty())
            continue;
        size_t nearest = std::numeric_limits<size_t>::max();
        for (size_t next : successors[node])
            nearest = std::min(nearest, layer[next]);
        layer[node] = nearest - 1;
    }
    return layer;
}

// Orders each layer by the barycenter of its neighbours' relative positions, sweeping left to
// right (by predecessors) and back (by successors).
void orderLayers(std::vector<std::vector<size_t>> &layers,
                 const std::vector<std::vector<size_t>> &predecessors,
                 const std::vector<std::vector<size_t>> &successors, size_t count)
{
    std::vector<double> position(count, 0);
    auto recordPositions = [&](const std::vector<size_t> &column) {
        for (size_t i = 0; i < column.size(); ++i)
            position[column[i]] = (static_cast<double>(i) + 0.5)
                                  / static_cast<double>(column.size());
    };
    for (const auto &column : layers)
        recordPositions(column);

    std::vector<double> key(count, 0);
    auto sweep = [&](std::vector<size_t> &column,
                     const std::vector<std::vector<size_t>> &neighbours) {
        for (size_t node : column) {
            const auto &around = neighbours[node];
            if (around.empty()) {
                key[node] = position[node];
                continue;
            }
            double sum = 0;
            for (size_t other : around)
                sum += position[other];
            key[node] = sum / static_cast<double>(around.size());
        }
        std::stable_sort(column.begin(), column.end(),
                         [&](size_t a, size_t b) { return key[a] < key[b]; });
        recordPositions(column);
    };
    for (int round = 0; round < kOrderingSweeps; ++round) {
        for (size_t i = 1; i < layers.size(); ++i)
            sweep(layers[i], predecessors);
        for (size_t i = layers.size(); i-- > 1;)
            sweep(layers[i - 1], successors);
    }
}

struct Column {
    std::vector<size_t> nodes;
    double width = 0;
    double height = 0;
};

struct Band {
    size_t first = 0; // index of its first column
    size_t last = 0;  // one past its last column
};

// Greedy fold: a band takes columns until the next would make it wider than `limit`.
std::vector<Band> foldAt(const std::vector<Column> &columns, double limit, Size &extent)
{
    std::vector<Band> bands;
    extent = {};
    Band band;
    double width = 0;
    double height = 0;
    auto close = [&] {
        bands.push_back(band);
        extent.width = std::max(extent.width, width);
        extent.height += (bands.size() > 1 ? kBandGap : 0) + height;
    };
    for (size_t i = 0; i < columns.size(); ++i) {
        const double grown = i == band.first ? columns[i].width
                                             : width + kGapX + columns[i].width;
        if (i != band.first && grown > limit) {
            close();
            band = Band{i, i};
            width = columns[i].width;
            height = 0;
        } else {
            width = grown;
        }
        height = std::max(height, columns[i].height);
        band.last = i + 1;
    }
    close();
    return bands;
}

// Tries band widths at the column boundaries (sampled when there are very many) and keeps
// the fold whose extent is closest to 16:10.
std::vector<Band> foldIntoBands(const std::vector<Column> &columns, double minWidth)
{
    constexpr size_t kMaxCandidates = 256;
    std::vector<double> limits;
    double prefix = -kGapX;
    for (const Column &column : columns) {
        prefix += kGapX + column.width;
        if (prefix >= minWidth)
            limits.push_back(prefix);
    }
    if (limits.empty())
        limits.push_back(prefix);
    const size_t stride = (limits.size() + kMaxCandidates - 1) / kMaxCandidates;

    std::vector<Band> best;
    double bestScore = std::numeric_limits<double>::max();
    for (size_t i = limits.size(); i-- > 0;) {
        if (i % stride != 0 && i + 1 != limits.size())
            continue;
        Size extent;
        std::vector<Band> bands = foldAt(columns, limits[i], extent);
        const double score = std::abs(std::log(extent.width / extent.height / kAspect));
        if (score < bestScore) {
            bestScore = score;
            best = std::move(bands);
        }
    }
    return best;
}

LocalLayout layoutContainer(const std::vector<Size> &sizes, const std::vector<LocalEdge> &edges)
{
    const size_t count = sizes.size();
    LocalLayout result;
    result.positions.resize(count);
    if (count == 0)
        return result;

    std::vector<std::vector<size_t>> predecessors;
    std::vector<std::vector<size_t>> successors;
    std::vector<size_t> topologicalOrder;
    const std::vector<size_t> layer =
        assignLayers(count, edges, predecessors, successors, topologicalOrder);

    size_t layerCount = 0;
    for (size_t value : layer)
        layerCount = std::max(layerCount, value + 1);
    std::vector<std::vector<size_t>> layers(layerCount);
    for (size_t node : topologicalOrder)
        layers[layer[node]].push_back(node);
    std::erase_if(layers, [](const std::vector<size_t> &column) { return column.empty(); });
    orderLayers(layers, predecessors, successors, count);

    double widest = 0;
    for (const Size &size : sizes)
        widest = std::max(widest, size.width);
    // A zone taller than this gets a column of its own.
    const double maxColumnHeight =
        static_cast<double>(kMaxNodesPerColumn) * (kElementHeight + kGapY) - kGapY;

    // Wrap tall layers into sub-columns of about equal height, top to bottom, then left to
    // right, so that a layer of 13 becomes 7 + 6 rather than 12 + 1.
    std::vector<Column> columns;
    for (const auto &nodes : layers) {
        double total = -kGapY;
        for (size_t node : nodes)
            total += sizes[node].height + kGapY;
        const double parts = std::ceil(total / maxColumnHeight);
        const double target = total / parts;
        Column current;
        for (size_t node : nodes) {
            const Size &size = sizes[node];
            current.height = current.nodes.empty() ? size.height
                                                   : current.height + kGapY + size.height;
            current.width = std::max(current.width, size.width);
            current.nodes.push_back(node);
            if (current.height >= target - kGapY) {
                columns.push_back(std::move(current));
                current = Column{};
            }
        }
        if (!current.nodes.empty())
            columns.push_back(std::move(current));
    }

    // Fold the run of columns into bands (rows of columns, stacked top to bottom) when that
    // brings the content closer to 16:10; never narrower than a few columns, so small
    // diagrams stay one left-to-right row.
    const double minBandWidth =
        std::max(static_cast<double>(kMinColumnsPerBand) * (kElementWidth + kGapX) - kGapX,
                 widest);
    const std::vector<Band> bands = foldIntoBands(columns, minBandWidth);

    double top = 0;
    for (const auto &[first, last] : bands) {
        double bandHeight = 0;
        for (size_t i = first; i < last; ++i)
            bandHeight = std::max(bandHeight, columns[i].height);
        double left = 0;
        for (size_t i = first; i < last; ++i) {
            const Column &column = columns[i];
            double y = top + std::floor((bandHeight - column.height) / 2);
            for (size_t node : column.nodes) {
                const Size &size = sizes[node];
                result.positions[node] = {left + std::floor((column.width - size.width) / 2), y};
                y += size.height + kGapY;
            }
            left += column.width + kGapX;
        }
        result.extent.width = std::max(result.extent.width, left - kGapX);
        top += bandHeight + kBandGap;
    }
    result.extent.height = top - kBandGap;
    return result;
}

} // namespace

LayoutPlan layeredLayout(const LayoutGraph &graph)
{
    // Nodes: elements 0..E-1, then zones E..E+Z-1. Containers: zones 0..Z-1, top level Z.
    const size_t elementCount = graph.elementCount();
    const size_t zoneCount = graph.zoneCount();
    const size_t topLevel = graph.topLevel();
    const std::vector<size_t> &containerOfElement = graph.containerOfElement;
    const std::vector<size_t> &parentOfZone = graph.parentOfZone;

    std::vector<size_t> depth(zoneCount + 1, 0); // the top level has depth 0
    auto depthOf = [&](auto &self, size_t container) -> size_t {
        if (container == topLevel)
            return 0;
        if (depth[container] == 0)
            depth[container] = self(self, parentOfZone[container]) + 1;
        return depth[container];
    };
    for (size_t z = 0; z < zoneCount; ++z)
        depthOf(depthOf, z);

    // Children of each container, and each node's index among its container's children.
    const size_t nodeCount = elementCount + zoneCount;
    std::vector<std::vector<size_t>> children(zoneCount + 1);
    std::vector<size_t> localIndex(nodeCount, 0);
    auto containerOfNode = [&](size_t node) {
        return node < elementCount ? containerOfElement[node] : parentOfZone[node - elementCount];
    };
    for (size_t node = 0; node < nodeCount; ++node) {
        auto &siblings = children[containerOfNode(node)];
        localIndex[node] = siblings.size();
        siblings.push_back(node);
    }

    // Each flow becomes one edge between the children of the innermost container holding both
    // of its endpoints.
    std::vector<std::vector<LocalEdge>> edges(zoneCount + 1);
    for (auto [from, to] : graph.flows) {
        size_t fromContainer = containerOfNode(from);
        size_t toContainer = containerOfNode(to);
        auto lift = [&](size_t &node, size_t &container) {
            node = elementCount + container;
            container = parentOfZone[container];
        };
        while (depth[fromContainer] > depth[toContainer])
            lift(from, fromContainer);
        while (depth[toContainer] > depth[fromContainer])
            lift(to, toContainer);
        while (fromContainer != toContainer) {
            lift(from, fromContainer);
            lift(to, toContainer);
        }
        if (from != to)
            edges[fromContainer].push_back({localIndex[from], localIndex[to]});
    }

    // Bottom-up: deepest zones first, so every zone's size is known before its parent's turn.
    std::vector<size_t> order(zoneCount);
    for (size_t z = 0; z < zoneCount; ++z)
        order[z] = z;
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return depth[a] > depth[b]; });
    order.push_back(topLevel);

    std::vector<Size> nodeSize(nodeCount, Size{kElementWidth, kElementHeight});
    std::vector<LocalLayout> local(zoneCount + 1);
    for (size_t container : order) {
        std::vector<Size> sizes;
        sizes.reserve(children[container].size());
        for (size_t node : children[container])
            sizes.push_back(nodeSize[node]);
        local[container] = layoutContainer(sizes, edges[container]);
        if (container == topLevel)
            continue;
        Size content = local[container].extent;
        if (children[container].empty())
            content = {kElementWidth, kElementHeight / 2};
        nodeSize[elementCount + container] = {content.width + 2 * kZonePadding,
                                              content.height + kZoneLabelHeight
                                                  + 2 * kZonePadding};
    }

    // Top-down: absolute positions, parents before their children.
    std::vector<Point> origin(zoneCount + 1); // top left of each container's content area
    std::vector<Rect> rects(nodeCount);
    for (size_t i = order.size(); i-- > 0;) {
        const size_t container = order[i];
        const auto &members = children[container];
        for (size_t k = 0; k < members.size(); ++k) {
            const size_t node = members[k];
            const Point at = local[container].positions[k];
            const Size size = nodeSize[node];
            rects[node] = {origin[container].x + at.x, origin[container].y + at.y, size.width,
                           size.height};
            if (node >= elementCount)
                origin[node - elementCount] = {rects[node].x + kZonePadding,
                                               rects[node].y + kZoneLabelHeight + kZonePadding};
        }
    }

    LayoutPlan plan;
    plan.rects = std::move(rects);
    plan.bends.assign(graph.flows.size(), {});
    return plan;
}

} // namespace vigil::layout
