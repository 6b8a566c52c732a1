#pragma once

#include "DeformableConv2d.h"

#include <torch/torch.h>

// GlyphSR's GFM: per-slot maps from the SR features, reweighted channel-wise (squeeze and
// excitation), gated by the predicted character glyph maps, projected back, passed through a
// deformable convolution and added to the features.
struct GlyphFusionModuleImpl : torch::nn::Module
{
    GlyphFusionModuleImpl(int channels, int slots);
    // characterMaps: B×L×H×W in [0,1] (sigmoid of the GPM's M_char).
    torch::Tensor forward(const torch::Tensor &features, const torch::Tensor &characterMaps);

    torch::nn::Conv2d toSlots{nullptr}, slotConv{nullptr}, fromSlots{nullptr};
    torch::nn::BatchNorm2d slotNorm{nullptr}, outNorm{nullptr};
    torch::nn::Linear squeeze{nullptr}, excite{nullptr};
    DeformableConv2d deformable{nullptr};
};
TORCH_MODULE(GlyphFusionModule);
