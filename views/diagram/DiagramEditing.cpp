#include "views/diagram/DiagramEditing.h"

#include "model/AutoLayout.h"
#include "model/json/JsonInterchange.h"
#include "views/document/Commands.h"
#include "views/document/Document.h"
#include "views/document/EditCommands.h"
#include "views/document/PanelCommands.h"

#include <QCoreApplication>
#include <QMimeData>
#include <QUuid>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace vigil::editing {

namespace {

// The translation context of these edits' texts.
class Editing {
    Q_DECLARE_TR_FUNCTIONS(DiagramEditing)
};

const Diagram *diagramOf(const ThreatModel &model, const Id &diagram)
{
    return model.diagram(diagram);
}

std::string firstFreeName(const QString &pattern, size_t start,
                          const std::set<std::string> &taken)
{
    for (size_t number = std::max<size_t>(start, 1);; ++number) {
        std::string name = pattern.arg(number).toStdString();
        if (!taken.count(name))
            return name;
    }
}

QString nameOf(const ThreatModel &model, const Id &item)
{
    return QString::fromStdString(model.displayName(item));
}

// Pushes `macro` when it has children, else drops it.
void pushMacro(Document *document, QUndoCommand *macro)
{
    if (macro->childCount() == 0) {
        delete macro;
        return;
    }
    document->push(macro);
}

Rect moved(Rect rect, QPointF delta)
{
    rect.x += delta.x();
    rect.y += delta.y();
    return rect;
}

} // namespace

Id newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
}

std::string defaultElementName(const ThreatModel &model, ElementKind kind)
{
    QString pattern;
    switch (kind) {
    case ElementKind::ExternalEntity: pattern = Editing::tr("External entity %1"); break;
    case ElementKind::Process: pattern = Editing::tr("Process %1"); break;
    case ElementKind::DataStore: pattern = Editing::tr("Data store %1"); break;
    }
    std::set<std::string> taken;
    size_t sameKind = 0;
    for (const Element *element : model.elements()) {
        taken.insert(element->name);
        if (element->kind == kind)
            ++sameKind;
    }
    return firstFreeName(pattern, sameKind + 1, taken);
}

std::string defaultZoneName(const ThreatModel &model)
{
    std::set<std::string> taken;
    for (const TrustBoundary *zone : model.boundaries())
        taken.insert(zone->name);
    return firstFreeName(Editing::tr("Trust zone %1"), taken.size() + 1, taken);
}

std::string defaultFlowName(const ThreatModel &model)
{
    std::set<std::string> taken;
    for (const Flow *flow : model.flows())
        taken.insert(flow->name);
    return firstFreeName(Editing::tr("Data flow %1"), taken.size() + 1, taken);
}

// ---------------------------------------------------------------- adding

Id addElement(Document *document, const Id &diagram, ElementKind kind, const Rect &rect)
{
    const ThreatModel &model = document->model();
    Element element;
    element.id = newId();
    element.kind = kind;
    element.name = defaultElementName(model, kind);
    const Containment after = containmentFromGeometry(
        model, geometryOf(model, diagram, {{element.id, rect}}), {element.id}, {});
    auto *macro = new QUndoCommand(
        Editing::tr("Add \"%1\"").arg(QString::fromStdString(element.name)));
    const Id id = element.id;
    new AddElementCommand(document, std::move(element), diagram, rect, macro);
    Containment before;
    before.elementZones[id] = {};
    if (after.elementZones.at(id) != Id{})
        new ContainmentCommand(document, before, after, macro);
    document->push(macro);
    return id;
}

Id addZone(Document *document, const Id &diagram, const Rect &rect)
{
    const ThreatModel &model = document->model();
    TrustBoundary zone;
    zone.id = newId();
    zone.name = defaultZoneName(model);
    const DiagramGeometry geometry = geometryOf(model, diagram, {{zone.id, rect}}, {zone.id});
    // What the new zone is drawn around may move into it.
    std::set<Id> elements;
    std::set<Id> zones{zone.id};
    for (const auto &[id, other] : geometry.elements) {
        const double x = other.x + other.width / 2;
        const double y = other.y + other.height / 2;
        if (x >= rect.x && x <= rect.x + rect.width && y >= rect.y && y <= rect.y + rect.height)
            elements.insert(id);
    }
    for (const auto &[id, other] : geometry.zones)
        if (id != zone.id && other.x >= rect.x && other.y >= rect.y
            && other.x + other.width <= rect.x + rect.width
            && other.y + other.height <= rect.y + rect.height)
            zones.insert(id);
    const Containment after = containmentFromGeometry(model, geometry, elements, zones);
    Containment before = currentContainment(model, after);
    before.zoneParents[zone.id] = {};
    auto *macro = new QUndoCommand(
        Editing::tr("Add trust zone \"%1\"").arg(QString::fromStdString(zone.name)));
    const Id id = zone.id;
    new AddZoneCommand(document, std::move(zone), diagram, rect, macro);
    if (before != after)
        new ContainmentCommand(document, before, after, macro);
    document->push(macro);
    return id;
}

