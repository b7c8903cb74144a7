#pragma once

// Synthetic models for benchmarks and stress tests (vigil-cli synth).

#include "model/ThreatModel.h"

#include <cstdint>

namespace vigil {

// The largest synthetic model: 1,000,000 elements, 5,000,000 flows, 100,000 zones (a few GB
// of memory and minutes to write; the largest real models have a few thousand elements).
inline constexpr size_t kMaxSynthElements = 1'000'000;
inline constexpr size_t kMaxSynthFlows = 5'000'000;
inline constexpr size_t kMaxSynthBoundaries = 100'000;

struct SynthOptions {
    size_t elements = 100;
    size_t flows = 200;
    size_t boundaries = 5;
    std::uint64_t seed = 1;
};

// Deterministic for a given options value: the same seed gives the same model, byte for byte.
// Mixed element kinds, nested zones, a realistic mix of catalogue properties, one laid-out DFD.
// Throws std::invalid_argument for counts above the limits, or flows without two elements.
ThreatModel synthesizeModel(const SynthOptions &options);

} // namespace vigil
