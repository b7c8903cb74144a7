#pragma once

// The traceability check: every gap in the chain threat -> risk -> mitigation -> requirement ->
// verification test that IEC 81001-5-1 asks a maker to close. `vigil-cli check` prints these
// and the GUI's gap list shows them; both call checkTraceability.

#include "model/ThreatModel.h"

#include <array>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace vigil::stride {

// In the order gaps are reported. The JSON names (toString) are a contract with scripts.
enum class GapKind {
    ThreatUndecided,              // open or needs-investigation
    DecisionWithoutJustification, // accepted, transferred or not-applicable, no justification
    MitigatedWithoutControl,      // mitigated, but no linked control implemented or verified
    RiskMissing,                  // a decided threat without a (valid) risk before mitigation
    ResidualRiskUnaccepted,       // residual risk not acceptable and no recorded acceptance
    MitigationWithoutRequirement,
    RequirementWithoutTest,
    TestNotPassed,                // not run or failed
    IndependenceViolated,         // clause 5.7.5
    TransitionalWithoutRationale, // an Annex F transitional element without its rationale
    AnalysisStale,                // the model or a rule pack changed since the last analysis
    // Appended, so that the kinds above keep their numbers.
    ReviewOverdue,                // the last completed review's next-review date has passed
    ReviewMissing,                // decided threats, but no completed review at all
    MergeConflictOpen,            // a merge left a conflict nobody has settled yet
};
inline constexpr size_t kGapKindCount = 14;
static_assert(static_cast<size_t>(GapKind::MergeConflictOpen) + 1 == kGapKindCount,
              "kGapKindCount counts the kinds up to the last one");

std::string_view toString(GapKind kind);
std::optional<GapKind> gapKindFromString(std::string_view text);
const std::array<std::string_view, kGapKindCount> &gapKindNames();

struct Gap {
    GapKind kind = GapKind::ThreatUndecided;
    // The objects concerned, the one to fix first: a threat, mitigation, requirement, test,
    // element or review id; for independence also the two people; none for the whole model.
    std::vector<Id> ids;
    std::string message; // one English sentence for the CLI; the GUI words its own
    bool operator==(const Gap &) const = default;
};

struct CheckOptions {
    std::set<GapKind> ignore;
    // The versions of the model's rule packs as they are now (pack id -> version). A pack whose
    // version differs from the one the last analysis used makes the analysis stale.
    std::map<std::string, std::string> packVersions;
    // The day reviews are judged against, YYYY-MM-DD; empty: the current date in UTC. Given,
    // it must be a valid date (std::invalid_argument otherwise).
    std::string today;
};

// Threat statuses that are a decision (for justification and risk).
bool isDecided(ThreatStatus status);

// When `review` asks to be followed by the next one, YYYY-MM-DD: its nextReview when that is a
// valid date, else a year after its date; empty when neither is a date.
std::string reviewDue(const Review &review);

// Every gap, in GapKind order, then within a kind threats by number and other records by id.
// Obsolete threats are history and suppressed ones switched off with a reason: neither has gaps.
// Reviews (IEC 81001-5-1: reviewed by the team, again at least yearly after release): only
// completed ones count. The last is the one with the latest valid date (ties: the larger id); it
// is overdue when its next-review date (a year after its date when that is not a valid date)
// is before today. A completed review whose date is not a date cannot be placed, and is passed
// over for that.
std::vector<Gap> checkTraceability(const ThreatModel &model, const CheckOptions &options = {});

} // namespace vigil::stride
