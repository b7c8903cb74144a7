#pragma once

// Undo commands for the traceability chain: mitigations, security requirements, verification
// tests, people, hazards, the links between them and threats, and a threat's risk. An edit is
// built as a TraceEdit (the records as the edit leaves them, with removals that unlink whatever
// referred to the removed record), then pushed as one EditTraceCommand that holds every touched
// record before and after, so undo puts back exactly what was there.

#include "views/document/Commands.h"
#include "views/document/ThreatCommands.h"

#include <QCoreApplication>

#include <map>
#include <optional>
#include <string>

namespace vigil {

class TraceEdit {
public:
    explicit TraceEdit(const ThreatModel &model);

    // The record as this edit leaves it; null when absent.
    const Mitigation *mitigation(const Id &id) const
    {
        return find(m_mitigations, model().mitigations(), id);
    }
    const Requirement *requirement(const Id &id) const
    {
        return find(m_requirements, model().requirements(), id);
    }
    const VerificationTest *test(const Id &id) const { return find(m_tests, model().tests(), id); }
    const Person *person(const Id &id) const { return find(m_people, model().people(), id); }
    const Hazard *hazard(const Id &id) const { return find(m_hazards, model().hazards(), id); }
    const Threat *threat(const Id &id) const { return find(m_threats, model().threats(), id); }
    const ModelInfo &info() const { return m_info ? *m_info : model().info(); }

    void put(Mitigation mitigation) { m_mitigations[mitigation.id] = std::move(mitigation); }
    void put(Requirement requirement) { m_requirements[requirement.id] = std::move(requirement); }
    void put(VerificationTest test) { m_tests[test.id] = std::move(test); }
    void put(Person person) { m_people[person.id] = std::move(person); }
    void put(Hazard hazard) { m_hazards[hazard.id] = std::move(hazard); }
    void put(Threat threat) { m_threats[threat.id] = std::move(threat); }
    void setInfo(ModelInfo info) { m_info = std::move(info); }

    // Removals take the links to the removed record along (threats, mitigations, tests).
    void removeMitigation(const Id &id);
    void removeRequirement(const Id &id);
    void removeTest(const Id &id);
    void removePerson(const Id &id); // clears it as tester, developer and acceptor
    void removeHazard(const Id &id);

    // Links, both ways idempotent.
    void linkMitigation(const Id &threat, const Id &mitigation, bool linked);
    void linkRequirement(const Id &mitigation, const Id &requirement, bool linked);
    void linkVerifies(const Id &test, const Id &item, bool linked);
    void linkHazard(const Id &threat, const Id &hazard, bool linked);

    // Fresh ids: human ones for requirements (SR-001) and tests (VT-001) from the model's
    // counters, which this edit advances (never reused); UUIDs for the rest.
    Id newRequirementId();
    Id newTestId();
    static Id newUuid();

    const ThreatModel &model() const { return *m_model; }

private:
    friend class EditTraceCommand;
    template<typename T>
    using Pending = std::map<Id, std::optional<T>>;

    template<typename T>
    static const T *find(const Pending<T> &pending, const Records<T> &records, const Id &id)
    {
        auto it = pending.find(id);
        if (it != pending.end())
            return it->second ? &*it->second : nullptr;
        return records.find(id);
    }
    // Every record of `records`, as this edit leaves it, that `test` picks.
    template<typename T, typename Test>
    std::vector<T> currentWhere(const Pending<T> &pending, const Records<T> &records,
                                Test test) const;

    const ThreatModel *m_model;
    Pending<Mitigation> m_mitigations;
    Pending<Requirement> m_requirements;
    Pending<VerificationTest> m_tests;
    Pending<Person> m_people;
    Pending<Hazard> m_hazards;
    Pending<Threat> m_threats;
    std::optional<ModelInfo> m_info;
};

// Applies a TraceEdit as one undo step; obsolete when it changes nothing.
class EditTraceCommand final : public DocumentCommand {
public:
    EditTraceCommand(Document *document, const QString &text, const TraceEdit &edit,
                     QUndoCommand *parent = nullptr);
    void undoEdit() override;
    void redoEdit() override;

private:
    void apply(bool forward);

    Document::TraceRecords m_before;
    Document::TraceRecords m_after;
    ThreatChangeSet m_threats;
};

// The labels of the traceability enums, translated.
QString controlCategoryLabel(const std::string &category);
QString mitigationStatusLabel(const std::string &status);
QString requirementStatusLabel(const std::string &status);
QString testKindLabel(const std::string &kind);
QString testKindClause(const std::string &kind); // "5.7.1" ...
QString testResultLabel(const std::string &result);
QString independenceLabel(Independence level);
// Why a tester is not independent enough of a developer, translated; empty when they are.
QString independenceProblemText(const Person *tester, const Person *developer,
                                Independence required);

} // namespace vigil
