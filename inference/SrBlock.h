#pragma once

#include <torch/torch.h>

// One TSRN-style SR block as GlyphLab runs it on a CPU: conv-BN-Mish-conv-BN, the text prior
// concatenated and mixed in (TATT style), then sequence context along the width and the height
// from 1×9 and 9×1 depthwise convolutions instead of TSRN's two BiGRUs (measured ~3× faster per
// training step on 2 cores, see docs/methods.md).
struct SrBlockImpl : torch::nn::Module
{
    SrBlockImpl(int channels, int priorChannels);
    // prior: B×P×H×W, or an undefined tensor when the model has no text prior.
    torch::Tensor forward(const torch::Tensor &input, const torch::Tensor &prior);

    torch::nn::Conv2d conv1{nullptr}, conv2{nullptr}, mix{nullptr}, alongWidth{nullptr}, alongHeight{nullptr};
    torch::nn::BatchNorm2d norm1{nullptr}, norm2{nullptr}, norm3{nullptr};
    int priorChannels;
};
TORCH_MODULE(SrBlock);
