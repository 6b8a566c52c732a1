#pragma once

#include "GlyphFusionModule.h"
#include "GlyphPerceptionModule.h"
#include "SrBlock.h"
#include "TextPriorGenerator.h"

#include <torch/torch.h>

// GlyphSR (AAAI 2025) at GlyphLab's scale: a TSRN-style ×2 SR trunk whose blocks all receive a
// text prior (TPG, from the project's CRNN), with the glyph perception module (GPM) and the
// glyph fusion module (GFM) after block 4. Input: LR RGB in [0,1], B×3×h×w; a binary mask
// channel (darker than the mean) is added inside, as TextZoom models do. Output ×2 RGB.
struct GlyphSrNetImpl : torch::nn::Module
{
    struct Options
    {
        int channels = 32;
        int blocks = 5;
        int slots = 16;
        int classes = 47;
        int priorChannels = 32;
        bool textPrior = true;  // ablation: without the TPG
        bool glyphModules = true; // ablation: without GPM and GFM
    };
    struct Output
    {
        torch::Tensor image;           // B×3×2h×2w in [0,1] (not clamped during training)
        torch::Tensor correction;      // image minus the bicubic enlargement it starts from
        torch::Tensor lineLogits;      // B×1×h×w (undefined without glyph modules)
        torch::Tensor characterLogits; // B×L×h×w
        torch::Tensor classLogits;     // B×L×classes
    };

    explicit GlyphSrNetImpl(const Options &options);
    // recognizerProbabilities: B×C×1×T from CrnnNet::probabilityMap (ignored without a prior).
    Output forward(const torch::Tensor &lowResolution, const torch::Tensor &recognizerProbabilities);

    Options options;
    torch::nn::Conv2d head{nullptr}, tailConv{nullptr}, upConv{nullptr}, outConv{nullptr};
    torch::nn::PReLU headActivation{nullptr};
    torch::nn::BatchNorm2d tailNorm{nullptr};
    torch::nn::ModuleList blocks{nullptr};
    TextPriorGenerator prior{nullptr};
    GlyphPerceptionModule perception{nullptr};
    GlyphFusionModule fusion{nullptr};
};
TORCH_MODULE(GlyphSrNet);
