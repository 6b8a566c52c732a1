#pragma once

#include "AttentionLayer.h"

#include <torch/torch.h>

// A pre-norm transformer block over tokens B×N×dim: self-attention, optionally cross-attention
// to a context B×M×contextDim, and a 4× feed-forward, each with a residual connection.
struct TransformerBlockImpl : torch::nn::Module
{
    // contextDim 0: no cross-attention. zeroCross: the cross-attention starts as a no-op.
    TransformerBlockImpl(int dim, int heads, int contextDim = 0, bool zeroCross = false);
    torch::Tensor forward(const torch::Tensor &x, const torch::Tensor &context = {});

    torch::nn::LayerNorm selfNorm{nullptr}, crossNorm{nullptr}, feedNorm{nullptr};
    AttentionLayer selfAttention{nullptr}, crossAttention{nullptr};
    torch::nn::Linear feedIn{nullptr}, feedOut{nullptr};
};
TORCH_MODULE(TransformerBlock);
