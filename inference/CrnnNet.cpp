#include "CrnnNet.h"

#include "CharacterSet.h"
#include "CtcGreedyDecoder.h"

namespace {

void addConv(torch::nn::Sequential &stack, int in, int out)
{
    stack->push_back(torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, 3).padding(1).bias(false)));
    stack->push_back(torch::nn::BatchNorm2d(out));
    stack->push_back(torch::nn::ReLU(torch::nn::ReLUOptions(true)));
}

} // namespace

CrnnNetImpl::CrnnNetImpl(int classes, int width)
{
    const int w = width;
    // 32×W → 16×W/2 → 8×W/4 → 4×W/4 → 2×W/4 → 1×W/4: height collapses, width becomes time.
    torch::nn::Sequential stack;
    addConv(stack, 3, w);
    stack->push_back(torch::nn::MaxPool2d(torch::nn::MaxPool2dOptions(2)));
    addConv(stack, w, 2 * w);
    stack->push_back(torch::nn::MaxPool2d(torch::nn::MaxPool2dOptions(2)));
    addConv(stack, 2 * w, 3 * w);
    addConv(stack, 3 * w, 3 * w);
    stack->push_back(torch::nn::MaxPool2d(torch::nn::MaxPool2dOptions({2, 1})));
    addConv(stack, 3 * w, 4 * w);
    addConv(stack, 4 * w, 4 * w);
    stack->push_back(torch::nn::MaxPool2d(torch::nn::MaxPool2dOptions({2, 1})));
    stack->push_back(torch::nn::Conv2d(torch::nn::Conv2dOptions(4 * w, 4 * w, {2, 1}).bias(false)));
    stack->push_back(torch::nn::BatchNorm2d(4 * w));
    stack->push_back(torch::nn::ReLU(torch::nn::ReLUOptions(true)));
    features = register_module("features", stack);
    sequence = register_module("sequence", torch::nn::LSTM(torch::nn::LSTMOptions(4 * w, 2 * w).bidirectional(true)));
    classifier = register_module("classifier", torch::nn::Linear(4 * w, classes));
}

torch::Tensor CrnnNetImpl::forward(const torch::Tensor &images)
{
    torch::Tensor x = features->forward((images - 0.5) * 2.0); // B×F×1×T
    x = x.squeeze(2).permute({2, 0, 1});                       // T×B×F
    x = std::get<0>(sequence->forward(x));                     // T×B×2H
    return torch::log_softmax(classifier->forward(x), 2);
}

torch::Tensor CrnnNetImpl::probabilityMap(const torch::Tensor &images)
{
    return forward(images).exp().permute({1, 2, 0}).unsqueeze(2); // B×C×1×T
}

QList<OcrReading> CrnnNetImpl::read(const torch::Tensor &logProbabilities)
{
    static const CtcGreedyDecoder decoder(CharacterSet::classNames());
    const torch::Tensor probabilities = logProbabilities.detach().exp().to(torch::kCPU, torch::kFloat).permute({1, 0, 2}).contiguous();
    QList<OcrReading> readings;
    for (int64_t b = 0; b < probabilities.size(0); ++b)
        readings.append(decoder.decode(probabilities[b].data_ptr<float>(), int(probabilities.size(1))));
    return readings;
}

torch::Tensor CrnnNetImpl::ctcLoss(const torch::Tensor &logProbabilities, const torch::Tensor &targets,
                                   const torch::Tensor &targetLengths)
{
    const torch::Tensor frames = torch::full({logProbabilities.size(1)}, logProbabilities.size(0), torch::kInt64);
    return torch::ctc_loss(logProbabilities, targets.to(logProbabilities.device()), frames, targetLengths, 0,
                           at::Reduction::Mean, true);
}
