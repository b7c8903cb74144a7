#include "model/ThreatModel.h"

#include "model/EnumNames.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/breadth_first_search.hpp>

#include <algorithm>
#include <array>
#include <unordered_map>

namespace vigil {

namespace {

constexpr std::array<std::string_view, 3> kElementKinds{"external-entity", "process", "data-store"};
constexpr std::array<std::string_view, 5> kDiagramKinds{
    "dfd", "global-system", "multi-patient-harm", "updatability", "security-use-case"};
constexpr std::array<std::string_view, 6> kCategories{
    "spoofing", "tampering", "repudiation", "information-disclosure", "denial-of-service",
    "elevation-of-privilege"};
constexpr std::array<std::string_view, 8> kStatuses{
    "open", "needs-investigation", "mitigated", "accepted", "transferred", "not-applicable",
    "obsolete", "suppressed"};

constexpr char kKeySeparator = '\x1f';

} // namespace

std::string_view toString(ElementKind kind) { return kElementKinds.at(static_cast<size_t>(kind)); }
std::optional<ElementKind> elementKindFromString(std::string_view text)
{
    return enumFromName<ElementKind>(kElementKinds, text);
}
std::string_view toString(DiagramKind kind) { return kDiagramKinds.at(static_cast<size_t>(kind)); }
std::optional<DiagramKind> diagramKindFromString(std::string_view text)
{
    return enumFromName<DiagramKind>(kDiagramKinds, text);
}
std::string_view toString(StrideCategory category)
{
    return kCategories.at(static_cast<size_t>(category));
}
std::optional<StrideCategory> strideCategoryFromString(std::string_view text)
{
    return enumFromName<StrideCategory>(kCategories, text);
}
std::string_view toString(ThreatStatus status) { return kStatuses.at(static_cast<size_t>(status)); }
std::optional<ThreatStatus> threatStatusFromString(std::string_view text)
{
    return enumFromName<ThreatStatus>(kStatuses, text);
}

std::string diagramKey(const Id &diagram, const Id &item)
{
    return diagram + kKeySeparator + item;
}

std::pair<Id, Id> splitDiagramKey(const std::string &key)
{
    const auto at = key.find(kKeySeparator);
    if (at == std::string::npos)
        return {key, {}};
    return {key.substr(0, at), key.substr(at + 1)};
}

std::string suppressionKey(const Id &element, const std::string &ruleId)
{
    return element + kKeySeparator + ruleId;
}

// listS for vertices and edges keeps descriptors stable across removals (STYLE.md, Boost.Graph).
struct ThreatModel::Graph {
    using Type = boost::adjacency_list<boost::listS, boost::listS, boost::bidirectionalS,
                                       Element, Flow>;
    using Vertex = Type::vertex_descriptor;
    using Edge = Type::edge_descriptor;

