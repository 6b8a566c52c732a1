#include "DeformableConv2d.h"

#include <ATen/Parallel.h>

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

torch::Tensor DeformableConv2dImpl::gatherMixing(const torch::Tensor &weight)
{
    return weight.detach().permute({0, 2, 3, 1}).reshape({weight.size(0), -1, 1, 1});
}

torch::Tensor DeformableConv2dImpl::deformByGather(const torch::Tensor &input, const torch::Tensor &offsets,
                                                   const std::function<torch::Tensor(const torch::Tensor &)> &mixing, int kernel)
{
    const bool needsGradient = torch::GradMode::is_enabled() && (input.requires_grad() || offsets.requires_grad());
    const bool loops = input.is_cpu() && input.scalar_type() == torch::kFloat && offsets.scalar_type() == torch::kFloat && !needsGradient;
    return mixing(loops ? gatherTapsInLoops(input, offsets, kernel) : gatherTaps(input, offsets, kernel));
}

torch::Tensor DeformableConv2dImpl::gatherTaps(const torch::Tensor &input, const torch::Tensor &offsets, int kernel)
{
    const int64_t batch = input.size(0), channels = input.size(1), height = input.size(2), width = input.size(3);
    const int64_t taps = int64_t(kernel) * kernel;
    const int half = kernel / 2;
    const auto options = offsets.options();
    // Sampling positions in pixels, B×H×W×taps.
    const torch::Tensor shifts = torch::arange(taps, options.dtype(torch::kLong));
    const torch::Tensor tapY = shifts.div(kernel, "floor").sub(half).to(options), tapX = shifts.remainder(kernel).sub(half).to(options);
    const torch::Tensor perTap = offsets.view({batch, taps, 2, height, width}).permute({0, 3, 4, 1, 2});
    torch::Tensor y = perTap.select(4, 0) + (torch::arange(height, options).view({1, height, 1, 1}) + tapY);
    torch::Tensor x = perTap.select(4, 1) + (torch::arange(width, options).view({1, 1, width, 1}) + tapX);
    // grid_sample (align_corners) maps every coordinate of a one-pixel-wide axis onto that pixel.
    if (height == 1)
        y = torch::zeros_like(y);
    if (width == 1)
        x = torch::zeros_like(x);
    const torch::Tensor y0 = y.floor(), x0 = x.floor();
    const torch::Tensor fy = y - y0, fx = x - x0;
    const torch::Tensor base = torch::arange(batch, options.dtype(torch::kLong)).mul(height * width).view({batch, 1, 1, 1});
    // Channels-last input: one row of `channels` values per pixel.
    const torch::Tensor pixels = input.contiguous(at::MemoryFormat::ChannelsLast).permute({0, 2, 3, 1}).reshape({batch * height * width, channels});
    torch::Tensor sampled;
    for (int corner = 0; corner < 4; ++corner) {
        const int dy = corner / 2, dx = corner % 2;
        const torch::Tensor yc = dy ? y0 + 1 : y0, xc = dx ? x0 + 1 : x0;
        const torch::Tensor inside = (yc >= 0).logical_and_(yc <= height - 1).logical_and_(xc >= 0).logical_and_(xc <= width - 1);
        const torch::Tensor weight = (dy ? fy : 1 - fy).mul(dx ? fx : 1 - fx).mul_(inside);
        const torch::Tensor index = yc.clamp(0, height - 1).to(torch::kLong).mul_(width).add_(xc.clamp(0, width - 1).to(torch::kLong)).add_(base);
        const torch::Tensor values = pixels.index_select(0, index.reshape(-1)).view({batch, height, width, taps, channels});
        if (sampled.defined())
            sampled.addcmul_(values, weight.unsqueeze(4));
        else
            sampled = values.mul_(weight.unsqueeze(4));
    }
    // B×H×W×(taps·C) is the channels-last layout of B×(taps·C)×H×W.
    return sampled.view({batch, height, width, taps * channels}).permute({0, 3, 1, 2});
}

torch::Tensor DeformableConv2dImpl::gatherTapsInLoops(const torch::Tensor &input, const torch::Tensor &offsets, int kernel)
{
    const int64_t batch = input.size(0), channels = input.size(1), height = input.size(2), width = input.size(3);
    const int64_t taps = int64_t(kernel) * kernel, half = kernel / 2;
    const torch::Tensor pixels = input.contiguous(at::MemoryFormat::ChannelsLast); // B×H×W×C in memory
    const torch::Tensor shifts = offsets.contiguous();                            // B×(2·taps)×H×W
    torch::Tensor sampled = torch::zeros({batch, height, width, taps, channels}, input.options());
    const float *from = pixels.data_ptr<float>(), *shift = shifts.data_ptr<float>();
    float *to = sampled.data_ptr<float>();
    const int64_t plane = height * width;
    at::parallel_for(0, batch * height, 1, [&](int64_t begin, int64_t end) {
        for (int64_t row = begin; row < end; ++row) {
            const int64_t b = row / height, y = row % height;
            for (int64_t x = 0; x < width; ++x) {
                for (int64_t tap = 0; tap < taps; ++tap) {
                    const float *offset = shift + (b * 2 * taps + 2 * tap) * plane + y * width + x;
                    // grid_sample (align_corners) maps every coordinate of a one-pixel-wide axis onto that pixel.
                    const float sy = height == 1 ? 0.0f : float(y + tap / kernel - half) + offset[0];
                    const float sx = width == 1 ? 0.0f : float(x + tap % kernel - half) + offset[plane];
                    if (!std::isfinite(sy) || !std::isfinite(sx))
                        continue;
                    const float y0 = std::floor(sy), x0 = std::floor(sx);
                    const float fy = sy - y0, fx = sx - x0;
                    float *out = to + ((row * width + x) * taps + tap) * channels;
                    for (int corner = 0; corner < 4; ++corner) {
                        const int dy = corner / 2, dx = corner % 2;
                        const float yc = y0 + float(dy), xc = x0 + float(dx);
                        if (yc < 0 || yc > float(height - 1) || xc < 0 || xc > float(width - 1))
                            continue;
                        const float weight = (dy ? fy : 1 - fy) * (dx ? fx : 1 - fx);
                        const float *__restrict source = from + ((b * height + int64_t(yc)) * width + int64_t(xc)) * channels;
                        float *__restrict target = out;
                        for (int64_t c = 0; c < channels; ++c)
                            target[c] += weight * source[c];
                    }
                }
            }
        }
    });
    return sampled.view({batch, height, width, taps * channels}).permute({0, 3, 1, 2});
}
