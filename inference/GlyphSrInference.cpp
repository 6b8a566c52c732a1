#include "GlyphSrInference.h"

#include "DeformableConv2d.h"
#include "InferenceOps.h"

#include <stdexcept>

namespace {

namespace F = torch::nn::functional;

// The glyph modules follow SR block 4 (as in GlyphSrNet).
constexpr int glyphBlock = 3;

torch::Tensor resize(const torch::Tensor &image, int64_t height, int64_t width, F::InterpolateFuncOptions::mode_t mode)
{
    return F::interpolate(image, F::InterpolateFuncOptions().size(std::vector<int64_t>{height, width}).mode(mode).align_corners(false));
}

template <typename Holder>
Holder layer(const torch::nn::Sequential &sequence, size_t index)
{
    auto module = std::dynamic_pointer_cast<typename Holder::ContainedType>(sequence->ptr(index));
    if (!module)
        throw std::invalid_argument("GlyphSrInference: unexpected layer " + sequence->ptr(index)->name());
    return Holder(module);
}

// r + depthwise(r), then an optional per-channel affine (BatchNorm): the identity becomes +1 on
// the centre tap of the depthwise kernel.
FoldedConv2d withShortcut(const torch::nn::Conv2d &depthwise, const torch::nn::BatchNorm2d &after = nullptr)
{
    const FoldedConv2d plain = FoldedConv2d::from(depthwise);
    torch::Tensor weight = plain.weight().contiguous().clone();
    const int64_t kh = weight.size(2), kw = weight.size(3);
    weight.select(2, kh / 2).select(2, kw / 2).add_(1.0);
    torch::Tensor bias = plain.bias();
    if (after) {
        const auto [scale, shift] = FoldedConv2d::affine(after);
        weight = weight * scale.view({-1, 1, 1, 1});
        bias = bias * scale + shift;
    }
    const auto &o = depthwise->options;
    return FoldedConv2d(weight, bias, FoldedConv2d::explicitPadding(o.padding()), o.groups());
}

// A k×k convolution (padding k/2) applied after a ×2 pixel shuffle, rewritten on the shuffle's
// input: output phase (qy,qx) at low-resolution (Y,X) reads high-resolution row 2Y+qy+i, which
// is phase (qy+i) mod 2 of low-resolution row Y + floor((qy+i)/2). Channel c·4 + 2·phaseY + phaseX
// of the shuffle's input is channel c at that phase (pixel_shuffle's order).
FoldedConv2d onSubPixelPhases(const torch::nn::Conv2d &conv)
{
    using namespace torch::indexing;
    const torch::Tensor w = conv->weight.detach().contiguous();
    const int64_t outs = w.size(0), ins = w.size(1), k = w.size(2), half = k / 2;
    const FoldedConv2d plain = FoldedConv2d::from(conv); // checks padding mode and dilation
    if (k != w.size(3) || k % 2 != 1 || conv->options.stride()->at(0) != 1 || conv->options.stride()->at(1) != 1
        || FoldedConv2d::explicitPadding(conv->options.padding()) != std::vector<int64_t>{half, half}
        || conv->options.groups() != 1)
        throw std::invalid_argument("onSubPixelPhases: needs an odd square kernel with 'same' padding");
    const int64_t reach = (half + 1) / 2; // phase-grid rows on each side of the centre
    const int64_t size = 2 * reach + 1;
    torch::Tensor phased = torch::zeros({outs * 4, ins * 4, size, size}, w.options());
    for (int64_t qy = 0; qy < 2; ++qy)
        for (int64_t qx = 0; qx < 2; ++qx)
            for (int64_t i = -half; i <= half; ++i)
                for (int64_t j = -half; j <= half; ++j) {
                    const int64_t sy = (qy + i) & 1, sx = (qx + j) & 1;
                    const int64_t a = reach + ((qy + i - sy) / 2), b = reach + ((qx + j - sx) / 2);
                    // out channels o·4+2qy+qx, in channels c·4+2sy+sx
                    phased.index_put_({Slice(2 * qy + qx, None, 4), Slice(2 * sy + sx, None, 4), a, b},
                                      w.index({Slice(), Slice(), i + half, j + half}));
                }
    return FoldedConv2d(phased, plain.bias().repeat_interleave(4), {reach, reach});
}

} // namespace

