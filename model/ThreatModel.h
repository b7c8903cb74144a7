#pragma once

// ThreatModel: the whole document in memory. The data-flow graph is a Boost.Graph adjacency_list
// kept private (ThreatModel.cpp); this API speaks only in stable ids, so no Boost type leaves
// the library. Every mutation records what it touched in a ChangeJournal, which the SQLite store
// reads to write only what changed.

#include "model/Types.h"

#include <map>
#include <memory>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace vigil {

// A rejected edit: unknown id, duplicate id, dangling reference, cycle. The model is unchanged.
class ModelError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The tables of a document, as the store and the journal name them.
enum class Table {
    Info, Element, Flow, Boundary, Diagram, DiagramNode, DiagramFlow,
    Threat, Mitigation, Requirement, Test, Person, Hazard, Suppression, Review, Baseline, History, Conflict
};

// Keys touched since the last save. A key that is still in the model is written, one that is
// gone is deleted. DiagramNode/DiagramFlow keys are diagramKey(diagram, item); Suppression keys
// are suppressionKey(element, rule).
struct ChangeJournal {
    bool everything = false; // e.g. after a load from JSON: the next save writes all
    std::map<Table, std::set<std::string>> touched;
    // When set, every key touched is also appended here, in order: the GUI's audit trail
    // collects what one undo step touched (views/document/Document.h). Not owned.
    std::vector<std::pair<Table, std::string>> *tap = nullptr;
    bool empty() const { return !everything && touched.empty(); }
    void touch(Table table, const std::string &key)
    {
        touched[table].insert(key);
        if (tap)
            tap->emplace_back(table, key);
    }
};
std::string diagramKey(const Id &diagram, const Id &item);
std::pair<Id, Id> splitDiagramKey(const std::string &key);
std::string suppressionKey(const Id &element, const std::string &ruleId);

// Everything an element takes with it when removed, so that undo can put it all back.
struct RemovedElement {
    Element element;
    std::vector<Flow> flows;
    Id boundary; // the zone it was a direct member of, empty if none
    std::map<Id, Rect> nodeRects;                        // diagram id -> rectangle
    std::map<Id, std::map<Id, FlowLayout>> flowLayouts;  // diagram id -> flow id -> layout
    std::vector<Suppression> suppressions;
    std::vector<Threat> threats; // those whose texts named it or its flows, as they were
};

struct RemovedBoundary {
    TrustBoundary boundary;
    std::vector<Id> children;          // zones that were nested directly inside it
    std::map<Id, Rect> nodeRects;      // diagram id -> rectangle
    std::vector<Threat> threats;       // those whose texts named it, as they were
};

struct RemovedFlow {
    std::vector<Threat> threats; // those whose texts named it, as they were
    Flow flow;
    std::map<Id, FlowLayout> layouts; // diagram id -> layout
};

// A way from an untrusted external entity to a safety-critical process or data store.
struct AttackPath {
    Id entity;
    Id target;
    std::vector<Id> flows;      // in travel order
    std::vector<Id> boundaries; // every zone crossed on the way, in order of crossing
};

// A keyed collection of plain records (threats, mitigations, ...) that reports its edits to the
// journal. Iteration is in id order, which keeps exports deterministic.
template<typename T>
class Records {
public:
    Records(ChangeJournal &journal, Table table) : m_journal(&journal), m_table(table) {}
    const T *find(const Id &id) const
    {
        auto it = m_items.find(id);
        return it == m_items.end() ? nullptr : &it->second;
    }
    bool contains(const Id &id) const { return m_items.count(id) != 0; }
    // Adds or replaces the record with the same id.
    void put(T item)
    {
        if (item.id.empty())
            throw ModelError("a record needs a non-empty id");
        m_journal->touch(m_table, item.id);
        m_items[item.id] = std::move(item);
    }
    // put() for many records: make(0), make(1), ... make(count - 1). Records in ascending id
    // order land next to the one before instead of being searched for from the root, which
    // makes bulk writes (an analysis's threats, a loaded file) linear. Any order stays correct.
    template<typename Make>
    void putAscending(size_t count, Make make)
    {
        std::set<std::string> *touched = nullptr; // made on the first put, as put() does
        // Hints: the previous record's place. A larger id goes right after it in constant time.
        std::set<std::string>::iterator previousKey;
        auto previousItem = m_items.end();
        for (size_t i = 0; i < count; ++i) {
            T item = make(i);
            if (item.id.empty())
                throw ModelError("a record needs a non-empty id");
            if (!touched) {
                touched = &m_journal->touched[m_table];
                previousKey = touched->end();
            }
            previousKey = touched->insert(previousKey, item.id);
            if (m_journal->tap)
                m_journal->tap->emplace_back(m_table, item.id);
            Id key = item.id;
            previousItem = m_items.insert_or_assign(previousItem, std::move(key), std::move(item));
        }
    }
    bool remove(Id id) // by value: callers pass a record's own id, which erase frees
    {
        if (m_items.erase(id) == 0)
            return false;
        m_journal->touch(m_table, id);
        return true;
    }
    const std::map<Id, T> &all() const { return m_items; }
    size_t size() const { return m_items.size(); }

private:
    friend class ThreatModel;
    ChangeJournal *m_journal;
    Table m_table;
    std::map<Id, T> m_items;
};