Id addFlow(Document *document, const Id &diagram, const Id &source, const Id &target)
{
    const ThreatModel &model = document->model();
    if (source == target || !model.element(source) || !model.element(target))
        return {};
    Flow flow;
    flow.id = newId();
    flow.source = source;
    flow.target = target;
    flow.name = defaultFlowName(model);
    const Id id = flow.id;
    document->push(new AddFlowCommand(document, std::move(flow), diagram));
    return id;
}

// ---------------------------------------------------------------- deleting

void deleteItems(Document *document, const std::vector<Id> &ids)
{
    const ThreatModel &model = document->model();
    std::set<Id> elements;
    std::vector<Id> zones;
    std::vector<Id> flows;
    for (const Id &id : std::set<Id>(ids.begin(), ids.end())) {
        if (model.element(id))
            elements.insert(id);
        else if (model.boundary(id))
            zones.push_back(id);
        else if (model.flow(id))
            flows.push_back(id);
    }
    const size_t count = elements.size() + zones.size() + flows.size();
    if (count == 0)
        return;
    Id only;
    if (count == 1)
        only = !elements.empty() ? *elements.begin() : !zones.empty() ? zones[0] : flows[0];
    auto *macro = new QUndoCommand(
        count == 1 ? Editing::tr("Delete \"%1\"").arg(nameOf(model, only))
                   : Editing::tr("Delete %n item(s)", nullptr, static_cast<int>(count)));
    // Flows of deleted elements go with them; zones last, so that undo puts zones back before
    // their members.
    for (const Id &flowId : flows) {
        const Flow *flow = model.flow(flowId);
        if (!elements.count(flow->source) && !elements.count(flow->target))
            new RemoveFlowCommand(document, flowId, macro);
    }
    for (const Id &element : elements)
        new RemoveElementCommand(document, element, macro);
    for (const Id &zone : zones)
        new RemoveZoneCommand(document, zone, macro);
    pushMacro(document, macro);
}

// ---------------------------------------------------------------- copy and paste

std::vector<Id> withZoneContents(const ThreatModel &model, const Id &diagram,
                                 const std::vector<Id> &nodes)
{
    const Diagram *shown = diagramOf(model, diagram);
    if (!shown)
        return {};
    std::set<Id> seen;
    std::vector<Id> result;
    std::vector<Id> pending;
    for (const Id &node : nodes) {
        if (!shown->nodes.count(node) || !seen.insert(node).second)
            continue;
        result.push_back(node);
        if (model.boundary(node))
            pending.push_back(node);
    }
    while (!pending.empty()) {
        const Id zone = pending.back();
        pending.pop_back();
        std::vector<Id> contents;
        if (const TrustBoundary *boundary = model.boundary(zone))
            contents.assign(boundary->members.begin(), boundary->members.end());
        for (const Id &child : model.childBoundaries(zone)) {
            contents.push_back(child);
            pending.push_back(child);
        }
        for (const Id &id : contents)
            if (shown->nodes.count(id) && seen.insert(id).second)
                result.push_back(id);
    }
    return result;
}

