#include "model/AutoLayout.h"

#include "model/layout/LayoutGraph.h"

#include <cmath>
#include <unordered_map>

namespace vigil {

namespace {

// The model as the layouts see it, in the order of model.elements(), boundaries() and flows().
layout::LayoutGraph layoutGraphOf(const std::vector<const Element *> &elements,
                                  const std::vector<const TrustBoundary *> &zones,
                                  const std::vector<const Flow *> &flows)
{
    std::unordered_map<Id, size_t> elementIndex;
    elementIndex.reserve(elements.size());
    for (size_t i = 0; i < elements.size(); ++i)
        elementIndex.emplace(elements[i]->id, i);
    std::unordered_map<Id, size_t> zoneIndex;
    zoneIndex.reserve(zones.size());
    for (size_t z = 0; z < zones.size(); ++z)
        zoneIndex.emplace(zones[z]->id, z);

    layout::LayoutGraph graph;
    graph.containerOfElement.assign(elements.size(), zones.size());
    graph.parentOfZone.assign(zones.size(), zones.size());
    for (size_t z = 0; z < zones.size(); ++z) {
        if (!zones[z]->parent.empty())
            graph.parentOfZone[z] = zoneIndex.at(zones[z]->parent);
        for (const Id &member : zones[z]->members)
            graph.containerOfElement[elementIndex.at(member)] = z;
        graph.zoneNames.push_back(zones[z]->name);
    }
    graph.flows.reserve(flows.size());
    for (const Flow *flow : flows)
        graph.flows.emplace_back(elementIndex.at(flow->source), elementIndex.at(flow->target));
    return graph;
}

// Graphviz routes flows around elements and foreign zones, which our layered layout does not,
// but its cost grows far faster than linearly: it takes about a second at this size and
// minutes at the 10,000 elements we benchmark with.
bool suitsGraphviz(const layout::LayoutGraph &graph)
{
    return graph.elementCount() + graph.zoneCount() <= kGraphvizLayoutLimit
           && graph.flows.size() <= 2 * kGraphvizLayoutLimit;
}

// How far a drawing's shape is from 16:10, the screens it is read on (0 = exactly).
double misfit(const layout::LayoutPlan &plan)
{
    return std::abs(std::log(layout::aspectOf(plan) / (16.0 / 10.0)));
}

// Whether the drawing's width over height lies in [1 / tallest, widest].
bool shapedWithin(const layout::LayoutPlan &plan, double tallest, double widest)
{
    const double aspect = layout::aspectOf(plan);
    return aspect <= widest && aspect >= 1 / tallest;
}

// Graphviz lays a model out left to right; one whose zones stack into a tall strip may read
// better top to bottom: that is tried when the drawing is more than 1.6 times as tall as wide,
// and the nearer to 16:10 kept. Graphviz cannot fold a long run of columns nor wrap a tall one, as our layered layout
// does, but it routes flows around what they must not cross, which matters more on a
// trust-boundary diagram: only a drawing more than 6 times as wide as tall, or 4 times as tall
// as wide, gives way to ours (when ours is nearer 16:10).
std::optional<layout::LayoutPlan> graphvizPlan(const layout::LayoutGraph &graph)
{
    std::string error; // a Graphviz failure leaves the model to our own layout
    std::optional<layout::LayoutPlan> plan = layout::graphvizLayout(graph, false, error);
    if (!plan)
        return std::nullopt;
    if (layout::aspectOf(*plan) < 1 / 1.6) {
        std::optional<layout::LayoutPlan> turned = layout::graphvizLayout(graph, true, error);
        if (turned && misfit(*turned) < misfit(*plan))
            plan = std::move(turned);
    }
    if (!shapedWithin(*plan, 4, 6) && misfit(layout::layeredLayout(graph)) < misfit(*plan))
        return std::nullopt;
    layout::routeAroundObstacles(graph, *plan);
    return plan;
}

} // namespace

void layoutDiagram(ThreatModel &model, const Id &diagramId)
{
    const Diagram *diagram = model.diagram(diagramId);
    if (!diagram)
        throw ModelError("no diagram with id \"" + diagramId + "\"");
    const auto elements = model.elements();
    const auto zones = model.boundaries();
    const auto flows = model.flows();
    const layout::LayoutGraph graph = layoutGraphOf(elements, zones, flows);

    std::optional<layout::LayoutPlan> plan;
    if (suitsGraphviz(graph))
        plan = graphvizPlan(graph);
    if (!plan)
        plan = layout::layeredLayout(graph);

    // Write only what changed, so the journal names exactly the rectangles that moved.
    // (Edits to the diagram's maps leave the Diagram itself, and other entries, in place.)
    const auto &previousNodes = diagram->nodes;
    const auto &previousFlows = diagram->flows;
    auto place = [&](const Id &id, const Rect &rect) {
        auto it = previousNodes.find(id);
        if (it == previousNodes.end() || !(it->second == rect))
            model.setNodeRect(diagramId, id, rect);
    };
    for (size_t i = 0; i < elements.size(); ++i)
        place(elements[i]->id, plan->rects[i]);
    for (size_t z = 0; z < zones.size(); ++z)
        place(zones[z]->id, plan->rects[elements.size() + z]);
    for (size_t f = 0; f < flows.size(); ++f) {
        FlowLayout routed;
        routed.bends = std::move(plan->bends[f]);
        auto it = previousFlows.find(flows[f]->id);
        if (it == previousFlows.end() || !(it->second == routed))
            model.setFlowLayout(diagramId, flows[f]->id, routed);
    }
}

} // namespace vigil
