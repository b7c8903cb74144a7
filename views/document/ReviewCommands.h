#pragma once

// Undo commands of review meetings (views/review/): starting, annotating and ending a review,
// and deciding threats in it. A decision changes the threats and the review's record in one
// step, so one Ctrl+Z takes back both.

#include "views/document/Commands.h"
#include "views/document/ThreatChangeSet.h"

#include <QCoreApplication>

#include <optional>
#include <string>
#include <vector>

namespace vigil {

// Puts a review record as it is to be (a review started, its notes or next date edited, it
// completed), or removes it (nullopt).
class PutReviewCommand final : public DocumentCommand {
public:
    PutReviewCommand(Document *document, Id id, std::optional<Review> after, const QString &text,
                     QUndoCommand *parent = nullptr);
    void undoEdit() override;
    void redoEdit() override;

private:
    Id m_id;
    std::optional<Review> m_before;
    std::optional<Review> m_after;
};

// What a decision does to each threat it covers; what is left empty stays as it is.
struct ThreatDecision {
    std::optional<ThreatStatus> status;
    std::optional<std::string> justification;
    std::optional<Risk> riskBefore;
    std::optional<Risk> riskAfter;
    std::optional<Id> linkMitigation;
};

// Decides `threats` in review `review` (one threat, or all of a group at once): changes them as
// `decision` says and records a decision for each in the review, by `by` (a person id). An empty
// decision confirms the threats as they are, which the record keeps too.
class DecideThreatsCommand final : public DocumentCommand {
    Q_DECLARE_TR_FUNCTIONS(DecideThreatsCommand)

public:
    DecideThreatsCommand(Document *document, const Id &review, const std::vector<Id> &threats,
                         const ThreatDecision &decision, const Id &by,
                         QUndoCommand *parent = nullptr);
    void undoEdit() override;
    void redoEdit() override;

private:
    Id m_review;
    ThreatChangeSet m_changes;
    Review m_before;
    Review m_after;
};

} // namespace vigil
