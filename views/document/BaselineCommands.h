#pragma once

// Undo commands of baselines (model/Baselines.h): making one, and approving one. A baseline's
// snapshot never changes; an approval replaces the record with one that has it added.

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

} // namespace vigil
