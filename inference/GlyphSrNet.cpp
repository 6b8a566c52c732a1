#include "GlyphSrNet.h"

namespace {

// The paper's ablation puts the GFM after SR block 4.
constexpr int glyphBlock = 3;

torch::Tensor enlargeBicubic(const torch::Tensor &image, int64_t height, int64_t width)
{
    return torch::nn::functional::interpolate(
        image, torch::nn::functional::InterpolateFuncOptions()
                   .size(std::vector<int64_t>{height, width}).mode(torch::kBicubic).align_corners(false));
}

} // namespace

GlyphSrNetImpl::GlyphSrNetImpl(const Options &o)
    : options(o)
{
    namespace nn = torch::nn;
    const int c = o.channels;
    head = register_module("head", nn::Conv2d(nn::Conv2dOptions(4, c, 9).padding(4)));
    headActivation = register_module("headActivation", nn::PReLU());
    blocks = register_module("blocks", nn::ModuleList());
    for (int i = 0; i < o.blocks; ++i)
        blocks->push_back(SrBlock(c, o.textPrior ? o.priorChannels : 0));
    if (o.textPrior)
        prior = register_module("prior", TextPriorGenerator(o.classes, o.priorChannels));
    if (o.glyphModules) {
        perception = register_module("perception", GlyphPerceptionModule(c, o.slots, o.classes));
        fusion = register_module("fusion", GlyphFusionModule(c, o.slots));
    }
    tailConv = register_module("tailConv", nn::Conv2d(nn::Conv2dOptions(c, c, 3).padding(1)));
    tailNorm = register_module("tailNorm", nn::BatchNorm2d(c));
    upConv = register_module("upConv", nn::Conv2d(nn::Conv2dOptions(c, 4 * c, 3).padding(1)));
    outConv = register_module("outConv", nn::Conv2d(nn::Conv2dOptions(c, 3, 9).padding(4)));
    // The network learns a correction to bicubic: start from exactly bicubic.
    torch::nn::init::zeros_(outConv->weight);
    torch::nn::init::zeros_(outConv->bias);
}

GlyphSrNetImpl::Output GlyphSrNetImpl::forward(const torch::Tensor &low, const torch::Tensor &recognizerProbabilities)
{
    const int64_t h = low.size(2), w = low.size(3);
    const torch::Tensor gray = low.mean(1, true);
    const torch::Tensor mask = (gray < gray.mean({2, 3}, true)).to(low.scalar_type());
    const torch::Tensor first = headActivation->forward(head->forward(torch::cat({low, mask}, 1)));
    torch::Tensor hint;
    if (options.textPrior && recognizerProbabilities.defined())
        hint = prior->forward(recognizerProbabilities, h, w);

    Output output;
    torch::Tensor x = first;
    for (int i = 0; i < options.blocks; ++i) {
        x = blocks[i]->as<SrBlockImpl>()->forward(x, hint);
        if (i == glyphBlock && options.glyphModules) {
            const GlyphPerceptionModuleImpl::Output glyphs = perception->forward(x);
            output.lineLogits = glyphs.lineLogits;
            output.characterLogits = glyphs.characterLogits;
            output.classLogits = glyphs.classLogits;
            x = fusion->forward(x, torch::sigmoid(glyphs.characterLogits));
        }
    }
    x = tailNorm->forward(tailConv->forward(x)) + first;
    x = torch::mish(torch::pixel_shuffle(upConv->forward(x), 2));
    output.correction = outConv->forward(x);
    output.image = enlargeBicubic(low, 2 * h, 2 * w) + output.correction;
    return output;
}
