#include "DeformableConv2d.h"

#include <cmath>

DeformableConv2dImpl::DeformableConv2dImpl(int inChannels, int outChannels, int kernel)
    : kernelSize(kernel)
{
    offsetPredictor = register_module("offsetPredictor", torch::nn::Conv2d(
        torch::nn::Conv2dOptions(inChannels, 2 * kernel * kernel, 3).padding(1)));
    // Starts as a plain convolution: zero offsets until training finds better ones.
    torch::nn::init::zeros_(offsetPredictor->weight);
    torch::nn::init::zeros_(offsetPredictor->bias);
    weight = register_parameter("weight", torch::empty({outChannels, inChannels, kernel, kernel}));
    torch::nn::init::kaiming_uniform_(weight, std::sqrt(5.0));
    bias = register_parameter("bias", torch::zeros({outChannels}));
}

torch::Tensor DeformableConv2dImpl::forward(const torch::Tensor &input)
{
    return deform(input, offsetPredictor->forward(input), weight, bias, kernelSize);
}

torch::Tensor DeformableConv2dImpl::deform(const torch::Tensor &input, const torch::Tensor &offsets,
                                           const torch::Tensor &weight, const torch::Tensor &bias, int kernel)
{
    const int64_t batch = input.size(0), channels = input.size(1), height = input.size(2), width = input.size(3);
    const auto options = input.options();
    const torch::Tensor ys = torch::arange(height, options).view({1, height, 1}).expand({batch, height, width});
    const torch::Tensor xs = torch::arange(width, options).view({1, 1, width}).expand({batch, height, width});
    // grid_sample with align_corners=true maps -1..1 onto pixel centres 0..size-1.
    const double yScale = 2.0 / std::max<int64_t>(1, height - 1), xScale = 2.0 / std::max<int64_t>(1, width - 1);
    const int half = kernel / 2;
    std::vector<torch::Tensor> taps;
    taps.reserve(size_t(kernel * kernel));
    for (int i = 0; i < kernel; ++i) {
        for (int j = 0; j < kernel; ++j) {
            const int64_t tap = i * kernel + j;
            const torch::Tensor y = ys + (i - half) + offsets.select(1, 2 * tap);
            const torch::Tensor x = xs + (j - half) + offsets.select(1, 2 * tap + 1);
            const torch::Tensor grid = torch::stack({x * xScale - 1.0, y * yScale - 1.0}, 3);
            taps.push_back(torch::nn::functional::grid_sample(
                input, grid, torch::nn::functional::GridSampleFuncOptions()
                                 .mode(torch::kBilinear).padding_mode(torch::kZeros).align_corners(true)));
        }
    }
    const torch::Tensor sampled = torch::stack(taps, 2).reshape({batch, channels * kernel * kernel, height, width});
    const torch::Tensor mixing = weight.reshape({weight.size(0), channels * kernel * kernel, 1, 1});
    return torch::conv2d(sampled, mixing, bias);
}
