#pragma once

#include "MethodParameter.h"

#include <QVariantMap>

#include <torch/types.h>

// The "colours" option of the methods that learn a correction to the bicubic enlargement
// (GlyphSR, DiffTSR, GLYPH-SR): "input" keeps the enlargement's hues and lets the network change
// only the brightness; "network" takes the network's own colours. Networks trained on synthetic lines
// shift the hue of text on strong colours they rarely saw (white on a blue sign came out cyan).
namespace InputColours {

// The option as the GUI and the CLI show it; "input" by default.
MethodParameter parameter();
// Whether `parameters` ask for the input's colours. An unknown value throws std::runtime_error.
bool requested(const QVariantMap &parameters);
// A correction to the bicubic enlargement (B×3×H×W) reduced to its brightness (Rec. 601 luma),
// the same in all three channels.
torch::Tensor brightnessOnly(const torch::Tensor &correction);

} // namespace InputColours
