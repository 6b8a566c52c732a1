#include "TextPriorFrames.h"

#include "CtcAlignment.h"

#include <algorithm>

namespace {

// B×T×C float frames on the CPU, for the decoders.
torch::Tensor framesOf(const torch::Tensor &logProbabilities)
{
    return logProbabilities.detach().permute({1, 0, 2}).to(torch::kCPU, torch::kFloat).contiguous();
}

} // namespace

torch::Tensor TextPriorFrames::probabilities(const torch::Tensor &logProbabilities, const std::vector<QList<int>> &texts,
                                       std::vector<bool> *written)
{
    torch::Tensor probabilities = logProbabilities.detach().exp().permute({1, 2, 0}).unsqueeze(2).contiguous(); // B×C×1×T
    if (written)
        written->assign(size_t(probabilities.size(0)), false);
    // Training calls this every step, mostly with no text to write: copy the frames only when needed.
    if (std::all_of(texts.begin(), texts.end(), [](const QList<int> &text) { return text.isEmpty(); }))
        return probabilities;
    const torch::Tensor frames = framesOf(logProbabilities);
    const int steps = int(frames.size(1)), classes = int(frames.size(2));
    for (int64_t b = 0; b < frames.size(0) && size_t(b) < texts.size(); ++b) {
        if (texts[size_t(b)].isEmpty())
            continue;
        const std::vector<int> path = CtcAlignment::bestPath(frames[b].data_ptr<float>(), steps, classes, texts[size_t(b)]);
        if (path.empty())
            continue;
        const torch::Tensor indices = torch::tensor(std::vector<int64_t>(path.begin(), path.end()));
        probabilities[b].copy_(torch::one_hot(indices, classes).to(probabilities.options()).t().unsqueeze(1));
        if (written)
            (*written)[size_t(b)] = true;
    }
    return probabilities;
}

std::vector<QList<int>> TextPriorFrames::readings(const torch::Tensor &logProbabilities, const CtcBeamDecoder &decoder)
{
    const torch::Tensor frames = framesOf(logProbabilities);
    std::vector<QList<int>> result;
    for (int64_t b = 0; b < frames.size(0); ++b)
        result.push_back(decoder.decode(frames[b].data_ptr<float>(), int(frames.size(1)), int(frames.size(2))));
    return result;
}
