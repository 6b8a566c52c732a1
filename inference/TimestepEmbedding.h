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
    // Positions given as fractions of a line's length (0 … 1) in the sinusoidal code, spread
    // as 16 tokens across the line (the training crops' column count): DiffTSR's column and
    // character positions, so that a column and the character at the same fraction match.
    static torch::Tensor fractionCode(const torch::Tensor &fractions, int codeDim);
    static constexpr int fractionCodeDim = 64;

    int codeDim;
    torch::nn::Linear first{nullptr}, second{nullptr};
};
TORCH_MODULE(TimestepEmbedding);
