#pragma once

// Risk evaluation: what a threat's risk estimate means under the model's risk scheme, and
// whether a tester is independent enough of a developer (IEC 81001-5-1 clause 5.7.5).
//
// A risk is either a CVSS v3.x base vector (acceptable when its score is below the scheme's
// threshold) or a cell of the exploitability x severity matrix (acceptable when the scheme marks
// that cell so). Exploitability, not probability: a security risk has no meaningful frequency
// (the FDA premarket guidance and AAMI TIR57 say the same).

#include "model/Types.h"

#include <string>

namespace vigil::stride {

enum class Acceptability { Unknown, Acceptable, Unacceptable };

struct RiskEvaluation {
    bool present = false;  // a method was chosen
    bool valid = false;    // and its values can be evaluated under the scheme
    std::string problem;   // why not valid (names the CVSS metric or the matrix level)
    double score = 0;      // CVSS base score
    std::string severity;  // CVSS severity: none, low, medium, high, critical
    Acceptability acceptability = Acceptability::Unknown;
    // "7.5 (high)" or "High exploitability x Serious severity": for lists and messages.
    std::string summary;
};

RiskEvaluation evaluateRisk(const Risk &risk, const RiskScheme &scheme);

// The risk that remains: the estimate after mitigation when there is one, else the one before.
const Risk &residualRisk(const Threat &threat);

// A threat's risk level, one of "low", "medium", "high", "critical", for choosing and ordering
// threats by risk (a review "at or above high"); rank levels with severityRank (RulePack.h).
// From the estimate before mitigation when it evaluates validly under `scheme`:
// - CVSS: its severity band, with "none" counted as "low";
// - matrix: the product exploitability x severity, 1..25 in a 5 x 5 scheme: >= 16 critical,
//   >= 10 high, >= 5 medium, else low. A scheme of another size is scaled to 25 first, so the
//   bands keep their share of the matrix.
// Without a valid estimate, the rule's default severity (`threat.severity`; "medium" when it is
// none of the four).
std::string riskLevel(const Threat &threat, const RiskScheme &scheme);

// Whether a test's tester is independent enough of the developer whose work it verifies, and if
// not, why: structured, so that each front end words it in its own language.
enum class IndependenceIssue {
    Met,
    TesterUnknown,       // who performed the test is not recorded
    DeveloperUnknown,    // whose work it verifies is not recorded
    SamePerson,          // the developer tested their own work
    DepartmentUnknown,   // `person` has no department recorded
    SameDepartment,
    OrganisationUnknown, // `person` has no organisation recorded
    SameOrganisation,
};
struct IndependenceCheck {
    IndependenceIssue issue = IndependenceIssue::Met;
    const Person *person = nullptr; // for the *Unknown issues: whose record lacks the field
};
IndependenceCheck checkIndependence(const Person *tester, const Person *developer,
                                    Independence required);

// The same, as one English sentence; empty when the rule is met.
std::string independenceProblem(const Person *tester, const Person *developer,
                                Independence required);

} // namespace vigil::stride
