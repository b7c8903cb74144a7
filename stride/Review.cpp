#include "stride/Review.h"

#include "model/IsoDate.h"

#include "stride/Risk.h"
#include "stride/RulePack.h"
#include "stride/Traceability.h"

#include <algorithm>
#include <map>
#include <optional>
#include <tuple>

namespace vigil::stride {

namespace {

// The element or flow a threat is about: its first target.
Id subjectOf(const Threat &threat)
{
    return threat.targets.empty() ? Id() : threat.targets.front();
}

// True when the threat concerns zone `zone`: its element lies in the zone (nested zones
// included), its flow crosses it, or it is a crossing threat naming the zone.
bool concernsZone(const ThreatModel &model, const Threat &threat, const Id &zone)
{
    if (std::find(threat.targets.begin(), threat.targets.end(), zone) != threat.targets.end())
        return true;
    const Id subject = subjectOf(threat);
    if (model.element(subject)) {
        const Id inner = model.boundaryOf(subject);
        return !inner.empty() && model.boundaryContains(zone, inner);
    }
    if (model.flow(subject)) {
        const std::vector<Id> crossed = model.crossedBoundaries(subject);
        return std::find(crossed.begin(), crossed.end(), zone) != crossed.end();
    }
    return false;
}

bool isOnDiagram(const Diagram &diagram, const Id &item)
{
    return diagram.nodes.count(item) != 0 || diagram.flows.count(item) != 0;
}

bool selected(const ThreatModel &model, const Threat &threat, const ReviewScope &scope,
              const Review *lastReview)
{
    if (isInactive(threat.status))
        return false;
    if (scope.threats == "undecided" && isDecided(threat.status))
        return false;
    if (scope.threats == "changed" && lastReview && !changedSinceReview(threat, *lastReview))
        return false;
    if (!scope.category.empty() && toString(threat.category) != scope.category)
        return false;
    if (!scope.diagram.empty()) {
        const Diagram *diagram = model.diagram(scope.diagram);
        if (!diagram || !isOnDiagram(*diagram, subjectOf(threat)))
            return false;
    }
    if (!scope.target.empty()) {
        const bool direct = subjectOf(threat) == scope.target;
        if (!direct && !(model.boundary(scope.target) && concernsZone(model, threat, scope.target)))
            return false;
    }
    if (!scope.minimumRisk.empty()
        && severityRank(riskLevel(threat, model.info().riskScheme))
               < severityRank(scope.minimumRisk))
        return false;
    return true;
}

// The latest review that is (or is not) completed, by date, ties to the larger id. A review
// whose date is not a date cannot be placed among the others and is left out. ISO days compare
// as text in calendar order.
const Review *latestReview(const ThreatModel &model, bool completed)
{
    const Review *last = nullptr;
    for (const auto &[id, review] : model.reviews().all())
        if (review.completed == completed && parseIsoDate(review.date)
            && (!last || std::tie(review.date, review.id) > std::tie(last->date, last->id)))
            last = &review;
    return last;
}

} // namespace

std::vector<Id> reviewThreats(const ThreatModel &model, const ReviewScope &scope)
{
    const Review *lastReview = lastCompletedReview(model);
    std::vector<const Threat *> chosen;
    for (const auto &[id, threat] : model.threats().all())
        if (selected(model, threat, scope, lastReview))
            chosen.push_back(&threat);

    if (scope.order == "risk") {
        // Each threat's level once: a CVSS vector is parsed to find it.
        const RiskScheme &scheme = model.info().riskScheme;
        std::map<const Threat *, int> rank;
        for (const Threat *threat : chosen)
            rank[threat] = severityRank(riskLevel(*threat, scheme));
        std::sort(chosen.begin(), chosen.end(), [&](const Threat *a, const Threat *b) {
            return std::tie(rank[b], a->number) < std::tie(rank[a], b->number);
        });
    } else if (scope.order == "number") {
        std::sort(chosen.begin(), chosen.end(),
                  [](const Threat *a, const Threat *b) { return a->number < b->number; });
    } else {
        // By diagram (the first, in the model's order, that shows the threat's element or
        // flow; none last), then by the element's or flow's name, then by number.
        const std::vector<const Diagram *> diagrams = model.diagrams();
        std::map<Id, std::size_t> diagramOf;
        const auto diagramIndex = [&](const Id &item) {
            auto [it, added] = diagramOf.try_emplace(item, diagrams.size());
            if (added)
                for (std::size_t i = 0; i < diagrams.size(); ++i)
                    if (isOnDiagram(*diagrams[i], item)) {
                        it->second = i;
                        break;
                    }
            return it->second;
        };
        std::sort(chosen.begin(), chosen.end(), [&](const Threat *a, const Threat *b) {
            const Id subjectA = subjectOf(*a);
            const Id subjectB = subjectOf(*b);
            const std::size_t diagramA = diagramIndex(subjectA);
            const std::size_t diagramB = diagramIndex(subjectB);
            const std::string nameA = model.displayName(subjectA);
            const std::string nameB = model.displayName(subjectB);
            return std::tie(diagramA, nameA, subjectA, a->number)
                   < std::tie(diagramB, nameB, subjectB, b->number);
        });
    }
    std::vector<Id> ids;
    ids.reserve(chosen.size());
    for (const Threat *threat : chosen)
        ids.push_back(threat->id);
    return ids;
}

const Review *lastCompletedReview(const ThreatModel &model)
{
    return latestReview(model, true);
}

const Review *interruptedReview(const ThreatModel &model)
{
    return latestReview(model, false);
}

bool changedSinceReview(const Threat &threat, const Review &review)
{
    const ReviewDecision *decision = decisionFor(review, threat.id);
    return !decision || decision->statusAfter != threat.status
           || decision->justification != threat.justification
           || !(decision->riskBefore == threat.riskBefore)
           || !(decision->riskAfter == threat.riskAfter);
}

std::vector<Id> resumedReviewThreats(const ThreatModel &model, const Review &review)
{
    std::vector<Id> threats;
    for (const ReviewDecision &decision : review.decisions)
        if (model.threats().contains(decision.threat))
            threats.push_back(decision.threat);
    for (const Id &id : reviewThreats(model, review.scope))
        if (!decisionFor(review, id))
            threats.push_back(id);
    return threats;
}

std::size_t resumePosition(const Review &review, const std::vector<Id> &threats)
{
    for (std::size_t i = 0; i < threats.size(); ++i)
        if (!decisionFor(review, threats[i]))
            return i;
    return threats.size();
}

const ReviewDecision *decisionFor(const Review &review, const Id &threat)
{
    for (const ReviewDecision &decision : review.decisions)
        if (decision.threat == threat)
            return &decision;
    return nullptr;
}

Review withDecision(Review review, ReviewDecision decision)
{
    for (ReviewDecision &earlier : review.decisions)
        if (earlier.threat == decision.threat) {
            decision.statusBefore = earlier.statusBefore;
            earlier = std::move(decision);
            return review;
        }
    review.decisions.push_back(std::move(decision));
    return review;
}

Id newReviewId(const ThreatModel &model, const std::string &date)
{
    const Id base = "RV-" + date;
    Id id = base;
    for (int n = 2; model.reviews().contains(id); ++n)
        id = base + "-" + std::to_string(n);
    return id;
}

std::string oneYearAfter(const std::string &date)
{
    const auto parsed = parseIsoDate(date);
    return parsed ? isoDate(vigil::oneYearAfter(*parsed)) : std::string();
}

} // namespace vigil::stride
