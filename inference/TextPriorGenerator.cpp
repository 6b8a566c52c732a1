#include "TextPriorGenerator.h"

TextPriorGeneratorImpl::TextPriorGeneratorImpl(int classes, int priorChannels)
{
    namespace nn = torch::nn;
    // 1×T → 4×T → 8×2T → 16×4T: each recognizer frame covers 4 columns of its input.
    layers = register_module("layers", nn::Sequential(
        nn::ConvTranspose2d(nn::ConvTranspose2dOptions(classes, 64, {4, 3}).stride({4, 1}).padding({0, 1}).bias(false)),
        nn::BatchNorm2d(64), nn::ReLU(nn::ReLUOptions(true)),
        nn::ConvTranspose2d(nn::ConvTranspose2dOptions(64, priorChannels, 4).stride(2).padding(1).bias(false)),
        nn::BatchNorm2d(priorChannels), nn::ReLU(nn::ReLUOptions(true)),
        nn::ConvTranspose2d(nn::ConvTranspose2dOptions(priorChannels, priorChannels, 4).stride(2).padding(1))));
}

torch::Tensor TextPriorGeneratorImpl::forward(const torch::Tensor &probabilities, int64_t height, int64_t width)
{
    torch::Tensor prior = layers->forward(probabilities);
    if (prior.size(2) != height || prior.size(3) != width)
        prior = torch::nn::functional::interpolate(
            prior, torch::nn::functional::InterpolateFuncOptions()
                       .size(std::vector<int64_t>{height, width}).mode(torch::kBilinear).align_corners(false));
    return prior;
}
