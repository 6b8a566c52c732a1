#include "DiffusionResBlock.h"

namespace {

int groupsFor(int channels)
{
    for (const int groups : {8, 4, 2})
        if (channels % groups == 0)
            return groups;
    return 1;
}

} // namespace

DiffusionResBlockImpl::DiffusionResBlockImpl(int in, int out, int timeDim)
{
    namespace nn = torch::nn;
    norm1 = register_module("norm1", nn::GroupNorm(nn::GroupNormOptions(groupsFor(in), in)));
    conv1 = register_module("conv1", nn::Conv2d(nn::Conv2dOptions(in, out, 3).padding(1)));
    time = register_module("time", nn::Linear(timeDim, out));
    norm2 = register_module("norm2", nn::GroupNorm(nn::GroupNormOptions(groupsFor(out), out)));
    conv2 = register_module("conv2", nn::Conv2d(nn::Conv2dOptions(out, out, 3).padding(1)));
    nn::init::zeros_(conv2->weight);
    nn::init::zeros_(conv2->bias);
    if (in != out)
        skip = register_module("skip", nn::Conv2d(nn::Conv2dOptions(in, out, 1)));
}

torch::Tensor DiffusionResBlockImpl::forward(const torch::Tensor &x, const torch::Tensor &timeEmbedding)
{
    torch::Tensor h = conv1->forward(torch::silu(norm1->forward(x)));
    h = h + time->forward(torch::silu(timeEmbedding)).unsqueeze(-1).unsqueeze(-1);
    h = conv2->forward(torch::silu(norm2->forward(h)));
    return (skip ? skip->forward(x) : x) + h;
}

torch::Tensor DiffusionResBlockImpl::upsample(const torch::Tensor &x)
{
    namespace F = torch::nn::functional;
    return F::interpolate(x, F::InterpolateFuncOptions().scale_factor(std::vector<double>{2.0, 2.0}).mode(torch::kNearest));
}