QByteArray copyItems(const ThreatModel &model, const Id &diagram, const std::vector<Id> &ids)
{
    const Diagram *shown = diagramOf(model, diagram);
    if (!shown)
        return {};
    const std::vector<Id> nodes = withZoneContents(model, diagram, ids);
    std::set<Id> elements;
    std::set<Id> zones;
    for (const Id &id : nodes) {
        if (model.element(id))
            elements.insert(id);
        else if (model.boundary(id))
            zones.insert(id);
    }
    if (elements.empty() && zones.empty())
        return {};

    ThreatModel clip;
    Diagram clipDiagram;
    clipDiagram.id = "clipboard";
    clipDiagram.name = shown->name;
    for (const Id &id : elements) {
        clip.addElement(*model.element(id));
        clipDiagram.nodes[id] = shown->nodes.at(id);
    }
    // Parents before children, so every zone's parent exists when it is added.
    std::vector<Id> ordered(zones.begin(), zones.end());
    std::set<Id> added;
    for (size_t pass = 0; pass <= zones.size() && added.size() < zones.size(); ++pass) {
        for (const Id &id : ordered) {
            const TrustBoundary &original = *model.boundary(id);
            if (added.count(id) || (zones.count(original.parent) && !added.count(original.parent)))
                continue;
            TrustBoundary zone = original;
            if (!zones.count(zone.parent))
                zone.parent.clear();
            zone.members.clear();
            for (const Id &member : original.members)
                if (elements.count(member))
                    zone.members.insert(member);
            clip.addBoundary(zone);
            added.insert(id);
            clipDiagram.nodes[id] = shown->nodes.at(id);
        }
    }
    for (const auto &[id, layout] : shown->flows) {
        const Flow *flow = model.flow(id);
        if (flow && elements.count(flow->source) && elements.count(flow->target)) {
            clip.addFlow(*flow);
            clipDiagram.flows[id] = layout;
        }
    }
    clip.addDiagram(clipDiagram);
    const std::string json = modelToJson(clip);
    return QByteArray(json.data(), static_cast<qsizetype>(json.size()));
}

QMimeData *mimeDataFor(const QByteArray &json)
{
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(kMimeType), json);
    mime->setText(QString::fromUtf8(json));
    return mime;
}

QByteArray modelJsonFrom(const QMimeData *mime)
{
    if (!mime)
        return {};
    if (mime->hasFormat(QString::fromLatin1(kMimeType)))
        return mime->data(QString::fromLatin1(kMimeType));
    // Plain text that is a vigil-model document pastes too (e.g. from a text editor).
    const QString text = mime->text().trimmed();
    if (text.startsWith(QLatin1Char('{')) && text.contains(QLatin1String("\"vigil-model\"")))
        return text.toUtf8();
    return {};
}

QRectF clipBounds(const QByteArray &json)
{
    QRectF bounds;
    try {
        const ThreatModel clip =
            modelFromJson(std::string_view(json.constData(), static_cast<size_t>(json.size())));
        const auto diagrams = clip.diagrams();
        if (!diagrams.empty())
            for (const auto &entry : diagrams.front()->nodes)
                bounds |= QRectF(entry.second.x, entry.second.y, entry.second.width,
                                 entry.second.height);
    } catch (const std::exception &) {
        return {};
    }
    return bounds;
}

std::vector<Id> pasteItems(Document *document, const Id &diagram, const QByteArray &json,
                           QPointF offset, QString *error)
{
    const ThreatModel &model = document->model();
    if (!model.diagram(diagram))
        return {};
    ThreatModel clip;
    try {
        clip = modelFromJson(std::string_view(json.constData(), static_cast<size_t>(json.size())));
    } catch (const std::exception &failure) {
        if (error)
            *error = Editing::tr("The clipboard does not hold a Vigil model: %1")
                         .arg(QString::fromUtf8(failure.what()));
        return {};
    }
    const auto diagrams = clip.diagrams();
    if (diagrams.empty())
        return {};
    const Diagram &source = *diagrams.front();

    std::map<Id, Id> fresh; // clipboard id -> new id
    std::map<Id, Rect> rects;
    std::set<Id> newZones;
    std::vector<Element> elements;
    std::vector<TrustBoundary> zones;
    for (const Element *original : clip.elements()) {
        auto rect = source.nodes.find(original->id);
        if (rect == source.nodes.end())
            continue;
        Element element = *original;
        element.id = newId();
        fresh[original->id] = element.id;
        rects[element.id] = moved(rect->second, offset);
        elements.push_back(std::move(element));
    }
    for (const TrustBoundary *original : clip.boundaries()) {
        auto rect = source.nodes.find(original->id);
        if (rect == source.nodes.end())
            continue;
        TrustBoundary zone;
        zone.id = newId();
        zone.name = original->name;
        zone.description = original->description;
        fresh[original->id] = zone.id;
        rects[zone.id] = moved(rect->second, offset);
        newZones.insert(zone.id);
        zones.push_back(std::move(zone));
    }
    if (fresh.empty())
        return {};

    std::set<Id> elementIds;
    for (const Element &element : elements)
        elementIds.insert(element.id);
    const Containment after = containmentFromGeometry(
        model, geometryOf(model, diagram, rects, newZones), elementIds, newZones);
    Containment before;
    for (const auto &entry : after.elementZones)
        before.elementZones[entry.first] = {};
    for (const auto &entry : after.zoneParents)
        before.zoneParents[entry.first] = {};

    const size_t count = fresh.size();
    auto *macro =
        new QUndoCommand(Editing::tr("Paste %n item(s)", nullptr, static_cast<int>(count)));
    std::vector<Id> result;
    for (Element &element : elements) {
        result.push_back(element.id);
        const Rect rect = rects.at(element.id);
        new AddElementCommand(document, std::move(element), diagram, rect, macro);
    }
    for (TrustBoundary &zone : zones) {
        result.push_back(zone.id);
        const Rect rect = rects.at(zone.id);
        new AddZoneCommand(document, std::move(zone), diagram, rect, macro);
    }
    // Only flows between pasted elements: the clipboard holds no others.
    for (const auto &[id, layout] : source.flows) {
        const Flow *original = clip.flow(id);
        if (!original || !fresh.count(original->source) || !fresh.count(original->target))
            continue;
        Flow flow = *original;
        flow.id = newId();
        flow.source = fresh.at(original->source);
        flow.target = fresh.at(original->target);
        FlowLayout placed = layout;
        for (Point &bend : placed.bends) {
            bend.x += offset.x();
            bend.y += offset.y();
        }
        if (placed.labelPosition) {
            placed.labelPosition->x += offset.x();
            placed.labelPosition->y += offset.y();
        }
        result.push_back(flow.id);
        new AddFlowCommand(document, std::move(flow), diagram, std::move(placed), macro);
    }
    if (before != after)
        new ContainmentCommand(document, before, after, macro);
    document->push(macro);
    return result;
}

