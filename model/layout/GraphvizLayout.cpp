// Graphviz dot for small models: zones become clusters, flows are routed as polylines through
// the space between ranks, which keeps them off elements and out of zones they do not cross.
// Graphviz is a C library with global state (error handler, plugin tables), so one layout runs
// at a time.

#include "model/AutoLayout.h"
#include "model/layout/LayoutGraph.h"

// Graphviz's headers are C: their accessor macros cast the old way.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wold-style-cast"
#include <graphviz/gvc.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

extern "C" {
extern gvplugin_library_t gvplugin_dot_layout_LTX_library;
}

namespace vigil::layout {

namespace {

constexpr double kPointsPerInch = 72; // Graphviz sizes in inches, positions in points
constexpr double kRankGap = 130;      // between columns: room for a flow label
constexpr double kNodeGap = 40;       // between elements in one column
constexpr double kZoneMargin = 24;    // between a zone's border and what it holds
constexpr double kZoneTitlePoints = 18; // font size that reserves room for a zone's name
constexpr size_t kUnconnectedPerColumn = 12;

// The dot layout engine, linked in rather than found through Graphviz's plugin configuration,
// which a machine without the graphviz package may not have.
const lt_symlist_t kBuiltinPlugins[] = {
    {"gvplugin_dot_layout_LTX_library", &gvplugin_dot_layout_LTX_library},
    {nullptr, nullptr},
};

std::mutex graphvizMutex;
std::string *collectedErrors = nullptr; // where the error handler writes, under the mutex

int collectError(char *message)
{
    if (collectedErrors)
        collectedErrors->append(message);
    return 0;
}

// Object ids in creation order. Graphviz's own id discipline uses the address of each interned
// name as its id, and orders zones by id, so the same model could come out laid out one way or
// its mirror image depending on what the process had allocated before.
struct NameIds {
    std::map<std::string, IDTYPE, std::less<>> ids;
    std::map<IDTYPE, std::string> names;
    IDTYPE nextNamed = 2;     // even ids for named objects,
    IDTYPE nextAnonymous = 1; // odd ids for anonymous ones, as Graphviz's own scheme has it
};
NameIds *nameIds = nullptr; // of the layout running now, under the mutex

void *openIds(Agraph_t *, Agdisc_t *)
{
    return nameIds;
}

long mapId(void *state, int, char *name, IDTYPE *id, int create)
{
    auto *table = static_cast<NameIds *>(state);
    if (!name) {
        *id = table->nextAnonymous;
        table->nextAnonymous += 2;
        return 1;
    }
    if (auto found = table->ids.find(std::string_view(name)); found != table->ids.end()) {
        *id = found->second;
        return 1;
    }
    if (!create)
        return 0;
    *id = table->nextNamed;
    table->nextNamed += 2;
    table->ids.emplace(name, *id);
    table->names.emplace(*id, name);
    return 1;
}

long allocId(void *, int, IDTYPE)
{
    return 0; // callers may not choose ids
}

void freeId(void *, int, IDTYPE) {}

char *printId(void *state, int, IDTYPE id)
{
    auto *table = static_cast<NameIds *>(state);
    auto found = table->names.find(id);
    return found == table->names.end() ? nullptr : found->second.data();
}

void closeIds(void *) {}

void registerId(void *, int, void *) {}

Agiddisc_t creationOrderIds = {openIds, mapId, allocId, freeId, printId, closeIds, registerId};

// Graphviz's API takes char * for names and values it only reads.
char *text(const std::string &value)
{
    return const_cast<char *>(value.c_str());
}

void set(void *object, const std::string &name, const std::string &value)
{
    agsafeset(object, text(name), text(value), text(std::string()));
}

std::string inches(double points)
{
    return std::to_string(points / kPointsPerInch);
}

// ASCII text about as wide in Graphviz's estimate (half an em per "n") as `name` is in the
// zone title font: Graphviz then makes the zone wide enough for its name.
std::string titlePlaceholder(const std::string &name)
{
    constexpr double kTitleCharWidth = 7;   // zone title font, average Latin character
    constexpr double kTitleExtra = 28;      // title inset and padding
    double width = kTitleExtra;
    for (size_t i = 0; i < name.size(); ++i) {
        const auto byte = static_cast<unsigned char>(name[i]);
        if ((byte & 0xC0) == 0x80)
            continue; // continuation byte
        width += byte >= 0xE3 ? 2 * kTitleCharWidth : kTitleCharWidth; // CJK is double width
    }
    const auto count = static_cast<size_t>(std::ceil(width / (kZoneTitlePoints / 2)));
    return std::string(std::min<size_t>(count, 120), 'n');
}

// Closes a graph and its layout, and the context, however the layout ends.
struct Session {
    GVC_t *context = nullptr;
    Agraph_t *graph = nullptr;
    bool laidOut = false;
    agusererrf previousHandler = nullptr;
    agerrlevel_t previousLevel = AGWARN;

