#include "views/document/TraceCommands.h"

#include "model/HumanIds.h"
#include "stride/Risk.h"

#include <QUuid>

#include <cstdio>

namespace vigil {

// ---------------------------------------------------------------- TraceEdit

TraceEdit::TraceEdit(const ThreatModel &model) : m_model(&model) {}

template<typename T, typename Test>
std::vector<T> TraceEdit::currentWhere(const Pending<T> &pending, const Records<T> &records,
                                       Test test) const
{
    std::vector<T> result;
    for (const auto &[id, record] : records.all())
        if (!pending.count(id) && test(record))
            result.push_back(record);
    for (const auto &[id, record] : pending)
        if (record && test(*record))
            result.push_back(*record);
    return result;
}

void TraceEdit::removeMitigation(const Id &id)
{
    for (Threat threat : currentWhere(m_threats, model().threats(),
                                      [&id](const Threat &t) { return t.mitigations.count(id); })) {
        threat.mitigations.erase(id);
        put(std::move(threat));
    }
    for (VerificationTest test : currentWhere(m_tests, model().tests(), [&id](const auto &t) {
             return t.verifies.count(id) != 0;
         })) {
        test.verifies.erase(id);
        put(std::move(test));
    }
    m_mitigations[id] = std::nullopt;
}

void TraceEdit::removeRequirement(const Id &id)
{
    for (Mitigation mitigation :
         currentWhere(m_mitigations, model().mitigations(),
                      [&id](const Mitigation &m) { return m.requirements.count(id) != 0; })) {
        mitigation.requirements.erase(id);
        put(std::move(mitigation));
    }
    for (VerificationTest test : currentWhere(m_tests, model().tests(), [&id](const auto &t) {
             return t.verifies.count(id) != 0;
         })) {
        test.verifies.erase(id);
        put(std::move(test));
    }
    m_requirements[id] = std::nullopt;
}

void TraceEdit::removeTest(const Id &id) { m_tests[id] = std::nullopt; }

void TraceEdit::removePerson(const Id &id)
{
    for (VerificationTest test : currentWhere(m_tests, model().tests(), [&id](const auto &t) {
             return t.performedBy == id || t.developer == id;
         })) {
        if (test.performedBy == id)
            test.performedBy.clear();
        if (test.developer == id)
            test.developer.clear();
        put(std::move(test));
    }
    for (Threat threat : currentWhere(m_threats, model().threats(), [&id](const Threat &t) {
             return t.residualAcceptance.by == id;
         })) {
        threat.residualAcceptance.by.clear();
        put(std::move(threat));
    }
    m_people[id] = std::nullopt;
}

void TraceEdit::removeHazard(const Id &id)
{
    for (Threat threat : currentWhere(m_threats, model().threats(),
                                      [&id](const Threat &t) { return t.hazards.count(id); })) {
        threat.hazards.erase(id);
        put(std::move(threat));
    }
    m_hazards[id] = std::nullopt;
}

namespace {
template<typename Set>
bool setMember(Set &set, const Id &id, bool member)
{
    return member ? set.insert(id).second : set.erase(id) != 0;
}
} // namespace

void TraceEdit::linkMitigation(const Id &threatId, const Id &mitigation, bool linked)
{
    if (const Threat *current = threat(threatId)) {
        Threat copy = *current;
        if (setMember(copy.mitigations, mitigation, linked))
            put(std::move(copy));
    }
}

void TraceEdit::linkRequirement(const Id &mitigationId, const Id &requirementId, bool linked)
{
    if (const Mitigation *current = mitigation(mitigationId)) {
        Mitigation copy = *current;
        if (setMember(copy.requirements, requirementId, linked))
            put(std::move(copy));
    }
}

void TraceEdit::linkVerifies(const Id &testId, const Id &item, bool linked)
{
    if (const VerificationTest *current = test(testId)) {
        VerificationTest copy = *current;
        if (setMember(copy.verifies, item, linked))
            put(std::move(copy));
    }
}

void TraceEdit::linkHazard(const Id &threatId, const Id &hazardId, bool linked)
{
    if (const Threat *current = threat(threatId)) {
        Threat copy = *current;
        if (setMember(copy.hazards, hazardId, linked))
            put(std::move(copy));
    }
}

Id TraceEdit::newRequirementId()
{
    ModelInfo next = info();
    Id id;
    do // a hand-written file may already use the next number
        id = humanId(kRequirementIdPrefix, next.nextRequirementNumber++);
    while (requirement(id) || mitigation(id));
    setInfo(std::move(next));
    return id;
}

Id TraceEdit::newTestId()
{
    ModelInfo next = info();
    Id id;
    do
        id = humanId(kTestIdPrefix, next.nextTestNumber++);
    while (test(id));
    setInfo(std::move(next));
    return id;
}

Id TraceEdit::newUuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString(); }

