#include "DiffTsrTextContext.h"

DiffTsrTextContextImpl::DiffTsrTextContextImpl(const Options &o)
    : options(o)
{
    namespace nn = torch::nn;
    characters = register_module("characters", nn::Embedding(o.classes, o.dim));
    positions = register_parameter("positions", torch::randn({1, o.slots, o.dim}) * 0.02);
    time = register_module("time", TimestepEmbedding(o.dim));
    blocks = register_module("blocks", nn::ModuleList());
    for (int i = 0; i < o.layers; ++i)
        blocks->push_back(TransformerBlock(o.dim, o.heads, o.imageDim, true));
    outNorm = register_module("outNorm", nn::LayerNorm(nn::LayerNormOptions({o.dim})));
}

torch::Tensor DiffTsrTextContextImpl::embed(const torch::Tensor &text, const torch::Tensor &t)
{
    return characters->forward(text) + positions + time->forward(t).unsqueeze(1);
}

torch::Tensor DiffTsrTextContextImpl::encode(const torch::Tensor &embedded, const torch::Tensor &imageTokens)
{
    torch::Tensor x = embedded;
    for (const auto &block : *blocks)
        x = block->as<TransformerBlockImpl>()->forward(x, imageTokens);
    return outNorm->forward(x);
}