GlyphSrInference::GlyphSrInference(const GlyphSrNet &model)
    : m_options(model->options)
{
    GlyphSrNetImpl *net = model.ptr().get();
    torch::NoGradGuard noGrad;
    m_head = FoldedConv2d::from(net->head);
    m_headSlope = net->headActivation->weight.detach().clone();
    if (m_options.textPrior) {
        const auto &layers = net->prior->layers;
        using torch::nn::BatchNorm2d, torch::nn::ConvTranspose2d;
        m_prior.push_back(FoldedConv2d::fromTransposed(layer<ConvTranspose2d>(layers, 0), layer<BatchNorm2d>(layers, 1)));
        m_prior.push_back(FoldedConv2d::fromTransposed(layer<ConvTranspose2d>(layers, 3), layer<BatchNorm2d>(layers, 4)));
        m_prior.push_back(FoldedConv2d::fromTransposed(layer<ConvTranspose2d>(layers, 6)));
    }
    const int64_t c = m_options.channels;
    std::vector<torch::Tensor> priorWeights, priorBiases;
    for (int i = 0; i < m_options.blocks; ++i) {
        const auto *block = net->blocks[i]->as<SrBlockImpl>();
        Block folded;
        folded.conv1 = FoldedConv2d::from(block->conv1, block->norm1);
        folded.conv2 = FoldedConv2d::from(block->conv2, block->norm2);
        const torch::Tensor mixWeight = block->mix->weight.detach();
        // The residual's part of the mix; the prior's part is computed once for all blocks.
        folded.mixResidual = FoldedConv2d(mixWeight.narrow(1, 0, c), block->mix->bias.detach(), {0, 0});
        if (block->priorChannels > 0) {
            priorWeights.push_back(mixWeight.narrow(1, c, block->priorChannels));
            priorBiases.push_back(torch::zeros({c}, mixWeight.options()));
        }
        folded.alongWidth = withShortcut(block->alongWidth);
        folded.alongHeight = withShortcut(block->alongHeight, block->norm3);
        m_blocks.push_back(folded);
    }
    if (!priorWeights.empty())
        m_priorMix = FoldedConv2d(torch::cat(priorWeights), torch::cat(priorBiases), {0, 0});
    if (m_options.glyphModules) {
        auto &p = *net->perception;
        using torch::nn::BatchNorm2d, torch::nn::Conv2d;
        m_encoder = FoldedConv2d::from(layer<Conv2d>(p.encoder, 0), layer<BatchNorm2d>(p.encoder, 1));
        m_bottom = FoldedConv2d::from(layer<Conv2d>(p.bottom, 1), layer<BatchNorm2d>(p.bottom, 2));
        m_context = withShortcut(p.context);
        m_decoder = FoldedConv2d::from(layer<Conv2d>(p.decoder, 0), layer<BatchNorm2d>(p.decoder, 1));
        // Line and character heads read the same features: one convolution, line map first.
        m_heads = FoldedConv2d(torch::cat({p.lineHead->weight.detach(), p.characterHead->weight.detach()}),
                               torch::cat({p.lineHead->bias.detach(), p.characterHead->bias.detach()}), {0, 0});
        m_projection = FoldedConv2d::from(p.projection);
        m_classifierWeight = p.classifier->weight.detach().clone();
        m_classifierBias = p.classifier->bias.detach().clone();

        auto &g = *net->fusion;
        m_toSlots = FoldedConv2d::from(g.toSlots);
        m_slotConv = FoldedConv2d::from(g.slotConv, g.slotNorm);
        m_fromSlots = FoldedConv2d::from(g.fromSlots, g.outNorm);
        m_offsets = FoldedConv2d::from(g.deformable->offsetPredictor);
        m_deformMixing = FoldedConv2d(DeformableConv2dImpl::gatherMixing(g.deformable->weight), g.deformable->bias.detach(), {0, 0});
        m_squeezeWeight = g.squeeze->weight.detach().clone();
        m_squeezeBias = g.squeeze->bias.detach().clone();
        m_exciteWeight = g.excite->weight.detach().clone();
        m_exciteBias = g.excite->bias.detach().clone();
    }
    m_tail = FoldedConv2d::from(net->tailConv, net->tailNorm);
    m_up = FoldedConv2d::from(net->upConv);
    m_outPhases = onSubPixelPhases(net->outConv);
}

