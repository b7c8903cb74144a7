#pragma once

// The domain nouns every layer shares (see ../shared/DESIGN.md, "Domain").
// Plain C++20 values: no Qt, no Boost types. Everything refers to everything else by Id.

#include "model/NamedText.h"

#include <array>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace vigil {

// Stable identifier: a UUID string when the app creates it, any unique string in hand-written JSON.
using Id = std::string;

// A property value from the catalogue: bool, number, or text (enum values are text).
using PropertyValue = std::variant<bool, double, std::string>;
using PropertyMap = std::map<std::string, PropertyValue>;

enum class ElementKind { ExternalEntity, Process, DataStore };

// JSON/SQL spelling of the enums; fromString returns nullopt for unknown text.
std::string_view toString(ElementKind kind);
std::optional<ElementKind> elementKindFromString(std::string_view text);

struct Element {
    Id id;
    ElementKind kind = ElementKind::Process;
    std::string name;
    std::string description;
    PropertyMap properties;
    bool outOfScope = false;
    std::string outOfScopeReason;
    bool operator==(const Element &) const = default;
};

struct Flow {
    Id id;
    Id source;
    Id target;
    bool bidirectional = false;
    std::string name;
    std::string description;
    std::string protocol;
    PropertyMap properties;
    bool outOfScope = false;
    std::string outOfScopeReason;
    bool operator==(const Flow &) const = default;
};

// A closed trust zone. Membership is direct: an element is a member of its innermost zone only;
// it lies inside every ancestor of that zone through `parent`.
struct TrustBoundary {
    Id id;
    std::string name;
    std::string description;
    Id parent; // empty: top level
    std::set<Id> members;
    // Drawing order among zones of the same nesting depth; higher is drawn above.
    int stackOrder = 0;
    bool operator==(const TrustBoundary &) const = default;
};

struct Point {
    double x = 0;
    double y = 0;
    bool operator==(const Point &) const = default;
};

struct Rect {
    double x = 0;
    double y = 0;
    double width = 0;
    double height = 0;
    bool operator==(const Rect &) const = default;
};

// Where a flow is drawn on one diagram: its bend points and where its label sits.
struct FlowLayout {
    std::vector<Point> bends;
    std::optional<Point> labelPosition;
    bool operator==(const FlowLayout &) const = default;
};

enum class DiagramKind { Dfd, GlobalSystem, MultiPatientHarm, Updatability, SecurityUseCase };
std::string_view toString(DiagramKind kind);
std::optional<DiagramKind> diagramKindFromString(std::string_view text);

// A view of the model. Layout is per diagram and kept apart from semantics: an element or zone is
// on the diagram when it has a node rectangle here; a flow when it has a FlowLayout here.
struct Diagram {
    Id id;
    std::string name;
    DiagramKind kind = DiagramKind::Dfd;
    int level = 0;       // DFD level (0 = context diagram)
    int order = 0;       // position among the model's diagrams (tabs)
    std::string description;
    std::map<Id, Rect> nodes;        // element or boundary id -> rectangle in scene coordinates
    std::map<Id, FlowLayout> flows;  // flow id -> bends and label
    bool operator==(const Diagram &) const = default;
};

enum class StrideCategory {
    Spoofing, Tampering, Repudiation, InformationDisclosure, DenialOfService, ElevationOfPrivilege
};
std::string_view toString(StrideCategory category);
std::optional<StrideCategory> strideCategoryFromString(std::string_view text);

// Obsolete: the rule no longer fires (kept as history). Suppressed: the rule fires, but is
// switched off for the element with a recorded reason. Both are set by analysis, never chosen.
enum class ThreatStatus {
    Open, NeedsInvestigation, Mitigated, Accepted, Transferred, NotApplicable, Obsolete,
    Suppressed
};
std::string_view toString(ThreatStatus status);
// Obsolete or suppressed: not in the threat list by default, no gaps, no badges.
inline bool isInactive(ThreatStatus status)
{
    return status == ThreatStatus::Obsolete || status == ThreatStatus::Suppressed;
}
std::optional<ThreatStatus> threatStatusFromString(std::string_view text);

