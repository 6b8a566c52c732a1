#pragma once

#include "AttentionLayer.h"
#include "DiffusionResBlock.h"
#include "TimestepEmbedding.h"

#include <torch/torch.h>

// DiffTSR's IDM (image diffusion model) at GlyphLab's scale. It works in pixel space on the
// ×2 residual over bicubic, r = s·(HR − bicubic(LR)), folded by space-to-depth onto the LR grid
// (3×H×W → 12×H/2×W/2, lossless, in place of the paper's VAE latent). A small UNet over
// [r_t ‖ LR] (15 channels) at three levels (LR size, /2, /4) with GroupNorm/SiLU residual
// blocks, a timestep embedding, and cross-attention to the text condition C_cond (B×N×d) at the
// two lower levels. It predicts the clean residual r̂0 directly (see DiffTsrTrainer).
// The LR height and width must be multiples of 4.
struct DiffTsrImageNetImpl : torch::nn::Module
{
    struct Options
    {
        int width0 = 48;
        int width1 = 96;
        int width2 = 96;
        int contextDim = 128;
        int heads = 4;
        // The attention queries carry their column's place in the line (a fraction of the width),
        // so that they can find the character at the same place of the text condition.
        bool queryPositions = false;
        // > 0: the recognizer's reading of the LR (its per-column class probabilities, spread over
        // the LR's width) enters beside the LR, as GlyphSR's text prior does. That reading is
        // aligned with the columns, which the text condition through attention is not.
        int readingClasses = 0;
        // The text condition drawn over the line (AlignedGlyphs) enters beside the LR, folded onto
        // its grid, through its own convolution: through attention alone the IDM did not use its
        // text (2026-12-07).
        bool glyphs = false;
    };

    explicit DiffTsrImageNetImpl(const Options &options);
    // residualT: B×3×2h×2w (noised scaled residual); lowResolution: B×3×h×w in [0,1];
    // t: B int64; context: B×N×contextDim; reading: the recognizer's T×B×C log-probabilities of
    // the line (required when readingClasses > 0); glyphs: the context's text drawn over the
    // line, B×1×2h×2w in [0,1] (required when glyphs). Returns r̂0, B×3×2h×2w.
    torch::Tensor forward(const torch::Tensor &residualT, const torch::Tensor &lowResolution, const torch::Tensor &t,
                          const torch::Tensor &context, const torch::Tensor &reading = {}, const torch::Tensor &glyphs = {});

    Options options;
    TimestepEmbedding time{nullptr};
    // zero-initialised: each starts as the network without it
    torch::nn::Conv2d readingConv{nullptr}, glyphConv{nullptr};
    torch::nn::Conv2d inConv{nullptr}, down1{nullptr}, down2{nullptr}, up1{nullptr}, up0{nullptr}, outConv{nullptr};
    DiffusionResBlock res0{nullptr}, res1{nullptr}, res2a{nullptr}, res2b{nullptr}, res3{nullptr}, res4{nullptr};
    torch::nn::LayerNorm norm1{nullptr}, norm2{nullptr}, norm3{nullptr};
    AttentionLayer attention1{nullptr}, attention2{nullptr}, attention3{nullptr};
    // zero-initialised: the network starts as one without them
    torch::nn::Linear queryPosition1{nullptr}, queryPosition2{nullptr}, queryPosition3{nullptr};
    torch::nn::GroupNorm outNorm{nullptr};
};
TORCH_MODULE(DiffTsrImageNet);
