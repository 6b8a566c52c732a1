#pragma once

#include "DiffusionResBlock.h"
#include "TimestepEmbedding.h"

#include <torch/torch.h>

#include <vector>

// GLYPH-SR's diffusion backbone at GlyphLab's scale, in pixel space: it denoises the scaled
// residual over bicubic, r = s·(HR − bicubic(LR)), folded 4×4 by space-to-depth onto a grid a
// quarter of the tile's side (3×T×T → 48×T/4×T/4, lossless, in place of the paper's SDXL
// latent), and predicts the clean residual r̂0 (TsControlModel says why not the paper's ε). A UNet of three levels (T/4, T/8,
// T/16) with GroupNorm/SiLU residual blocks; it has no input of its own besides r_t and t:
// what it knows of the picture comes from the control branches (TsControlBranch), whose
// residuals are added to its skip connections and to its middle block.
// The tile side must be a multiple of 16.
struct TsControlBackboneImpl : torch::nn::Module
{
    struct Options
    {
        int width0 = 64;
        int width1 = 96;
        int width2 = 128;
    };

    explicit TsControlBackboneImpl(const Options &options);
    int timeDim() const { return 4 * options.width0; }
    // The folded input, B×48×T/4×T/4, of a residual B×3×T×T.
    static torch::Tensor fold(const torch::Tensor &image);
    // residualT: B×3×T×T; timeEmbedding: time(t); controls: the three levels of the mixed
    // control residual (or empty for none). Returns r̂0, B×3×T×T.
    torch::Tensor forward(const torch::Tensor &residualT, const torch::Tensor &timeEmbedding,
                          const std::vector<torch::Tensor> &controls);

    Options options;
    TimestepEmbedding time{nullptr};
    torch::nn::Conv2d inConv{nullptr}, down1{nullptr}, down2{nullptr}, up1{nullptr}, up0{nullptr}, outConv{nullptr};
    DiffusionResBlock res0{nullptr}, res1{nullptr}, res2a{nullptr}, res2b{nullptr}, res3{nullptr}, res4{nullptr};
    torch::nn::GroupNorm outNorm{nullptr};
};
TORCH_MODULE(TsControlBackbone);
