#pragma once

#include <torch/torch.h>

// A text line's known text drawn over the line: laid out in OcrPromptBuilder's plain sans and
// stretched across the columns where the line has its ink, at 80 % of its height. DiffTSR's IDM
// takes its text this way too, as a picture lined up with the line that a convolution can follow:
// through attention alone it did not use its text (2026-12-07), nor as the recognizer's classes
// placed on its CTC frames (a BiLSTM recognizer emits characters off their columns).
namespace AlignedGlyphs {

// The columns [first, last] of a B×3×h×w line in [0,1] where its rows vary most (text strokes
// against a flatter background), per row of the batch: B×2 float, in columns.
torch::Tensor inkExtent(const torch::Tensor &line);

// line: B×3×h×w in [0,1]; slotText: B×slots character classes (0 = empty slot). Returns
// B×1×(scale·h)×(scale·w) in [0,1], white glyphs on black; a row with an empty text stays black.
// Throws std::runtime_error when no font can be found or there is no QGuiApplication.
torch::Tensor draw(const torch::Tensor &line, const torch::Tensor &slotText, int scale);

} // namespace AlignedGlyphs
