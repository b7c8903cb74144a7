#pragma once

// Test support: a model as it was before anyone analysed it. The bundled example carries its
// decided threats; tests of analysis start from a model without them, where every threat an
// analysis finds is new, open and numbered from 1.

#include "model/ThreatModel.h"

#include <vector>

namespace vigil::testing {

inline ThreatModel withoutThreats(ThreatModel model)
{
    std::vector<Id> ids;
    for (const auto &entry : model.threats().all())
        ids.push_back(entry.first);
    for (const Id &id : ids)
        model.threats().remove(id);
    ModelInfo info = model.info();
    info.nextThreatNumber = 1;
    info.lastAnalysis = {};
    model.setInfo(info);
    return model;
}

} // namespace vigil::testing
