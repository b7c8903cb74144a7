#include "views/document/ReviewCommands.h"

#include "views/document/ThreatCommands.h"

#include "stride/Review.h"

namespace vigil {

PutReviewCommand::PutReviewCommand(Document *document, Id id, std::optional<Review> after,
                                   const QString &text, QUndoCommand *parent)
    : DocumentCommand(document, parent), m_id(std::move(id)), m_after(std::move(after))
{
    if (const Review *current = document->model().reviews().find(m_id))
        m_before = *current;
    setText(text);
    setObsolete(m_before == m_after);
}

void PutReviewCommand::undoEdit()
{
    document()->setReview(key(), m_id, m_before);
}

void PutReviewCommand::redoEdit()
{
    document()->setReview(key(), m_id, m_after);
}

DecideThreatsCommand::DecideThreatsCommand(Document *document, const Id &review,
                                           const std::vector<Id> &threats,
                                           const ThreatDecision &decision, const Id &by,
                                           QUndoCommand *parent)
    : DocumentCommand(document, parent), m_review(review)
{
    const ThreatModel &model = document->model();
    const Review *record = model.reviews().find(review);
    if (!record) {
        setObsolete(true);
        return;
    }
    m_before = *record;
    m_after = *record;
    const int next = model.info().nextThreatNumber;
    m_changes.setNextThreatNumber(next, next);
    int decided = 0;
    for (const Id &id : threats) {
        const Threat *threat = model.threats().find(id);
        if (!threat)
            continue;
        Threat after = *threat;
        if (decision.status)
            after.status = *decision.status;
        if (decision.justification)
            after.justification = *decision.justification;
        if (decision.riskBefore)
            after.riskBefore = *decision.riskBefore;
        if (decision.riskAfter)
            after.riskAfter = *decision.riskAfter;
        if (decision.linkMitigation)
            after.mitigations.insert(*decision.linkMitigation);
        if (!(after == *threat))
            m_changes.set(id, *threat, after);
        m_after = stride::withDecision(std::move(m_after),
                                       {id, threat->status, after.status, after.justification,
                                        after.riskBefore, after.riskAfter, by});
        ++decided;
    }
    setObsolete(decided == 0 || (m_changes.isEmpty() && m_after == m_before));

    const QString what = decision.status ? threatStatusLabel(*decision.status)
                         : decision.justification ? tr("justification")
                         : decision.riskBefore || decision.riskAfter ? tr("risk")
                         : decision.linkMitigation ? tr("mitigation linked")
                                                   : tr("confirmed");
    if (decided == 1) {
        const Threat *threat = model.threats().find(threats.front());
        setText(tr("Review: threat #%1, %2").arg(threat ? threat->number : 0).arg(what));
    } else {
        setText(tr("Review: %n threat(s), %1", nullptr, decided).arg(what));
    }
}

void DecideThreatsCommand::undoEdit()
{
    m_changes.undo(document(), key());
    document()->setReview(key(), m_review, m_before);
}

void DecideThreatsCommand::redoEdit()
{
    m_changes.redo(document(), key());
    document()->setReview(key(), m_review, m_after);
}

} // namespace vigil
