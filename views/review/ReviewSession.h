#pragma once

// A review meeting under way: the review record it writes, the threats it walks through in its
// order, and where it stands. Every decision is an undo command on the document
// (DecideThreatsCommand), so the record and the threats change together and Ctrl+Z takes both
// back. Leaving without finishing keeps the review open: it resumes at its first threat without
// a decision, also after a save and reopen.

#include "views/document/ReviewCommands.h"

#include "model/ThreatModel.h"

#include <QObject>

#include <cstddef>
#include <vector>

namespace vigil {

class Document;

class ReviewSession final : public QObject {
    Q_OBJECT

public:
    // Starts `review` (id, date, attendees, scope and next date set): records it in the document
    // as one undo step and takes the threats its scope selects.
    static ReviewSession *start(Document *document, const Review &review,
                                QObject *parent = nullptr);
    // Takes up review `id` again where it stopped; nullptr when the document has no such review.
    static ReviewSession *resume(Document *document, const Id &id, QObject *parent = nullptr);

    Document *document() const { return m_document; }
    const Id &reviewId() const { return m_review; }
    const Review *review() const; // nullptr once undone away
    const std::vector<Id> &threats() const { return m_threats; }
    std::size_t position() const { return m_position; }
    std::size_t count() const { return m_threats.size(); }
    const Threat *current() const; // nullptr past the end or when the list is empty
    // The review's threats of the current one's rule, the current one first: what "apply to the
    // group" decides.
    std::vector<Id> currentGroup() const;
    std::size_t decidedCount() const;

    // Who the next decisions are recorded as made by: the chair (the first attendee) unless
    // chosen.
    const Id &decidedBy() const { return m_decidedBy; }
    void setDecidedBy(const Id &person);
    // The next attendee decides (after the last, the first again).
    void nextDecider();

    void next();
    void previous();
    void goTo(std::size_t position);

    // Decides the current threat, or its whole group, as one undo step.
    void decide(const ThreatDecision &decision, bool wholeGroup = false);
    void setNotes(const std::string &notes);
    void setNextReview(const std::string &date);
    // Marks the review completed (one undo step).
    void finish();

signals:
    void positionChanged();
    void decidedByChanged();
    // The review record or one of its threats changed (also by undo and redo).
    void changed();

private:
    ReviewSession(Document *document, Id review, std::vector<Id> threats, std::size_t position,
                  QObject *parent);
    void putReview(const Review &review, const QString &text);

    Document *m_document;
    Id m_review;
    std::vector<Id> m_threats;
    std::size_t m_position = 0;
    Id m_decidedBy;
};

} // namespace vigil
