#pragma once

// Synthetic models for benchmarks and stress tests (vigil-cli synth).

#include "model/ThreatModel.h"

#include <cstdint>

namespace vigil {

struct SynthOptions {
    size_t elements = 100;
    size_t flows = 200;
    size_t boundaries = 5;
    std::uint64_t seed = 1;
};

// Deterministic for a given options value: the same seed gives the same model, byte for byte.
// Mixed element kinds, nested zones, a realistic mix of catalogue properties, one laid-out DFD.
ThreatModel synthesizeModel(const SynthOptions &options);

} // namespace vigil