// ---------------------------------------------------------------- arranging

namespace {

// The nodes among `ids` drawn on the diagram, with their rectangles.
std::vector<std::pair<Id, Rect>> nodesOf(const ThreatModel &model, const Id &diagram,
                                         const std::vector<Id> &ids)
{
    std::vector<std::pair<Id, Rect>> nodes;
    const Diagram *shown = diagramOf(model, diagram);
    if (!shown)
        return nodes;
    for (const Id &id : std::set<Id>(ids.begin(), ids.end()))
        if (auto rect = shown->nodes.find(id); rect != shown->nodes.end())
            nodes.emplace_back(id, rect->second);
    return nodes;
}

// Moves each node by its delta, zones with their contents, as one step.
void moveNodesBy(Document *document, const Id &diagram, const std::map<Id, QPointF> &deltas,
                 const QString &text)
{
    const ThreatModel &model = document->model();
    const Diagram *shown = diagramOf(model, diagram);
    std::map<Id, Rect> before;
    std::map<Id, Rect> after;
    for (const auto &[id, delta] : deltas) {
        if (delta.isNull())
            continue;
        for (const Id &node : withZoneContents(model, diagram, {id})) {
            // A node that is itself arranged keeps its own delta.
            if (node != id && deltas.count(node))
                continue;
            const Rect &rect = shown->nodes.at(node);
            before[node] = rect;
            after[node] = moved(rect, delta);
        }
    }
    if (after.empty())
        return;
    document->push(PlaceNodesCommand::create(document, diagram, std::move(before),
                                             std::move(after),
                                             PlaceNodesCommand::Kind::Arrange, text));
}

} // namespace

void alignNodes(Document *document, const Id &diagram, const std::vector<Id> &ids,
                Alignment alignment)
{
    const auto nodes = nodesOf(document->model(), diagram, ids);
    if (nodes.size() < 2)
        return;
    double left = nodes.front().second.x;
    double top = nodes.front().second.y;
    double right = left + nodes.front().second.width;
    double bottom = top + nodes.front().second.height;
    for (const auto &[id, rect] : nodes) {
        left = std::min(left, rect.x);
        top = std::min(top, rect.y);
        right = std::max(right, rect.x + rect.width);
        bottom = std::max(bottom, rect.y + rect.height);
    }
    std::map<Id, QPointF> deltas;
    QString text;
    for (const auto &[id, rect] : nodes) {
        QPointF delta;
        switch (alignment) {
        case Alignment::Left: delta.setX(left - rect.x); break;
        case Alignment::HorizontalCentre:
            delta.setX((left + right) / 2 - (rect.x + rect.width / 2));
            break;
        case Alignment::Right: delta.setX(right - (rect.x + rect.width)); break;
        case Alignment::Top: delta.setY(top - rect.y); break;
        case Alignment::VerticalCentre:
            delta.setY((top + bottom) / 2 - (rect.y + rect.height / 2));
            break;
        case Alignment::Bottom: delta.setY(bottom - (rect.y + rect.height)); break;
        }
        deltas[id] = delta;
    }
    switch (alignment) {
    case Alignment::Left: text = Editing::tr("Align left"); break;
    case Alignment::HorizontalCentre: text = Editing::tr("Align centres horizontally"); break;
    case Alignment::Right: text = Editing::tr("Align right"); break;
    case Alignment::Top: text = Editing::tr("Align top"); break;
    case Alignment::VerticalCentre: text = Editing::tr("Align centres vertically"); break;
    case Alignment::Bottom: text = Editing::tr("Align bottom"); break;
    }
    moveNodesBy(document, diagram, deltas, text);
}

