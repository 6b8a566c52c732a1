#pragma once

#include <torch/torch.h>

// A trained convolution frozen for inference: the eval-mode BatchNorm after it folded into its
// weights and bias, channels-last tensors, and on a CPU always oneDNN (ATen's own heuristics
// send small batch-1 inputs to a slower im2col path that also wakes OpenBLAS's threads).
// Works for ordinary, depthwise and transposed convolutions.
class FoldedConv2d
{
public:
    FoldedConv2d() = default;
    static FoldedConv2d from(const torch::nn::Conv2d &conv, const torch::nn::BatchNorm2d &norm = nullptr);
    static FoldedConv2d fromTransposed(const torch::nn::ConvTranspose2d &conv, const torch::nn::BatchNorm2d &norm = nullptr);
    // Explicit weights (already folded), for convolutions built from several trained ones.
    FoldedConv2d(torch::Tensor weight, torch::Tensor bias, std::vector<int64_t> padding, int64_t groups = 1);
    // A convolution's padding as {rows, columns}; throws std::invalid_argument for 'valid'/'same'.
    static std::vector<int64_t> explicitPadding(const torch::nn::detail::conv_padding_t<2> &padding);

    torch::Tensor operator()(const torch::Tensor &input) const;
    bool defined() const { return m_weight.defined(); }
    const torch::Tensor &weight() const { return m_weight; }
    const torch::Tensor &bias() const { return m_bias; }

    // BatchNorm in eval mode as y = x·scale + shift, per channel.
    static std::pair<torch::Tensor, torch::Tensor> affine(const torch::nn::BatchNorm2d &norm);

private:
    torch::Tensor m_weight;
    torch::Tensor m_bias;
    std::vector<int64_t> m_padding;
    std::vector<int64_t> m_stride{1, 1};
    int64_t m_groups = 1;
    bool m_transposed = false;
};