// A risk estimate: a CVSS v3.1 vector or an exploitability x severity matrix (1..5 each).
struct Risk {
    std::string method; // "", "cvss" or "matrix"
    std::string cvssVector;
    int exploitability = 0;
    int severity = 0;
    bool operator==(const Risk &) const = default;
};

// A recorded decision to accept a residual risk that lies outside the acceptable region.
struct ResidualAcceptance {
    std::string rationale;
    Id by;            // Person id
    std::string date; // ISO 8601
    bool operator==(const ResidualAcceptance &) const = default;
};

struct Threat {
    Id id;                  // hash of rule id and target ids (stride/), stable across re-runs
    int number = 0;         // human-facing, assigned once, never reused
    std::string ruleId;
    std::string rulePack;
    std::string rulePackVersion;
    StrideCategory category = StrideCategory::Spoofing;
    std::vector<Id> targets; // element, flow, or flow + the zones it crosses (crossing rules)
    // Title, description and why (the values the rule's condition read) name the objects they
    // mention by id: ThreatModel::render shows them with today's names.
    NamedText title;
    NamedText description;
    std::string severity;    // default severity of the rule: low, medium, high, critical
    ThreatStatus status = ThreatStatus::Open;
    std::string justification;
    NamedText why;
    Risk riskBefore;
    Risk riskAfter;
    std::set<Id> hazards;    // Hazard ids (ISO 14971)
    std::set<Id> mitigations;
    bool transferredToSafety = false; // the risk is handled in safety risk management
    bool manual = false; // added by a person, not by a rule: analysis never obsoletes it
    ResidualAcceptance residualAcceptance;
    std::vector<std::string> capec;
    std::vector<std::string> cwe;
    bool operator==(const Threat &) const = default;
};

// The FDA premarket guidance's security control categories, spelled as in files and rule packs.
inline constexpr std::array<std::string_view, 8> kControlCategories{
    "authentication", "authorization", "cryptography", "code-data-execution-integrity",
    "confidentiality", "event-detection-logging", "resiliency-recovery",
    "updatability-patchability"};
inline constexpr std::array<std::string_view, 3> kMitigationStatuses{"proposed", "implemented",
                                                                     "verified"};
inline constexpr std::array<std::string_view, 4> kRequirementStatuses{"draft", "approved",
                                                                      "implemented", "verified"};
// IEC 81001-5-1 clause 5.7.1 to 5.7.4, in that order.
inline constexpr std::array<std::string_view, 4> kTestKinds{
    "security-requirements", "threat-mitigation", "vulnerability", "penetration"};
inline constexpr std::array<std::string_view, 3> kTestResults{"not-run", "pass", "fail"};

struct Mitigation {
    Id id;
    std::string title;
    std::string description;
    std::string controlCategory; // one of kControlCategories, or empty
    std::string layer;           // defense-in-depth layer, free text (e.g. "network")
    std::string scope;           // "device" or "environment"
    std::string status;          // one of kMitigationStatuses, or empty
    std::set<Id> requirements;
    bool operator==(const Mitigation &) const = default;
};

// A security requirement. The app gives it a human id (SR-001, ...) that is never reused.
struct Requirement {
    Id id;
    std::string text;
    std::string source;
    std::string status; // one of kRequirementStatuses, or empty
    bool operator==(const Requirement &) const = default;
};

// A verification test of one of the IEC 81001-5-1 clause 5.7 kinds. The app gives it a human id
// (VT-001, ...) that is never reused.
struct VerificationTest {
    Id id;
    std::set<Id> verifies;   // requirement ids, or mitigation ids (threat mitigation tests)
    std::string kind;        // one of kTestKinds
    std::string procedure;
    std::string tool;
    std::string toolVersion;
    std::string result;      // not-run | pass | fail
    std::string evidence;
    std::string date;        // ISO 8601
    Id performedBy;          // Person id
    Id developer;            // Person id of the developer whose work it verifies (5.7.5)
    std::string automation;  // automated test reference "suite.case" matched in JUnit results
    bool operator==(const VerificationTest &) const = default;
};

struct Person {
    Id id;
    std::string name;
    std::string role;
    std::string department;
    std::string organisation;
    bool operator==(const Person &) const = default;
};

struct Hazard {
    Id id;
    std::string reference;   // ISO 14971 hazard id in the risk management file
    std::string title;
    std::string description;
    bool operator==(const Hazard &) const = default;
};

