#include "views/document/Commands.h"

#include <QCoreApplication>

#include <algorithm>

namespace vigil {

// ---------------------------------------------------------------- DocumentCommand

void DocumentCommand::redo()
{
    m_document->beginStep(key());
    redoEdit();
    if (!m_analysis.isEmpty())
        m_analysis.redo(m_document, key());
    // The first redo is the edit itself (QUndoStack::push runs it). The automatic analysis
    // after an edit joins that edit's undo step, and so its entry in the audit trail.
    m_document->endStep(key(),
                        m_done ? QCoreApplication::translate("vigil::Document", "Redo: %1")
                                     .arg(text())
                               : text(),
                        !m_done && m_absorbable);
    m_done = true;
}

void DocumentCommand::undo()
{
    m_document->beginStep(key());
    if (!m_analysis.isEmpty())
        m_analysis.undo(m_document, key());
    undoEdit();
    m_document->endStep(key(),
                        QCoreApplication::translate("vigil::Document", "Undo: %1").arg(text()));
}

bool DocumentCommand::mergeWith(const QUndoCommand *other)
{
    const auto *later = dynamic_cast<const DocumentCommand *>(other);
    if (later && later->m_absorbable) {
        // The stack has already redone `later`: keep its effect as part of this step.
        if (const ThreatChangeSet *changes = later->ownThreatChanges())
            m_analysis.append(*changes);
        m_analysis.append(later->m_analysis);
        return true;
    }
    return mergeEdit(other);
}

namespace {

QString nameOf(const ThreatModel &model, const Id &item)
{
    return QString::fromStdString(model.displayName(item));
}

std::optional<PropertyValue> propertyOf(const PropertyMap &properties, const std::string &key)
{
    auto it = properties.find(key);
    if (it == properties.end())
        return std::nullopt;
    return it->second;
}

void setOrErase(PropertyMap &properties, const std::string &key,
                const std::optional<PropertyValue> &value)
{
    if (value)
        properties[key] = *value;
    else
        properties.erase(key);
}

} // namespace

// ---------------------------------------------------------------- MoveNodesCommand

MoveNodesCommand::MoveNodesCommand(Document *document, Id diagram, std::map<Id, Rect> before,
                                   std::map<Id, Rect> after, Kind kind, QUndoCommand *parent)
    : DocumentCommand(document, parent), m_diagram(std::move(diagram)),
      m_before(std::move(before)), m_after(std::move(after)), m_kind(kind)
{
    const int count = static_cast<int>(m_after.size());
    if (count == 1)
        setText(QCoreApplication::translate("Commands", "Move \"%1\"")
                    .arg(nameOf(document->model(), m_after.begin()->first)));
    else
        setText(QCoreApplication::translate("Commands", "Move %n item(s)", nullptr, count));
    setObsolete(m_before == m_after);
}

void MoveNodesCommand::apply(const std::map<Id, Rect> &rects)
{
    for (const auto &[node, rect] : rects)
        document()->setNodeRect(key(), m_diagram, node, rect);
}

void MoveNodesCommand::undoEdit()
{
    apply(m_before);
}

void MoveNodesCommand::redoEdit()
{
    apply(m_after);
}

bool MoveNodesCommand::mergeEdit(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const MoveNodesCommand *>(other);
    if (m_kind != Kind::Nudge || !next || next->m_kind != Kind::Nudge
        || next->m_diagram != m_diagram)
        return false;
    // Only nudges of the same selection merge: compare the moved ids.
    if (next->m_after.size() != m_after.size())
        return false;
    if (!std::equal(m_after.begin(), m_after.end(), next->m_after.begin(),
                    [](const auto &a, const auto &b) { return a.first == b.first; }))
        return false;
    m_after = next->m_after;
    setObsolete(m_before == m_after);
    return true;
}

// ---------------------------------------------------------------- RenameCommand

RenameCommand::RenameCommand(Document *document, Id item, std::string newName,
                             QUndoCommand *parent)
    : DocumentCommand(document, parent), m_item(std::move(item)), m_newName(std::move(newName))
{
    m_oldName = nameOf(document->model(), m_item).toStdString();
    setText(QCoreApplication::translate("Commands", "Rename \"%1\" to \"%2\"")
                .arg(QString::fromStdString(m_oldName), QString::fromStdString(m_newName)));
    setObsolete(m_oldName == m_newName);
}

void RenameCommand::apply(const std::string &name)
{
    const ThreatModel &model = document()->model();
    if (const Element *found = model.element(m_item)) {
        Element element = *found;
        element.name = name;
        document()->updateElement(key(), element);
    } else if (const Flow *foundFlow = model.flow(m_item)) {
        Flow flow = *foundFlow;
        flow.name = name;
        document()->updateFlow(key(), flow);
    } else if (const TrustBoundary *foundZone = model.boundary(m_item)) {
        TrustBoundary zone = *foundZone;
        zone.name = name;
        document()->updateBoundary(key(), zone);
    }
}

void RenameCommand::undoEdit()
{
    apply(m_oldName);
}

void RenameCommand::redoEdit()
{
    apply(m_newName);
}

// ---------------------------------------------------------------- SetPropertyCommand

SetPropertyCommand::SetPropertyCommand(Document *document, Id item, std::string key,
                                       std::optional<PropertyValue> value, QUndoCommand *parent)
    : DocumentCommand(document, parent), m_item(std::move(item)), m_key(std::move(key)),
      m_newValue(std::move(value))
{
    const ThreatModel &model = document->model();
    if (const Element *element = model.element(m_item))
        m_oldValue = propertyOf(element->properties, m_key);
    else if (const Flow *flow = model.flow(m_item))
        m_oldValue = propertyOf(flow->properties, m_key);
    setText(QCoreApplication::translate("Commands", "Set %1 of \"%2\"")
                .arg(QString::fromStdString(m_key), nameOf(model, m_item)));
    setObsolete(m_oldValue == m_newValue);
}

void SetPropertyCommand::apply(const std::optional<PropertyValue> &value)
{
    const ThreatModel &model = document()->model();
    if (const Element *found = model.element(m_item)) {
        Element element = *found;
        setOrErase(element.properties, m_key, value);
        document()->updateElement(key(), element);
    } else if (const Flow *foundFlow = model.flow(m_item)) {
        Flow flow = *foundFlow;
        setOrErase(flow.properties, m_key, value);
        document()->updateFlow(key(), flow);
    }
}

void SetPropertyCommand::undoEdit()
{
    apply(m_oldValue);
}

void SetPropertyCommand::redoEdit()
{
    apply(m_newValue);
}

// ---------------------------------------------------------------- AddElementCommand

AddElementCommand::AddElementCommand(Document *document, Element element, Id diagram, Rect rect,
                                     QUndoCommand *parent)
    : DocumentCommand(document, parent), m_element(std::move(element)),
      m_diagram(std::move(diagram)), m_rect(rect)
{
    setText(QCoreApplication::translate("Commands", "Add \"%1\"")
                .arg(QString::fromStdString(m_element.name)));
}

void AddElementCommand::undoEdit()
{
    document()->removeElement(key(), m_element.id);
}

void AddElementCommand::redoEdit()
{
    document()->addElement(key(), m_element, m_diagram, m_rect);
}

// ---------------------------------------------------------------- RemoveElementCommand

RemoveElementCommand::RemoveElementCommand(Document *document, Id element, QUndoCommand *parent)
    : DocumentCommand(document, parent), m_element(std::move(element))
{
    setText(QCoreApplication::translate("Commands", "Delete \"%1\"")
                .arg(nameOf(document->model(), m_element)));
    setObsolete(!document->model().element(m_element));
}

void RemoveElementCommand::undoEdit()
{
    document()->restoreElement(key(), m_removed);
}

void RemoveElementCommand::redoEdit()
{
    m_removed = document()->removeElement(key(), m_element);
}

// ---------------------------------------------------------------- RemoveFlowCommand

RemoveFlowCommand::RemoveFlowCommand(Document *document, Id flow, QUndoCommand *parent)
    : DocumentCommand(document, parent), m_flow(std::move(flow))
{
    setText(QCoreApplication::translate("Commands", "Delete \"%1\"")
                .arg(nameOf(document->model(), m_flow)));
    setObsolete(!document->model().flow(m_flow));
}

void RemoveFlowCommand::undoEdit()
{
    document()->restoreFlow(key(), m_removed);
}

void RemoveFlowCommand::redoEdit()
{
    m_removed = document()->removeFlow(key(), m_flow);
}

} // namespace vigil
