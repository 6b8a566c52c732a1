#include "AttentionLayer.h"

#include <cmath>

AttentionLayerImpl::AttentionLayerImpl(int dim, int contextDim, int h, bool zeroOutput)
    : heads(h)
{
    namespace nn = torch::nn;
    query = register_module("query", nn::Linear(nn::LinearOptions(dim, dim).bias(false)));
    key = register_module("key", nn::Linear(nn::LinearOptions(contextDim, dim).bias(false)));
    value = register_module("value", nn::Linear(nn::LinearOptions(contextDim, dim).bias(false)));
    output = register_module("output", nn::Linear(dim, dim));
    if (zeroOutput) {
        nn::init::zeros_(output->weight);
        nn::init::zeros_(output->bias);
    }
}

torch::Tensor AttentionLayerImpl::forward(const torch::Tensor &x, const torch::Tensor &context)
{
    const int64_t b = x.size(0), n = x.size(1), m = context.size(1), dim = query->options.out_features();
    const int64_t headDim = dim / heads;
    const auto split = [&](const torch::Tensor &t, int64_t length) {
        return t.view({b, length, heads, headDim}).transpose(1, 2); // B×h×L×d
    };
    const torch::Tensor q = split(query->forward(x), n);
    const torch::Tensor k = split(key->forward(context), m);
    const torch::Tensor v = split(value->forward(context), m);
    const torch::Tensor weights = torch::softmax(torch::matmul(q, k.transpose(-2, -1)) / std::sqrt(double(headDim)), -1);
    return output->forward(torch::matmul(weights, v).transpose(1, 2).reshape({b, n, dim}));
}