// Review meetings. IEC 81001-5-1 wants the threat model reviewed by the team, and reviewed again
// at least once a year after release, with a record kept. A review keeps which threats it took
// and in what order, who attended, and each decision with the status before and after it.
//
// Which threats: "all", "undecided" (open or needs-investigation) or "changed" (new or changed
// since the last completed review); optionally only those on a diagram, of one element, flow or
// zone (a zone: its members and the flows that cross it), of one STRIDE category, and at or above
// a risk level (low, medium, high, critical: see stride::riskLevel()).
inline constexpr std::array<std::string_view, 3> kReviewSelections{"all", "undecided", "changed"};
// The order: "diagram" (by diagram, then element or flow), "risk" (highest first), "number".
inline constexpr std::array<std::string_view, 3> kReviewOrders{"diagram", "risk", "number"};

struct ReviewScope {
    std::string threats = "all";   // one of kReviewSelections
    Id diagram;                    // empty: every diagram
    Id target;                     // element, flow or zone; empty: any
    std::string category;          // STRIDE category as in files; empty: any
    std::string minimumRisk;       // low, medium, high, critical; empty: any
    std::string order = "diagram"; // one of kReviewOrders
    bool operator==(const ReviewScope &) const = default;
};

// One threat decided in a review: its status before and after, the justification given, its
// risk before and after mitigation as they stood after the decision, and who decided.
struct ReviewDecision {
    Id threat;
    ThreatStatus statusBefore = ThreatStatus::Open;
    ThreatStatus statusAfter = ThreatStatus::Open;
    std::string justification;
    Risk riskBefore;
    Risk riskAfter;
    Id by; // Person id
    bool operator==(const ReviewDecision &) const = default;
};

struct Review {
    Id id;                      // "RV-2026-12-01", "-2" for a second review that day
    std::string date;           // ISO 8601 day
    std::vector<Id> attendees;  // Person ids; the first chairs the meeting
    ReviewScope scope;
    bool completed = false;     // false: interrupted, to be resumed
    std::string nextReview;     // ISO 8601 day; a year after `date` unless chosen
    std::string notes;
    std::vector<ReviewDecision> decisions; // in the order made, one per threat
    bool operator==(const Review &) const = default;
};

// What an approval of a baseline means (design controls: a reviewed revision, or one released).
inline constexpr std::array<std::string_view, 2> kApprovalMeanings{"reviewed",
                                                                   "approved-for-release"};

// One signature on a baseline: who, in which role, when and meaning what. A baseline whose model
// had traceability gaps (`vigil-cli check`) is approved only with the approver's rationale.
struct Approval {
    std::string by;        // the approver's name
    std::string role;      // "Security architect", "Quality assurance"
    std::string date;      // ISO 8601 date and time, UTC: 2026-12-02T17:30:00Z
    std::string meaning;   // one of kApprovalMeanings
    std::string rationale; // why it is approved despite the gaps; empty when there were none
    bool operator==(const Approval &) const = default;
};

// A named, frozen revision of the model kept inside the document: the model as `vigil-cli
// export` wrote it at the time (without baselines and history), its SHA-256, and approvals.
struct Baseline {
    Id id;                           // "BL-001"
    std::string name;                // "Rev C"; unique in the model
    std::string date;                // ISO 8601 date and time, UTC, when it was made
    std::string author;
    std::string comment;
    std::string hash;                // "sha256:" and 64 hex digits of `snapshot`
    std::string snapshot;            // vigil-model JSON text; never changes
    std::vector<Approval> approvals; // in the order given
    bool operator==(const Baseline &) const = default;
};

// One saved change in the document's audit trail: when it was saved, by whom, and what (the
// undo step's text, or the CLI command) with the ids of the objects it touched.
inline constexpr int kHistoryIdLimit = 200; // ids kept per entry; `touched` counts them all
struct HistoryEntry {
    Id id;               // orders entries by time: "20261202T173000Z-5f3a-0001"
    std::string time;    // ISO 8601 date and time, UTC, of the save
    std::string author;
    std::string action;  // "Rename element", "Undo: Add flow", "vigil-cli analyze --write"
    std::vector<Id> ids; // the first kHistoryIdLimit objects touched, in the order touched
    int touched = 0;     // how many objects it touched
    bool operator==(const HistoryEntry &) const = default;
};

