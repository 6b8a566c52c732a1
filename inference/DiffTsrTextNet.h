#pragma once

#include "TimestepEmbedding.h"
#include "TransformerBlock.h"

#include <torch/torch.h>

// DiffTSR's TDM (text diffusion model): a transformer over the text's character slots. The
// noisy text x_t (B×slots class indices) is embedded with slot positions and the timestep;
// each block self-attends over the slots and cross-attends to the image condition I_cond
// (B×M×contextDim). Output: log-probabilities of the clean text x̂0, B×slots×classes.
struct DiffTsrTextNetImpl : torch::nn::Module
{
    struct Options
    {
        int classes = 47;
        int slots = 24;
        int dim = 128;
        int layers = 4;
        int heads = 4;
        int contextDim = 128;
    };

    explicit DiffTsrTextNetImpl(const Options &options);
    torch::Tensor forward(const torch::Tensor &text, const torch::Tensor &t, const torch::Tensor &imageContext);

    Options options;
    torch::nn::Embedding characters{nullptr};
    torch::Tensor positions;
    TimestepEmbedding time{nullptr};
    torch::nn::ModuleList blocks{nullptr};
    torch::nn::LayerNorm outNorm{nullptr};
    torch::nn::Linear head{nullptr};
};
TORCH_MODULE(DiffTsrTextNet);
