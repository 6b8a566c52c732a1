#include "TsControlBackbone.h"

#include <stdexcept>

namespace {

torch::Tensor withControl(const torch::Tensor &x, const std::vector<torch::Tensor> &controls, size_t level)
{
    return level < controls.size() && controls[level].defined() ? x + controls[level] : x;
}

} // namespace

TsControlBackboneImpl::TsControlBackboneImpl(const Options &o)
    : options(o)
{
    namespace nn = torch::nn;
    const int timeDim = 4 * o.width0;
    time = register_module("time", TimestepEmbedding(timeDim));
    inConv = register_module("inConv", nn::Conv2d(nn::Conv2dOptions(48, o.width0, 3).padding(1)));
    res0 = register_module("res0", DiffusionResBlock(o.width0, o.width0, timeDim));
    down1 = register_module("down1", nn::Conv2d(nn::Conv2dOptions(o.width0, o.width1, 3).stride(2).padding(1)));
    res1 = register_module("res1", DiffusionResBlock(o.width1, o.width1, timeDim));
    down2 = register_module("down2", nn::Conv2d(nn::Conv2dOptions(o.width1, o.width2, 3).stride(2).padding(1)));
    res2a = register_module("res2a", DiffusionResBlock(o.width2, o.width2, timeDim));
    res2b = register_module("res2b", DiffusionResBlock(o.width2, o.width2, timeDim));
    up1 = register_module("up1", nn::Conv2d(nn::Conv2dOptions(o.width2, o.width1, 3).padding(1)));
    res3 = register_module("res3", DiffusionResBlock(2 * o.width1, o.width1, timeDim));
    up0 = register_module("up0", nn::Conv2d(nn::Conv2dOptions(o.width1, o.width0, 3).padding(1)));
    res4 = register_module("res4", DiffusionResBlock(2 * o.width0, o.width0, timeDim));
    outNorm = register_module("outNorm", nn::GroupNorm(nn::GroupNormOptions(8, o.width0)));
    outConv = register_module("outConv", nn::Conv2d(nn::Conv2dOptions(o.width0, 48, 3).padding(1)));
}

torch::Tensor TsControlBackboneImpl::fold(const torch::Tensor &image)
{
    if (image.size(2) % 16 != 0 || image.size(3) % 16 != 0)
        throw std::invalid_argument("GLYPH-SR backbone: the tile side must be a multiple of 16");
    return torch::pixel_unshuffle(image, 4);
}

torch::Tensor TsControlBackboneImpl::forward(const torch::Tensor &residualT, const torch::Tensor &temb,
                                             const std::vector<torch::Tensor> &controls)
{
    const torch::Tensor skip0 = withControl(res0->forward(inConv->forward(fold(residualT)), temb), controls, 0);
    const torch::Tensor skip1 = withControl(res1->forward(down1->forward(skip0), temb), controls, 1);
    torch::Tensor h = withControl(res2a->forward(down2->forward(skip1), temb), controls, 2);
    h = res2b->forward(h, temb);
    h = res3->forward(torch::cat({up1->forward(DiffusionResBlockImpl::upsample(h)), skip1}, 1), temb);
    h = res4->forward(torch::cat({up0->forward(DiffusionResBlockImpl::upsample(h)), skip0}, 1), temb);
    return torch::pixel_shuffle(outConv->forward(torch::silu(outNorm->forward(h))), 4);
}
