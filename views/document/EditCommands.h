#pragma once

// Undo commands of the diagram editor (canvas): placing nodes with the zone membership their new
// geometry implies, adding and removing trust zones and flows, flow layouts and flow updates.
// Like views/Commands.h they hold ids and value snapshots and call only Document mutators.

#include "model/ThreatModel.h"
#include "model/Types.h"
#include "views/document/Commands.h"

#include <QString>

#include <map>
#include <set>

namespace vigil {

// Where elements and zones sit in the zone tree: element -> its innermost zone, zone -> its
// parent zone (empty: none / top level).
struct Containment {
    std::map<Id, Id> elementZones;
    std::map<Id, Id> zoneParents;
    bool empty() const { return elementZones.empty() && zoneParents.empty(); }
    bool operator==(const Containment &) const = default;
};

// The node rectangles of one diagram, split into elements and zones.
struct DiagramGeometry {
    std::map<Id, Rect> elements;
    std::map<Id, Rect> zones;
};

// The geometry the model stores for `diagram`, with `overrides` (moved or new nodes) applied;
// `newZones` names override ids that are zones the model does not hold yet.
DiagramGeometry geometryOf(const ThreatModel &model, const Id &diagram,
                           const std::map<Id, Rect> &overrides = {},
                           const std::set<Id> &newZones = {});

// Containment of `elements` and `zones` as read from `geometry`: an element belongs to the
// smallest zone holding its centre, a zone's parent is the smallest other zone holding its whole
// rectangle. Items whose current zone is not drawn on the diagram keep it (the geometry here
// says nothing about it), and no zone ends up inside itself.
Containment containmentFromGeometry(const ThreatModel &model, const DiagramGeometry &geometry,
                                    const std::set<Id> &elements, const std::set<Id> &zones);

// The model's containment of the ids `of` names.
Containment currentContainment(const ThreatModel &model, const Containment &of);

// Applies containment through the Document: detaches zones first, then sets new parents, so no
// intermediate state nests a zone inside itself.
class ContainmentCommand : public DocumentCommand {
public:
    // `before` and `after` name the same ids; entries that do not change are dropped.
    ContainmentCommand(Document *document, Containment before, Containment after,
                       QUndoCommand *parent = nullptr);
    void undoEdit() override;
    void redoEdit() override;

protected:
    void applyContainment(const Containment &containment);
    Containment m_containmentBefore;
    Containment m_containmentAfter;
};

// Moves or resizes nodes of one diagram and, in the same step, moves the elements and zones
// whose containment the new geometry changes. Keyboard nudges of the same nodes merge.
class PlaceNodesCommand final : public ContainmentCommand {
public:
    enum class Kind { Drag, Nudge, Resize, Arrange };

    // Reads the containment the move implies from the model; `text` overrides the default.
    static PlaceNodesCommand *create(Document *document, const Id &diagram,
                                     std::map<Id, Rect> before, std::map<Id, Rect> after,
                                     Kind kind, const QString &text = {});

    PlaceNodesCommand(Document *document, Id diagram, std::map<Id, Rect> before,
                      std::map<Id, Rect> after, Containment containmentBefore,
                      Containment containmentAfter, Kind kind, const QString &text = {},
                      QUndoCommand *parent = nullptr);
    void undoEdit() override;
    void redoEdit() override;
    bool mergeEdit(const QUndoCommand *other) override;

    const std::map<Id, Rect> &rectsAfter() const { return m_after; }
    const Containment &containmentAfter() const { return m_containmentAfter; }

private:
    void applyRects(const std::map<Id, Rect> &rects);

    Id m_diagram;
    std::map<Id, Rect> m_before;
    std::map<Id, Rect> m_after;
    Kind m_kind;
};

// Adds a trust zone (without members) drawn on one diagram.
class AddZoneCommand final : public DocumentCommand {
public:
    AddZoneCommand(Document *document, TrustBoundary zone, Id diagram, Rect rect,
                   QUndoCommand *parent = nullptr);
    void undoEdit() override;
    void redoEdit() override;

private:
    TrustBoundary m_zone;
    Id m_diagram;
    Rect m_rect;
};

// Deletes a trust zone: its members and nested zones move to its parent; undo puts them back.
class RemoveZoneCommand final : public DocumentCommand {
public:
    RemoveZoneCommand(Document *document, Id zone, QUndoCommand *parent = nullptr);
    void undoEdit() override;
    void redoEdit() override;

private:
    Id m_zone;
    RemovedBoundary m_removed;
};

// Adds a flow drawn on one diagram with the given layout.
class AddFlowCommand final : public DocumentCommand {
public:
    AddFlowCommand(Document *document, Flow flow, Id diagram, FlowLayout layout = {},
                   QUndoCommand *parent = nullptr);
    void undoEdit() override;
    void redoEdit() override;

private:
    Flow m_flow;
    Id m_diagram;
    FlowLayout m_layout;
};

// Sets a flow's bends and label position on one diagram.
class SetFlowLayoutCommand final : public DocumentCommand {
public:
    SetFlowLayoutCommand(Document *document, Id diagram, Id flow, FlowLayout after,
                         const QString &text, QUndoCommand *parent = nullptr);
    void undoEdit() override;
    void redoEdit() override;

private:
    Id m_diagram;
    Id m_flow;
    FlowLayout m_before;
    FlowLayout m_after;
};

// Replaces a flow's record (same id, source and target), e.g. to toggle bidirectional.
class UpdateFlowCommand final : public DocumentCommand {
public:
    UpdateFlowCommand(Document *document, Flow after, const QString &text,
                      QUndoCommand *parent = nullptr);
    void undoEdit() override;
    void redoEdit() override;

private:
    Flow m_before;
    Flow m_after;
};

} // namespace vigil
