#include "TsControlBranch.h"

#include "SceneDescriptor.h"

namespace {

torch::nn::Conv2d zeroConv(int in, int out, int kernel)
{
    torch::nn::Conv2d conv(torch::nn::Conv2dOptions(in, out, kernel).padding(kernel / 2));
    torch::nn::init::zeros_(conv->weight);
    torch::nn::init::zeros_(conv->bias);
    return conv;
}

} // namespace

TsControlBranchImpl::TsControlBranchImpl(const Options &o)
    : options(o)
{
    namespace nn = torch::nn;
    inConv = register_module("inConv", nn::Conv2d(nn::Conv2dOptions(48, o.width0, 3).padding(1)));
    hintIn = register_module("hintIn", nn::Conv2d(nn::Conv2dOptions(48, o.width0, 3).padding(1)));
    hintOut = register_module("hintOut", zeroConv(o.width0, o.width0, 3));
    if (o.glyphChannels > 0) {
        glyphIn = register_module("glyphIn", nn::Conv2d(nn::Conv2dOptions(o.glyphChannels, o.width0, 3).padding(1)));
        glyphOut = register_module("glyphOut", zeroConv(o.width0, o.width0, 3));
    }
    scene = register_module("scene", nn::Linear(SceneDescriptor::kSize, o.timeDim));
    nn::init::zeros_(scene->weight);
    nn::init::zeros_(scene->bias);
    res0 = register_module("res0", DiffusionResBlock(o.width0, o.width0, o.timeDim));
    down1 = register_module("down1", nn::Conv2d(nn::Conv2dOptions(o.width0, o.width1, 3).stride(2).padding(1)));
    res1 = register_module("res1", DiffusionResBlock(o.width1, o.width1, o.timeDim));
    down2 = register_module("down2", nn::Conv2d(nn::Conv2dOptions(o.width1, o.width2, 3).stride(2).padding(1)));
    res2 = register_module("res2", DiffusionResBlock(o.width2, o.width2, o.timeDim));
    zero0 = register_module("zero0", zeroConv(o.width0, o.width0, 1));
    zero1 = register_module("zero1", zeroConv(o.width1, o.width1, 1));
    zero2 = register_module("zero2", zeroConv(o.width2, o.width2, 1));
}

std::vector<torch::Tensor> TsControlBranchImpl::forward(const torch::Tensor &x, const torch::Tensor &hint, const torch::Tensor &glyphs,
                                                        const torch::Tensor &timeEmbedding, const torch::Tensor &descriptor)
{
    const torch::Tensor temb = timeEmbedding + scene->forward(descriptor);
    torch::Tensor h = inConv->forward(x) + hintOut->forward(torch::silu(hintIn->forward(hint)));
    if (glyphIn && glyphs.defined())
        h = h + glyphOut->forward(torch::silu(glyphIn->forward(glyphs)));
    h = res0->forward(h, temb);
    const torch::Tensor level0 = zero0->forward(h);
    h = res1->forward(down1->forward(h), temb);
    const torch::Tensor level1 = zero1->forward(h);
    h = res2->forward(down2->forward(h), temb);
    return {level0, level1, zero2->forward(h)};
}
