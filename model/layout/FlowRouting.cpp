// Routes flows around what they must not pass over. Graphviz keeps flows off elements, but a
// flow between neighbouring columns may still cut across a zone that lies between them; on a
// trust-boundary diagram that reads as a crossing that is not there.
//
// A flow that passes over an obstacle, or leaves and re-enters a zone that holds one of its
// ends, gets the shortest polyline from centre to centre that
// keeps a clearance from every obstacle, found by A* over the obstacles' corners (a visibility
// graph searched lazily: only the corners the search reaches are tested for sight lines).

#include "model/layout/LayoutGraph.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <queue>
#include <vector>

namespace vigil::layout {

namespace {

constexpr double kClearance = 12; // between a re-routed flow and what it goes around
constexpr double kLaneGap = 16;   // between re-routed flows that join the same two elements

Rect grown(const Rect &rect, double by)
{
    return {rect.x - by, rect.y - by, rect.width + 2 * by, rect.height + 2 * by};
}

Point centre(const Rect &rect)
{
    return {rect.x + rect.width / 2, rect.y + rect.height / 2};
}

bool strictlyInside(const Point &at, const Rect &rect)
{
    return at.x > rect.x && at.x < rect.x + rect.width && at.y > rect.y
           && at.y < rect.y + rect.height;
}

// Whether the segment from a to b passes through the inside of `rect` (touching its border or
// running along it does not count): Liang-Barsky clipping.
bool entersRect(const Point &a, const Point &b, const Rect &rect)
{
    constexpr double kTolerance = 1e-6;
    const double left = rect.x + kTolerance;
    const double right = rect.x + rect.width - kTolerance;
    const double top = rect.y + kTolerance;
    const double bottom = rect.y + rect.height - kTolerance;
    if (std::max(a.x, b.x) <= left || std::min(a.x, b.x) >= right
        || std::max(a.y, b.y) <= top || std::min(a.y, b.y) >= bottom)
        return false;
    const double dx = b.x - a.x;
    const double dy = b.y - a.y;
    double enter = 0;
    double leave = 1;
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {a.x - left, right - a.x, a.y - top, bottom - a.y};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] <= 0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            enter = std::max(enter, t);
        else
            leave = std::min(leave, t);
        if (enter >= leave)
            return false;
    }
    return true;
}

bool blocked(const Point &a, const Point &b, const std::vector<Rect> &obstacles)
{
    return std::any_of(obstacles.begin(), obstacles.end(),
                       [&](const Rect &rect) { return entersRect(a, b, rect); });
}

double distance(const Point &a, const Point &b)
{
    return std::hypot(a.x - b.x, a.y - b.y);
}

// The corners of the shortest path from `from` to `to` that enters no obstacle, or nothing
// when there is none. Corners inside another obstacle are no way through.
std::optional<std::vector<Point>> shortestPathAround(const Point &from, const Point &to,
                                                     const std::vector<Rect> &obstacles)
{
    std::vector<Point> vertices{from, to};
    for (const Rect &rect : obstacles)
        for (const Point &corner : {Point{rect.x, rect.y}, Point{rect.x + rect.width, rect.y},
                                    Point{rect.x, rect.y + rect.height},
                                    Point{rect.x + rect.width, rect.y + rect.height}})
            if (std::none_of(obstacles.begin(), obstacles.end(),
                             [&](const Rect &other) { return strictlyInside(corner, other); }))
                vertices.push_back(corner);

    const size_t count = vertices.size();
    constexpr double kUnreached = std::numeric_limits<double>::infinity();
    std::vector<double> cost(count, kUnreached);
    std::vector<size_t> previous(count, count);
    std::vector<char> settled(count, 0);
    using Entry = std::pair<double, size_t>; // estimated total length, vertex
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> open;
    cost[0] = 0;
    open.emplace(distance(from, to), 0);
    while (!open.empty()) {
        const size_t at = open.top().second;
        open.pop();
        if (settled[at])
            continue;
        settled[at] = 1;
        if (at == 1)
            break;
        for (size_t next = 1; next < count; ++next) {
            if (settled[next])
                continue;
            const double length = cost[at] + distance(vertices[at], vertices[next]);
            if (length >= cost[next] || blocked(vertices[at], vertices[next], obstacles))
                continue;
            cost[next] = length;
            previous[next] = at;
            open.emplace(length + distance(vertices[next], to), next);
        }
    }
    if (!settled[1])
        return std::nullopt;
    std::vector<Point> corners;
    for (size_t at = previous[1]; at != 0; at = previous[at])
        corners.push_back(vertices[at]);
    std::reverse(corners.begin(), corners.end());
    return corners;
}

// Something a flow must not pass over, and the zone it lies in (the whole drawing at the top
// level): a route around it must not leave that zone, which holds an end of the flow.
struct Obstacle {
    Rect rect;
    std::optional<Rect> within;
};

// `rect` grown by `by` on every side, but kept a little inside `within`.
Rect grownWithin(const Rect &rect, double by, const std::optional<Rect> &within)
{
    constexpr double kInset = 4; // a route squeezed past stays visibly inside the zone
    Rect wide = grown(rect, by);
    if (!within)
        return wide;
    const double left = std::max(wide.x, std::min(rect.x, within->x + kInset));
    const double top = std::max(wide.y, std::min(rect.y, within->y + kInset));
    const double right = std::min(wide.x + wide.width,
                                  std::max(rect.x + rect.width, within->x + within->width - kInset));
    const double bottom = std::min(wide.y + wide.height, std::max(rect.y + rect.height,
                                                                 within->y + within->height - kInset));
    return {left, top, right - left, bottom - top};
}

