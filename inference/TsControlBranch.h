#pragma once

#include "DiffusionResBlock.h"

#include <torch/torch.h>

#include <vector>

// One control branch of GLYPH-SR's TS-ControlNet at GlyphLab's scale: a copy of the backbone's
// encoder (TsControlBackbone) that reads the noised residual together with a hint and returns
// one residual per encoder level, through zero-initialised 1×1 convolutions (ControlNet's
// "zero convolutions"), so a new branch starts by changing nothing.
// - the hint: the bicubic enlargement of the LR tile, folded 4×4 onto the working grid
//   (48 channels); the SR branch reads this alone;
// - the glyphs (text branch only, glyphChannels = 16): the OCR's strings rendered at their
//   boxes (TextCondition::glyphs), folded the same way and added through their own
//   zero-initialised encoder, so a text branch copied from the SR branch starts as that branch;
// - the scene description (SceneDescriptor) joins the timestep embedding.
struct TsControlBranchImpl : torch::nn::Module
{
    struct Options
    {
        int width0 = 64;
        int width1 = 96;
        int width2 = 128;
        int timeDim = 256;
        int glyphChannels = 0; // 0: SR branch; 16: text branch
    };

    explicit TsControlBranchImpl(const Options &options);
    // x: B×48×g×g (the folded noised residual); hint: B×48×g×g; glyphs: B×16×g×g or undefined
    // (no text: the branch's null condition); timeEmbedding: B×timeDim; descriptor: B×8.
    // Returns the residuals for levels 0 (g), 1 (g/2) and 2 (g/4).
    std::vector<torch::Tensor> forward(const torch::Tensor &x, const torch::Tensor &hint, const torch::Tensor &glyphs,
                                       const torch::Tensor &timeEmbedding, const torch::Tensor &descriptor);

    Options options;
    torch::nn::Conv2d inConv{nullptr}, hintIn{nullptr}, hintOut{nullptr}, glyphIn{nullptr}, glyphOut{nullptr};
    torch::nn::Linear scene{nullptr};
    DiffusionResBlock res0{nullptr}, res1{nullptr}, res2{nullptr};
    torch::nn::Conv2d down1{nullptr}, down2{nullptr};
    torch::nn::Conv2d zero0{nullptr}, zero1{nullptr}, zero2{nullptr};
};
TORCH_MODULE(TsControlBranch);