// A conflict `vigil-cli merge` left for a person to settle (it ran without --prefer): the record
// and field, the three values as compact JSON, why, and the side the model holds until someone
// chooses (the Merge Conflicts dock).
inline constexpr std::array<std::string_view, 2> kConflictSides{"ours", "theirs"};
struct OpenConflict {
    Id id;                          // "MC-001"
    std::string kind;               // element, flow, zone, threat, ... as diff names them
    Id record;                      // the record's id
    std::string label;              // its name when the merge ran
    std::string field;              // dotted; empty: the whole record (removed against changed)
    std::string base;               // JSON; "null" where absent
    std::string ours;
    std::string theirs;
    std::string reason;             // "changed on both sides", "removed in ours, changed in theirs"
    std::string taken = "ours";     // the side the model holds: one of kConflictSides
    bool operator==(const OpenConflict &) const = default;
};

// A rule switched off for one element, with the reason reports show.
struct Suppression {
    Id element;
    std::string ruleId;
    std::string reason;
    bool operator==(const Suppression &) const = default;
    auto operator<=>(const Suppression &other) const
    {
        if (auto c = element <=> other.element; c != 0)
            return c;
        return ruleId <=> other.ruleId;
    }
};

struct SecurityContext {
    std::string intendedUse;
    std::string environment;
    std::string networkLocation;
    std::string physicalProtection;
    std::string safetyImpact;
    bool operator==(const SecurityContext &) const = default;
};

// How a risk estimate is judged. The matrix rates exploitability (not probability) against
// severity, as the FDA and AAMI TIR57 do for security risk; levels are named lowest first.
struct RiskScheme {
    std::vector<std::string> exploitabilityLevels{"Very low", "Low", "Moderate", "High",
                                                  "Very high"};
    std::vector<std::string> severityLevels{"Negligible", "Minor", "Serious", "Critical",
                                            "Catastrophic"};
    // acceptable[e - 1][s - 1]: the cell of exploitability e and severity s is acceptable.
    // Default: acceptable while e + s <= 5, nothing at catastrophic severity or very high
    // exploitability.
    std::vector<std::vector<bool>> acceptable = defaultAcceptable(5, 5);
    double cvssAcceptableBelow = 4.0; // CVSS base scores below this are acceptable
    bool isAcceptable(int exploitability, int severity) const;
    static std::vector<std::vector<bool>> defaultAcceptable(size_t rows, size_t columns);
    bool operator==(const RiskScheme &) const = default;
};

// IEC 81001-5-1 clause 5.7.5: how far the tester must stand from the developer. Each level
// includes the ones above it: another organisation is also another department and person.
enum class Independence { None, OtherPerson, OtherDepartment, OtherOrganisation };
std::string_view toString(Independence level);
std::optional<Independence> independenceFromString(std::string_view text);

struct IndependenceRules {
    Independence securityRequirements = Independence::OtherDepartment;
    Independence threatMitigation = Independence::OtherDepartment;
    Independence vulnerability = Independence::OtherPerson;
    Independence penetration = Independence::OtherDepartment;
    Independence forKind(std::string_view testKind) const; // None for an unknown kind
    void set(std::string_view testKind, Independence level);
    bool operator==(const IndependenceRules &) const = default;
};

// What the last analysis saw: a fingerprint of everything analysis reads, and pack versions.
struct AnalysisStamp {
    std::string fingerprint;
    std::map<std::string, std::string> packVersions; // pack id -> version
    bool operator==(const AnalysisStamp &) const = default;
};

struct ModelInfo {
    std::string name;
    std::string description;
    SecurityContext context;
    std::vector<std::string> assumptions;
    std::string scope;
    std::vector<std::string> rulePacks{"stride-default", "medical-device"};
    int nextThreatNumber = 1;
    int nextRequirementNumber = 1; // SR-nnn
    int nextTestNumber = 1;        // VT-nnn
    RiskScheme riskScheme;
    IndependenceRules independence;
    AnalysisStamp lastAnalysis;
    bool operator==(const ModelInfo &) const = default;
};

} // namespace vigil
