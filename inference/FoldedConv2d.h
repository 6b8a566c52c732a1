#pragma once

#include <torch/torch.h>

// A trained convolution frozen for inference: the eval-mode BatchNorm after it folded into its
// weights and bias, channels-last tensors, and on a CPU always oneDNN (ATen's own heuristics
// send small batch-1 inputs to a slower im2col path that also wakes OpenBLAS's threads).
// Works for ordinary, depthwise and transposed convolutions. Two rewrites, both exact within
// float rounding, for shapes that oneDNN runs slowly on a CPU (times on this project's 2-core
// machine, one thread, a 16×64 GlyphSR input):
// - a transposed convolution whose output is `stride` times its input (kernel − 2·padding =
//   stride) becomes an ordinary convolution onto stride² output phases and a depth-to-space
//   (ATen has only a slow reference kernel for transposed ones: 0.71 ms for 32→32, 4×4, stride 2);
// - a large kernel with many inputs and few outputs (GlyphSR's 5×5 128→12 output convolution,
//   1.59 ms) becomes one 1×1 convolution onto every tap's outputs (0.82 ms), whose shifted maps
//   are then summed.
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
    torch::Tensor sumOfShiftedTaps(const torch::Tensor &input) const;
    torch::Tensor depthToSpace(const torch::Tensor &phases) const;

    torch::Tensor m_weight;
    torch::Tensor m_bias;
    std::vector<int64_t> m_padding;
    std::vector<int64_t> m_stride{1, 1};
    int64_t m_groups = 1;
    bool m_transposed = false;                // only where the phase rewrite does not apply
    std::vector<int64_t> m_phases{1, 1};      // depth-to-space factors after a rewritten transposed one
    torch::Tensor m_tapWeight;                // (taps·out)×in×1×1 where the shifted-taps rewrite applies
};
