#include "DiffTsrImageNet.h"

#include "ModuleWeights.h"

#include <stdexcept>

namespace {

// Cross-attention of every position of a feature map to the context tokens, with a residual.
// With a position projection the queries also carry their column's fraction of the width.
torch::Tensor attend(const torch::Tensor &map, torch::nn::LayerNorm &norm, AttentionLayer &attention, const torch::Tensor &context,
                     torch::nn::Linear &position)
{
    const int64_t b = map.size(0), c = map.size(1), h = map.size(2), w = map.size(3);
    const torch::Tensor tokens = map.flatten(2).transpose(1, 2); // B×HW×C
    torch::Tensor queries = tokens;
    if (position) {
        const torch::Tensor fractions = (torch::arange(w, map.options()) + 0.5) / w;
        const torch::Tensor code = position->forward(TimestepEmbeddingImpl::fractionCode(fractions, TimestepEmbeddingImpl::fractionCodeDim));
        queries = tokens + code.repeat({h, 1}).unsqueeze(0); // row-major HW: each row repeats the columns
    }
    const torch::Tensor attended = attention->forward(norm->forward(queries), context);
    return map + attended.transpose(1, 2).reshape({b, c, h, w});
}

} // namespace

DiffTsrImageNetImpl::DiffTsrImageNetImpl(const Options &o)
    : options(o)
{
    namespace nn = torch::nn;
    const int timeDim = 4 * o.width0;
    time = register_module("time", TimestepEmbedding(timeDim));
    inConv = register_module("inConv", nn::Conv2d(nn::Conv2dOptions(15, o.width0, 3).padding(1)));
    if (o.readingClasses > 0) {
        readingConv = register_module("readingConv", nn::Conv2d(nn::Conv2dOptions(o.readingClasses, o.width0, 3).padding(1)));
        ModuleWeights::zero(*readingConv);
    }
    if (o.glyphs) {
        glyphConv = register_module("glyphConv", nn::Conv2d(nn::Conv2dOptions(4, o.width0, 3).padding(1)));
        ModuleWeights::zero(*glyphConv);
    }
    res0 = register_module("res0", DiffusionResBlock(o.width0, o.width0, timeDim));
    down1 = register_module("down1", nn::Conv2d(nn::Conv2dOptions(o.width0, o.width1, 3).stride(2).padding(1)));
    res1 = register_module("res1", DiffusionResBlock(o.width1, o.width1, timeDim));
    norm1 = register_module("norm1", nn::LayerNorm(nn::LayerNormOptions({o.width1})));
    attention1 = register_module("attention1", AttentionLayer(o.width1, o.contextDim, o.heads));
    down2 = register_module("down2", nn::Conv2d(nn::Conv2dOptions(o.width1, o.width2, 3).stride(2).padding(1)));
    res2a = register_module("res2a", DiffusionResBlock(o.width2, o.width2, timeDim));
    norm2 = register_module("norm2", nn::LayerNorm(nn::LayerNormOptions({o.width2})));
    attention2 = register_module("attention2", AttentionLayer(o.width2, o.contextDim, o.heads));
    res2b = register_module("res2b", DiffusionResBlock(o.width2, o.width2, timeDim));
    up1 = register_module("up1", nn::Conv2d(nn::Conv2dOptions(o.width2, o.width1, 3).padding(1)));
    res3 = register_module("res3", DiffusionResBlock(2 * o.width1, o.width1, timeDim));
    norm3 = register_module("norm3", nn::LayerNorm(nn::LayerNormOptions({o.width1})));
    attention3 = register_module("attention3", AttentionLayer(o.width1, o.contextDim, o.heads));
    up0 = register_module("up0", nn::Conv2d(nn::Conv2dOptions(o.width1, o.width0, 3).padding(1)));
    res4 = register_module("res4", DiffusionResBlock(2 * o.width0, o.width0, timeDim));
    if (o.queryPositions) {
        const auto zeroLinear = [&](const char *name, int width) {
            nn::Linear linear = register_module(name, nn::Linear(TimestepEmbeddingImpl::fractionCodeDim, width));
            ModuleWeights::zero(*linear);
            return linear;
        };
        queryPosition1 = zeroLinear("queryPosition1", o.width1);
        queryPosition2 = zeroLinear("queryPosition2", o.width2);
        queryPosition3 = zeroLinear("queryPosition3", o.width1);
    }
    outNorm = register_module("outNorm", nn::GroupNorm(nn::GroupNormOptions(8, o.width0)));
    outConv = register_module("outConv", nn::Conv2d(nn::Conv2dOptions(o.width0, 12, 3).padding(1)));
    // r̂0 = 0 is bicubic: the untrained model starts there.
    nn::init::zeros_(outConv->weight);
    nn::init::zeros_(outConv->bias);
}

