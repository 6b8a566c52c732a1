#include "FoldedConv2d.h"

#include <ATen/Parallel.h>
#include <torch/version.h>

#include <cstdlib>
#include <stdexcept>

// LibTorch 2.1 replaced c10::variant (Debian 12 ships 1.13) by std::variant, and later dropped
// the c10 names; a CUDA LibTorch from PyTorch is newer than Debian's.
#if TORCH_VERSION_MAJOR > 2 || (TORCH_VERSION_MAJOR == 2 && TORCH_VERSION_MINOR >= 1)
namespace variants = std;
#else
namespace variants = c10;
#endif

namespace {

std::vector<int64_t> pair(const torch::ExpandingArray<2> &values)
{
    return {values->at(0), values->at(1)};
}

// Measured on this project's machine (see the header): few outputs from many inputs over many
// taps is where oneDNN falls to half its speed.
bool worthShiftedTaps(const torch::Tensor &weight, int64_t groups)
{
    const int64_t outputs = weight.size(0), inputs = weight.size(1), taps = weight.size(2) * weight.size(3);
    return groups == 1 && outputs <= 16 && inputs >= 64 && taps >= 9;
}

// Output phase r of a transposed convolution (stride s, padding p, kernel k) at position q reads
// input position q + t through tap i = r + p − t·s. Returns the largest |t|.
int64_t phaseReach(int64_t kernel, int64_t stride, int64_t padding)
{
    int64_t reach = 0;
    for (int64_t r = 0; r < stride; ++r)
        for (int64_t i = 0; i < kernel; ++i)
            if ((r + padding - i) % stride == 0)
                reach = std::max(reach, std::abs((r + padding - i) / stride));
    return reach;
}

} // namespace

std::vector<int64_t> FoldedConv2d::explicitPadding(const torch::nn::detail::conv_padding_t<2> &padding)
{
    if (!variants::holds_alternative<torch::ExpandingArray<2>>(padding))
        throw std::invalid_argument("FoldedConv2d: only explicit padding is supported");
    return pair(variants::get<torch::ExpandingArray<2>>(padding));
}

FoldedConv2d::FoldedConv2d(torch::Tensor weight, torch::Tensor bias, std::vector<int64_t> padding, int64_t groups)
    : m_weight(weight.detach().clone(at::MemoryFormat::ChannelsLast)) // a copy, never the module's storage
    , m_bias(bias.defined() ? bias.detach().clone() : torch::zeros({weight.size(0)}, weight.options()))
    , m_padding(std::move(padding))
    , m_groups(groups)
{
    if (worthShiftedTaps(m_weight, m_groups)) {
        // Tap (i, j)'s out×in matrix becomes rows (i·kw + j)·out … of one 1×1 convolution.
        m_tapWeight = m_weight.permute({2, 3, 0, 1}).reshape({-1, m_weight.size(1), 1, 1})
                          .contiguous(at::MemoryFormat::ChannelsLast);
    }
}

std::pair<torch::Tensor, torch::Tensor> FoldedConv2d::affine(const torch::nn::BatchNorm2d &norm)
{
    torch::NoGradGuard noGrad;
    const torch::Tensor scale = norm->running_var.add(norm->options.eps()).rsqrt()
                                * (norm->options.affine() ? norm->weight : torch::ones_like(norm->running_var));
    const torch::Tensor shift = (norm->options.affine() ? norm->bias : torch::zeros_like(norm->running_mean))
                                - norm->running_mean * scale;
    return {scale.detach(), shift.detach()};
}

