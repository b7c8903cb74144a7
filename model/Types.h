#pragma once

// The domain nouns every layer shares (see ../shared/DESIGN.md, "Domain").
// Plain C++20 values: no Qt, no Boost types. Everything refers to everything else by Id.

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

enum class ThreatStatus {
    Open, NeedsInvestigation, Mitigated, Accepted, Transferred, NotApplicable, Obsolete
};
std::string_view toString(ThreatStatus status);
std::optional<ThreatStatus> threatStatusFromString(std::string_view text);

// A risk estimate: a CVSS v3.1 vector or an exploitability x severity matrix (1..5 each).
struct Risk {
    std::string method; // "", "cvss" or "matrix"
    std::string cvssVector;
    int exploitability = 0;
    int severity = 0;
    bool operator==(const Risk &) const = default;
};

struct Threat {
    Id id;                  // hash of rule id and target ids (stride/), stable across re-runs
    int number = 0;         // human-facing, assigned once, never reused
    std::string ruleId;
    std::string rulePack;
    std::string rulePackVersion;
    StrideCategory category = StrideCategory::Spoofing;
    std::vector<Id> targets; // element, flow, or flow + crossed boundary
    std::string title;
    std::string description;
    std::string severity;    // default severity of the rule: low, medium, high, critical
    ThreatStatus status = ThreatStatus::Open;
    std::string justification;
    std::string why;         // why the rule fired: the values its condition read
    Risk riskBefore;
    Risk riskAfter;
    std::set<Id> hazards;    // Hazard ids (ISO 14971)
    std::set<Id> mitigations;
    std::vector<std::string> capec;
    std::vector<std::string> cwe;
    bool operator==(const Threat &) const = default;
};

struct Mitigation {
    Id id;
    std::string title;
    std::string description;
    std::string controlCategory; // FDA control category, e.g. "authentication", "cryptography"
    std::string layer;           // defense-in-depth layer
    std::string scope;           // "device" or "environment"
    std::string status;          // "proposed", "implemented", "verified"
    std::set<Id> requirements;
    bool operator==(const Mitigation &) const = default;
};

struct Requirement {
    Id id;
    std::string text;
    std::string source;
    std::string status;
    bool operator==(const Requirement &) const = default;
};

// A verification test of one of the IEC 81001-5-1 clause 5.7 kinds.
struct VerificationTest {
    Id id;
    Id requirement;
    std::string kind;        // security-requirements | threat-mitigation | vulnerability | penetration
    std::string procedure;
    std::string tool;
    std::string toolVersion;
    std::string result;      // not-run | pass | fail
    std::string evidence;
    std::string date;        // ISO 8601
    Id performedBy;          // Person id
    Id developer;            // Person id of the developer whose work it verifies (5.7.5)
    bool operator==(const VerificationTest &) const = default;
};

struct Person {
    Id id;
    std::string name;
    std::string role;
    std::string department;
    bool operator==(const Person &) const = default;
};

struct Hazard {
    Id id;
    std::string reference;   // ISO 14971 hazard id in the risk management file
    std::string title;
    std::string description;
    bool operator==(const Hazard &) const = default;
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

struct ModelInfo {
    std::string name;
    std::string description;
    SecurityContext context;
    std::vector<std::string> assumptions;
    std::string scope;
    std::vector<std::string> rulePacks{"stride-default", "medical-device"};
    int nextThreatNumber = 1;
    bool operator==(const ModelInfo &) const = default;
};

} // namespace vigil
