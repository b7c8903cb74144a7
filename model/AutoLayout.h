#pragma once

// Automatic layout for models that come without one (hand-written JSON, vigil-cli synth).

#include "model/ThreatModel.h"

namespace vigil {

// Default sizes of nodes on a diagram, in scene units.
inline constexpr double kElementWidth = 160;
inline constexpr double kElementHeight = 80;

// Places every element and trust zone of the model on `diagram` (which must exist), replacing
// the rectangles it had, and draws every flow between placed elements with no bends.
// Guarantees: no two element rectangles overlap; every zone rectangle encloses the rectangles
// of its members and nested zones and of nothing else; zones that are not nested do not overlap.
void layoutDiagram(ThreatModel &model, const Id &diagram);

} // namespace vigil
