#include "DiffTsrTextContext.h"

#include "ModuleWeights.h"

DiffTsrTextContextImpl::DiffTsrTextContextImpl(const Options &o)
    : options(o)
{
    namespace nn = torch::nn;
    characters = register_module("characters", nn::Embedding(o.classes, o.dim));
    positions = register_parameter("positions", torch::randn({1, o.slots, o.dim}) * 0.02);
    time = register_module("time", TimestepEmbedding(o.dim));
    if (o.relativePositions) {
        relative = register_module("relative", nn::Linear(TimestepEmbeddingImpl::fractionCodeDim, o.dim));
        ModuleWeights::zero(*relative);
    }
    blocks = register_module("blocks", nn::ModuleList());
    for (int i = 0; i < o.layers; ++i)
        blocks->push_back(TransformerBlock(o.dim, o.heads, o.imageDim, true));
    outNorm = register_module("outNorm", nn::LayerNorm(nn::LayerNormOptions({o.dim})));
}

torch::Tensor DiffTsrTextContextImpl::embed(const torch::Tensor &text, const torch::Tensor &t)
{
    torch::Tensor embedded = characters->forward(text) + positions + time->forward(t).unsqueeze(1);
    if (relative) {
        // Slots after the text hold class 0; the text's slots are the first `length`.
        const torch::Tensor filled = text.ne(0).to(torch::kFloat);
        const torch::Tensor length = filled.sum(1, true).clamp_min(1.0);
        const torch::Tensor slot = torch::arange(text.size(1), filled.options()).unsqueeze(0) + 0.5;
        const torch::Tensor code = TimestepEmbeddingImpl::fractionCode(slot / length, TimestepEmbeddingImpl::fractionCodeDim);
        embedded = embedded + relative->forward(code) * filled.unsqueeze(-1);
    }
    return embedded;
}

torch::Tensor DiffTsrTextContextImpl::encode(const torch::Tensor &embedded, const torch::Tensor &imageTokens)
{
    torch::Tensor x = embedded;
    for (const auto &block : *blocks)
        x = block->as<TransformerBlockImpl>()->forward(x, imageTokens);
    return outNorm->forward(x);
}
