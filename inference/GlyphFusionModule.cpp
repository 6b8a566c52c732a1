#include "GlyphFusionModule.h"

GlyphFusionModuleImpl::GlyphFusionModuleImpl(int channels, int slots)
{
    namespace nn = torch::nn;
    toSlots = register_module("toSlots", nn::Conv2d(nn::Conv2dOptions(channels, slots, 1)));
    slotConv = register_module("slotConv", nn::Conv2d(nn::Conv2dOptions(slots, slots, 3).padding(1).bias(false)));
    slotNorm = register_module("slotNorm", nn::BatchNorm2d(slots));
    squeeze = register_module("squeeze", nn::Linear(slots, std::max(4, slots / 2)));
    excite = register_module("excite", nn::Linear(std::max(4, slots / 2), slots));
    fromSlots = register_module("fromSlots", nn::Conv2d(nn::Conv2dOptions(slots, channels, 1).bias(false)));
    outNorm = register_module("outNorm", nn::BatchNorm2d(channels));
    deformable = register_module("deformable", DeformableConv2d(channels, channels, 3));
}

torch::Tensor GlyphFusionModuleImpl::forward(const torch::Tensor &features, const torch::Tensor &characterMaps)
{
    torch::Tensor slotMaps = torch::relu(slotNorm->forward(slotConv->forward(toSlots->forward(features))));
    const torch::Tensor channelWeights =
        torch::sigmoid(excite->forward(torch::relu(squeeze->forward(slotMaps.mean({2, 3})))));
    slotMaps = slotMaps * channelWeights.unsqueeze(2).unsqueeze(3) * characterMaps;
    const torch::Tensor fused = deformable->forward(outNorm->forward(fromSlots->forward(slotMaps)));
    return torch::relu(features + fused);
}
