#pragma once

#include <torch/torch.h>

// The diffusion timestep as a vector: a sinusoidal code of t (as in DDPM) through a two-layer
// MLP. Input B int64 (or float) timesteps, output B×dim.
struct TimestepEmbeddingImpl : torch::nn::Module
{
    TimestepEmbeddingImpl(int dim, int codeDim = 64);
    torch::Tensor forward(const torch::Tensor &t);
    // The sinusoidal code alone, B×codeDim; also used for positions along a crop's width.
    static torch::Tensor sinusoid(const torch::Tensor &positions, int codeDim);

    int codeDim;
    torch::nn::Linear first{nullptr}, second{nullptr};
};
TORCH_MODULE(TimestepEmbedding);
