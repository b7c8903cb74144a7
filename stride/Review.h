#pragma once

// Review meetings (model/Types.h, Review): which threats a review takes and in what order, where
// an interrupted one goes on, and the bookkeeping of its record. The GUI's review mode
// (views/review/) and the report share it.

#include "model/ThreatModel.h"

#include <cstddef>
#include <string>
#include <vector>

namespace vigil::stride {

// The threats `scope` selects, in its order. Obsolete and suppressed threats are never
// reviewed. "changed" compares each threat with the last completed review (see
// changedSinceReview()); with no completed review, every threat counts as changed.
std::vector<Id> reviewThreats(const ThreatModel &model, const ReviewScope &scope);

// The completed review with the latest date (ties: the larger id); nullptr when none. Reviews
// whose date is not a date are left out, here and below.
const Review *lastCompletedReview(const ThreatModel &model);
// The review to resume: the latest one not completed; nullptr when none.
const Review *interruptedReview(const ThreatModel &model);

// True when `threat` is new or different since `review` recorded it: no decision for it there,
// or its status, justification or risks differ from what the decision left.
bool changedSinceReview(const Threat &threat, const Review &review);

// The list of a review taken up again: the threats it decided, in the order it decided them,
// then those its scope selects now that it has not decided (with "undecided", a threat decided
// in it is no longer selected, yet still belongs to it).
std::vector<Id> resumedReviewThreats(const ThreatModel &model, const Review &review);

// Where a review goes on in `threats` (its list): the first threat without a decision in it;
// threats.size() when every one has one.
std::size_t resumePosition(const Review &review, const std::vector<Id> &threats);

// The decision `review` holds for `threat`; nullptr when none.
const ReviewDecision *decisionFor(const Review &review, const Id &threat);

// `review` with `decision` recorded: a threat decided again keeps its first status before, and
// its place in the order.
Review withDecision(Review review, ReviewDecision decision);

// A new review's id for `date` (YYYY-MM-DD): "RV-2026-12-01", then "RV-2026-12-01-2", ...
Id newReviewId(const ThreatModel &model, const std::string &date);

// `date` (YYYY-MM-DD) a year later; 29 February becomes 28 February. Empty when not a date.
std::string oneYearAfter(const std::string &date);

} // namespace vigil::stride
