#pragma once

// Undo commands of the document's own records: baselines (model/Baselines.h), made and
// approved (a baseline's snapshot never changes; an approval replaces the record with one that
// has it added), and the conflicts a merge left open, settled one at a time.

#include "views/document/Commands.h"

#include <optional>

namespace vigil {

// Puts a baseline record as it is to be (a new one, one with an approval added), or removes it
// (nullopt).
class PutBaselineCommand final : public DocumentCommand {
public:
    PutBaselineCommand(Document *document, Id id, std::optional<Baseline> after,
                       const QString &text, QUndoCommand *parent = nullptr);
    void undoEdit() override;
    void redoEdit() override;

private:
    Id m_id;
    std::optional<Baseline> m_before;
    std::optional<Baseline> m_after;
};

// Settles the open merge conflict `id` for a side (model/diff/ModelMerge.h, resolveConflict):
// the model as it is after, kept whole, so that undo puts back the model as it was before.
class ResolveConflictCommand final : public DocumentCommand {
public:
    // `resolved` is resolveConflict(document->model(), ...).model.
    ResolveConflictCommand(Document *document, ThreatModel resolved, Id record,
                           const QString &text, QUndoCommand *parent = nullptr);
    void undoEdit() override;
    void redoEdit() override;

private:
    ThreatModel m_before;
    ThreatModel m_after;
    Id m_record; // the record the conflict is about
};

} // namespace vigil
