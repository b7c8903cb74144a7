#include "views/document/BaselineCommands.h"

namespace vigil {

PutBaselineCommand::PutBaselineCommand(Document *document, Id id, std::optional<Baseline> after,
                                       const QString &text, QUndoCommand *parent)
    : DocumentCommand(document, parent), m_id(std::move(id)), m_after(std::move(after))
{
    if (const Baseline *current = document->model().baselines().find(m_id))
        m_before = *current;
    setText(text);
    setObsolete(m_before == m_after);
}

void PutBaselineCommand::undoEdit()
{
    document()->setBaseline(key(), m_id, m_before);
}

void PutBaselineCommand::redoEdit()
{
    document()->setBaseline(key(), m_id, m_after);
}

ResolveConflictCommand::ResolveConflictCommand(Document *document, ThreatModel resolved,
                                               Id record, const QString &text,
                                               QUndoCommand *parent)
    : DocumentCommand(document, parent), m_before(document->model()),
      m_after(std::move(resolved)), m_record(std::move(record))
{
    setText(text);
}

void ResolveConflictCommand::undoEdit()
{
    document()->setModelContent(key(), m_before, m_record);
}

void ResolveConflictCommand::redoEdit()
{
    document()->setModelContent(key(), m_after, m_record);
}

} // namespace vigil
