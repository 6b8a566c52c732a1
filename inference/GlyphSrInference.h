#pragma once

#include "FoldedConv2d.h"
#include "GlyphSrNet.h"

#include <torch/torch.h>

#include <vector>

// A trained GlyphSrNet frozen for fast inference, computing exactly what GlyphSrNet::forward
// computes in eval mode (equal within float rounding; tst_glyphsr compares them):
// - every BatchNorm folded into the convolution before it, and each SR block's depthwise
//   context shortcuts (r + conv(r)) folded into their centre taps, with norm3 after them;
// - the 9×9 output convolution after the ×2 pixel shuffle run as a 5×5 convolution on the four
//   sub-pixel phases before it (4× fewer positions, better shapes for oneDNN);
// - the text prior mixed into all blocks by one 1×1 convolution (it is the same in every block);
// - the deformable convolution by gathering (DeformableConv2d::deformByGather);
// - channels-last tensors and oneDNN convolutions (FoldedConv2d), and vectorised mish and pooling.
// The weights are copied: later changes to the network do not reach this object.
class GlyphSrInference
{
public:
    explicit GlyphSrInference(const GlyphSrNet &model);

    // glyphOutputs: also compute the GPM's line map and character classes (for a viewer);
    // the character maps are always computed, since the fusion module needs them.
    GlyphSrNetImpl::Output forward(const torch::Tensor &lowResolution, const torch::Tensor &recognizerProbabilities,
                                   bool glyphOutputs = false) const;

private:
    struct Block
    {
        FoldedConv2d conv1, conv2, mixResidual, alongWidth, alongHeight;
    };

    GlyphSrNetImpl::Options m_options;
    FoldedConv2d m_head;
    torch::Tensor m_headSlope;
    std::vector<FoldedConv2d> m_prior;
    FoldedConv2d m_priorMix; // the prior's part of every block's mix convolution, stacked
    std::vector<Block> m_blocks;
    // GPM
    FoldedConv2d m_encoder, m_bottom, m_context, m_decoder, m_heads, m_projection;
    torch::Tensor m_classifierWeight, m_classifierBias;
    // GFM
    FoldedConv2d m_toSlots, m_slotConv, m_fromSlots, m_offsets, m_deformMixing;
    torch::Tensor m_squeezeWeight, m_squeezeBias, m_exciteWeight, m_exciteBias;
    // tail
    FoldedConv2d m_tail, m_up, m_outPhases;
};
