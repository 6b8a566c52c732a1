#include "CrnnInference.h"

#include "InferenceOps.h"

#include <cmath>
#include <stdexcept>

CrnnInference::CrnnInference(const CrnnNet &net)
    : m_net(net)
    , m_sequence(net->sequence)
{
    const auto &features = net->features;
    for (size_t i = 0; i < features->size(); ++i) {
        const std::shared_ptr<torch::nn::Module> module = features->ptr(i);
        Step step;
        if (auto conv = std::dynamic_pointer_cast<torch::nn::Conv2dImpl>(module)) {
            std::shared_ptr<torch::nn::BatchNorm2dImpl> norm;
            if (i + 1 < features->size())
                norm = std::dynamic_pointer_cast<torch::nn::BatchNorm2dImpl>(features->ptr(i + 1));
            step.kind = Step::Kind::Convolution;
            step.convolution = FoldedConv2d::from(torch::nn::Conv2d(conv), norm ? torch::nn::BatchNorm2d(norm) : torch::nn::BatchNorm2d(nullptr));
            if (norm)
                ++i;
        } else if (std::dynamic_pointer_cast<torch::nn::ReLUImpl>(module)) {
            step.kind = Step::Kind::Relu;
        } else if (auto pool = std::dynamic_pointer_cast<torch::nn::MaxPool2dImpl>(module)) {
            const auto &o = pool->options;
            const std::vector<int64_t> kernel(o.kernel_size()->begin(), o.kernel_size()->end());
            const std::vector<int64_t> stride(o.stride()->begin(), o.stride()->end());
            const std::vector<int64_t> padding(o.padding()->begin(), o.padding()->end());
            const std::vector<int64_t> dilation(o.dilation()->begin(), o.dilation()->end());
            if (kernel != stride || padding != std::vector<int64_t>{0, 0} || dilation != std::vector<int64_t>{1, 1} || o.ceil_mode())
                throw std::invalid_argument("CrnnInference: only pooling with kernel = stride is supported");
            step.kind = Step::Kind::Pool;
            step.poolHeight = kernel[0];
            step.poolWidth = kernel[1];
        } else {
            throw std::invalid_argument("CrnnInference: unexpected layer " + module->name());
        }
        m_steps.push_back(step);
    }
}

torch::Tensor CrnnInference::forward(const torch::Tensor &images) const
{
    torch::Tensor x = (images - 0.5) * 2.0;
    for (const Step &step : m_steps) {
        switch (step.kind) {
        case Step::Kind::Convolution:
            x = step.convolution(x);
            break;
        case Step::Kind::Relu:
            x = x.relu_();
            break;
        case Step::Kind::Pool:
            x = InferenceOps::maxPool(x, step.poolHeight, step.poolWidth);
            break;
        }
    }
    x = x.squeeze(2).permute({2, 0, 1}).contiguous(); // T×B×F
    x = m_sequence.forward(x);                        // T×B×2H
    return torch::log_softmax(m_net.ptr()->classifier->forward(x), 2);
}

torch::Tensor CrnnInference::readableInput(const torch::Tensor &low)
{
    const int64_t height = low.size(2), width = low.size(3);
    const int64_t readWidth = std::max<int64_t>(4, int64_t(std::lround(32.0 * width / height / 4.0)) * 4);
    namespace F = torch::nn::functional;
    return F::interpolate(low, F::InterpolateFuncOptions().size(std::vector<int64_t>{32, readWidth})
                                   .mode(torch::kBicubic).align_corners(false)).clamp(0, 1);
}

torch::Tensor CrnnInference::probabilityMap(const torch::Tensor &logProbabilities)
{
    return logProbabilities.exp().permute({1, 2, 0}).unsqueeze(2);
}
