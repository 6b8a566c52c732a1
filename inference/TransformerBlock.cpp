#include "TransformerBlock.h"

TransformerBlockImpl::TransformerBlockImpl(int dim, int heads, int contextDim, bool zeroCross)
{
    namespace nn = torch::nn;
    selfNorm = register_module("selfNorm", nn::LayerNorm(nn::LayerNormOptions({dim})));
    selfAttention = register_module("selfAttention", AttentionLayer(dim, dim, heads));
    if (contextDim > 0) {
        crossNorm = register_module("crossNorm", nn::LayerNorm(nn::LayerNormOptions({dim})));
        crossAttention = register_module("crossAttention", AttentionLayer(dim, contextDim, heads, zeroCross));
    }
    feedNorm = register_module("feedNorm", nn::LayerNorm(nn::LayerNormOptions({dim})));
    feedIn = register_module("feedIn", nn::Linear(dim, 4 * dim));
    feedOut = register_module("feedOut", nn::Linear(4 * dim, dim));
}

torch::Tensor TransformerBlockImpl::forward(const torch::Tensor &input, const torch::Tensor &context)
{
    torch::Tensor x = input;
    const torch::Tensor normed = selfNorm->forward(x);
    x = x + selfAttention->forward(normed, normed);
    if (crossAttention && context.defined())
        x = x + crossAttention->forward(crossNorm->forward(x), context);
    return x + feedOut->forward(torch::gelu(feedIn->forward(feedNorm->forward(x))));
}
