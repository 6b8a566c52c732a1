#pragma once

#include <torch/torch.h>

#include <functional>

// A deformable 3×3 convolution (as in GlyphSR's fusion module) written on grid_sample, since
// LibTorch has no torchvision ops: each kernel tap samples the input at its regular position
// plus a learned offset (bilinear, zero outside), then one matrix product mixes the taps.
struct DeformableConv2dImpl : torch::nn::Module
{
    DeformableConv2dImpl(int inChannels, int outChannels, int kernelSize = 3);

    torch::Tensor forward(const torch::Tensor &input);
    // The operation itself. offsets: B×(2·k·k)×H×W, (dy, dx) per tap, taps in row-major order.
    static torch::Tensor deform(const torch::Tensor &input, const torch::Tensor &offsets, const torch::Tensor &weight,
                                const torch::Tensor &bias, int kernelSize);
    // The same operation for inference: the four bilinear corners of every tap gathered from a
    // channels-last copy of the input, then one 1×1 convolution over the taps. Several times
    // faster than nine grid_sample calls; equal within float rounding (tst_glyphsr).
    // mixing: the weight reordered by gatherMixing(), as a 1×1 convolution over taps·channels.
    // On a CPU, without gradients, the gathering runs as plain loops (gatherTapsInLoops).
    static torch::Tensor deformByGather(const torch::Tensor &input, const torch::Tensor &offsets,
                                        const std::function<torch::Tensor(const torch::Tensor &)> &mixing, int kernelSize);
    // The sampled taps, B×(k·k·C)×H×W (taps outermost, channels-last memory): by tensor
    // operations (any device), or by loops over the pixels (CPU floats; 1.0 against 0.2 ms for a
    // 32-channel 16×64 GlyphSR input on this project's machine, where ATen's many small
    // operations cost more than the arithmetic).
    static torch::Tensor gatherTaps(const torch::Tensor &input, const torch::Tensor &offsets, int kernelSize);
    static torch::Tensor gatherTapsInLoops(const torch::Tensor &input, const torch::Tensor &offsets, int kernelSize);
    // out×in×k×k → out×(k·k·in)×1×1, taps outermost, to match deformByGather's sample layout.
    static torch::Tensor gatherMixing(const torch::Tensor &weight);

    int kernelSize;
    torch::nn::Conv2d offsetPredictor{nullptr};
    torch::Tensor weight;
    torch::Tensor bias;
};
TORCH_MODULE(DeformableConv2d);