FoldedConv2d FoldedConv2d::from(const torch::nn::Conv2d &conv, const torch::nn::BatchNorm2d &norm)
{
    const auto &o = conv->options;
    if (pair(o.dilation()) != std::vector<int64_t>{1, 1} || !variants::get_if<torch::enumtype::kZeros>(&o.padding_mode()))
        throw std::invalid_argument("FoldedConv2d: only zero padding without dilation is supported");
    torch::NoGradGuard noGrad;
    torch::Tensor weight = conv->weight.detach();
    torch::Tensor bias = o.bias() ? conv->bias.detach() : torch::zeros({weight.size(0)}, weight.options());
    if (norm) {
        const auto [scale, shift] = affine(norm);
        weight = weight * scale.view({-1, 1, 1, 1});
        bias = bias * scale + shift;
    }
    FoldedConv2d folded(weight, bias, explicitPadding(o.padding()), o.groups());
    folded.m_stride = pair(o.stride());
    if (folded.m_stride != std::vector<int64_t>{1, 1})
        folded.m_tapWeight = torch::Tensor(); // the shifted taps are for stride 1
    return folded;
}

FoldedConv2d FoldedConv2d::fromTransposed(const torch::nn::ConvTranspose2d &conv, const torch::nn::BatchNorm2d &norm)
{
    const auto &o = conv->options;
    if (pair(o.dilation()) != std::vector<int64_t>{1, 1} || pair(o.output_padding()) != std::vector<int64_t>{0, 0} || o.groups() != 1)
        throw std::invalid_argument("FoldedConv2d: only plain transposed convolutions are supported");
    torch::NoGradGuard noGrad;
    // Transposed weights are in×out×kh×kw: the BatchNorm scales the second dimension.
    torch::Tensor weight = conv->weight.detach();
    torch::Tensor bias = o.bias() ? conv->bias.detach() : torch::zeros({weight.size(1)}, weight.options());
    if (norm) {
        const auto [scale, shift] = affine(norm);
        weight = weight * scale.view({1, -1, 1, 1});
        bias = bias * scale + shift;
    }
    const std::vector<int64_t> stride = pair(o.stride()), padding = explicitPadding(o.padding());
    const int64_t inputs = weight.size(0), outputs = weight.size(1), kh = weight.size(2), kw = weight.size(3);
    if (kh - 2 * padding[0] != stride[0] || kw - 2 * padding[1] != stride[1]) {
        FoldedConv2d folded;
        folded.m_weight = weight.clone();
        folded.m_bias = bias.clone();
        folded.m_padding = padding;
        folded.m_stride = stride;
        folded.m_transposed = true;
        return folded;
    }
    // Output channel o at phase (ry, rx) is channel (o·sy + ry)·sx + rx of the ordinary convolution.
    using namespace torch::indexing;
    const int64_t sy = stride[0], sx = stride[1];
    const int64_t reachY = phaseReach(kh, sy, padding[0]), reachX = phaseReach(kw, sx, padding[1]);
    torch::Tensor phased = torch::zeros({outputs * sy * sx, inputs, 2 * reachY + 1, 2 * reachX + 1}, weight.options());
    for (int64_t ry = 0; ry < sy; ++ry)
        for (int64_t rx = 0; rx < sx; ++rx)
            for (int64_t i = 0; i < kh; ++i)
                for (int64_t j = 0; j < kw; ++j) {
                    if ((ry + padding[0] - i) % sy != 0 || (rx + padding[1] - j) % sx != 0)
                        continue;
                    const int64_t ty = (ry + padding[0] - i) / sy, tx = (rx + padding[1] - j) / sx;
                    phased.index_put_({Slice(ry * sx + rx, None, sy * sx), Slice(), ty + reachY, tx + reachX},
                                      weight.index({Slice(), Slice(), i, j}).t());
                }
    FoldedConv2d folded(phased, bias.repeat_interleave(sy * sx), {reachY, reachX});
    folded.m_phases = stride;
    return folded;
}

