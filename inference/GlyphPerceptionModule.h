#pragma once

#include <torch/torch.h>

// GlyphSR's GPM: a small U-Net on SR-block features with three heads: the line glyph map
// M_line, one character glyph map per slot M_char, and a character classifier that pools
// features under M_char ⊙ M_line (normalised over the image per slot) into one class per slot.
struct GlyphPerceptionModuleImpl : torch::nn::Module
{
    struct Output
    {
        torch::Tensor lineLogits;      // B×1×H×W
        torch::Tensor characterLogits; // B×L×H×W
        torch::Tensor classLogits;     // B×L×classes
    };

    GlyphPerceptionModuleImpl(int channels, int slots, int classes);
    Output forward(const torch::Tensor &features);

    torch::nn::Sequential encoder{nullptr}, bottom{nullptr}, decoder{nullptr};
    torch::nn::Conv2d context{nullptr}, lineHead{nullptr}, characterHead{nullptr}, projection{nullptr};
    torch::nn::Linear classifier{nullptr};
};
TORCH_MODULE(GlyphPerceptionModule);
