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

} // namespace vigil