torch::Tensor FoldedConv2d::operator()(const torch::Tensor &input) const
{
    const torch::Tensor x = input.contiguous(at::MemoryFormat::ChannelsLast);
    if (m_transposed)
        return at::conv_transpose2d(x, m_weight, m_bias, m_stride, m_padding).contiguous(at::MemoryFormat::ChannelsLast);
    const bool onCpu = x.is_cpu() && x.scalar_type() == torch::kFloat && at::hasMKLDNN();
    if (onCpu && m_tapWeight.defined() && !(torch::GradMode::is_enabled() && x.requires_grad()))
        return sumOfShiftedTaps(x);
    const torch::Tensor y = onCpu ? at::mkldnn_convolution(x, m_weight, m_bias, m_padding, m_stride, {1, 1}, m_groups)
                                  : at::conv2d(x, m_weight, m_bias, m_stride, m_padding, {1, 1}, m_groups);
    return m_phases[0] == 1 && m_phases[1] == 1 ? y : depthToSpace(y); // no vector built per call
}

torch::Tensor FoldedConv2d::depthToSpace(const torch::Tensor &phases) const
{
    const int64_t batch = phases.size(0), height = phases.size(2), width = phases.size(3);
    const int64_t sy = m_phases[0], sx = m_phases[1], outputs = phases.size(1) / (sy * sx);
    torch::Tensor result = torch::empty({batch, outputs, height * sy, width * sx},
                                        phases.options().memory_format(at::MemoryFormat::ChannelsLast));
    // Channels-last memory is B×(H·sy)×(W·sx)×out, i.e. B×H×sy×W×sx×out.
    result.permute({0, 2, 3, 1}).view({batch, height, sy, width, sx, outputs})
        .copy_(phases.view({batch, outputs, sy, sx, height, width}).permute({0, 4, 2, 5, 3, 1}));
    return result;
}

// out[y, x] = bias + Σ_taps products[y + i − pad, x + j − pad] of that tap (zero outside).
torch::Tensor FoldedConv2d::sumOfShiftedTaps(const torch::Tensor &input) const
{
    const int64_t outputs = m_weight.size(0), kh = m_weight.size(2), kw = m_weight.size(3);
    const int64_t batch = input.size(0), height = input.size(2), width = input.size(3);
    const int64_t padY = m_padding[0], padX = m_padding[1];
    const int64_t outHeight = height + 2 * padY - kh + 1, outWidth = width + 2 * padX - kw + 1;
    const torch::Tensor products = at::mkldnn_convolution(input, m_tapWeight, torch::Tensor(), {0, 0}, {1, 1}, {1, 1}, 1)
                                       .contiguous(at::MemoryFormat::ChannelsLast);
    torch::Tensor result = torch::empty({batch, outputs, outHeight, outWidth},
                                        input.options().memory_format(at::MemoryFormat::ChannelsLast));
    const float *from = products.data_ptr<float>();
    const float *bias = m_bias.data_ptr<float>();
    float *to = result.data_ptr<float>();
    const int64_t stride = kh * kw * outputs; // one pixel of `products`
    at::parallel_for(0, batch * outHeight, 1, [&](int64_t begin, int64_t end) {
        for (int64_t row = begin; row < end; ++row) {
            const int64_t b = row / outHeight, y = row % outHeight;
            for (int64_t x = 0; x < outWidth; ++x) {
                float *out = to + ((b * outHeight + y) * outWidth + x) * outputs;
                std::copy(bias, bias + outputs, out);
                for (int64_t i = 0; i < kh; ++i) {
                    const int64_t sourceY = y + i - padY;
                    if (sourceY < 0 || sourceY >= height)
                        continue;
                    for (int64_t j = 0; j < kw; ++j) {
                        const int64_t sourceX = x + j - padX;
                        if (sourceX < 0 || sourceX >= width)
                            continue;
                        const float *tap = from + ((b * height + sourceY) * width + sourceX) * stride + (i * kw + j) * outputs;
                        for (int64_t o = 0; o < outputs; ++o)
                            out[o] += tap[o];
                    }
                }
            }
        }
    });
    return result;
}
