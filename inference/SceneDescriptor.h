#pragma once

#include <torch/types.h>

// GLYPH-SR's scene description S_IMG at GlyphLab's scale: no captioning model, but what the
// image statistics and the OCR can tell about a low-resolution region, as a short vector the
// control branches read next to the timestep. Entries: the scale (4/scale), the mean colour
// (3), the contrast (standard deviation), the edge energy (mean |∇|), the noise (mean
// |Laplacian|) and how much text the OCR found (words/8, capped at 1).
// Not for headers that moc reads (LibTorch's headers clash with Qt's keywords).
namespace SceneDescriptor {

constexpr int kSize = 8;

// low: B×3×h×w in [0,1]; wordCounts: one per batch item. Returns B×kSize on low's device.
torch::Tensor of(const torch::Tensor &low, int scale, const std::vector<int> &wordCounts);

} // namespace SceneDescriptor
