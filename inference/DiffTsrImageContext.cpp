#include "DiffTsrImageContext.h"

#include "TextSlots.h"

#include <stdexcept>

namespace {

// Column positions are relative to the crop's width (TimestepEmbedding::fractionCode), so crops
// wider or narrower than the 64-pixel training lines still read left to right.
constexpr int positionCode = TimestepEmbeddingImpl::fractionCodeDim;

} // namespace

DiffTsrImageContextImpl::DiffTsrImageContextImpl(const Options &o)
    : options(o)
{
    namespace nn = torch::nn;
    nn::Sequential stack;
    stack->push_back(nn::Conv2d(nn::Conv2dOptions(15, 64, 3).padding(1)));
    stack->push_back(nn::SiLU());
    stack->push_back(nn::Conv2d(nn::Conv2dOptions(64, 96, 3).stride(2).padding(1)));
    stack->push_back(nn::SiLU());
    stack->push_back(nn::Conv2d(nn::Conv2dOptions(96, o.dim, 3).stride(2).padding(1)));
    stack->push_back(nn::SiLU());
    stack->push_back(nn::Conv2d(nn::Conv2dOptions(o.dim, o.dim, 3).padding(1)));
    convolutions = register_module("convolutions", stack);
    position = register_module("position", nn::Linear(positionCode, o.dim));
    time = register_module("time", TimestepEmbedding(o.dim));
    if (o.readingClasses > 0) {
        readingProjection = register_module("readingProjection", nn::Linear(o.readingClasses, o.dim));
        readingPositions = register_parameter("readingPositions", torch::randn({1, o.readingSlots, o.dim}) * 0.02);
    }
    block = register_module("block", TransformerBlock(o.dim, o.heads, o.textDim, true));
    outNorm = register_module("outNorm", nn::LayerNorm(nn::LayerNormOptions({o.dim})));
}

torch::Tensor DiffTsrImageContextImpl::embed(const torch::Tensor &low, const torch::Tensor &residualT, const torch::Tensor &t,
                                             const torch::Tensor &reading)
{
    const torch::Tensor x = torch::cat({low * 2.0 - 1.0, torch::pixel_unshuffle(residualT, 2)}, 1);
    const torch::Tensor columns = convolutions->forward(x).mean(2).transpose(1, 2); // B×C×h×w → B×w×C
    const torch::Tensor when = time->forward(t).unsqueeze(1);
    const torch::Tensor pixelTokens = columns + where(columns.size(1), low.device()).unsqueeze(0) + when;
    if (options.readingClasses <= 0)
        return pixelTokens;
    if (!reading.defined() || reading.dim() != 3 || reading.size(1) != low.size(0) || reading.size(2) != options.readingClasses)
        throw std::invalid_argument("DiffTSR's image context needs the recognizer's reading of the line (T×B×classes).");
    const torch::Tensor inSlots = TextSlots::fromCtc(reading, options.readingSlots).to(low.device());
    const torch::Tensor readingTokens = readingProjection->forward(inSlots) + readingPositions + when;
    return torch::cat({pixelTokens, readingTokens}, 1);
}

torch::Tensor DiffTsrImageContextImpl::where(int64_t count, const torch::Device &device)
{
    const torch::Tensor fractions = (torch::arange(count, torch::TensorOptions().dtype(torch::kFloat).device(device)) + 0.5) / count;
    return position->forward(TimestepEmbeddingImpl::fractionCode(fractions, positionCode));
}

torch::Tensor DiffTsrImageContextImpl::encode(const torch::Tensor &embedded, const torch::Tensor &textTokens)
{
    return outNorm->forward(block->forward(embedded, textTokens));
}
