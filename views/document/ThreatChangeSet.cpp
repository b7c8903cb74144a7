#include "views/document/ThreatChangeSet.h"

namespace vigil {

// ---------------------------------------------------------------- ThreatChangeSet

ThreatChangeSet ThreatChangeSet::fromModel(const ThreatModel &model, std::vector<Threat> after,
                                           int nextThreatNumberAfter,
                                           const AnalysisStamp &stampAfter)
{
    ThreatChangeSet changes;
    for (Threat &threat : after) {
        const Threat *before = model.threats().find(threat.id);
        if (before && *before == threat)
            continue;
        Id id = threat.id;
        changes.m_changes.emplace_hint(
            changes.m_changes.end(), std::move(id),
            Change{before ? std::optional<Threat>(*before) : std::nullopt, std::move(threat)});
    }
    changes.setNextThreatNumber(model.info().nextThreatNumber, nextThreatNumberAfter);
    changes.setAnalysisStamp(model.info().lastAnalysis, stampAfter);
    return changes;
}

void ThreatChangeSet::set(const Id &id, std::optional<Threat> before, std::optional<Threat> after)
{
    if (before == after)
        m_changes.erase(id);
    else
        m_changes[id] = Change{std::move(before), std::move(after)};
}

void ThreatChangeSet::setNextThreatNumber(int before, int after)
{
    m_nextBefore = before;
    m_nextAfter = after;
}

void ThreatChangeSet::setAnalysisStamp(AnalysisStamp before, AnalysisStamp after)
{
    m_stampBefore = std::move(before);
    m_stampAfter = std::move(after);
}

void ThreatChangeSet::append(const ThreatChangeSet &later)
{
    if (isEmpty()) { // nothing of ours to keep, not even the counters' "before"
        *this = later;
        return;
    }
    if (!(later.m_stampBefore == later.m_stampAfter)) {
        if (m_stampBefore == m_stampAfter)
            m_stampBefore = later.m_stampBefore;
        m_stampAfter = later.m_stampAfter;
    }
    for (const auto &[id, change] : later.m_changes) {
        auto it = m_changes.find(id);
        if (it == m_changes.end()) {
            m_changes.emplace(id, change);
            continue;
        }
        it->second.after = change.after;
        if (it->second.before == it->second.after)
            m_changes.erase(it);
    }
    m_nextAfter = later.m_nextAfter;
}

void ThreatChangeSet::apply(Document *document, Document::EditKey key, bool forward) const
{
    std::vector<Threat> put;
    std::vector<Id> removed;
    put.reserve(m_changes.size());
    for (const auto &[id, change] : m_changes) {
        const std::optional<Threat> &target = forward ? change.after : change.before;
        if (target)
            put.push_back(*target);
        else
            removed.push_back(id);
    }
    std::optional<AnalysisStamp> stamp;
    if (!(m_stampBefore == m_stampAfter))
        stamp = forward ? m_stampAfter : m_stampBefore;
    document->setThreats(key, put, removed, forward ? m_nextAfter : m_nextBefore, stamp);
}

void ThreatChangeSet::redo(Document *document, Document::EditKey key) const
{
    apply(document, key, true);
}

void ThreatChangeSet::undo(Document *document, Document::EditKey key) const
{
    apply(document, key, false);
}

} // namespace vigil
