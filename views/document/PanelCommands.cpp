#include "views/document/PanelCommands.h"

#include <QCoreApplication>

#include <tuple>
#include <utility>

namespace vigil {

namespace {

QString diagramName(const ThreatModel &model, const Id &diagram)
{
    const Diagram *found = model.diagram(diagram);
    return QString::fromStdString(found ? found->name : diagram);
}

} // namespace

// ---------------------------------------------------------------- EditItemsCommand

EditItemsCommand::EditItemsCommand(Document *document, const QString &text,
                                   std::vector<Element> elements, std::vector<Flow> flows,
                                   std::vector<TrustBoundary> zones, QUndoCommand *parent)
    : DocumentCommand(document, parent), m_elementsAfter(std::move(elements)),
      m_flowsAfter(std::move(flows)), m_zonesAfter(std::move(zones))
{
    setText(text);
    const ThreatModel &model = document->model();
    bool changes = false;
    for (const Element &after : m_elementsAfter) {
        const Element *before = model.element(after.id);
        m_elementsBefore.push_back(before ? *before : after);
        changes = changes || (before && *before != after);
    }
    for (const Flow &after : m_flowsAfter) {
        const Flow *before = model.flow(after.id);
        m_flowsBefore.push_back(before ? *before : after);
        changes = changes || (before && *before != after);
    }
    for (const TrustBoundary &after : m_zonesAfter) {
        const TrustBoundary *before = model.boundary(after.id);
        m_zonesBefore.push_back(before ? *before : after);
        changes = changes || (before && *before != after);
    }
    setObsolete(!changes);
}

void EditItemsCommand::apply(const std::vector<Element> &elements,
                             const std::vector<Flow> &flows,
                             const std::vector<TrustBoundary> &zones)
{
    for (const Element &element : elements)
        document()->updateElement(key(), element);
    for (const Flow &flow : flows)
        document()->updateFlow(key(), flow);
    for (const TrustBoundary &zone : zones)
        document()->updateBoundary(key(), zone);
}

void EditItemsCommand::undoEdit()
{
    apply(m_elementsBefore, m_flowsBefore, m_zonesBefore);
}

void EditItemsCommand::redoEdit()
{
    apply(m_elementsAfter, m_flowsAfter, m_zonesAfter);
}

// ---------------------------------------------------------------- SetModelInfoCommand

SetModelInfoCommand::SetModelInfoCommand(Document *document, const QString &text, ModelInfo info,
                                         QUndoCommand *parent)
    : DocumentCommand(document, parent), m_before(document->model().info()),
      m_after(std::move(info))
{
    setText(text);
    setObsolete(m_before == m_after);
}

void SetModelInfoCommand::undoEdit()
{
    document()->setModelInfo(key(), m_before);
}

void SetModelInfoCommand::redoEdit()
{
    document()->setModelInfo(key(), m_after);
}

// ---------------------------------------------------------------- AddDiagramCommand

AddDiagramCommand::AddDiagramCommand(Document *document, Diagram diagram, QUndoCommand *parent)
    : DocumentCommand(document, parent), m_diagram(std::move(diagram))
{
    setText(QCoreApplication::translate("Commands", "New diagram \"%1\"")
                .arg(QString::fromStdString(m_diagram.name)));
    setObsolete(m_diagram.id.empty() || document->model().diagram(m_diagram.id));
}

void AddDiagramCommand::undoEdit()
{
    document()->removeDiagram(key(), m_diagram.id);
}

void AddDiagramCommand::redoEdit()
{
    document()->addDiagram(key(), m_diagram);
}

// ---------------------------------------------------------------- RemoveDiagramCommand

RemoveDiagramCommand::RemoveDiagramCommand(Document *document, Id diagram, QUndoCommand *parent)
    : DocumentCommand(document, parent), m_id(std::move(diagram))
{
    const ThreatModel &model = document->model();
    setText(QCoreApplication::translate("Commands", "Delete diagram \"%1\"")
                .arg(diagramName(model, m_id)));
    setObsolete(!model.diagram(m_id) || model.diagrams().size() < 2);
}

void RemoveDiagramCommand::undoEdit()
{
    document()->addDiagram(key(), m_removed);
}

void RemoveDiagramCommand::redoEdit()
{
    m_removed = document()->removeDiagram(key(), m_id);
}

// ---------------------------------------------------------------- EditDiagramsCommand

EditDiagramsCommand::EditDiagramsCommand(Document *document, const QString &text,
                                         std::vector<Diagram> diagrams, QUndoCommand *parent)
    : DocumentCommand(document, parent), m_after(std::move(diagrams))
{
    setText(text);
    bool changes = false;
    for (const Diagram &after : m_after) {
        const Diagram *before = document->model().diagram(after.id);
        m_before.push_back(before ? *before : after);
        changes = changes
                  || (before
                      && std::tie(before->name, before->kind, before->level, before->order,
                                  before->description)
                             != std::tie(after.name, after.kind, after.level, after.order,
                                         after.description));
    }
    setObsolete(!changes);
}

void EditDiagramsCommand::undoEdit()
{
    for (const Diagram &diagram : m_before)
        document()->updateDiagramInfo(key(), diagram);
}

void EditDiagramsCommand::redoEdit()
{
    for (const Diagram &diagram : m_after)
        document()->updateDiagramInfo(key(), diagram);
}

// ---------------------------------------------------------------- PlaceOnDiagramCommand

PlaceOnDiagramCommand::PlaceOnDiagramCommand(Document *document, Id diagram,
                                             std::map<Id, Rect> nodes,
                                             std::map<Id, FlowLayout> flows,
                                             QUndoCommand *parent)
    : DocumentCommand(document, parent), m_diagram(std::move(diagram))
{
    const Diagram *target = document->model().diagram(m_diagram);
    if (target) {
        for (auto &[id, rect] : nodes)
            if (!target->nodes.count(id))
                m_nodes.emplace(id, rect);
        for (auto &[id, layout] : flows)
            if (!target->flows.count(id))
                m_flows.emplace(id, layout);
    }
    const int count = static_cast<int>(m_nodes.size() + m_flows.size());
    setText(QCoreApplication::translate("Commands", "Place %n item(s) on \"%1\"", nullptr, count)
                .arg(diagramName(document->model(), m_diagram)));
    setObsolete(count == 0);
}

void PlaceOnDiagramCommand::undoEdit()
{
    for (const auto &entry : m_flows)
        document()->removeFlowLayout(key(), m_diagram, entry.first);
    for (const auto &entry : m_nodes)
        document()->removeNode(key(), m_diagram, entry.first);
}

void PlaceOnDiagramCommand::redoEdit()
{
    for (const auto &[id, rect] : m_nodes)
        document()->setNodeRect(key(), m_diagram, id, rect);
    for (const auto &[id, layout] : m_flows)
        document()->setFlowLayout(key(), m_diagram, id, layout);
}

// ---------------------------------------------------------------- RemoveFromDiagramCommand

RemoveFromDiagramCommand::RemoveFromDiagramCommand(Document *document, Id diagram,
                                                   const std::vector<Id> &items,
                                                   QUndoCommand *parent)
    : DocumentCommand(document, parent), m_diagram(std::move(diagram))
{
    const ThreatModel &model = document->model();
    const Diagram *source = model.diagram(m_diagram);
    if (source) {
        for (const Id &item : items) {
            if (auto node = source->nodes.find(item); node != source->nodes.end()) {
                m_nodes.emplace(item, node->second);
                // A flow cannot be drawn without both of its ends.
                for (const Id &flow : model.flowsOf(item))
                    if (auto layout = source->flows.find(flow); layout != source->flows.end())
                        m_flows.emplace(flow, layout->second);
            }
            if (auto layout = source->flows.find(item); layout != source->flows.end())
                m_flows.emplace(item, layout->second);
        }
    }
    const int count = static_cast<int>(m_nodes.size() + m_flows.size());
    setText(QCoreApplication::translate("Commands", "Remove %n item(s) from diagram \"%1\"",
                                        nullptr, count)
                .arg(diagramName(model, m_diagram)));
    setObsolete(count == 0);
}

void RemoveFromDiagramCommand::undoEdit()
{
    for (const auto &[id, rect] : m_nodes)
        document()->setNodeRect(key(), m_diagram, id, rect);
    for (const auto &[id, layout] : m_flows)
        document()->setFlowLayout(key(), m_diagram, id, layout);
}

void RemoveFromDiagramCommand::redoEdit()
{
    for (const auto &entry : m_flows)
        document()->removeFlowLayout(key(), m_diagram, entry.first);
    for (const auto &entry : m_nodes)
        document()->removeNode(key(), m_diagram, entry.first);
}

} // namespace vigil
