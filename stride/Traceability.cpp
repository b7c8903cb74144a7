#include "stride/Traceability.h"

#include "model/EnumNames.h"
#include "model/IsoDate.h"
#include "stride/Engine.h"
#include "stride/Review.h"
#include "stride/Risk.h"

#include <algorithm>
#include <stdexcept>
#include <unordered_map>

namespace vigil::stride {

namespace {

constexpr std::array<std::string_view, kGapKindCount> kGapKindNames{
    "threat-undecided",
    "decision-without-justification",
    "mitigated-without-control",
    "risk-missing",
    "residual-risk-unaccepted",
    "mitigation-without-requirement",
    "requirement-without-test",
    "test-not-passed",
    "independence-violated",
    "transitional-without-rationale",
    "analysis-stale",
    "review-overdue",
    "review-missing",
    "merge-conflict-open",
};

bool isBlank(const std::string &text)
{
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

std::string quoted(const std::string &text) { return "\"" + text + "\""; }

std::string threatLabel(const ThreatModel &model, const Threat &threat)
{
    return "threat #" + std::to_string(threat.number) + " " + quoted(model.render(threat.title));
}

std::string recordLabel(const std::string &id, const std::string &text)
{
    return text.empty() ? id : id + " " + quoted(text);
}

bool isTrue(const PropertyMap &properties, const std::string &key)
{
    auto it = properties.find(key);
    if (it == properties.end())
        return false;
    const auto *flag = std::get_if<bool>(&it->second);
    return flag && *flag;
}

std::string textProperty(const PropertyMap &properties, const std::string &key)
{
    auto it = properties.find(key);
    if (it == properties.end())
        return {};
    const auto *text = std::get_if<std::string>(&it->second);
    return text ? *text : std::string();
}

Date dueDate(const Review &review, const Date &held)
{
    const auto chosen = parseIsoDate(review.nextReview);
    return chosen ? *chosen : vigil::oneYearAfter(held);
}

// system_clock counts UTC, so the day does not depend on where the check runs.
Date checkDay(const std::string &today)
{
    if (today.empty())
        return todayUtc();
    const auto date = parseIsoDate(today);
    if (!date)
        throw std::invalid_argument("CheckOptions::today: \"" + today
                                    + "\" is not a date (YYYY-MM-DD)");
    return *date;
}

class Checker {
public:
    Checker(const ThreatModel &model, const CheckOptions &options)
        : m_model(model), m_options(options), m_today(checkDay(options.today))
    {
    }

    std::vector<Gap> run()
    {
        for (const auto &[id, threat] : m_model.threats().all())
            if (!isInactive(threat.status)) {
                m_order = threat.number; // threat gaps in the order people know them
                checkThreat(threat);
                m_anyDecided = m_anyDecided || isDecided(threat.status);
            }
        m_order = 0;
        checkMitigations();
        checkRequirements();
        checkTests();
        checkTransitional();
        checkAnalysis();
        checkReviews();
        checkOpenConflicts();
        std::vector<size_t> order(m_gaps.size());
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::stable_sort(order.begin(), order.end(), [this](size_t a, size_t b) {
            return std::pair(m_gaps[a].kind, m_orders[a]) < std::pair(m_gaps[b].kind, m_orders[b]);
        });
        std::vector<Gap> sorted;
        sorted.reserve(m_gaps.size());
        for (size_t i : order)
            sorted.push_back(std::move(m_gaps[i]));
        return sorted;
    }

private:
    void add(GapKind kind, std::vector<Id> ids, std::string message)
    {
        if (m_options.ignore.count(kind))
            return;
        m_gaps.push_back({kind, std::move(ids), std::move(message)});
        m_orders.push_back(m_order);
    }

    // Only gaps need the threat's label: most threats of a large model have none.
    void checkThreat(const Threat &threat)
    {
        const auto label = [this, &threat] { return threatLabel(m_model, threat); };
        if (threat.status == ThreatStatus::Open
            || threat.status == ThreatStatus::NeedsInvestigation) {
            add(GapKind::ThreatUndecided, {threat.id},
                label() + " is " + std::string(toString(threat.status)) + ": decide it");
            return;
        }
        const bool needsJustification = threat.status == ThreatStatus::Accepted
                                        || threat.status == ThreatStatus::Transferred
                                        || threat.status == ThreatStatus::NotApplicable;
        if (needsJustification && isBlank(threat.justification))
            add(GapKind::DecisionWithoutJustification, {threat.id},
                label() + " is " + std::string(toString(threat.status))
                    + " without a justification");
        if (threat.status == ThreatStatus::Mitigated && !hasEffectiveControl(threat))
            add(GapKind::MitigatedWithoutControl, {threat.id},
                label() + " is mitigated, but no linked mitigation is implemented or verified");
        if (threat.status == ThreatStatus::NotApplicable)
            return; // no risk to estimate for a threat that does not apply
        const RiskEvaluation &before = evaluate(threat.riskBefore);
        if (!before.valid) {
            add(GapKind::RiskMissing, {threat.id},
                label() + (before.present ? " has an invalid risk before mitigation: "
                                                + before.problem
                                          : " has no risk before mitigation"));
            return;
        }
        checkResidual(threat, label, before);
    }

    // Many threats share a vector or a cell: each distinct estimate is evaluated once, and
    // looking one up allocates nothing.
    const RiskEvaluation &evaluate(const Risk &risk)
    {
        auto it = m_evaluations.find(risk);
        if (it == m_evaluations.end())
            it = m_evaluations.emplace(risk, evaluateRisk(risk, m_model.info().riskScheme)).first;
        return it->second;
    }

    bool hasEffectiveControl(const Threat &threat) const
    {
        for (const Id &id : threat.mitigations) {
            const Mitigation *mitigation = m_model.mitigations().find(id);
            if (mitigation && (mitigation->status == "implemented"
                               || mitigation->status == "verified"))
                return true;
        }
        return false;
    }

    // Risk handed to the ISO 14971 process is evaluated there, not here.
    template<typename Label>
    void checkResidual(const Threat &threat, const Label &label, const RiskEvaluation &before)
    {
        if (threat.transferredToSafety)
            return;
        const bool hasAfter = !threat.riskAfter.method.empty();
        const RiskEvaluation &residual = hasAfter ? evaluate(threat.riskAfter) : before;
        const ResidualAcceptance &acceptance = threat.residualAcceptance;
        const bool accepted = !isBlank(acceptance.rationale) && !acceptance.by.empty();
        if (accepted)
            return;
        if (!residual.valid)
            add(GapKind::ResidualRiskUnaccepted, {threat.id},
                label() + " has an invalid risk after mitigation: " + residual.problem);
        else if (residual.acceptability == Acceptability::Unacceptable)
            add(GapKind::ResidualRiskUnaccepted, {threat.id},
                label() + " has an unacceptable residual risk (" + residual.summary
                    + ") and no recorded acceptance");
    }

    void checkMitigations()
    {
        for (const auto &[id, mitigation] : m_model.mitigations().all())
            if (mitigation.requirements.empty())
                add(GapKind::MitigationWithoutRequirement, {id},
                    "mitigation " + recordLabel(id, mitigation.title)
                        + " has no security requirement");
    }

    void checkRequirements()
    {
        std::set<Id> verified;
        for (const auto &[id, test] : m_model.tests().all())
            verified.insert(test.verifies.begin(), test.verifies.end());
        for (const auto &[id, requirement] : m_model.requirements().all())
            if (!verified.count(id))
                add(GapKind::RequirementWithoutTest, {id},
                    "requirement " + recordLabel(id, requirement.text)
                        + " has no verification test");
    }

    void checkTests()
    {
        for (const auto &[id, test] : m_model.tests().all()) {
            if (test.result != "pass")
                add(GapKind::TestNotPassed, {id},
                    "test " + id + (test.result == "fail" ? " failed" : " has not been run"));
            checkIndependence(test);
        }
    }

    void checkIndependence(const VerificationTest &test)
    {
        const Independence required = m_model.info().independence.forKind(test.kind);
        const Person *tester = m_model.people().find(test.performedBy);
        const Person *developer = m_model.people().find(test.developer);
        // A test not yet run may not have its tester named; once run, it must.
        if (test.result == "not-run" && (!tester || !developer))
            return;
        const std::string problem = independenceProblem(tester, developer, required);
        if (problem.empty())
            return;
        std::vector<Id> ids{test.id};
        if (tester)
            ids.push_back(tester->id);
        if (developer && (!tester || developer->id != tester->id))
            ids.push_back(developer->id);
        add(GapKind::IndependenceViolated, std::move(ids),
            "test " + test.id + " (" + test.kind + ") needs a tester of "
                + std::string(toString(required)) + ": " + problem);
    }

    void checkTransitional()
    {
        for (const Element *element : m_model.elements())
            if (!element->outOfScope && isTrue(element->properties, "transitional")
                && isBlank(textProperty(element->properties, "transitionalRationale")))
                add(GapKind::TransitionalWithoutRationale, {element->id},
                    "element " + quoted(m_model.displayName(element->id))
                        + " is transitional (Annex F) without a recorded rationale");
    }

    void checkAnalysis()
    {
        const AnalysisStamp &stamp = m_model.info().lastAnalysis;
        if (stamp.fingerprint.empty()) {
            if (m_model.elementCount() > 0)
                add(GapKind::AnalysisStale, {}, "the model has never been analyzed");
            return;
        }
        if (stamp.fingerprint != analysisFingerprint(m_model)) {
            add(GapKind::AnalysisStale, {}, "the model changed since the last analysis");
            return;
        }
        for (const auto &[pack, version] : m_options.packVersions) {
            auto used = stamp.packVersions.find(pack);
            if (used == stamp.packVersions.end())
                add(GapKind::AnalysisStale, {},
                    "rule pack " + pack + " " + version + " was not used by the last analysis");
            else if (used->second != version)
                add(GapKind::AnalysisStale, {},
                    "rule pack " + pack + " is now version " + version
                        + "; the last analysis used " + used->second);
        }
    }

    // An interrupted review is no review yet; a completed one without a valid date cannot be
    // placed among the others, so only the ones with a date compete to be the last.
    void checkReviews()
    {
        const auto &reviews = m_model.reviews().all();
        const bool anyCompleted = std::any_of(reviews.begin(), reviews.end(), [](const auto &entry) {
            return entry.second.completed;
        });
        if (!anyCompleted) {
            if (m_anyDecided)
                add(GapKind::ReviewMissing, {},
                    "threats have been decided, but the threat model has no completed review");
            return;
        }
        const Review *last = lastCompletedReview(m_model);
        if (!last)
            return;
        const Date due = dueDate(*last, *parseIsoDate(last->date));
        if (due < m_today)
            add(GapKind::ReviewOverdue, {last->id},
                "review " + last->id + " of " + last->date
                    + " is overdue: the threat model was to be reviewed again by " + isoDate(due));
    }

    // A merged file holds ours where both sides changed a field until someone chooses: what it
    // says there is not yet anybody's decision.
    void checkOpenConflicts()
    {
        for (const auto &[id, conflict] : m_model.conflicts().all())
            add(GapKind::MergeConflictOpen, {id, conflict.record},
                "merge conflict " + id + " on " + conflict.kind + " " + conflict.record
                    + (conflict.field.empty() ? "" : " " + conflict.field) + " is open ("
                    + conflict.reason + "); the model holds " + conflict.taken + "' value");
    }

    const ThreatModel &m_model;
    const CheckOptions &m_options;
    const Date m_today;
    bool m_anyDecided = false;
    std::vector<Gap> m_gaps;
    std::vector<int> m_orders; // sort key within a kind: the threat number, else 0 (id order)
    int m_order = 0;
    struct RiskHash {
        size_t operator()(const Risk &risk) const
        {
            return std::hash<std::string>()(risk.cvssVector)
                   ^ static_cast<size_t>(risk.exploitability * 8 + risk.severity)
                   ^ (risk.method.size() << 20);
        }
    };
    std::unordered_map<Risk, RiskEvaluation, RiskHash> m_evaluations;
};

} // namespace

std::string_view toString(GapKind kind) { return kGapKindNames[static_cast<size_t>(kind)]; }

std::optional<GapKind> gapKindFromString(std::string_view text)
{
    return enumFromName<GapKind>(kGapKindNames, text);
}

const std::array<std::string_view, kGapKindCount> &gapKindNames() { return kGapKindNames; }

bool isDecided(ThreatStatus status)
{
    return status != ThreatStatus::Open && status != ThreatStatus::NeedsInvestigation
           && !isInactive(status);
}

std::string reviewDue(const Review &review)
{
    const auto held = parseIsoDate(review.date);
    if (!held)
        return parseIsoDate(review.nextReview) ? review.nextReview : std::string();
    return isoDate(dueDate(review, *held));
}

std::vector<Gap> checkTraceability(const ThreatModel &model, const CheckOptions &options)
{
    return Checker(model, options).run();
}

} // namespace vigil::stride
