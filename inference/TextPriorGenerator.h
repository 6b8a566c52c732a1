#pragma once

#include <torch/torch.h>

// GlyphSR's TPG: expands a recognizer's per-frame class probabilities (B×C×1×T) into a spatial
// "hint" map (B×P×16×4T) with transposed convolutions, which every SR block receives.
struct TextPriorGeneratorImpl : torch::nn::Module
{
    TextPriorGeneratorImpl(int classes, int priorChannels);
    // Output B×P×H×W, resized to the given feature size.
    torch::Tensor forward(const torch::Tensor &probabilities, int64_t height, int64_t width);

    torch::nn::Sequential layers{nullptr};
};
TORCH_MODULE(TextPriorGenerator);
