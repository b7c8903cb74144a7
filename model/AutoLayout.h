#pragma once

// Automatic layout for models that come without one (hand-written JSON, vigil-cli synth).

#include "model/ThreatModel.h"

namespace vigil {

// Default sizes of nodes on a diagram, in scene units.
inline constexpr double kElementWidth = 160;
inline constexpr double kElementHeight = 80;

// Models of up to this many elements and zones (and twice as many flows) are laid out by
// Graphviz, larger ones by our own layered layout (see AutoLayout.cpp).
inline constexpr size_t kGraphvizLayoutLimit = 300;

// Places every element and trust zone of the model on `diagram` (which must exist), replacing
// the rectangles and flow bends it had.
// Guarantees: no two element rectangles overlap; every zone rectangle encloses the rectangles
// of its members and nested zones and of nothing else; zones that are not nested do not overlap.
// Up to kGraphvizLayoutLimit, flows also bend around every element that is not their end and
// every zone they do not cross; above it they are drawn straight.
void layoutDiagram(ThreatModel &model, const Id &diagram);

} // namespace vigil
