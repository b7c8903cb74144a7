#pragma once

// Undo commands for threats: applying an analysis, triage decisions (status, justification) and
// suppressions. Like every command they hold ids and value snapshots, never pointers into the
// model, and an undo puts the previous threat records back exactly (same JSON, byte for byte).

#include "views/document/Commands.h"

#include <QCoreApplication>

#include <map>
#include <optional>
#include <vector>

namespace vigil {

// What a command does to the model's threat records: each touched threat before and after
// (nullopt: absent), and the model's next threat number before and after.
class ThreatChangeSet {
public:
    struct Change {
        std::optional<Threat> before;
        std::optional<Threat> after;
        bool operator==(const Change &) const = default;
    };

    // The change from `model`'s records to `after` (records that differ only) and next number.
    static ThreatChangeSet fromModel(const ThreatModel &model, std::vector<Threat> after,
                                     int nextThreatNumberAfter,
                                     const AnalysisStamp &stampAfter);

    void set(const Id &id, std::optional<Threat> before, std::optional<Threat> after);
    void setNextThreatNumber(int before, int after);
    // An analysis also records what it saw (ModelInfo::lastAnalysis).
    void setAnalysisStamp(AnalysisStamp before, AnalysisStamp after);
    // Appends a change that happens after this one: one step that does both.
    void append(const ThreatChangeSet &later);
    bool isEmpty() const
    {
        return m_changes.empty() && m_nextBefore == m_nextAfter && m_stampBefore == m_stampAfter;
    }
    const std::map<Id, Change> &changes() const { return m_changes; }
    bool operator==(const ThreatChangeSet &) const = default;

    void redo(Document *document, Document::EditKey key) const;
    void undo(Document *document, Document::EditKey key) const;

private:
    void apply(Document *document, Document::EditKey key, bool forward) const;

    std::map<Id, Change> m_changes;
    int m_nextBefore = 0;
    int m_nextAfter = 0;
    AnalysisStamp m_stampBefore;
    AnalysisStamp m_stampAfter;
};

// The counts an analysis reports, for the command's text and the status bar.
struct ThreatUpdateSummary {
    size_t added = 0;
    size_t obsoleted = 0;
    size_t revived = 0;
};

// Ids shared by the commands that merge with an analysis result pushed right after them.
constexpr int kThreatUpdateMergeId = 3001;

// Applies one analysis (stride::reconcile's effect) as one undo step. Consecutive updates merge;
// an update that changes nothing is obsolete and never reaches the stack.
class UpdateThreatsCommand final : public DocumentCommand {
    Q_DECLARE_TR_FUNCTIONS(UpdateThreatsCommand)

public:
    UpdateThreatsCommand(Document *document, ThreatChangeSet changes,
                         ThreatUpdateSummary summary, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;
    int id() const override { return kThreatUpdateMergeId; }
    bool mergeWith(const QUndoCommand *other) override;
    const ThreatChangeSet &changes() const { return m_changes; }

private:
    void updateText();

    ThreatChangeSet m_changes;
    ThreatUpdateSummary m_summary;
};

// Sets the status, or the justification, of one or more threats: one undo step.
class EditThreatsCommand : public DocumentCommand {
public:
    void undo() override;
    void redo() override;

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
    void undo() override;
    void redo() override;
    int id() const override { return kThreatUpdateMergeId; }
    bool mergeWith(const QUndoCommand *other) override;

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

} // namespace vigil
