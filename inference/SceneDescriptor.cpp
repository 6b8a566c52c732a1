#include "SceneDescriptor.h"

#include <torch/torch.h>

#include <algorithm>
#include <stdexcept>

namespace SceneDescriptor {

torch::Tensor of(const torch::Tensor &low, int scale, const std::vector<int> &wordCounts)
{
    if (low.dim() != 4 || low.size(1) != 3 || int64_t(wordCounts.size()) != low.size(0) || scale < 1)
        throw std::invalid_argument("SceneDescriptor: expected B×3×h×w and one word count per item");
    const int64_t batch = low.size(0);
    const torch::Tensor gray = low.mean(1, true);
    const torch::Tensor mean = low.mean({2, 3});
    const torch::Tensor contrast = gray.flatten(1).std(1, false).unsqueeze(1);
    torch::Tensor edges = torch::zeros({batch, 1}, low.options());
    torch::Tensor noise = torch::zeros({batch, 1}, low.options());
    if (low.size(2) >= 3 && low.size(3) >= 3) {
        const torch::Tensor dx = gray.slice(3, 1) - gray.slice(3, 0, -1);
        const torch::Tensor dy = gray.slice(2, 1) - gray.slice(2, 0, -1);
        edges = (dx.abs().mean({1, 2, 3}) + dy.abs().mean({1, 2, 3})).unsqueeze(1);
        const torch::Tensor centre = gray.slice(2, 1, -1).slice(3, 1, -1);
        const torch::Tensor laplacian = gray.slice(2, 0, -2).slice(3, 1, -1) + gray.slice(2, 2).slice(3, 1, -1)
            + gray.slice(2, 1, -1).slice(3, 0, -2) + gray.slice(2, 1, -1).slice(3, 2) - 4 * centre;
        noise = laplacian.abs().mean({1, 2, 3}).unsqueeze(1);
    }
    std::vector<float> words;
    for (const int count : wordCounts)
        words.push_back(float(std::clamp(count, 0, 8)) / 8.0f);
    const torch::Tensor text = torch::tensor(words, torch::kFloat).to(low.device()).unsqueeze(1);
    const torch::Tensor scaleColumn = torch::full({batch, 1}, 4.0 / scale, low.options());
    return torch::cat({scaleColumn, mean, contrast * 4, edges * 4, noise * 4, text}, 1);
}

} // namespace SceneDescriptor
