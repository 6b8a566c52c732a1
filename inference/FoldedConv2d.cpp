#include "FoldedConv2d.h"

#include <torch/version.h>

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
    FoldedConv2d folded;
    folded.m_weight = weight.clone();
    folded.m_bias = bias.clone();
    folded.m_padding = explicitPadding(o.padding());
    folded.m_stride = pair(o.stride());
    folded.m_transposed = true;
    return folded;
}

torch::Tensor FoldedConv2d::operator()(const torch::Tensor &input) const
{
    const torch::Tensor x = input.contiguous(at::MemoryFormat::ChannelsLast);
    if (m_transposed)
        return at::conv_transpose2d(x, m_weight, m_bias, m_stride, m_padding).contiguous(at::MemoryFormat::ChannelsLast);
    if (x.is_cpu() && x.scalar_type() == torch::kFloat && at::hasMKLDNN())
        return at::mkldnn_convolution(x, m_weight, m_bias, m_padding, m_stride, {1, 1}, m_groups);
    return at::conv2d(x, m_weight, m_bias, m_stride, m_padding, {1, 1}, m_groups);
}
