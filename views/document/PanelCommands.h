#pragma once

// Undo commands of the model-side panels: the properties dock (fields of elements, flows, zones
// and the model information), the diagram tabs (new, rename, reorder, delete) and placing items
// on or removing them from one diagram. Like views/Commands.h they hold ids and value snapshots
// and mark themselves obsolete when they would change nothing.

#include "views/document/Commands.h"

#include <vector>

namespace vigil {

// Replaces elements, flows and zones with edited copies (same ids) in one undo step, e.g. one
// property set on several selected items. Zones keep their members and parent as edited.
class EditItemsCommand final : public DocumentCommand {
public:
    EditItemsCommand(Document *document, const QString &text, std::vector<Element> elements,
                     std::vector<Flow> flows, std::vector<TrustBoundary> zones,
                     QUndoCommand *parent = nullptr);
    void undoEdit() override;
    void redoEdit() override;

private:
    void apply(const std::vector<Element> &elements, const std::vector<Flow> &flows,
               const std::vector<TrustBoundary> &zones);

    std::vector<Element> m_elementsBefore, m_elementsAfter;
    std::vector<Flow> m_flowsBefore, m_flowsAfter;
    std::vector<TrustBoundary> m_zonesBefore, m_zonesAfter;
};

// Name, description, security context, assumptions and scope of the model.
class SetModelInfoCommand final : public DocumentCommand {
public:
    SetModelInfoCommand(Document *document, const QString &text, ModelInfo info,
                        QUndoCommand *parent = nullptr);
    void undoEdit() override;
    void redoEdit() override;

private:
    ModelInfo m_before;
    ModelInfo m_after;
};

class AddDiagramCommand final : public DocumentCommand {
public:
    AddDiagramCommand(Document *document, Diagram diagram, QUndoCommand *parent = nullptr);
    void undoEdit() override;
    void redoEdit() override;
    const Id &diagramId() const { return m_diagram.id; }

private:
    Diagram m_diagram;
};

// Deletes a diagram with its layout; the elements it showed stay in the model. The model's last
// diagram cannot be deleted: the command is obsolete then.
class RemoveDiagramCommand final : public DocumentCommand {
public:
    RemoveDiagramCommand(Document *document, Id diagram, QUndoCommand *parent = nullptr);
    void undoEdit() override;
    void redoEdit() override;

private:
    Id m_id;
    Diagram m_removed;
};

// Name, kind, level, order or description of one or more diagrams (rename, reorder tabs).
class EditDiagramsCommand final : public DocumentCommand {
public:
    EditDiagramsCommand(Document *document, const QString &text, std::vector<Diagram> diagrams,
                        QUndoCommand *parent = nullptr);
    void undoEdit() override;
    void redoEdit() override;

private:
    std::vector<Diagram> m_before;
    std::vector<Diagram> m_after;
};

// Shows existing elements and zones on a diagram at the given rectangles, and flows with the
// given layouts. Items already on the diagram are left where they are.
class PlaceOnDiagramCommand final : public DocumentCommand {
public:
    PlaceOnDiagramCommand(Document *document, Id diagram, std::map<Id, Rect> nodes,
                          std::map<Id, FlowLayout> flows, QUndoCommand *parent = nullptr);
    void undoEdit() override;
    void redoEdit() override;

private:
    Id m_diagram;
    std::map<Id, Rect> m_nodes;
    std::map<Id, FlowLayout> m_flows;
};

// Takes elements, zones and flows off one diagram only: they stay in the model and on other
// diagrams. An element takes the flows drawn to it on this diagram along.
class RemoveFromDiagramCommand final : public DocumentCommand {
public:
    RemoveFromDiagramCommand(Document *document, Id diagram, const std::vector<Id> &items,
                             QUndoCommand *parent = nullptr);
    void undoEdit() override;
    void redoEdit() override;

private:
    Id m_diagram;
    std::map<Id, Rect> m_nodes;
    std::map<Id, FlowLayout> m_flows;
};

} // namespace vigil