class ThreatModel {
public:
    ThreatModel();
    ~ThreatModel();
    ThreatModel(const ThreatModel &other);
    ThreatModel &operator=(const ThreatModel &other);
    ThreatModel(ThreatModel &&other) noexcept;
    ThreatModel &operator=(ThreatModel &&other) noexcept;

    // A copy of what a diagram draws (elements, flows, zones, diagrams, suppressions) without
    // the records (threats, mitigations, ...): at 20,000 threats the records are most of a
    // model, and a drawing needs none of them.
    ThreatModel drawingOnly() const;

    // --- model information
    const ModelInfo &info() const { return m_info; }
    void setInfo(ModelInfo info);

    // --- elements (graph vertices)
    const Element *element(const Id &id) const;
    std::vector<const Element *> elements() const; // sorted by id
    size_t elementCount() const;
    void addElement(Element element);
    void updateElement(const Element &element); // same id; kind, name, properties may change
    // Before an object goes, the threats whose texts name it keep those texts as they show
    // now, naming nothing: an obsolete threat still names what it was raised for. Returns those
    // threats as they were, for undo.
    std::vector<Threat> keepTextsNaming(const Id &id);
    // The remove functions take ids by value: callers often pass the removed record's own id,
    // which the removal frees.
    RemovedElement removeElement(Id id);  // takes its flows, membership and layout along
    void restoreElement(const RemovedElement &removed); // exact inverse of removeElement

    // --- flows (graph edges)
    const Flow *flow(const Id &id) const;
    std::vector<const Flow *> flows() const; // sorted by id
    size_t flowCount() const;
    void addFlow(Flow flow);
    void updateFlow(const Flow &flow);
    RemovedFlow removeFlow(Id id);
    void restoreFlow(const RemovedFlow &removed);
    std::vector<Id> flowsOf(const Id &element) const; // incoming and outgoing, sorted

    // --- trust boundaries (closed, nestable zones)
    const TrustBoundary *boundary(const Id &id) const;
    std::vector<const TrustBoundary *> boundaries() const; // sorted by id
    void addBoundary(TrustBoundary boundary);
    void updateBoundary(const TrustBoundary &boundary); // members and parent may change
    RemovedBoundary removeBoundary(Id id); // children and members move to its parent
    void restoreBoundary(const RemovedBoundary &removed);
    // Moves an element into zone `boundary` (empty: into no zone). Returns the previous zone.
    Id setMembership(const Id &element, const Id &boundary);
    Id boundaryOf(const Id &element) const; // innermost zone, empty if none
    std::vector<Id> enclosingBoundaries(const Id &element) const; // innermost first
    std::vector<Id> childBoundaries(const Id &boundary) const;    // direct children, sorted
    bool boundaryContains(const Id &outer, const Id &inner) const; // inner == outer or nested in it
    // Zones that contain exactly one endpoint of the flow, nested zones included, sorted by id.
    std::vector<Id> crossedBoundaries(const Id &flow) const;

    // --- diagrams and their layout
    const Diagram *diagram(const Id &id) const;
    std::vector<const Diagram *> diagrams() const; // by order, then id
    void addDiagram(Diagram diagram);
    void updateDiagramInfo(const Diagram &diagram); // name, kind, level, order, description
    Diagram removeDiagram(Id id);
    void setNodeRect(const Id &diagram, const Id &node, const Rect &rect);
    void removeNode(const Id &diagram, Id node);
    void setFlowLayout(const Id &diagram, const Id &flow, const FlowLayout &layout);
    void removeFlowLayout(const Id &diagram, Id flow);
    std::vector<Id> diagramsShowing(const Id &item) const;

