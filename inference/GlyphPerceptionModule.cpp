#include "GlyphPerceptionModule.h"

GlyphPerceptionModuleImpl::GlyphPerceptionModuleImpl(int channels, int slots, int classes)
{
    namespace nn = torch::nn;
    const int wide = 2 * channels, widest = 3 * channels, features = 64;
    encoder = register_module("encoder", nn::Sequential(
        nn::Conv2d(nn::Conv2dOptions(channels, wide, 3).padding(1).bias(false)), nn::BatchNorm2d(wide), nn::ReLU(nn::ReLUOptions(true))));
    bottom = register_module("bottom", nn::Sequential(
        nn::MaxPool2d(nn::MaxPool2dOptions(2)),
        nn::Conv2d(nn::Conv2dOptions(wide, widest, 3).padding(1).bias(false)), nn::BatchNorm2d(widest), nn::ReLU(nn::ReLUOptions(true))));
    // Context along the line at the coarse level (the paper's GRU along the width).
    context = register_module("context", nn::Conv2d(nn::Conv2dOptions(widest, widest, {1, 9}).padding({0, 4}).groups(widest)));
    decoder = register_module("decoder", nn::Sequential(
        nn::Conv2d(nn::Conv2dOptions(widest + wide, wide, 3).padding(1).bias(false)), nn::BatchNorm2d(wide), nn::ReLU(nn::ReLUOptions(true))));
    lineHead = register_module("lineHead", nn::Conv2d(nn::Conv2dOptions(wide, 1, 1)));
    characterHead = register_module("characterHead", nn::Conv2d(nn::Conv2dOptions(wide, slots, 1)));
    projection = register_module("projection", nn::Conv2d(nn::Conv2dOptions(wide, features, 1)));
    classifier = register_module("classifier", nn::Linear(features, classes));
}

GlyphPerceptionModuleImpl::Output GlyphPerceptionModuleImpl::forward(const torch::Tensor &features)
{
    const torch::Tensor skip = encoder->forward(features);
    torch::Tensor coarse = bottom->forward(skip);
    coarse = coarse + context->forward(coarse);
    coarse = torch::nn::functional::interpolate(
        coarse, torch::nn::functional::InterpolateFuncOptions()
                    .size(std::vector<int64_t>{skip.size(2), skip.size(3)}).mode(torch::kBilinear).align_corners(false));
    const torch::Tensor decoded = decoder->forward(torch::cat({coarse, skip}, 1));

    Output output;
    output.lineLogits = lineHead->forward(decoded);
    output.characterLogits = characterHead->forward(decoded);
    // Attention of slot k: M_char,k ⊙ M_line, normalised to sum to one over the image.
    const torch::Tensor attention = torch::sigmoid(output.characterLogits) * torch::sigmoid(output.lineLogits);
    const torch::Tensor weights = attention / (attention.sum({2, 3}, true) + 1e-6);
    const torch::Tensor projected = projection->forward(decoded);                   // B×D×H×W
    const torch::Tensor pooled = torch::einsum("blhw,bdhw->bld", {weights, projected}); // B×L×D
    output.classLogits = classifier->forward(pooled);
    return output;
}
