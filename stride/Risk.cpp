#include "stride/Risk.h"

#include "stride/Cvss.h"
#include "stride/RulePack.h"

#include <cstdio>

namespace vigil::stride {

namespace {

std::string formatScore(double score)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%.1f", score);
    return buffer;
}

const std::string &levelName(const std::vector<std::string> &levels, int level)
{
    return levels[static_cast<size_t>(level - 1)];
}

void evaluateCvss(const Risk &risk, const RiskScheme &scheme, RiskEvaluation &result)
{
    if (risk.cvssVector.empty()) {
        result.problem = "no CVSS vector";
        return;
    }
    try {
        const CvssScore score = scoreCvss3(risk.cvssVector);
        result.valid = true;
        result.score = score.score;
        result.severity = score.severity;
        result.acceptability = score.score < scheme.cvssAcceptableBelow
                                   ? Acceptability::Acceptable
                                   : Acceptability::Unacceptable;
        result.summary = formatScore(score.score) + " (" + score.severity + ")";
    } catch (const CvssError &error) {
        result.problem = error.what();
    }
}

void evaluateMatrix(const Risk &risk, const RiskScheme &scheme, RiskEvaluation &result)
{
    const auto rows = static_cast<int>(scheme.exploitabilityLevels.size());
    const auto columns = static_cast<int>(scheme.severityLevels.size());
    if (risk.exploitability < 1 || risk.exploitability > rows) {
        result.problem = "exploitability " + std::to_string(risk.exploitability)
                         + " is outside the scheme's levels 1 to " + std::to_string(rows);
        return;
    }
    if (risk.severity < 1 || risk.severity > columns) {
        result.problem = "severity " + std::to_string(risk.severity)
                         + " is outside the scheme's levels 1 to " + std::to_string(columns);
        return;
    }
    result.valid = true;
    result.acceptability = scheme.isAcceptable(risk.exploitability, risk.severity)
                               ? Acceptability::Acceptable
                               : Acceptability::Unacceptable;
    result.summary = levelName(scheme.exploitabilityLevels, risk.exploitability)
                     + " exploitability x " + levelName(scheme.severityLevels, risk.severity)
                     + " severity";
}

// The matrix bands on the 1..25 scale of the default 5 x 5 scheme.
std::string matrixLevel(const Risk &risk, const RiskScheme &scheme)
{
    const int product = risk.exploitability * risk.severity;
    const auto cells = static_cast<int>(scheme.exploitabilityLevels.size()
                                        * scheme.severityLevels.size());
    // product / cells >= band / 25, without rounding.
    const auto atLeast = [&](int band) { return product * 25 >= band * cells; };
    if (atLeast(16))
        return "critical";
    if (atLeast(10))
        return "high";
    if (atLeast(5))
        return "medium";
    return "low";
}

} // namespace

RiskEvaluation evaluateRisk(const Risk &risk, const RiskScheme &scheme)
{
    RiskEvaluation result;
    if (risk.method.empty())
        return result;
    result.present = true;
    if (risk.method == "cvss")
        evaluateCvss(risk, scheme, result);
    else if (risk.method == "matrix")
        evaluateMatrix(risk, scheme, result);
    else
        result.problem = "unknown risk method \"" + risk.method + "\"";
    return result;
}

const Risk &residualRisk(const Threat &threat)
{
    return threat.riskAfter.method.empty() ? threat.riskBefore : threat.riskAfter;
}

std::string riskLevel(const Threat &threat, const RiskScheme &scheme)
{
    const RiskEvaluation evaluation = evaluateRisk(threat.riskBefore, scheme);
    if (evaluation.valid) {
        if (threat.riskBefore.method == "matrix")
            return matrixLevel(threat.riskBefore, scheme);
        return evaluation.severity == "none" ? "low" : evaluation.severity;
    }
    return severityRank(threat.severity) >= 0 ? threat.severity : "medium";
}

IndependenceCheck checkIndependence(const Person *tester, const Person *developer,
                                    Independence required)
{
    using Issue = IndependenceIssue;
    if (required == Independence::None)
        return {};
    if (!tester)
        return {Issue::TesterUnknown, nullptr};
    if (!developer)
        return {Issue::DeveloperUnknown, nullptr};
    if (tester->id == developer->id)
        return {Issue::SamePerson, tester};
    switch (required) {
    case Independence::None:
    case Independence::OtherPerson:
        return {};
    case Independence::OtherDepartment:
        // Another organisation is at least as independent as another department.
        if (!tester->organisation.empty() && !developer->organisation.empty()
            && tester->organisation != developer->organisation)
            return {};
        if (tester->department.empty() || developer->department.empty())
            return {Issue::DepartmentUnknown, tester->department.empty() ? tester : developer};
        if (tester->department == developer->department)
            return {Issue::SameDepartment, tester};
        return {};
    case Independence::OtherOrganisation:
        if (tester->organisation.empty() || developer->organisation.empty())
            return {Issue::OrganisationUnknown,
                    tester->organisation.empty() ? tester : developer};
        if (tester->organisation == developer->organisation)
            return {Issue::SameOrganisation, tester};
        return {};
    }
    return {};
}

std::string independenceProblem(const Person *tester, const Person *developer,
                                Independence required)
{
    const IndependenceCheck check = checkIndependence(tester, developer, required);
    switch (check.issue) {
    case IndependenceIssue::Met: return {};
    case IndependenceIssue::TesterUnknown: return "who performed the test is not recorded";
    case IndependenceIssue::DeveloperUnknown:
        return "whose work the test verifies is not recorded";
    case IndependenceIssue::SamePerson: return tester->name + " tested their own work";
    case IndependenceIssue::DepartmentUnknown:
        return "the department of " + check.person->name + " is not recorded";
    case IndependenceIssue::SameDepartment:
        return tester->name + " and " + developer->name + " are both in " + tester->department;
    case IndependenceIssue::OrganisationUnknown:
        return "the organisation of " + check.person->name + " is not recorded";
    case IndependenceIssue::SameOrganisation:
        return tester->name + " and " + developer->name + " are both of "
               + tester->organisation;
    }
    return {};
}

} // namespace vigil::stride