    // --- the records later issues fill
    Records<Threat> &threats() { return m_threats; }
    const Records<Threat> &threats() const { return m_threats; }
    Records<Mitigation> &mitigations() { return m_mitigations; }
    const Records<Mitigation> &mitigations() const { return m_mitigations; }
    Records<Requirement> &requirements() { return m_requirements; }
    const Records<Requirement> &requirements() const { return m_requirements; }
    Records<VerificationTest> &tests() { return m_tests; }
    const Records<VerificationTest> &tests() const { return m_tests; }
    Records<Person> &people() { return m_people; }
    const Records<Person> &people() const { return m_people; }
    Records<Hazard> &hazards() { return m_hazards; }
    const Records<Hazard> &hazards() const { return m_hazards; }
    Records<Review> &reviews() { return m_reviews; }
    const Records<Review> &reviews() const { return m_reviews; }
    // The document's own records: frozen revisions with their approvals, and the audit trail.
    Records<Baseline> &baselines() { return m_baselines; }
    const Records<Baseline> &baselines() const { return m_baselines; }
    Records<HistoryEntry> &history() { return m_history; }
    const Records<HistoryEntry> &history() const { return m_history; }
    // Conflicts a merge left open (vigil-cli merge without --prefer).
    Records<OpenConflict> &conflicts() { return m_conflicts; }
    const Records<OpenConflict> &conflicts() const { return m_conflicts; }
    // The baseline called `name`, or null.
    const Baseline *baselineNamed(std::string_view name) const;

    const std::set<Suppression> &suppressions() const { return m_suppressions; }
    void addSuppression(const Suppression &suppression); // replaces the reason if present
    bool removeSuppression(Id element, std::string ruleId);
    const Suppression *suppression(const Id &element, const std::string &ruleId) const;

    // --- analysis queries
    // Every path (breadth-first, so the shortest) from an untrusted external entity (one whose
    // `trusted` property is not true) to a safety-critical process or data store.
    std::vector<AttackPath> untrustedReachability() const;

    // --- change tracking for incremental saves
    const ChangeJournal &changes() const { return m_journal; }
    void clearChanges()
    {
        m_journal.everything = false;
        m_journal.touched.clear();
    }
    // Starts (a vector) or stops (null) collecting every key touched; see ChangeJournal::tap.
    void setChangeTap(std::vector<std::pair<Table, std::string>> *tap) { m_journal.tap = tap; }
    void markEverythingChanged() { m_journal.everything = true; }

    // The name of an element, flow or trust zone for messages and lists; its id when it has no
    // name or is unknown.
    std::string displayName(const Id &item) const;
    // The same, without a copy.
    std::string_view nameShown(const Id &item) const;
    // A threat's text with today's names (an object since deleted shows its id).
    std::string render(const NamedText &text) const;
    void renderTo(std::string &out, const NamedText &text) const;

    // True when both models hold the same content (ids, values, layout, records).
    bool sameContent(const ThreatModel &other) const;

private:
    struct Graph;
    void touch(Table table, const std::string &key) { m_journal.touch(table, key); }
    void checkBoundaryParent(const TrustBoundary &boundary) const;
    void copyFrom(const ThreatModel &other, bool withRecords = true);

    ModelInfo m_info;
    std::unique_ptr<Graph> m_graph;
    std::map<Id, TrustBoundary> m_boundaries;
    std::map<Id, Id> m_memberOf; // element -> its innermost zone
    std::map<Id, Diagram> m_diagrams;
    std::set<Suppression> m_suppressions;
    ChangeJournal m_journal;
    Records<Threat> m_threats{m_journal, Table::Threat};
    Records<Mitigation> m_mitigations{m_journal, Table::Mitigation};
    Records<Requirement> m_requirements{m_journal, Table::Requirement};
    Records<VerificationTest> m_tests{m_journal, Table::Test};
    Records<Person> m_people{m_journal, Table::Person};
    Records<Hazard> m_hazards{m_journal, Table::Hazard};
    Records<Review> m_reviews{m_journal, Table::Review};
    Records<Baseline> m_baselines{m_journal, Table::Baseline};
    Records<HistoryEntry> m_history{m_journal, Table::History};
    Records<OpenConflict> m_conflicts{m_journal, Table::Conflict};
};

} // namespace vigil
