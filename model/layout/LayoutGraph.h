#pragma once

// What the two auto-layouts share: the model reduced to numbered elements, zones and flows, and
// the rectangles and bends a layout gives back. Internal to model/; AutoLayout.h is the API.

#include "model/Types.h"

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace vigil::layout {

// Elements are numbered 0..E-1 and zones 0..Z-1; a container is a zone index, or Z for the
// diagram's top level. Every element is kElementWidth x kElementHeight.
struct LayoutGraph {
    std::vector<size_t> containerOfElement; // innermost zone of each element, or Z
    std::vector<size_t> parentOfZone;       // enclosing zone of each zone, or Z
    std::vector<std::pair<size_t, size_t>> flows; // source and target element of each flow
    std::vector<std::string> zoneNames;     // drawn at a zone's top left, so it needs room

    size_t elementCount() const { return containerOfElement.size(); }
    size_t zoneCount() const { return parentOfZone.size(); }
    size_t topLevel() const { return parentOfZone.size(); }
};

// Rectangles of elements 0..E-1 then zones E..E+Z-1, and the bend points of each flow (empty
// for a straight line from centre to centre).
struct LayoutPlan {
    std::vector<Rect> rects;
    std::vector<std::vector<Point>> bends;
};

// Our own zone-aware layered layout: linear in the model's size, flows drawn straight.
LayoutPlan layeredLayout(const LayoutGraph &graph);

// Graphviz dot with zones as clusters and flows routed around elements and foreign zones,
// flows reading left to right, or top to bottom when `topToBottom`.
// Empty when Graphviz fails; `error` then says why.
std::optional<LayoutPlan> graphvizLayout(const LayoutGraph &graph, bool topToBottom,
                                         std::string &error);

// Gives every flow drawn over an element that is not its end, or over a zone that holds neither
// end, the shortest route around them. Costs about (elements + zones)^2 per such flow.
void routeAroundObstacles(const LayoutGraph &graph, LayoutPlan &plan);

// Width over height of the drawing.
double aspectOf(const LayoutPlan &plan);

} // namespace vigil::layout