// ---------------------------------------------------------------- EditTraceCommand

namespace {
template<typename T>
void split(const std::map<Id, std::optional<T>> &pending, const Records<T> &records,
           std::map<Id, std::optional<T>> &before, std::map<Id, std::optional<T>> &after)
{
    for (const auto &[id, value] : pending) {
        const T *current = records.find(id);
        std::optional<T> old = current ? std::optional<T>(*current) : std::nullopt;
        if (old == value)
            continue;
        before[id] = std::move(old);
        after[id] = value;
    }
}
} // namespace

EditTraceCommand::EditTraceCommand(Document *document, const QString &text, const TraceEdit &edit,
                                   QUndoCommand *parent)
    : DocumentCommand(document, parent)
{
    setText(text);
    const ThreatModel &model = document->model();
    split(edit.m_mitigations, model.mitigations(), m_before.mitigations, m_after.mitigations);
    split(edit.m_requirements, model.requirements(), m_before.requirements,
          m_after.requirements);
    split(edit.m_tests, model.tests(), m_before.tests, m_after.tests);
    split(edit.m_people, model.people(), m_before.people, m_after.people);
    split(edit.m_hazards, model.hazards(), m_before.hazards, m_after.hazards);
    if (edit.m_info && !(*edit.m_info == model.info())) {
        m_before.info = model.info();
        m_after.info = edit.m_info;
    }
    // A new threat (added by hand) takes the next number: the counter moves with the threats.
    m_threats.setNextThreatNumber(model.info().nextThreatNumber, edit.info().nextThreatNumber);
    for (const auto &[id, value] : edit.m_threats) {
        const Threat *current = model.threats().find(id);
        m_threats.set(id, current ? std::optional<Threat>(*current) : std::nullopt, value);
    }
    const bool recordsChange = m_after.mitigations.size() + m_after.requirements.size()
                                   + m_after.tests.size() + m_after.people.size()
                                   + m_after.hazards.size()
                               > 0;
    setObsolete(!recordsChange && !m_after.info && m_threats.isEmpty());
}

void EditTraceCommand::apply(bool forward)
{
    // Records first, so threats never name a mitigation or hazard the model lacks.
    if (forward) {
        document()->setTraceRecords(key(), m_after);
        if (!m_threats.isEmpty())
            m_threats.redo(document(), key());
    } else {
        if (!m_threats.isEmpty())
            m_threats.undo(document(), key());
        document()->setTraceRecords(key(), m_before);
    }
}

void EditTraceCommand::redoEdit() { apply(true); }
void EditTraceCommand::undoEdit() { apply(false); }

// ---------------------------------------------------------------- labels

QString controlCategoryLabel(const std::string &category)
{
    static const std::map<std::string, const char *> labels{
        {"authentication", QT_TRANSLATE_NOOP("Trace", "Authentication")},
        {"authorization", QT_TRANSLATE_NOOP("Trace", "Authorization")},
        {"cryptography", QT_TRANSLATE_NOOP("Trace", "Cryptography")},
        {"code-data-execution-integrity",
         QT_TRANSLATE_NOOP("Trace", "Code, data and execution integrity")},
        {"confidentiality", QT_TRANSLATE_NOOP("Trace", "Confidentiality")},
        {"event-detection-logging", QT_TRANSLATE_NOOP("Trace", "Event detection and logging")},
        {"resiliency-recovery", QT_TRANSLATE_NOOP("Trace", "Resiliency and recovery")},
        {"updatability-patchability",
         QT_TRANSLATE_NOOP("Trace", "Updatability and patchability")},
    };
    auto it = labels.find(category);
    return it == labels.end() ? QString::fromStdString(category)
                              : QCoreApplication::translate("Trace", it->second);
}

