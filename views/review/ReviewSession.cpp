#include "views/review/ReviewSession.h"

#include "views/document/Document.h"

#include "stride/Review.h"

#include <algorithm>

namespace vigil {

ReviewSession *ReviewSession::start(Document *document, const Review &review, QObject *parent)
{
    document->push(new PutReviewCommand(document, review.id, review,
                                        tr("Start review %1").arg(QString::fromStdString(review.id))));
    std::vector<Id> threats = stride::reviewThreats(document->model(), review.scope);
    return new ReviewSession(document, review.id, std::move(threats), 0, parent);
}

ReviewSession *ReviewSession::resume(Document *document, const Id &id, QObject *parent)
{
    const Review *review = document->model().reviews().find(id);
    if (!review)
        return nullptr;
    std::vector<Id> threats = stride::resumedReviewThreats(document->model(), *review);
    // Every threat decided: show the last one rather than none.
    const std::size_t position = std::min(stride::resumePosition(*review, threats),
                                          threats.empty() ? 0 : threats.size() - 1);
    return new ReviewSession(document, id, std::move(threats), position, parent);
}

ReviewSession::ReviewSession(Document *document, Id review, std::vector<Id> threats,
                             std::size_t position, QObject *parent)
    : QObject(parent), m_document(document), m_review(std::move(review)),
      m_threats(std::move(threats)), m_position(position)
{
    if (const Review *record = this->review(); record && !record->attendees.empty())
        m_decidedBy = record->attendees.front();
    connect(document, &Document::reviewsChanged, this, [this](const Id &id) {
        if (id == m_review)
            emit changed();
    });
    connect(document, &Document::threatsChanged, this, [this](const std::vector<Id> &ids) {
        if (const Threat *shown = current();
            shown && std::find(ids.begin(), ids.end(), shown->id) != ids.end())
            emit changed();
    });
    connect(document, &Document::modelReset, this, &ReviewSession::changed);
}

const Review *ReviewSession::review() const
{
    return m_document->model().reviews().find(m_review);
}

const Threat *ReviewSession::current() const
{
    if (m_position >= m_threats.size())
        return nullptr;
    return m_document->model().threats().find(m_threats[m_position]);
}

std::vector<Id> ReviewSession::currentGroup() const
{
    const Threat *shown = current();
    if (!shown)
        return {};
    std::vector<Id> group{shown->id};
    const ThreatModel &model = m_document->model();
    for (const Id &id : m_threats) {
        const Threat *threat = model.threats().find(id);
        if (threat && id != shown->id && threat->ruleId == shown->ruleId
            && !threat->ruleId.empty())
            group.push_back(id);
    }
    return group;
}

std::size_t ReviewSession::decidedCount() const
{
    const Review *record = review();
    if (!record)
        return 0;
    return std::size_t(std::count_if(m_threats.begin(), m_threats.end(), [record](const Id &id) {
        return stride::decisionFor(*record, id) != nullptr;
    }));
}

void ReviewSession::setDecidedBy(const Id &person)
{
    if (m_decidedBy == person)
        return;
    m_decidedBy = person;
    emit decidedByChanged();
}

void ReviewSession::nextDecider()
{
    const Review *record = review();
    if (!record || record->attendees.empty())
        return;
    const auto &attendees = record->attendees;
    auto at = std::find(attendees.begin(), attendees.end(), m_decidedBy);
    setDecidedBy(at == attendees.end() || at + 1 == attendees.end() ? attendees.front() : *(at + 1));
}

void ReviewSession::next()
{
    goTo(m_position + 1);
}

void ReviewSession::previous()
{
    if (m_position > 0)
        goTo(m_position - 1);
}

void ReviewSession::goTo(std::size_t position)
{
    const std::size_t last = m_threats.empty() ? 0 : m_threats.size() - 1;
    position = std::min(position, last);
    if (position == m_position)
        return;
    m_position = position;
    emit positionChanged();
}

void ReviewSession::decide(const ThreatDecision &decision, bool wholeGroup)
{
    const Threat *shown = current();
    if (!shown || !review())
        return;
    const std::vector<Id> threats = wholeGroup ? currentGroup() : std::vector<Id>{shown->id};
    m_document->push(new DecideThreatsCommand(m_document, m_review, threats, decision,
                                              m_decidedBy));
}

void ReviewSession::putReview(const Review &record, const QString &text)
{
    m_document->push(new PutReviewCommand(m_document, m_review, record, text));
}

void ReviewSession::setNotes(const std::string &notes)
{
    if (const Review *record = review()) {
        Review edited = *record;
        edited.notes = notes;
        putReview(edited, tr("Edit review notes"));
    }
}

void ReviewSession::setNextReview(const std::string &date)
{
    if (const Review *record = review()) {
        Review edited = *record;
        edited.nextReview = date;
        putReview(edited, tr("Set next review date"));
    }
}

void ReviewSession::finish()
{
    if (const Review *record = review()) {
        Review edited = *record;
        edited.completed = true;
        putReview(edited, tr("Complete review %1").arg(QString::fromStdString(m_review)));
    }
}

} // namespace vigil
