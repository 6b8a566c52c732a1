#include "DiffTsrTextNet.h"

DiffTsrTextNetImpl::DiffTsrTextNetImpl(const Options &o)
    : options(o)
{
    namespace nn = torch::nn;
    characters = register_module("characters", nn::Embedding(o.classes, o.dim));
    positions = register_parameter("positions", torch::randn({1, o.slots, o.dim}) * 0.02);
    time = register_module("time", TimestepEmbedding(o.dim));
    blocks = register_module("blocks", nn::ModuleList());
    for (int i = 0; i < o.layers; ++i)
        blocks->push_back(TransformerBlock(o.dim, o.heads, o.contextDim));
    outNorm = register_module("outNorm", nn::LayerNorm(nn::LayerNormOptions({o.dim})));
    head = register_module("head", nn::Linear(o.dim, o.classes));
}

torch::Tensor DiffTsrTextNetImpl::forward(const torch::Tensor &text, const torch::Tensor &t, const torch::Tensor &imageContext)
{
    torch::Tensor x = characters->forward(text) + positions + time->forward(t).unsqueeze(1);
    for (const auto &block : *blocks)
        x = block->as<TransformerBlockImpl>()->forward(x, imageContext);
    return torch::log_softmax(head->forward(outNorm->forward(x)), -1);
}