    Type graph;
    std::unordered_map<Id, Vertex> vertexOf;
    std::unordered_map<Id, Edge> edgeOf;
};

ThreatModel::ThreatModel() : m_graph(std::make_unique<Graph>()) {}
ThreatModel::~ThreatModel() = default;

ThreatModel::ThreatModel(const ThreatModel &other) : m_graph(std::make_unique<Graph>())
{
    copyFrom(other);
}

ThreatModel &ThreatModel::operator=(const ThreatModel &other)
{
    if (this != &other) {
        m_graph = std::make_unique<Graph>();
        copyFrom(other);
    }
    return *this;
}

ThreatModel::ThreatModel(ThreatModel &&other) noexcept : ThreatModel()
{
    *this = std::move(other);
}

ThreatModel &ThreatModel::operator=(ThreatModel &&other) noexcept
{
    if (this == &other)
        return *this;
    m_info = std::move(other.m_info);
    m_graph = std::move(other.m_graph);
    other.m_graph = std::make_unique<Graph>();
    m_boundaries = std::move(other.m_boundaries);
    m_memberOf = std::move(other.m_memberOf);
    m_diagrams = std::move(other.m_diagrams);
    m_suppressions = std::move(other.m_suppressions);
    m_journal = std::move(other.m_journal);
    // The records keep pointing at their own model's journal; only their items move.
    m_threats.m_items = std::move(other.m_threats.m_items);
    m_mitigations.m_items = std::move(other.m_mitigations.m_items);
    m_requirements.m_items = std::move(other.m_requirements.m_items);
    m_tests.m_items = std::move(other.m_tests.m_items);
    m_people.m_items = std::move(other.m_people.m_items);
    m_hazards.m_items = std::move(other.m_hazards.m_items);
    m_reviews.m_items = std::move(other.m_reviews.m_items);
    m_baselines.m_items = std::move(other.m_baselines.m_items);
    m_history.m_items = std::move(other.m_history.m_items);
    m_conflicts.m_items = std::move(other.m_conflicts.m_items);
    m_journal.tap = nullptr; // a tap belongs to the model it was set on
    return *this;
}

ThreatModel ThreatModel::drawingOnly() const
{
    ThreatModel copy;
    copy.copyFrom(*this, false);
    return copy;
}

void ThreatModel::copyFrom(const ThreatModel &other, bool withRecords)
{
    m_info = other.m_info;
    for (const Element *element : other.elements())
        addElement(*element);
    for (const Flow *flow : other.flows())
        addFlow(*flow);
    m_boundaries = other.m_boundaries;
    m_memberOf = other.m_memberOf;
    m_diagrams = other.m_diagrams;
    m_suppressions = other.m_suppressions;
    if (!withRecords)
        return;
    m_journal = other.m_journal;
    m_threats.m_items = other.m_threats.m_items;
    m_mitigations.m_items = other.m_mitigations.m_items;
    m_requirements.m_items = other.m_requirements.m_items;
    m_tests.m_items = other.m_tests.m_items;
    m_people.m_items = other.m_people.m_items;
    m_hazards.m_items = other.m_hazards.m_items;
    m_reviews.m_items = other.m_reviews.m_items;
    m_baselines.m_items = other.m_baselines.m_items;
    m_history.m_items = other.m_history.m_items;
    m_conflicts.m_items = other.m_conflicts.m_items;
    m_journal.tap = nullptr; // a tap belongs to the model it was set on
}

void ThreatModel::setInfo(ModelInfo info)
{
    m_info = std::move(info);
    touch(Table::Info, {});
}

// ---------------------------------------------------------------- elements

const Element *ThreatModel::element(const Id &id) const
{
    auto it = m_graph->vertexOf.find(id);
    return it == m_graph->vertexOf.end() ? nullptr : &m_graph->graph[it->second];
}

std::vector<const Element *> ThreatModel::elements() const
{
    std::vector<const Element *> result;
    result.reserve(m_graph->vertexOf.size());
    for (auto vertex : boost::make_iterator_range(boost::vertices(m_graph->graph)))
        result.push_back(&m_graph->graph[vertex]);
    std::sort(result.begin(), result.end(),
              [](const Element *a, const Element *b) { return a->id < b->id; });
    return result;
}

size_t ThreatModel::elementCount() const { return m_graph->vertexOf.size(); }

void ThreatModel::addElement(Element element)
{
    if (element.id.empty())
        throw ModelError("an element needs a non-empty id");
    if (m_graph->vertexOf.count(element.id) || m_boundaries.count(element.id))
        throw ModelError("duplicate id \"" + element.id + "\"");
    const Id id = element.id;
    const auto vertex = boost::add_vertex(std::move(element), m_graph->graph);
    m_graph->vertexOf.emplace(id, vertex);
    touch(Table::Element, id);
}

void ThreatModel::updateElement(const Element &element)
{
    auto it = m_graph->vertexOf.find(element.id);
    if (it == m_graph->vertexOf.end())
        throw ModelError("no element with id \"" + element.id + "\"");
    m_graph->graph[it->second] = element;
    touch(Table::Element, element.id);
}

RemovedElement ThreatModel::removeElement(Id id)
{
    auto it = m_graph->vertexOf.find(id);
    if (it == m_graph->vertexOf.end())
        throw ModelError("no element with id \"" + id + "\"");
    RemovedElement removed;
    removed.element = m_graph->graph[it->second];
    removed.threats = keepTextsNaming(id);
    for (const Id &flowId : flowsOf(id)) {
        RemovedFlow flow = removeFlow(flowId);
        removed.flows.push_back(flow.flow);
        removed.threats.insert(removed.threats.end(), flow.threats.begin(), flow.threats.end());
        for (auto &[diagram, layout] : flow.layouts)
            removed.flowLayouts[diagram][flowId] = layout;
    }
    removed.boundary = setMembership(id, {});
    for (auto &[diagramId, diagram] : m_diagrams) {
        auto node = diagram.nodes.find(id);
        if (node != diagram.nodes.end()) {
            removed.nodeRects[diagramId] = node->second;
            diagram.nodes.erase(node);
            touch(Table::DiagramNode, diagramKey(diagramId, id));
        }
    }
    for (auto s = m_suppressions.begin(); s != m_suppressions.end();) {
        if (s->element == id) {
            removed.suppressions.push_back(*s);
            touch(Table::Suppression, suppressionKey(s->element, s->ruleId));
            s = m_suppressions.erase(s);
        } else {
            ++s;
        }
    }
    boost::remove_vertex(it->second, m_graph->graph);
    m_graph->vertexOf.erase(it);
    touch(Table::Element, id);
    return removed;
}

void ThreatModel::restoreElement(const RemovedElement &removed)
{
    addElement(removed.element);
    if (!removed.boundary.empty() && m_boundaries.count(removed.boundary))
        setMembership(removed.element.id, removed.boundary);
    for (const auto &[diagram, rect] : removed.nodeRects)
        if (m_diagrams.count(diagram))
            setNodeRect(diagram, removed.element.id, rect);
    for (const Flow &flow : removed.flows) {
        // A flow between two removed elements comes back with the second of them.
        if (!element(flow.source) || !element(flow.target) || this->flow(flow.id))
            continue;
        addFlow(flow);
        for (const auto &[diagram, layouts] : removed.flowLayouts) {
            auto layout = layouts.find(flow.id);
            if (layout != layouts.end() && m_diagrams.count(diagram))
                setFlowLayout(diagram, flow.id, layout->second);
        }
    }
    for (const Suppression &suppression : removed.suppressions)
        addSuppression(suppression);
    for (const Threat &threat : removed.threats)
        m_threats.put(threat);
}

std::vector<Threat> ThreatModel::keepTextsNaming(const Id &id)
{
    const auto names = [&id](const NamedText &text) {
        return std::find(text.names().begin(), text.names().end(), id) != text.names().end();
    };
    std::vector<Threat> before;
    for (auto &[threatId, threat] : m_threats.m_items) {
        if (!names(threat.title) && !names(threat.description) && !names(threat.why))
            continue;
        before.push_back(threat);
        for (NamedText *text : {&threat.title, &threat.description, &threat.why})
            if (text->namesObjects())
                *text = NamedText(render(*text));
        m_journal.touch(Table::Threat, threatId);
    }
    return before;
}

// ---------------------------------------------------------------- flows

const Flow *ThreatModel::flow(const Id &id) const
{
    auto it = m_graph->edgeOf.find(id);
    return it == m_graph->edgeOf.end() ? nullptr : &m_graph->graph[it->second];
}

std::vector<const Flow *> ThreatModel::flows() const
{
    std::vector<const Flow *> result;
    result.reserve(m_graph->edgeOf.size());
    for (auto edge : boost::make_iterator_range(boost::edges(m_graph->graph)))
        result.push_back(&m_graph->graph[edge]);
    std::sort(result.begin(), result.end(),
              [](const Flow *a, const Flow *b) { return a->id < b->id; });
    return result;
}

size_t ThreatModel::flowCount() const { return m_graph->edgeOf.size(); }

void ThreatModel::addFlow(Flow flow)
{
    if (flow.id.empty())
        throw ModelError("a flow needs a non-empty id");
    if (m_graph->edgeOf.count(flow.id) || m_graph->vertexOf.count(flow.id)
        || m_boundaries.count(flow.id))
        throw ModelError("duplicate id \"" + flow.id + "\"");
    auto source = m_graph->vertexOf.find(flow.source);
    auto target = m_graph->vertexOf.find(flow.target);
    if (source == m_graph->vertexOf.end())
        throw ModelError("flow \"" + flow.id + "\" starts at unknown element \"" + flow.source
                         + "\"");
    if (target == m_graph->vertexOf.end())
        throw ModelError("flow \"" + flow.id + "\" ends at unknown element \"" + flow.target
                         + "\"");
    if (flow.source == flow.target)
        throw ModelError("flow \"" + flow.id + "\" starts and ends at the same element");
    const Id id = flow.id;
    const auto edge = boost::add_edge(source->second, target->second, std::move(flow),
                                      m_graph->graph).first;
    m_graph->edgeOf.emplace(id, edge);
    touch(Table::Flow, id);
}

void ThreatModel::updateFlow(const Flow &flow)
{
    auto it = m_graph->edgeOf.find(flow.id);
    if (it == m_graph->edgeOf.end())
        throw ModelError("no flow with id \"" + flow.id + "\"");
    const Flow &current = m_graph->graph[it->second];
    if (current.source == flow.source && current.target == flow.target) {
        m_graph->graph[it->second] = flow;
        touch(Table::Flow, flow.id);
        return;
    }
    // Reconnected: check the new ends before touching the graph so a failure changes nothing.
    if (!element(flow.source) || !element(flow.target) || flow.source == flow.target)
        throw ModelError("flow \"" + flow.id + "\" cannot connect \"" + flow.source + "\" to \""
                         + flow.target + "\"");
    boost::remove_edge(it->second, m_graph->graph);
    m_graph->edgeOf.erase(it);
    addFlow(flow);
}

RemovedFlow ThreatModel::removeFlow(Id id)
{
    auto it = m_graph->edgeOf.find(id);
    if (it == m_graph->edgeOf.end())
        throw ModelError("no flow with id \"" + id + "\"");
    RemovedFlow removed{keepTextsNaming(id), m_graph->graph[it->second], {}};
    for (auto &[diagramId, diagram] : m_diagrams) {
        auto layout = diagram.flows.find(id);
        if (layout != diagram.flows.end()) {
            removed.layouts[diagramId] = layout->second;
            diagram.flows.erase(layout);
            touch(Table::DiagramFlow, diagramKey(diagramId, id));
        }
    }
    boost::remove_edge(it->second, m_graph->graph);
    m_graph->edgeOf.erase(it);
    touch(Table::Flow, id);
    return removed;
}

void ThreatModel::restoreFlow(const RemovedFlow &removed)
{
    addFlow(removed.flow);
    for (const auto &[diagram, layout] : removed.layouts)
        if (m_diagrams.count(diagram))
            setFlowLayout(diagram, removed.flow.id, layout);
    for (const Threat &threat : removed.threats)
        m_threats.put(threat);
}

std::vector<Id> ThreatModel::flowsOf(const Id &element) const
{
    std::vector<Id> result;
    auto it = m_graph->vertexOf.find(element);
    if (it == m_graph->vertexOf.end())
        return result;
    const auto &g = m_graph->graph;
    for (auto edge : boost::make_iterator_range(boost::out_edges(it->second, g)))
        result.push_back(g[edge].id);
    for (auto edge : boost::make_iterator_range(boost::in_edges(it->second, g)))
        result.push_back(g[edge].id);
    std::sort(result.begin(), result.end());
    return result;
}

// ---------------------------------------------------------------- boundaries

const TrustBoundary *ThreatModel::boundary(const Id &id) const
{
    auto it = m_boundaries.find(id);
    return it == m_boundaries.end() ? nullptr : &it->second;
}

std::vector<const TrustBoundary *> ThreatModel::boundaries() const
{
    std::vector<const TrustBoundary *> result;
    result.reserve(m_boundaries.size());
    for (const auto &entry : m_boundaries)
        result.push_back(&entry.second);
    return result;
}

void ThreatModel::checkBoundaryParent(const TrustBoundary &boundary) const
{
    // A zone being added is nobody's ancestor yet, so its parent need only exist; walking the
    // whole chain on every add made importing deeply nested zones quadratic in the depth.
    const bool adding = !m_boundaries.count(boundary.id);
    for (Id parent = boundary.parent; !parent.empty();) {
        if (parent == boundary.id)
            throw ModelError("trust zone \"" + boundary.id + "\" would be nested inside itself");
        auto it = m_boundaries.find(parent);
        if (it == m_boundaries.end())
            throw ModelError("trust zone \"" + boundary.id + "\" has unknown parent \"" + parent
                             + "\"");
        if (adding)
            break;
        parent = it->second.parent;
    }
    for (const Id &member : boundary.members) {
        if (!element(member))
            throw ModelError("trust zone \"" + boundary.id + "\" lists unknown member \""
                             + member + "\"");
        auto current = m_memberOf.find(member);
        if (current != m_memberOf.end() && current->second != boundary.id)
            throw ModelError("element \"" + member + "\" is already a member of trust zone \""
                             + current->second + "\"");
    }
}

void ThreatModel::addBoundary(TrustBoundary boundary)
{
    if (boundary.id.empty())
        throw ModelError("a trust zone needs a non-empty id");
    if (m_boundaries.count(boundary.id) || element(boundary.id) || flow(boundary.id))
        throw ModelError("duplicate id \"" + boundary.id + "\"");
    checkBoundaryParent(boundary);
    for (const Id &member : boundary.members)
        m_memberOf[member] = boundary.id;
    const Id id = boundary.id;
    m_boundaries.emplace(id, std::move(boundary));
    touch(Table::Boundary, id);
}

void ThreatModel::updateBoundary(const TrustBoundary &boundary)
{
    auto it = m_boundaries.find(boundary.id);
    if (it == m_boundaries.end())
        throw ModelError("no trust zone with id \"" + boundary.id + "\"");
    checkBoundaryParent(boundary);
    for (const Id &member : it->second.members)
        m_memberOf.erase(member);
    for (const Id &member : boundary.members)
        m_memberOf[member] = boundary.id;
    it->second = boundary;
    touch(Table::Boundary, boundary.id);
}

RemovedBoundary ThreatModel::removeBoundary(Id id)
{
    auto it = m_boundaries.find(id);
    if (it == m_boundaries.end())
        throw ModelError("no trust zone with id \"" + id + "\"");
    RemovedBoundary removed{it->second, childBoundaries(id), {}, keepTextsNaming(id)};
    const Id parent = it->second.parent;
    for (const Id &child : removed.children) {
        m_boundaries[child].parent = parent;
        touch(Table::Boundary, child);
    }
    for (const Id &member : removed.boundary.members)
        m_memberOf.erase(member);
    m_boundaries.erase(it);
    touch(Table::Boundary, id);
    // The zone's members now lie directly in its parent (if any).
    if (!parent.empty()) {
        TrustBoundary up = m_boundaries.at(parent);
        up.members.insert(removed.boundary.members.begin(), removed.boundary.members.end());
        updateBoundary(up);
    }
    for (auto &[diagramId, diagram] : m_diagrams) {
        auto node = diagram.nodes.find(id);
        if (node != diagram.nodes.end()) {
            removed.nodeRects[diagramId] = node->second;
            diagram.nodes.erase(node);
            touch(Table::DiagramNode, diagramKey(diagramId, id));
        }
    }
    return removed;
}

void ThreatModel::restoreBoundary(const RemovedBoundary &removed)
{
    const TrustBoundary &zone = removed.boundary;
    if (!zone.parent.empty()) {
        TrustBoundary up = m_boundaries.at(zone.parent);
        for (const Id &member : zone.members)
            up.members.erase(member);
        updateBoundary(up);
    }
    addBoundary(zone);
    for (const Id &child : removed.children) {
        auto it = m_boundaries.find(child);
        if (it != m_boundaries.end()) {
            it->second.parent = zone.id;
            touch(Table::Boundary, child);
        }
    }
    for (const auto &[diagram, rect] : removed.nodeRects)
        if (m_diagrams.count(diagram))
            setNodeRect(diagram, zone.id, rect);
    for (const Threat &threat : removed.threats)
        m_threats.put(threat);
}

Id ThreatModel::setMembership(const Id &elementId, const Id &boundaryId)
{
    if (!element(elementId))
        throw ModelError("no element with id \"" + elementId + "\"");
    if (!boundaryId.empty() && !m_boundaries.count(boundaryId))
        throw ModelError("no trust zone with id \"" + boundaryId + "\"");
    const Id previous = boundaryOf(elementId);
    if (previous == boundaryId)
        return previous;
    if (!previous.empty()) {
        m_boundaries[previous].members.erase(elementId);
        touch(Table::Boundary, previous);
        m_memberOf.erase(elementId);
    }
    if (!boundaryId.empty()) {
        m_boundaries[boundaryId].members.insert(elementId);
        touch(Table::Boundary, boundaryId);
        m_memberOf[elementId] = boundaryId;
    }
    return previous;
}

Id ThreatModel::boundaryOf(const Id &elementId) const
{
    auto it = m_memberOf.find(elementId);
    return it == m_memberOf.end() ? Id{} : it->second;
}

std::vector<Id> ThreatModel::enclosingBoundaries(const Id &elementId) const
{
    std::vector<Id> result;
    for (Id zone = boundaryOf(elementId); !zone.empty(); zone = m_boundaries.at(zone).parent)
        result.push_back(zone);
    return result;
}

std::vector<Id> ThreatModel::childBoundaries(const Id &boundaryId) const
{
    std::vector<Id> result;
    for (const auto &[id, zone] : m_boundaries)
        if (zone.parent == boundaryId)
            result.push_back(id);
    return result;
}

bool ThreatModel::boundaryContains(const Id &outer, const Id &inner) const
{
    for (Id zone = inner; !zone.empty();) {
        if (zone == outer)
            return true;
        auto it = m_boundaries.find(zone);
        if (it == m_boundaries.end())
            return false;
        zone = it->second.parent;
    }
    return false;
}

std::vector<Id> ThreatModel::crossedBoundaries(const Id &flowId) const
{
    const Flow *f = flow(flowId);
    if (!f)
        return {};
    auto from = enclosingBoundaries(f->source);
    auto to = enclosingBoundaries(f->target);
    std::sort(from.begin(), from.end());
    std::sort(to.begin(), to.end());
    std::vector<Id> result;
    std::set_symmetric_difference(from.begin(), from.end(), to.begin(), to.end(),
                                  std::back_inserter(result));
    return result;
}

// ---------------------------------------------------------------- diagrams

const Diagram *ThreatModel::diagram(const Id &id) const
{
    auto it = m_diagrams.find(id);
    return it == m_diagrams.end() ? nullptr : &it->second;
}

std::vector<const Diagram *> ThreatModel::diagrams() const
{
    std::vector<const Diagram *> result;
    for (const auto &entry : m_diagrams)
        result.push_back(&entry.second);
    std::stable_sort(result.begin(), result.end(),
                     [](const Diagram *a, const Diagram *b) { return a->order < b->order; });
    return result;
}

void ThreatModel::addDiagram(Diagram diagram)
{
    if (diagram.id.empty())
        throw ModelError("a diagram needs a non-empty id");
    if (m_diagrams.count(diagram.id))
        throw ModelError("duplicate diagram id \"" + diagram.id + "\"");
    for (const auto &entry : diagram.nodes)
        if (!element(entry.first) && !boundary(entry.first))
            throw ModelError("diagram \"" + diagram.id + "\" places unknown item \""
                             + entry.first + "\"");
    for (const auto &entry : diagram.flows)
        if (!flow(entry.first))
            throw ModelError("diagram \"" + diagram.id + "\" draws unknown flow \"" + entry.first
                             + "\"");
    const Id id = diagram.id;
    touch(Table::Diagram, id);
    for (const auto &entry : diagram.nodes)
        touch(Table::DiagramNode, diagramKey(id, entry.first));
    for (const auto &entry : diagram.flows)
        touch(Table::DiagramFlow, diagramKey(id, entry.first));
    m_diagrams.emplace(id, std::move(diagram));
}

void ThreatModel::updateDiagramInfo(const Diagram &diagram)
{
    auto it = m_diagrams.find(diagram.id);
    if (it == m_diagrams.end())
        throw ModelError("no diagram with id \"" + diagram.id + "\"");
    it->second.name = diagram.name;
    it->second.kind = diagram.kind;
    it->second.level = diagram.level;
    it->second.order = diagram.order;
    it->second.description = diagram.description;
    touch(Table::Diagram, diagram.id);
}

Diagram ThreatModel::removeDiagram(Id id)
{
    auto it = m_diagrams.find(id);
    if (it == m_diagrams.end())
        throw ModelError("no diagram with id \"" + id + "\"");
    Diagram removed = std::move(it->second);
    m_diagrams.erase(it);
    touch(Table::Diagram, id);
    for (const auto &entry : removed.nodes)
        touch(Table::DiagramNode, diagramKey(id, entry.first));
    for (const auto &entry : removed.flows)
        touch(Table::DiagramFlow, diagramKey(id, entry.first));
    return removed;
}

void ThreatModel::setNodeRect(const Id &diagramId, const Id &node, const Rect &rect)
{
    auto it = m_diagrams.find(diagramId);
    if (it == m_diagrams.end())
        throw ModelError("no diagram with id \"" + diagramId + "\"");
    if (!element(node) && !boundary(node))
        throw ModelError("no element or trust zone with id \"" + node + "\"");
    it->second.nodes[node] = rect;
    touch(Table::DiagramNode, diagramKey(diagramId, node));
}

void ThreatModel::removeNode(const Id &diagramId, Id node)
{
    auto it = m_diagrams.find(diagramId);
    if (it == m_diagrams.end())
        throw ModelError("no diagram with id \"" + diagramId + "\"");
    if (it->second.nodes.erase(node))
        touch(Table::DiagramNode, diagramKey(diagramId, node));
}

void ThreatModel::setFlowLayout(const Id &diagramId, const Id &flowId, const FlowLayout &layout)
{
    auto it = m_diagrams.find(diagramId);
    if (it == m_diagrams.end())
        throw ModelError("no diagram with id \"" + diagramId + "\"");
    if (!flow(flowId))
        throw ModelError("no flow with id \"" + flowId + "\"");
    it->second.flows[flowId] = layout;
    touch(Table::DiagramFlow, diagramKey(diagramId, flowId));
}

void ThreatModel::removeFlowLayout(const Id &diagramId, Id flowId)
{
    auto it = m_diagrams.find(diagramId);
    if (it == m_diagrams.end())
        throw ModelError("no diagram with id \"" + diagramId + "\"");
    if (it->second.flows.erase(flowId))
        touch(Table::DiagramFlow, diagramKey(diagramId, flowId));
}

std::vector<Id> ThreatModel::diagramsShowing(const Id &item) const
{
    std::vector<Id> result;
    for (const auto &[id, diagram] : m_diagrams)
        if (diagram.nodes.count(item) || diagram.flows.count(item))
            result.push_back(id);
    return result;
}

// ---------------------------------------------------------------- suppressions

void ThreatModel::addSuppression(const Suppression &suppression)
{
    if (!element(suppression.element))
        throw ModelError("cannot suppress a rule for unknown element \"" + suppression.element
                         + "\"");
    m_suppressions.erase(suppression);
    m_suppressions.insert(suppression);
    touch(Table::Suppression, suppressionKey(suppression.element, suppression.ruleId));
}

bool ThreatModel::removeSuppression(Id elementId, std::string ruleId)
{
    if (m_suppressions.erase(Suppression{elementId, ruleId, {}}) == 0)
        return false;
    touch(Table::Suppression, suppressionKey(elementId, ruleId));
    return true;
}

const Suppression *ThreatModel::suppression(const Id &elementId, const std::string &ruleId) const
{
    auto it = m_suppressions.find(Suppression{elementId, ruleId, {}});
    return it == m_suppressions.end() ? nullptr : &*it;
}

// ---------------------------------------------------------------- reachability

namespace {

bool propertyIsTrue(const PropertyMap &properties, const std::string &key)
{
    auto it = properties.find(key);
    return it != properties.end() && std::holds_alternative<bool>(it->second)
           && std::get<bool>(it->second);
}

} // namespace

std::vector<AttackPath> ThreatModel::untrustedReachability() const
{
    // A compact copy of the graph with vertex indices, one directed edge per direction a flow
    // carries data (both for bidirectional flows), so that boost's BFS can run on it.
    using Reach = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS,
                                        boost::no_property, boost::property<boost::edge_index_t,
                                                                            size_t>>;
    const auto all = elements();
    std::unordered_map<Id, size_t> indexOf;
    for (size_t i = 0; i < all.size(); ++i)
        indexOf.emplace(all[i]->id, i);
    const auto allFlows = flows();
    Reach reach(all.size());
    for (size_t i = 0; i < allFlows.size(); ++i) {
        const Flow *f = allFlows[i];
        boost::add_edge(indexOf.at(f->source), indexOf.at(f->target), i, reach);
        if (f->bidirectional)
            boost::add_edge(indexOf.at(f->target), indexOf.at(f->source), i, reach);
    }

    std::vector<AttackPath> paths;
    for (size_t start = 0; start < all.size(); ++start) {
        const Element &entity = *all[start];
        if (entity.kind != ElementKind::ExternalEntity || propertyIsTrue(entity.properties, "trusted"))
            continue;
        constexpr size_t kNone = static_cast<size_t>(-1);
        std::vector<size_t> viaFlow(all.size(), kNone);
        std::vector<size_t> previous(all.size(), kNone);
        std::vector<boost::default_color_type> colors(all.size());
        struct TreeEdges : boost::default_bfs_visitor {
            std::vector<size_t> *previous;
            std::vector<size_t> *viaFlow;
            void tree_edge(Reach::edge_descriptor e, const Reach &g) const
            {
                (*previous)[boost::target(e, g)] = boost::source(e, g);
                (*viaFlow)[boost::target(e, g)] = boost::get(boost::edge_index, g, e);
            }
        };
        TreeEdges visitor;
        visitor.previous = &previous;
        visitor.viaFlow = &viaFlow;
        boost::breadth_first_search(
            reach, start,
            boost::visitor(visitor).color_map(boost::make_iterator_property_map(
                colors.begin(), boost::get(boost::vertex_index, reach))));
        for (size_t target = 0; target < all.size(); ++target) {
            const Element &candidate = *all[target];
            if (target == start || viaFlow[target] == kNone
                || candidate.kind == ElementKind::ExternalEntity
                || !propertyIsTrue(candidate.properties, "safetyCritical"))
                continue;
            AttackPath path{entity.id, candidate.id, {}, {}};
            for (size_t at = target; at != start; at = previous[at])
                path.flows.push_back(allFlows[viaFlow[at]]->id);
            std::reverse(path.flows.begin(), path.flows.end());
            for (const Id &flowId : path.flows)
                for (const Id &zone : crossedBoundaries(flowId))
                    path.boundaries.push_back(zone);
            paths.push_back(std::move(path));
        }
    }
    return paths;
}

// ---------------------------------------------------------------- names

std::string ThreatModel::displayName(const Id &item) const
{
    return std::string(nameShown(item));
}

std::string_view ThreatModel::nameShown(const Id &item) const
{
    const std::string *name = nullptr;
    if (const Element *e = element(item))
        name = &e->name;
    else if (const Flow *f = flow(item))
        name = &f->name;
    else if (const TrustBoundary *zone = boundary(item))
        name = &zone->name;
    return !name || name->empty() ? std::string_view(item) : std::string_view(*name);
}

std::string ThreatModel::render(const NamedText &text) const
{
    std::string out;
    renderTo(out, text);
    return out;
}

void ThreatModel::renderTo(std::string &out, const NamedText &text) const
{
    text.renderTo(out, [this](const Id &id) { return nameShown(id); });
}

// ---------------------------------------------------------------- comparison

bool ThreatModel::sameContent(const ThreatModel &other) const
{
    if (!(m_info == other.m_info) || elementCount() != other.elementCount()
        || flowCount() != other.flowCount())
        return false;
    for (const Element *e : elements()) {
        const Element *o = other.element(e->id);
        if (!o || !(*o == *e))
            return false;
    }
    for (const Flow *f : flows()) {
        const Flow *o = other.flow(f->id);
        if (!o || !(*o == *f))
            return false;
    }
    return m_boundaries == other.m_boundaries && m_diagrams == other.m_diagrams
           && m_suppressions == other.m_suppressions
           && m_threats.all() == other.m_threats.all()
           && m_mitigations.all() == other.m_mitigations.all()
           && m_requirements.all() == other.m_requirements.all()
           && m_tests.all() == other.m_tests.all() && m_people.all() == other.m_people.all()
           && m_hazards.all() == other.m_hazards.all()
           && m_reviews.all() == other.m_reviews.all()
           && m_baselines.all() == other.m_baselines.all()
           && m_history.all() == other.m_history.all()
           && m_conflicts.all() == other.m_conflicts.all();
}

const Baseline *ThreatModel::baselineNamed(std::string_view name) const
{
    for (const auto &[id, baseline] : m_baselines.all())
        if (baseline.name == name)
            return &baseline;
    return nullptr;
}

} // namespace vigil
