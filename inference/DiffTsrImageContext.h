#pragma once

#include "TimestepEmbedding.h"
#include "TransformerBlock.h"

#include <torch/torch.h>

// The image condition I_cond that the TDM attends to: a small convolutional encoder over
// [LR ‖ space-to-depth(r_t)] (15 channels at the LR size) down to a quarter of it, averaged
// over the height into one token per column (with its relative position and the timestep),
// then a transformer block. Stage 2 trains it with the TDM (textDim 0); inside MoM
// (textDim > 0) the block also attends to the text tokens, zero-initialised.
struct DiffTsrImageContextImpl : torch::nn::Module
{
    struct Options
    {
        int dim = 128;
        int heads = 4;
        int textDim = 0;
    };

    explicit DiffTsrImageContextImpl(const Options &options);
    // Column tokens before the transformer, B×(w/4)×dim. residualT: B×3×2h×2w; low: B×3×h×w.
    torch::Tensor embed(const torch::Tensor &lowResolution, const torch::Tensor &residualT, const torch::Tensor &t);
    torch::Tensor encode(const torch::Tensor &embedded, const torch::Tensor &textTokens = {});
    torch::Tensor forward(const torch::Tensor &lowResolution, const torch::Tensor &residualT, const torch::Tensor &t)
    {
        return encode(embed(lowResolution, residualT, t));
    }

    Options options;
    torch::nn::Sequential convolutions{nullptr};
    torch::nn::Linear position{nullptr};
    TimestepEmbedding time{nullptr};
    TransformerBlock block{nullptr};
    torch::nn::LayerNorm outNorm{nullptr};
};
TORCH_MODULE(DiffTsrImageContext);
