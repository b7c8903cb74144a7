#pragma once

// Small models and packs built in code for the stride tests.

#include "stride/Engine.h"

#include <QtTest>

#include <memory>
#include <string>
#include <vector>

namespace vigil::stride::testing {

inline Element makeElement(const std::string &id, ElementKind kind, PropertyMap properties = {})
{
    Element element;
    element.id = id;
    element.kind = kind;
    element.name = "Name of " + id;
    element.properties = std::move(properties);
    return element;
}

inline Flow makeFlow(const std::string &id, const std::string &source, const std::string &target,
                     PropertyMap properties = {})
{
    Flow flow;
    flow.id = id;
    flow.source = source;
    flow.target = target;
    flow.name = "Name of " + id;
    flow.properties = std::move(properties);
    return flow;
}

inline TrustBoundary makeZone(const std::string &id, const std::string &parent = {})
{
    TrustBoundary zone;
    zone.id = id;
    zone.name = "Zone " + id;
    zone.parent = parent;
    return zone;
}

// A pack "test-pack" 1.0.0 holding the given rule objects (JSON text, comma-separated).
inline std::string packJson(const std::string &rules, const std::string &version = "1.0.0")
{
    return R"({"format": "vigil-rule-pack", "formatVersion": 1, "id": "test-pack", "version": ")"
           + version + R"(", "title": "Test", "rules": [)" + rules + "]}";
}

// One rule object; `appliesTo` is a JSON value, `condition` may be empty (no condition).
inline std::string ruleJson(const std::string &id, const std::string &appliesTo,
                            const std::string &condition,
                            const std::string &category = "tampering")
{
    std::string rule = R"({"id": ")" + id + R"(", "category": ")" + category
                       + R"(", "appliesTo": )" + appliesTo
                       + R"(, "title": "Threat to {name}", "description": "About {name}.", )"
                         R"("severity": "medium")";
    if (!condition.empty()) {
        std::string escaped;
        for (char c : condition) {
            if (c == '"' || c == '\\')
                escaped += '\\';
            escaped += c;
        }
        rule += R"(, "condition": ")" + escaped + "\"";
    }
    return rule + "}";
}

inline RulePackPtr makePack(const std::string &rules, const std::string &version = "1.0.0")
{
    return std::make_shared<const RulePack>(loadRulePack(packJson(rules, version), "test.json"));
}

// The threats (not suppressed) a rule produced, as their target lists.
inline std::vector<std::vector<Id>> targetsOf(const Analysis &analysis, const std::string &ruleId)
{
    std::vector<std::vector<Id>> result;
    for (const Finding &finding : analysis.findings())
        if (!finding.suppressed && analysis.rule(finding).id == ruleId)
            result.push_back(analysis.targets(finding));
    return result;
}

inline std::set<std::string> threatIds(const Analysis &analysis)
{
    std::set<std::string> ids;
    for (const Finding &finding : analysis.findings())
        if (!finding.suppressed)
            ids.insert(analysis.threatId(finding));
    return ids;
}

} // namespace vigil::stride::testing