torch::Tensor DiffTsrImageNetImpl::forward(const torch::Tensor &residualT, const torch::Tensor &low, const torch::Tensor &t,
                                           const torch::Tensor &context, const torch::Tensor &reading, const torch::Tensor &glyphs)
{
    if (low.size(2) % 4 != 0 || low.size(3) % 4 != 0 || residualT.size(2) != 2 * low.size(2) || residualT.size(3) != 2 * low.size(3))
        throw std::invalid_argument("DiffTSR IDM: the LR size must be a multiple of 4 and the residual twice that size");
    const torch::Tensor temb = time->forward(t);
    const torch::Tensor x = torch::cat({torch::pixel_unshuffle(residualT, 2), low * 2.0 - 1.0}, 1);
    torch::Tensor in = inConv->forward(x);
    if (readingConv) {
        if (!reading.defined() || reading.dim() != 3 || reading.size(1) != low.size(0) || reading.size(2) != options.readingClasses)
            throw std::invalid_argument("DiffTSR IDM: this model needs the recognizer's reading of the line (T×B×classes)");
        // T×B×C → B×C×1×T, spread over the LR's rows and columns.
        const torch::Tensor columns = reading.exp().permute({1, 2, 0}).unsqueeze(2);
        namespace F = torch::nn::functional;
        const torch::Tensor map = F::interpolate(columns, F::InterpolateFuncOptions()
                                                              .size(std::vector<int64_t>{low.size(2), low.size(3)})
                                                              .mode(torch::kBilinear).align_corners(false));
        in = in + readingConv->forward(map);
    }
    if (glyphConv) {
        if (!glyphs.defined() || glyphs.dim() != 4 || glyphs.size(0) != low.size(0) || glyphs.size(1) != 1
            || glyphs.size(2) != residualT.size(2) || glyphs.size(3) != residualT.size(3))
            throw std::invalid_argument("DiffTSR IDM: this model needs its text drawn over the line at the output size (B×1×2h×2w)");
        in = in + glyphConv->forward(torch::pixel_unshuffle(glyphs * 2.0 - 1.0, 2));
    }
    const torch::Tensor skip0 = res0->forward(in, temb);
    torch::Tensor h = res1->forward(down1->forward(skip0), temb);
    const torch::Tensor skip1 = attend(h, norm1, attention1, context, queryPosition1);
    h = res2a->forward(down2->forward(skip1), temb);
    h = attend(h, norm2, attention2, context, queryPosition2);
    h = res2b->forward(h, temb);
    h = res3->forward(torch::cat({up1->forward(DiffusionResBlockImpl::upsample(h)), skip1}, 1), temb);
    h = attend(h, norm3, attention3, context, queryPosition3);
    h = res4->forward(torch::cat({up0->forward(DiffusionResBlockImpl::upsample(h)), skip0}, 1), temb);
    return torch::pixel_shuffle(outConv->forward(torch::silu(outNorm->forward(h))), 2);
}
