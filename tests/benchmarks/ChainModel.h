#pragma once

// A synthetic model with a complete traceability chain, shared by the `check` benchmarks
// (bench_check, and bench_cli's whole-process `check`): every threat decided and risk-scored,
// linked to one of N/20 mitigations, each with two requirements, each with a test; every 97th
// test failed, so a few realistic gaps are left in. For 10,000 elements: 20,000 flows, 50 zones,
// ~170,000 threats, 500 mitigations, 1,000 requirements and tests, 11 of them failed.

#include "model/Synth.h"
#include "stride/Engine.h"

#include <algorithm>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

namespace vigil::bench {

inline std::string numbered(const char *prefix, size_t number)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%s-%05zu", prefix, number);
    return buffer;
}

inline ThreatModel modelWithChain(size_t elements)
{
    const size_t boundaries = std::max<size_t>(1, elements / 200);
    const size_t mitigations = std::max<size_t>(1, elements / 20);
    ThreatModel model = synthesizeModel({elements, elements * 2, boundaries, 7});
    stride::reconcile(model, stride::analyze(model, stride::shippedPacks()));
    model.people().put({"dev", "Dana", "Developer", "Firmware", "Acme"});
    model.people().put({"qa", "Quinn", "Verification", "QA", "Acme"});
    for (size_t m = 0; m < mitigations; ++m) {
        Mitigation mitigation{numbered("M", m), "Control " + std::to_string(m), "",
                              "authentication", "device", "device", "verified", {}};
        for (size_t r = 0; r < 2; ++r) {
            const std::string requirement = numbered("SR", m * 2 + r);
            model.requirements().put({requirement, "Requirement", "TM", "verified"});
            mitigation.requirements.insert(requirement);
            // Every 97th test failed: a few realistic gaps.
            model.tests().put({numbered("VT", m * 2 + r), {requirement}, "security-requirements",
                               "", "", "", (m * 2 + r) % 97 == 0 ? "fail" : "pass", "", "",
                               "qa", "dev", ""});
        }
        model.mitigations().put(std::move(mitigation));
    }
    std::vector<Threat> decided;
    size_t index = 0;
    for (const auto &[id, threat] : model.threats().all()) {
        Threat copy = threat;
        copy.status = ThreatStatus::Mitigated;
        copy.riskBefore = {"cvss", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", 0, 0};
        copy.riskAfter = {"matrix", "", 1, 2};
        copy.mitigations = {numbered("M", index++ % mitigations)};
        decided.push_back(std::move(copy));
    }
    for (Threat &threat : decided)
        model.threats().put(std::move(threat));
    return model;
}

} // namespace vigil::bench
