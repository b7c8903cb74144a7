#pragma once

// ThreatChangeSet: what an edit does to the model's threat records, as value snapshots, so that
// undo puts the records back exactly. Analyses, triage decisions and traceability edits carry one.

#include "views/document/Document.h"

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

} // namespace vigil
