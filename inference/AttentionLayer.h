#pragma once

#include <torch/torch.h>

// Multi-head scaled dot-product attention of queries (B×N×dim) over a context (B×M×contextDim);
// self-attention when the context is the queries themselves. Pre-norm and residual are the
// caller's. `zeroOutput` starts the output projection at zero, so that a layer added to a
// trained network changes nothing until it has learned something (MoM's cross-modal links).
struct AttentionLayerImpl : torch::nn::Module
{
    AttentionLayerImpl(int dim, int contextDim, int heads, bool zeroOutput = false);
    torch::Tensor forward(const torch::Tensor &x, const torch::Tensor &context);

    int heads;
    torch::nn::Linear query{nullptr}, key{nullptr}, value{nullptr}, output{nullptr};
};
TORCH_MODULE(AttentionLayer);