    ~Session()
    {
        if (laidOut)
            gvFreeLayout(context, graph);
        if (graph)
            agclose(graph);
        if (context)
            gvFreeContext(context);
        agseterrf(previousHandler);
        agseterr(previousLevel);
        collectedErrors = nullptr;
        nameIds = nullptr;
    }
};

bool collinear(const Point &a, const Point &b, const Point &c)
{
    const double cross = (b.x - a.x) * (c.y - b.y) - (b.y - a.y) * (c.x - b.x);
    return std::abs(cross) < 1.0;
}

} // namespace

std::optional<LayoutPlan> graphvizLayout(const LayoutGraph &input, bool topToBottom,
                                         std::string &error)
{
    const std::lock_guard lock(graphvizMutex);
    NameIds ids; // outlives the session, which closes the graph
    nameIds = &ids;
    Session session;
    std::string errors;
    collectedErrors = &errors;
    session.previousHandler = agseterrf(collectError);
    session.previousLevel = agseterr(AGERR); // warnings are about rendering, which we do not do

    session.context = gvContextPlugins(kBuiltinPlugins, 0);
    if (!session.context) {
        error = "Graphviz could not start";
        return std::nullopt;
    }
    Agdisc_t discipline = {&AgMemDisc, &creationOrderIds, &AgIoDisc};
    session.graph = agopen(text("vigil"), Agdirected, &discipline);
    Agraph_t *root = session.graph;
    set(root, "rankdir", topToBottom ? "TB" : "LR");
    set(root, "splines", "polyline");
    set(root, "ranksep", inches(kRankGap));
    set(root, "nodesep", inches(kNodeGap));
    set(root, "fontsize", std::to_string(kZoneTitlePoints));

    // Zones, parents before children: a zone's cluster lives in its parent's.
    const size_t zoneCount = input.zoneCount();
    std::vector<Agraph_t *> clusters(zoneCount, nullptr);
    auto clusterOf = [&](auto &self, size_t zone) -> Agraph_t * {
        if (zone == input.topLevel())
            return root;
        if (!clusters[zone]) {
            Agraph_t *parent = self(self, input.parentOfZone[zone]);
            clusters[zone] = agsubg(parent, text("cluster_" + std::to_string(zone)), 1);
            set(clusters[zone], "label", titlePlaceholder(input.zoneNames[zone]));
            set(clusters[zone], "labelloc", "t");
            set(clusters[zone], "labeljust", "l");
            set(clusters[zone], "margin", std::to_string(kZoneMargin));
        }
        return clusters[zone];
    };
    for (size_t zone = 0; zone < zoneCount; ++zone)
        clusterOf(clusterOf, zone);

    auto shape = [](Agnode_t *node, double width, double height) {
        set(node, "shape", "box");
        set(node, "fixedsize", "true");
        set(node, "label", "");
        set(node, "width", inches(width));
        set(node, "height", inches(height));
    };
    std::vector<Agnode_t *> nodes(input.elementCount());
    std::vector<char> occupied(zoneCount, 0);
    for (size_t i = 0; i < nodes.size(); ++i) {
        const size_t zone = input.containerOfElement[i];
        nodes[i] = agnode(clusterOf(clusterOf, zone), text("e" + std::to_string(i)), 1);
        shape(nodes[i], kElementWidth, kElementHeight);
        for (size_t z = zone; z != input.topLevel(); z = input.parentOfZone[z])
            occupied[z] = 1;
    }
    // An empty zone still takes room (dot drops empty clusters), as in our own layout.
    for (size_t zone = 0; zone < zoneCount; ++zone) {
        if (occupied[zone])
            continue;
        Agnode_t *filler = agnode(clusters[zone], text("z" + std::to_string(zone)), 1);
        shape(filler, kElementWidth, kElementHeight / 2);
        set(filler, "style", "invis");
        for (size_t z = zone; z != input.topLevel(); z = input.parentOfZone[z])
            occupied[z] = 1;
    }

    std::vector<Agedge_t *> edges(input.flows.size(), nullptr);
    for (size_t f = 0; f < input.flows.size(); ++f) {
        const auto [source, target] = input.flows[f];
        if (source != target)
            edges[f] = agedge(root, nodes[source], nodes[target], text("f" + std::to_string(f)), 1);
    }
    // dot stacks every element without flows in its first column; invisible edges spread them
    // over columns of at most a dozen instead.
    std::vector<char> connected(nodes.size(), 0);
    for (const auto &[source, target] : input.flows)
        if (source != target)
            connected[source] = connected[target] = 1;
    std::vector<std::vector<size_t>> unconnected(zoneCount + 1);
    for (size_t i = 0; i < nodes.size(); ++i)
        if (!connected[i])
            unconnected[input.containerOfElement[i]].push_back(i);
    for (const auto &alone : unconnected)
        for (size_t k = kUnconnectedPerColumn; k < alone.size(); ++k) {
            Agedge_t *spread = agedge(root, nodes[alone[k - kUnconnectedPerColumn]],
                                      nodes[alone[k]], text("s" + std::to_string(alone[k])), 1);
            set(spread, "style", "invis");
        }

    if (gvLayout(session.context, root, "dot") != 0) {
        error = "Graphviz could not lay out the diagram: " + errors;
        return std::nullopt;
    }
    session.laidOut = true;

    // Graphviz's y axis points up; ours points down from the top left of the drawing.
    const boxf box = GD_bb(root);
    auto toScene = [&](pointf at) { return Point{at.x - box.LL.x, box.UR.y - at.y}; };

    LayoutPlan plan;
    plan.rects.resize(input.elementCount() + zoneCount);
    for (size_t i = 0; i < nodes.size(); ++i) {
        const Point centre = toScene(ND_coord(nodes[i]));
        plan.rects[i] = {std::round(centre.x - kElementWidth / 2),
                         std::round(centre.y - kElementHeight / 2), kElementWidth, kElementHeight};
    }
    for (size_t zone = 0; zone < zoneCount; ++zone) {
        const boxf bounds = GD_bb(clusters[zone]);
        const Point topLeft = toScene({bounds.LL.x, bounds.UR.y});
        const Point bottomRight = toScene({bounds.UR.x, bounds.LL.y});
        plan.rects[nodes.size() + zone] = {std::round(topLeft.x), std::round(topLeft.y),
                                           std::round(bottomRight.x - topLeft.x),
                                           std::round(bottomRight.y - topLeft.y)};
    }

    // A polyline route is a chain of cubic pieces whose end points (every third control point)
    // are its corners; the corners between the two ends are the flow's bends.
    plan.bends.resize(input.flows.size());
    for (size_t f = 0; f < edges.size(); ++f) {
        const splines *route = edges[f] ? ED_spl(edges[f]) : nullptr;
        if (!route)
            continue;
        std::vector<Point> corners;
        for (int piece = 0; piece < route->size; ++piece) {
            const bezier &curve = route->list[piece];
            for (int k = 0; k < curve.size; k += 3)
                corners.push_back(toScene(curve.list[k]));
        }
        if (corners.size() < 3)
            continue;
        // Back edges may come out drawn from head to tail.
        const Point source = toScene(ND_coord(nodes[input.flows[f].first]));
        const Point target = toScene(ND_coord(nodes[input.flows[f].second]));
        auto distance = [](const Point &a, const Point &b) { return std::hypot(a.x - b.x, a.y - b.y); };
        if (distance(corners.front(), source) > distance(corners.front(), target))
            std::reverse(corners.begin(), corners.end());
        std::vector<Point> &bends = plan.bends[f];
        for (size_t k = 1; k + 1 < corners.size(); ++k) {
            const Point &previous = bends.empty() ? corners.front() : bends.back();
            if (!collinear(previous, corners[k], corners[k + 1]))
                bends.push_back({std::round(corners[k].x), std::round(corners[k].y)});
        }
    }
    return plan;
}

} // namespace vigil::layout

#pragma GCC diagnostic pop
