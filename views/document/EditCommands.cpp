#include "views/document/EditCommands.h"

#include "views/document/Document.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>
#include <vector>

namespace vigil {

namespace {

QString nameOf(const ThreatModel &model, const Id &item)
{
    return QString::fromStdString(model.displayName(item));
}

double area(const Rect &rect)
{
    return rect.width * rect.height;
}

bool containsPoint(const Rect &rect, double x, double y)
{
    return x >= rect.x && x <= rect.x + rect.width && y >= rect.y && y <= rect.y + rect.height;
}

bool containsRect(const Rect &outer, const Rect &inner)
{
    return inner.x >= outer.x && inner.y >= outer.y
           && inner.x + inner.width <= outer.x + outer.width
           && inner.y + inner.height <= outer.y + outer.height;
}

bool intersects(const Rect &a, const Rect &b)
{
    return a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height
           && b.y <= a.y + a.height;
}

Id parentOf(const ThreatModel &model, const Id &zone)
{
    const TrustBoundary *boundary = model.boundary(zone);
    return boundary ? boundary->parent : Id{};
}

void dropUnchanged(std::map<Id, Id> &before, std::map<Id, Id> &after)
{
    for (auto it = after.begin(); it != after.end();) {
        auto old = before.find(it->first);
        if (old != before.end() && old->second == it->second) {
            before.erase(old);
            it = after.erase(it);
        } else {
            ++it;
        }
    }
}

} // namespace

// ---------------------------------------------------------------- geometry

DiagramGeometry geometryOf(const ThreatModel &model, const Id &diagram,
                           const std::map<Id, Rect> &overrides, const std::set<Id> &newZones)
{
    DiagramGeometry geometry;
    if (const Diagram *shown = model.diagram(diagram)) {
        for (const auto &[id, rect] : shown->nodes) {
            if (model.element(id))
                geometry.elements[id] = rect;
            else if (model.boundary(id))
                geometry.zones[id] = rect;
        }
    }
    for (const auto &[id, rect] : overrides) {
        if (model.boundary(id) || newZones.count(id))
            geometry.zones[id] = rect;
        else
            geometry.elements[id] = rect;
    }
    return geometry;
}

Containment containmentFromGeometry(const ThreatModel &model, const DiagramGeometry &geometry,
                                    const std::set<Id> &elements, const std::set<Id> &zones)
{
    std::vector<std::pair<double, Id>> bySize;
    for (const auto &[id, rect] : geometry.zones)
        bySize.emplace_back(area(rect), id);
    std::sort(bySize.begin(), bySize.end());
    const auto drawn = [&](const Id &zone) { return geometry.zones.count(zone) != 0; };

    Containment result;
    for (const Id &element : elements) {
        auto rect = geometry.elements.find(element);
        if (rect == geometry.elements.end())
            continue;
        const Id current = model.boundaryOf(element);
        if (!current.empty() && !drawn(current)) {
            result.elementZones[element] = current;
            continue;
        }
        const double x = rect->second.x + rect->second.width / 2;
        const double y = rect->second.y + rect->second.height / 2;
        Id smallest;
        for (const auto &[size, zone] : bySize) {
            if (containsPoint(geometry.zones.at(zone), x, y)) {
                smallest = zone;
                break;
            }
        }
        result.elementZones[element] = smallest;
    }

    for (const Id &zone : zones) {
        auto rect = geometry.zones.find(zone);
        if (rect == geometry.zones.end())
            continue;
        const Id current = parentOf(model, zone);
        if (!current.empty() && !drawn(current)) {
            result.zoneParents[zone] = current;
            continue;
        }
        const double ownSize = area(rect->second);
        Id smallest;
        for (const auto &[size, other] : bySize) {
            // Equal rectangles nest by id, so two of them never hold each other.
            if (other == zone || size < ownSize || (size == ownSize && !(other < zone)))
                continue;
            // A zone nested in this one that keeps its parent cannot become its parent.
            if (!zones.count(other) && model.boundary(other)
                && model.boundaryContains(zone, other))
                continue;
            if (containsRect(geometry.zones.at(other), rect->second)) {
                smallest = other;
                break;
            }
        }
        result.zoneParents[zone] = smallest;
    }

    // Whatever the geometry says, the zone tree stays a tree: a zone that would end up inside
    // itself keeps its parent.
    std::map<Id, Id> parents;
    for (const TrustBoundary *boundary : model.boundaries())
        parents[boundary->id] = boundary->parent;
    for (const auto &[zone, parent] : result.zoneParents)
        parents[zone] = parent;
    for (bool changed = true; changed;) {
        changed = false;
        for (auto &[zone, parent] : result.zoneParents) {
            Id up = parent;
            for (size_t steps = 0; !up.empty() && up != zone && steps <= parents.size(); ++steps)
                up = parents.count(up) ? parents[up] : Id{};
            if (up == zone && parent != parentOf(model, zone)) {
                parent = parentOf(model, zone);
                parents[zone] = parent;
                changed = true;
            }
        }
    }
    return result;
}

Containment currentContainment(const ThreatModel &model, const Containment &of)
{
    Containment result;
    for (const auto &entry : of.elementZones)
        result.elementZones[entry.first] = model.boundaryOf(entry.first);
    for (const auto &entry : of.zoneParents)
        result.zoneParents[entry.first] = parentOf(model, entry.first);
    return result;
}

// ---------------------------------------------------------------- ContainmentCommand

ContainmentCommand::ContainmentCommand(Document *document, Containment before, Containment after,
                                       QUndoCommand *parent)
    : DocumentCommand(document, parent), m_containmentBefore(std::move(before)),
      m_containmentAfter(std::move(after))
{
    dropUnchanged(m_containmentBefore.elementZones, m_containmentAfter.elementZones);
    dropUnchanged(m_containmentBefore.zoneParents, m_containmentAfter.zoneParents);
    setText(QCoreApplication::translate("EditCommands", "Change trust zone membership"));
    setObsolete(m_containmentAfter.empty());
}

void ContainmentCommand::applyContainment(const Containment &containment)
{
    const ThreatModel &model = document()->model();
    // Detach first: setting parents one by one could otherwise pass through a cycle.
    for (const auto &[zone, parent] : containment.zoneParents) {
        const TrustBoundary *found = model.boundary(zone);
        if (found && found->parent != parent && !found->parent.empty()) {
            TrustBoundary detached = *found;
            detached.parent.clear();
            document()->updateBoundary(key(), detached);
        }
    }
    for (const auto &[zone, parent] : containment.zoneParents) {
        const TrustBoundary *found = model.boundary(zone);
        if (found && found->parent != parent) {
            TrustBoundary moved = *found;
            moved.parent = parent;
            document()->updateBoundary(key(), moved);
        }
    }
    for (const auto &[element, zone] : containment.elementZones)
        document()->setMembership(key(), element, zone);
}

void ContainmentCommand::undoEdit()
{
    applyContainment(m_containmentBefore);
}

void ContainmentCommand::redoEdit()
{
    applyContainment(m_containmentAfter);
}

// ---------------------------------------------------------------- PlaceNodesCommand

PlaceNodesCommand *PlaceNodesCommand::create(Document *document, const Id &diagram,
                                             std::map<Id, Rect> before, std::map<Id, Rect> after,
                                             Kind kind, const QString &text)
{
    const ThreatModel &model = document->model();
    const DiagramGeometry geometry = geometryOf(model, diagram, after);
    std::set<Id> elements;
    std::set<Id> zones;
    for (const auto &[id, rect] : after) {
        if (model.boundary(id))
            zones.insert(id);
        else if (model.element(id))
            elements.insert(id);
    }
    // A zone that moves or changes size may take in or let go of what lies under it.
    std::vector<Rect> zoneAreas;
    for (const Id &zone : zones) {
        zoneAreas.push_back(after.at(zone));
        if (auto old = before.find(zone); old != before.end())
            zoneAreas.push_back(old->second);
    }
    if (!zoneAreas.empty()) {
        for (const auto &[id, rect] : geometry.elements) {
            const double x = rect.x + rect.width / 2;
            const double y = rect.y + rect.height / 2;
            for (const Rect &zoneArea : zoneAreas)
                if (containsPoint(zoneArea, x, y))
                    elements.insert(id);
        }
        for (const auto &[id, rect] : geometry.zones)
            for (const Rect &zoneArea : zoneAreas)
                if (intersects(zoneArea, rect))
                    zones.insert(id);
    }
    Containment containmentAfter = containmentFromGeometry(model, geometry, elements, zones);
    Containment containmentBefore = currentContainment(model, containmentAfter);
    return new PlaceNodesCommand(document, diagram, std::move(before), std::move(after),
                                 std::move(containmentBefore), std::move(containmentAfter), kind,
                                 text);
}

PlaceNodesCommand::PlaceNodesCommand(Document *document, Id diagram, std::map<Id, Rect> before,
                                     std::map<Id, Rect> after, Containment containmentBefore,
                                     Containment containmentAfter, Kind kind,
                                     const QString &text, QUndoCommand *parent)
    : ContainmentCommand(document, std::move(containmentBefore), std::move(containmentAfter),
                         parent),
      m_diagram(std::move(diagram)), m_before(std::move(before)), m_after(std::move(after)),
      m_kind(kind)
{
    const int count = static_cast<int>(m_after.size());
    if (!text.isEmpty())
        setText(text);
    else if (kind == Kind::Resize && count == 1)
        setText(QCoreApplication::translate("EditCommands", "Resize \"%1\"")
                    .arg(nameOf(document->model(), m_after.begin()->first)));
    else if (count == 1)
        setText(QCoreApplication::translate("EditCommands", "Move \"%1\"")
                    .arg(nameOf(document->model(), m_after.begin()->first)));
    else
        setText(
            QCoreApplication::translate("EditCommands", "Move %n item(s)", nullptr, count));
    setObsolete(m_before == m_after && m_containmentAfter.empty());
}

void PlaceNodesCommand::applyRects(const std::map<Id, Rect> &rects)
{
    for (const auto &[node, rect] : rects)
        document()->setNodeRect(key(), m_diagram, node, rect);
}

void PlaceNodesCommand::undoEdit()
{
    applyContainment(m_containmentBefore);
    applyRects(m_before);
}

void PlaceNodesCommand::redoEdit()
{
    applyRects(m_after);
    applyContainment(m_containmentAfter);
}

bool PlaceNodesCommand::mergeEdit(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const PlaceNodesCommand *>(other);
    if (m_kind != Kind::Nudge || !next || next->m_kind != Kind::Nudge
        || next->m_diagram != m_diagram)
        return false;
    // Only nudges of the same nodes merge.
    if (next->m_after.size() != m_after.size()
        || !std::equal(m_after.begin(), m_after.end(), next->m_after.begin(),
                       [](const auto &a, const auto &b) { return a.first == b.first; }))
        return false;
    m_after = next->m_after;
    const auto mergeMap = [](std::map<Id, Id> &before, std::map<Id, Id> &after,
                             const std::map<Id, Id> &nextBefore,
                             const std::map<Id, Id> &nextAfter) {
        for (const auto &[id, value] : nextAfter) {
            before.emplace(id, nextBefore.at(id)); // keeps the earliest "before"
            after[id] = value;
        }
        dropUnchanged(before, after);
    };
    mergeMap(m_containmentBefore.elementZones, m_containmentAfter.elementZones,
             next->m_containmentBefore.elementZones, next->m_containmentAfter.elementZones);
    mergeMap(m_containmentBefore.zoneParents, m_containmentAfter.zoneParents,
             next->m_containmentBefore.zoneParents, next->m_containmentAfter.zoneParents);
    setObsolete(m_before == m_after && m_containmentAfter.empty());
    return true;
}

// ---------------------------------------------------------------- zones

AddZoneCommand::AddZoneCommand(Document *document, TrustBoundary zone, Id diagram, Rect rect,
                               QUndoCommand *parent)
    : DocumentCommand(document, parent), m_zone(std::move(zone)), m_diagram(std::move(diagram)),
      m_rect(rect)
{
    m_zone.members.clear();
    setText(QCoreApplication::translate("EditCommands", "Add trust zone \"%1\"")
                .arg(QString::fromStdString(m_zone.name)));
}

void AddZoneCommand::undoEdit()
{
    document()->removeBoundary(key(), m_zone.id);
}

void AddZoneCommand::redoEdit()
{
    document()->addBoundary(key(), m_zone, m_diagram, m_rect);
}

RemoveZoneCommand::RemoveZoneCommand(Document *document, Id zone, QUndoCommand *parent)
    : DocumentCommand(document, parent), m_zone(std::move(zone))
{
    setText(QCoreApplication::translate("EditCommands", "Delete \"%1\"")
                .arg(nameOf(document->model(), m_zone)));
    setObsolete(!document->model().boundary(m_zone));
}

void RemoveZoneCommand::undoEdit()
{
    document()->restoreBoundary(key(), m_removed);
}

void RemoveZoneCommand::redoEdit()
{
    m_removed = document()->removeBoundary(key(), m_zone);
}

// ---------------------------------------------------------------- flows

AddFlowCommand::AddFlowCommand(Document *document, Flow flow, Id diagram, FlowLayout layout,
                               QUndoCommand *parent)
    : DocumentCommand(document, parent), m_flow(std::move(flow)), m_diagram(std::move(diagram)),
      m_layout(std::move(layout))
{
    setText(QCoreApplication::translate("EditCommands", "Add flow \"%1\"")
                .arg(QString::fromStdString(m_flow.name)));
}

void AddFlowCommand::undoEdit()
{
    document()->removeFlow(key(), m_flow.id);
}

void AddFlowCommand::redoEdit()
{
    document()->addFlow(key(), m_flow, m_diagram);
    if (!m_diagram.empty() && m_layout != FlowLayout{})
        document()->setFlowLayout(key(), m_diagram, m_flow.id, m_layout);
}

SetFlowLayoutCommand::SetFlowLayoutCommand(Document *document, Id diagram, Id flow,
                                           FlowLayout after, const QString &text,
                                           QUndoCommand *parent)
    : DocumentCommand(document, parent), m_diagram(std::move(diagram)), m_flow(std::move(flow)),
      m_after(std::move(after))
{
    const Diagram *shown = document->model().diagram(m_diagram);
    auto layout = shown ? shown->flows.find(m_flow) : decltype(shown->flows.end()){};
    if (shown && layout != shown->flows.end())
        m_before = layout->second;
    setText(text);
    setObsolete(!shown || layout == shown->flows.end() || m_before == m_after);
}

void SetFlowLayoutCommand::undoEdit()
{
    document()->setFlowLayout(key(), m_diagram, m_flow, m_before);
}

void SetFlowLayoutCommand::redoEdit()
{
    document()->setFlowLayout(key(), m_diagram, m_flow, m_after);
}

UpdateFlowCommand::UpdateFlowCommand(Document *document, Flow after, const QString &text,
                                     QUndoCommand *parent)
    : DocumentCommand(document, parent), m_after(std::move(after))
{
    const Flow *found = document->model().flow(m_after.id);
    if (found)
        m_before = *found;
    setText(text);
    setObsolete(!found || m_before == m_after);
}

void UpdateFlowCommand::undoEdit()
{
    document()->updateFlow(key(), m_before);
}

void UpdateFlowCommand::redoEdit()
{
    document()->updateFlow(key(), m_after);
}

} // namespace vigil
