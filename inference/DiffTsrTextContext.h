#pragma once

#include "TimestepEmbedding.h"
#include "TransformerBlock.h"

#include <torch/torch.h>

// The text condition C_cond that the IDM attends to: the current text c_t (B×slots class
// indices) embedded with slot positions and the timestep, through a small transformer encoder.
// Stage 1 trains it with the IDM (imageDim 0); inside MoM (imageDim > 0) each block also
// attends to the image tokens, through zero-initialised cross-attention, so that MoM starts
// exactly as the stage-1 encoder.
struct DiffTsrTextContextImpl : torch::nn::Module
{
    struct Options
    {
        int classes = 47;
        int slots = 24;
        int dim = 128;
        int layers = 2;
        int heads = 4;
        int imageDim = 0;
        // Each character's place in its line as a fraction of the line's length, in the same code
        // as the IDM's column positions, so attention can align characters with columns.
        bool relativePositions = false;
    };

    explicit DiffTsrTextContextImpl(const Options &options);
    // Embedded tokens before the encoder, B×slots×dim (what MoM's image branch attends to).
    torch::Tensor embed(const torch::Tensor &text, const torch::Tensor &t);
    torch::Tensor encode(const torch::Tensor &embedded, const torch::Tensor &imageTokens = {});
    torch::Tensor forward(const torch::Tensor &text, const torch::Tensor &t) { return encode(embed(text, t)); }

    Options options;
    torch::nn::Embedding characters{nullptr};
    torch::Tensor positions;
    torch::nn::Linear relative{nullptr}; // zero-initialised: starts as an encoder without it
    TimestepEmbedding time{nullptr};
    torch::nn::ModuleList blocks{nullptr};
    torch::nn::LayerNorm outNorm{nullptr};
};
TORCH_MODULE(DiffTsrTextContext);
