#pragma once

#include "TextLineSample.h"

#include <torch/types.h>

#include <vector>

// Generated samples as tensors for training and evaluation (values in [0,1]).
struct TrainingBatch
{
    torch::Tensor lowResolution;   // B×3×h×w
    torch::Tensor highResolution;  // B×3×H×W
    torch::Tensor lineMask;        // B×1×H×W, glyph coverage
    torch::Tensor characterMasks;  // B×L×H×W, one exact mask per character slot
    torch::Tensor slotClasses;     // B×L int64, CharacterSet class per slot, 0 = empty slot
    torch::Tensor targets;         // concatenated CTC targets (int64)
    torch::Tensor targetLengths;   // B int64
    std::vector<QString> texts;

    // `slots` character slots (GlyphSR's L); characters beyond it are left out of the masks.
    static TrainingBatch build(const std::vector<TextLineSample> &samples, const std::vector<size_t> &indices, int slots);
    // One RGB image (any format) as 1×3×H×W in [0,1].
    static torch::Tensor imageTensor(const QImage &image);
    // One image (any format) as its gray values, 1×1×H×W in [0,1].
    static torch::Tensor grayTensor(const QImage &image);
    TrainingBatch to(const torch::Device &device) const;
};