QString mitigationStatusLabel(const std::string &status)
{
    if (status == "proposed")
        return QCoreApplication::translate("Trace", "Proposed");
    if (status == "implemented")
        return QCoreApplication::translate("Trace", "Implemented");
    if (status == "verified")
        return QCoreApplication::translate("Trace", "Verified");
    return QCoreApplication::translate("Trace", "Not set");
}

QString requirementStatusLabel(const std::string &status)
{
    if (status == "draft")
        return QCoreApplication::translate("Trace", "Draft");
    if (status == "approved")
        return QCoreApplication::translate("Trace", "Approved");
    if (status == "implemented")
        return QCoreApplication::translate("Trace", "Implemented");
    if (status == "verified")
        return QCoreApplication::translate("Trace", "Verified");
    return QCoreApplication::translate("Trace", "Not set");
}

QString testKindLabel(const std::string &kind)
{
    if (kind == "security-requirements")
        return QCoreApplication::translate("Trace", "Security requirements test");
    if (kind == "threat-mitigation")
        return QCoreApplication::translate("Trace", "Threat mitigation test");
    if (kind == "vulnerability")
        return QCoreApplication::translate("Trace", "Vulnerability test");
    if (kind == "penetration")
        return QCoreApplication::translate("Trace", "Penetration test");
    return QCoreApplication::translate("Trace", "Not set");
}

QString testKindClause(const std::string &kind)
{
    for (size_t i = 0; i < kTestKinds.size(); ++i)
        if (kTestKinds[i] == kind)
            return QStringLiteral("5.7.%1").arg(i + 1);
    return {};
}

QString testResultLabel(const std::string &result)
{
    if (result == "pass")
        return QCoreApplication::translate("Trace", "Pass");
    if (result == "fail")
        return QCoreApplication::translate("Trace", "Fail");
    return QCoreApplication::translate("Trace", "Not run");
}

QString independenceLabel(Independence level)
{
    switch (level) {
    case Independence::None: return QCoreApplication::translate("Trace", "No independence");
    case Independence::OtherPerson:
        return QCoreApplication::translate("Trace", "Another person");
    case Independence::OtherDepartment:
        return QCoreApplication::translate("Trace", "Another department or organisation");
    case Independence::OtherOrganisation:
        return QCoreApplication::translate("Trace", "Another organisation");
    }
    return {};
}

QString independenceProblemText(const Person *tester, const Person *developer,
                                Independence required)
{
    const stride::IndependenceCheck check =
        stride::checkIndependence(tester, developer, required);
    const auto name = [](const Person *person) { return QString::fromStdString(person->name); };
    using Issue = stride::IndependenceIssue;
    switch (check.issue) {
    case Issue::Met: return {};
    case Issue::TesterUnknown:
        return QCoreApplication::translate("Trace", "who performed the test is not recorded");
    case Issue::DeveloperUnknown:
        return QCoreApplication::translate("Trace",
                                           "whose work the test verifies is not recorded");
    case Issue::SamePerson:
        return QCoreApplication::translate("Trace", "%1 tested their own work").arg(name(tester));
    case Issue::DepartmentUnknown:
        return QCoreApplication::translate("Trace", "the department of %1 is not recorded")
            .arg(name(check.person));
    case Issue::SameDepartment:
        return QCoreApplication::translate("Trace", "%1 and %2 are both in %3")
            .arg(name(tester), name(developer), QString::fromStdString(tester->department));
    case Issue::OrganisationUnknown:
        return QCoreApplication::translate("Trace", "the organisation of %1 is not recorded")
            .arg(name(check.person));
    case Issue::SameOrganisation:
        return QCoreApplication::translate("Trace", "%1 and %2 are both of %3")
            .arg(name(tester), name(developer), QString::fromStdString(tester->organisation));
    }
    return {};
}

} // namespace vigil
