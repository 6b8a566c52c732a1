#include "SrBlock.h"

SrBlockImpl::SrBlockImpl(int channels, int prior)
    : priorChannels(prior)
{
    namespace nn = torch::nn;
    conv1 = register_module("conv1", nn::Conv2d(nn::Conv2dOptions(channels, channels, 3).padding(1)));
    norm1 = register_module("norm1", nn::BatchNorm2d(channels));
    conv2 = register_module("conv2", nn::Conv2d(nn::Conv2dOptions(channels, channels, 3).padding(1)));
    norm2 = register_module("norm2", nn::BatchNorm2d(channels));
    mix = register_module("mix", nn::Conv2d(nn::Conv2dOptions(channels + prior, channels, 1)));
    alongWidth = register_module("alongWidth", nn::Conv2d(nn::Conv2dOptions(channels, channels, {1, 9}).padding({0, 4}).groups(channels)));
    alongHeight = register_module("alongHeight", nn::Conv2d(nn::Conv2dOptions(channels, channels, {9, 1}).padding({4, 0}).groups(channels)));
    norm3 = register_module("norm3", nn::BatchNorm2d(channels));
}

torch::Tensor SrBlockImpl::forward(const torch::Tensor &input, const torch::Tensor &prior)
{
    torch::Tensor residual = norm2->forward(conv2->forward(torch::mish(norm1->forward(conv1->forward(input)))));
    residual = mix->forward(priorChannels > 0 && prior.defined() ? torch::cat({residual, prior}, 1)
                            : priorChannels > 0 ? torch::cat({residual, torch::zeros({residual.size(0), priorChannels, residual.size(2), residual.size(3)}, residual.options())}, 1)
                                                : residual);
    residual = residual + alongWidth->forward(residual);
    residual = residual + alongHeight->forward(residual);
    return input + norm3->forward(residual);
}
