#pragma once

// Undo commands for threats: applying an analysis, triage decisions (status, justification) and
// suppressions. Like every command they hold ids and value snapshots, never pointers into the
// model, and an undo puts the previous threat records back exactly (same JSON, byte for byte).

#include "views/document/Commands.h"
#include "views/document/ThreatChangeSet.h"

#include <QCoreApplication>

#include <map>
#include <optional>
#include <vector>

namespace vigil {

// The counts an analysis reports, for the command's text and the status bar.
struct ThreatUpdateSummary {
    size_t added = 0;
    size_t obsoleted = 0;
    size_t revived = 0;
};


// Applies one analysis (stride::reconcile's effect) as one undo step. Consecutive updates merge;
// an update that changes nothing is obsolete and never reaches the stack.
class UpdateThreatsCommand final : public DocumentCommand {
    Q_DECLARE_TR_FUNCTIONS(UpdateThreatsCommand)

public:
    UpdateThreatsCommand(Document *document, ThreatChangeSet changes,
                         ThreatUpdateSummary summary, QUndoCommand *parent = nullptr);
    void undoEdit() override;
    void redoEdit() override;
    bool mergeEdit(const QUndoCommand *other) override;
    const ThreatChangeSet &changes() const { return m_changes; }

protected:
    const ThreatChangeSet *ownThreatChanges() const override { return &m_changes; }

private:
    void updateText();

    ThreatChangeSet m_changes;
    ThreatUpdateSummary m_summary;
};

// Sets the status, or the justification, of one or more threats: one undo step.
class EditThreatsCommand : public DocumentCommand {
public:
    void undoEdit() override;
    void redoEdit() override;

protected:
    EditThreatsCommand(Document *document, QUndoCommand *parent);
    // Records the change of every threat of `ids` that `edit` alters; obsolete when none.
    template<typename Edit>
    void build(const std::vector<Id> &ids, Edit edit)
    {
        const ThreatModel &model = document()->model();
        for (const Id &id : ids) {
            const Threat *threat = model.threats().find(id);
            if (!threat)
                continue;
            Threat after = *threat;
            edit(after);
            if (!(after == *threat))
                m_changes.set(id, *threat, std::move(after));
        }
        setObsolete(m_changes.isEmpty());
    }
    // "T-12" for one threat, "3 threats" for several: what the command's text names.
    QString subject() const;

private:
    ThreatChangeSet m_changes;
};

class SetThreatStatusCommand final : public EditThreatsCommand {
    Q_DECLARE_TR_FUNCTIONS(SetThreatStatusCommand)

public:
    SetThreatStatusCommand(Document *document, const std::vector<Id> &threats,
                           ThreatStatus status, QUndoCommand *parent = nullptr);
};

class SetThreatJustificationCommand final : public EditThreatsCommand {
    Q_DECLARE_TR_FUNCTIONS(SetThreatJustificationCommand)

public:
    SetThreatJustificationCommand(Document *document, const std::vector<Id> &threats,
                                  std::string justification, QUndoCommand *parent = nullptr);
};

// Adds (reason set) or removes (nullopt) the suppression of a rule for an element. The analysis
// that follows it merges into the same undo step, so one Ctrl+Z takes back the suppression and
// what it did to the threats.
class SetSuppressionCommand final : public DocumentCommand {
    Q_DECLARE_TR_FUNCTIONS(SetSuppressionCommand)

public:
    SetSuppressionCommand(Document *document, Id element, std::string ruleId,
                          std::optional<std::string> reason, QUndoCommand *parent = nullptr);
    void undoEdit() override;
    void redoEdit() override;
    bool mergeEdit(const QUndoCommand *other) override;

private:
    void apply(const std::optional<std::string> &reason);

    Id m_element;
    std::string m_ruleId;
    std::optional<std::string> m_before;
    std::optional<std::string> m_after;
    ThreatChangeSet m_analysis; // the analysis merged into this step
};

// The user-facing label of a status and of a category ("Needs investigation").
QString threatStatusLabel(ThreatStatus status);
QString strideCategoryLabel(StrideCategory category);
QString severityLabel(const std::string &severity); // "High" for "high"

} // namespace vigil