GlyphSrNetImpl::Output GlyphSrInference::forward(const torch::Tensor &low, const torch::Tensor &recognizerProbabilities,
                                                 bool glyphOutputs) const
{
    const int64_t h = low.size(2), w = low.size(3), c = m_options.channels;
    const torch::Tensor gray = low.mean(1, true);
    const torch::Tensor mask = (gray < gray.mean({2, 3}, true)).to(low.scalar_type());
    const torch::Tensor first = torch::prelu(m_head(torch::cat({low, mask}, 1)), m_headSlope);

    // Every block's share of the prior, B×(blocks·C)×H×W, or undefined without a prior.
    torch::Tensor priorShares;
    if (m_options.textPrior && recognizerProbabilities.defined()) {
        torch::Tensor hint = m_prior[2](m_prior[1](m_prior[0](recognizerProbabilities).relu_()).relu_());
        if (hint.size(2) != h || hint.size(3) != w)
            hint = resize(hint, h, w, torch::kBilinear);
        priorShares = m_priorMix(hint);
    }

    GlyphSrNetImpl::Output output;
    torch::Tensor x = first;
    for (int i = 0; i < m_options.blocks; ++i) {
        const Block &block = m_blocks[size_t(i)];
        torch::Tensor r = block.conv2(InferenceOps::mish(block.conv1(x)));
        r = block.mixResidual(r);
        if (priorShares.defined())
            r.add_(priorShares.narrow(1, i * c, c));
        r = block.alongHeight(block.alongWidth(r));
        x = x + r;
        if (i != glyphBlock || !m_options.glyphModules)
            continue;

        // GPM
        const torch::Tensor skip = m_encoder(x).relu_();
        torch::Tensor coarse = m_bottom(InferenceOps::maxPool(skip, 2, 2)).relu_();
        coarse = resize(m_context(coarse), skip.size(2), skip.size(3), torch::kBilinear);
        const torch::Tensor decoded = m_decoder(torch::cat({coarse, skip}, 1)).relu_();
        const torch::Tensor heads = m_heads(decoded);
        output.characterLogits = heads.narrow(1, 1, heads.size(1) - 1);
        const torch::Tensor characterMaps = torch::sigmoid(output.characterLogits);
        if (glyphOutputs) {
            output.lineLogits = heads.narrow(1, 0, 1);
            const torch::Tensor attention = characterMaps * torch::sigmoid(output.lineLogits);
            const torch::Tensor weights = attention / (attention.sum({2, 3}, true) + 1e-6);
            const torch::Tensor projected = m_projection(decoded);
            const torch::Tensor pooled = torch::einsum("blhw,bdhw->bld", {weights, projected});
            output.classLogits = torch::linear(pooled, m_classifierWeight, m_classifierBias);
        }

        // GFM
        torch::Tensor slotMaps = m_slotConv(m_toSlots(x)).relu_();
        const torch::Tensor squeezed = torch::linear(slotMaps.mean({2, 3}), m_squeezeWeight, m_squeezeBias).relu_();
        const torch::Tensor channelWeights = torch::sigmoid(torch::linear(squeezed, m_exciteWeight, m_exciteBias));
        slotMaps = slotMaps * channelWeights.unsqueeze(2).unsqueeze(3) * characterMaps;
        const torch::Tensor fusionInput = m_fromSlots(slotMaps);
        const torch::Tensor fused = DeformableConv2dImpl::deformByGather(
            fusionInput, m_offsets(fusionInput), [this](const torch::Tensor &t) { return m_deformMixing(t); }, 3);
        x = (x + fused).relu_();
    }
    x = m_tail(x).add_(first);
    output.correction = torch::pixel_shuffle(m_outPhases(InferenceOps::mish(m_up(x))), 2);
    output.image = resize(low, 2 * h, 2 * w, torch::kBicubic) + output.correction;
    return output;
}