void distributeNodes(Document *document, const Id &diagram, const std::vector<Id> &ids,
                     Qt::Orientation orientation)
{
    auto nodes = nodesOf(document->model(), diagram, ids);
    if (nodes.size() < 3)
        return;
    const bool horizontal = orientation == Qt::Horizontal;
    const auto start = [horizontal](const Rect &rect) { return horizontal ? rect.x : rect.y; };
    const auto extent = [horizontal](const Rect &rect) {
        return horizontal ? rect.width : rect.height;
    };
    std::sort(nodes.begin(), nodes.end(), [&](const auto &a, const auto &b) {
        return start(a.second) + extent(a.second) / 2 < start(b.second) + extent(b.second) / 2;
    });
    // Equal gaps between neighbours, the outermost two staying where they are.
    const double first = start(nodes.front().second);
    const double last = start(nodes.back().second) + extent(nodes.back().second);
    double occupied = 0;
    for (const auto &entry : nodes)
        occupied += extent(entry.second);
    const double gap = (last - first - occupied) / static_cast<double>(nodes.size() - 1);
    std::map<Id, QPointF> deltas;
    double at = first;
    for (const auto &[id, rect] : nodes) {
        const double shift = at - start(rect);
        deltas[id] = horizontal ? QPointF(shift, 0) : QPointF(0, shift);
        at += extent(rect) + gap;
    }
    moveNodesBy(document, diagram, deltas,
                horizontal ? Editing::tr("Distribute horizontally")
                           : Editing::tr("Distribute vertically"));
}

int zoneDepth(const ThreatModel &model, const Id &zone)
{
    const TrustBoundary *found = model.boundary(zone);
    int depth = 0;
    for (const TrustBoundary *parent = found ? model.boundary(found->parent) : nullptr;
         parent && depth < 64; parent = model.boundary(parent->parent))
        ++depth;
    return depth;
}

void restackZones(Document *document, const Id &diagram, const std::vector<Id> &ids,
                  bool toFront)
{
    const ThreatModel &model = document->model();
    const Diagram *shown = diagramOf(model, diagram);
    if (!shown)
        return;
    const std::set<Id> chosen(ids.begin(), ids.end());
    // Zones on the diagram by nesting depth, chosen ones apart from their peers.
    using Zones = std::vector<const TrustBoundary *>;
    std::map<int, std::pair<Zones, Zones>> byDepth; // depth -> (chosen, peers)
    for (const auto &entry : shown->nodes) {
        const TrustBoundary *zone = model.boundary(entry.first);
        if (!zone)
            continue;
        auto &group = byDepth[zoneDepth(model, zone->id)];
        (chosen.count(zone->id) ? group.first : group.second).push_back(zone);
    }
    // The drawing order: stack order, then id (as the scene draws them).
    const auto below = [](const TrustBoundary *a, const TrustBoundary *b) {
        return std::tie(a->stackOrder, a->id) < std::tie(b->stackOrder, b->id);
    };
    std::vector<TrustBoundary> changed;
    for (auto &[depth, group] : byDepth) {
        auto &[moving, peers] = group;
        if (moving.empty() || peers.empty())
            continue;
        std::sort(moving.begin(), moving.end(), below);
        std::sort(peers.begin(), peers.end(), below);
        if (toFront ? below(peers.back(), moving.front()) : below(moving.back(), peers.front()))
            continue; // already there
        const int count = static_cast<int>(moving.size());
        int next = toFront ? peers.back()->stackOrder + 1 : peers.front()->stackOrder - count;
        for (const TrustBoundary *zone : moving) {
            TrustBoundary edited = *zone;
            edited.stackOrder = next++;
            changed.push_back(std::move(edited));
        }
    }
    if (changed.empty())
        return;
    const int count = static_cast<int>(changed.size());
    document->push(new EditItemsCommand(
        document,
        toFront ? Editing::tr("Bring %n zone(s) to front", nullptr, count)
                : Editing::tr("Send %n zone(s) to back", nullptr, count),
        {}, {}, std::move(changed)));
}

} // namespace vigil::editing