// What a flow must not pass over: every element but its ends, and every zone that holds
// neither end (the outermost one only: it covers what it holds).
std::vector<Obstacle> obstaclesOf(const LayoutGraph &graph, const LayoutPlan &plan,
                                  size_t source, size_t target)
{
    const size_t top = graph.topLevel();
    std::vector<char> holdsAnEnd(graph.zoneCount() + 1, 0);
    holdsAnEnd[top] = 1;
    for (const size_t end : {source, target})
        for (size_t zone = graph.containerOfElement[end]; zone != top;
             zone = graph.parentOfZone[zone])
            holdsAnEnd[zone] = 1;
    auto zoneRect = [&](size_t zone) -> std::optional<Rect> {
        if (zone == top)
            return std::nullopt;
        return plan.rects[graph.elementCount() + zone];
    };
    std::vector<Obstacle> obstacles;
    for (size_t element = 0; element < graph.elementCount(); ++element) {
        const size_t zone = graph.containerOfElement[element];
        if (element != source && element != target && holdsAnEnd[zone])
            obstacles.push_back({plan.rects[element], zoneRect(zone)});
    }
    for (size_t zone = 0; zone < graph.zoneCount(); ++zone) {
        const size_t parent = graph.parentOfZone[zone];
        if (!holdsAnEnd[zone] && holdsAnEnd[parent])
            obstacles.push_back({plan.rects[graph.elementCount() + zone], zoneRect(parent)});
    }
    return obstacles;
}

// Whether `line` crosses the border of every zone that holds an end of the flow as a reader
// expects: never for a zone that holds both ends, once for a zone that holds one.
bool crossesEndZonesOnce(const LayoutGraph &graph, const LayoutPlan &plan,
                         const std::vector<Point> &line, size_t source, size_t target)
{
    const size_t top = graph.topLevel();
    std::vector<char> ends(graph.zoneCount(), 0); // zones holding the source (1), target (2)
    for (size_t zone = graph.containerOfElement[source]; zone != top;
         zone = graph.parentOfZone[zone])
        ends[zone] |= 1;
    for (size_t zone = graph.containerOfElement[target]; zone != top;
         zone = graph.parentOfZone[zone])
        ends[zone] |= 2;
    for (size_t zone = 0; zone < graph.zoneCount(); ++zone) {
        if (!ends[zone])
            continue;
        const Rect &rect = plan.rects[graph.elementCount() + zone];
        int changes = 0;
        for (size_t i = 0; i + 1 < line.size(); ++i) {
            const bool from = strictlyInside(line[i], rect);
            const bool to = strictlyInside(line[i + 1], rect);
            changes += from != to ? 1 : 0;
            if (!from && !to && entersRect(line[i], line[i + 1], rect))
                return false; // out and back in along one segment
        }
        if (changes != (ends[zone] == 3 ? 0 : 1))
            return false;
    }
    return true;
}

} // namespace

void routeAroundObstacles(const LayoutGraph &graph, LayoutPlan &plan)
{
    std::map<std::pair<size_t, size_t>, int> routedBetween; // by the pair of ends, either way
    for (size_t f = 0; f < graph.flows.size(); ++f) {
        const auto [source, target] = graph.flows[f];
        if (source == target)
            continue;
        const Point from = centre(plan.rects[source]);
        const Point to = centre(plan.rects[target]);
        const std::vector<Obstacle> obstacles = obstaclesOf(graph, plan, source, target);
        std::vector<Rect> shapes;
        shapes.reserve(obstacles.size());
        for (const Obstacle &obstacle : obstacles)
            shapes.push_back(obstacle.rect);

        std::vector<Point> line{from};
        line.insert(line.end(), plan.bends[f].begin(), plan.bends[f].end());
        line.push_back(to);
        bool clear = crossesEndZonesOnce(graph, plan, line, source, target);
        for (size_t i = 0; i + 1 < line.size() && clear; ++i)
            clear = !blocked(line[i], line[i + 1], shapes);
        if (clear)
            continue;

        // Keep the clearance, except around an obstacle that an end would then lie in. Flows
        // between the same two elements keep wider and wider clearances, so that they run side
        // by side instead of on top of each other.
        const int lane = routedBetween[std::minmax(source, target)]++;
        const double clearance = kClearance + kLaneGap * lane;
        std::vector<Rect> margins;
        margins.reserve(obstacles.size());
        for (const Obstacle &obstacle : obstacles) {
            const Rect wide = grownWithin(obstacle.rect, clearance, obstacle.within);
            margins.push_back(strictlyInside(from, wide) || strictlyInside(to, wide) ? obstacle.rect
                                                                                     : wide);
        }
        if (auto corners = shortestPathAround(from, to, margins)) {
            for (Point &corner : *corners)
                corner = {std::round(corner.x), std::round(corner.y)};
            plan.bends[f] = std::move(*corners);
        }
    }
}

double aspectOf(const LayoutPlan &plan)
{
    double left = std::numeric_limits<double>::max();
    double top = left;
    double right = std::numeric_limits<double>::lowest();
    double bottom = right;
    for (const Rect &rect : plan.rects) {
        left = std::min(left, rect.x);
        top = std::min(top, rect.y);
        right = std::max(right, rect.x + rect.width);
        bottom = std::max(bottom, rect.y + rect.height);
    }
    return plan.rects.empty() || bottom <= top ? 1.0 : (right - left) / (bottom - top);
}

} // namespace vigil::layout
