#include "TimestepEmbedding.h"

#include <cmath>

TimestepEmbeddingImpl::TimestepEmbeddingImpl(int dim, int code)
    : codeDim(code)
{
    first = register_module("first", torch::nn::Linear(code, dim));
    second = register_module("second", torch::nn::Linear(dim, dim));
}

torch::Tensor TimestepEmbeddingImpl::sinusoid(const torch::Tensor &positions, int code)
{
    const int half = code / 2;
    const torch::Tensor frequencies = torch::exp(-std::log(10000.0) / half
                                                 * torch::arange(half, torch::TensorOptions().dtype(torch::kFloat).device(positions.device())));
    const torch::Tensor angles = positions.to(torch::kFloat).unsqueeze(-1) * frequencies;
    return torch::cat({torch::sin(angles), torch::cos(angles)}, -1);
}

torch::Tensor TimestepEmbeddingImpl::fractionCode(const torch::Tensor &fractions, int code)
{
    return sinusoid(fractions * 160.0, code);
}

torch::Tensor TimestepEmbeddingImpl::forward(const torch::Tensor &t)
{
    return second->forward(torch::silu(first->forward(sinusoid(t, codeDim))));
}
