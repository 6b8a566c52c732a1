#include "InferenceOps.h"

namespace InferenceOps {

torch::Tensor mish(const torch::Tensor &x)
{
    torch::Tensor e = x.clamp_max(20.0).exp_();
    torch::Tensor n = e.add(2.0).mul_(e);
    return n.div(n.add(2.0)).mul_(x);
}

torch::Tensor maxPool(const torch::Tensor &x, int64_t kernelHeight, int64_t kernelWidth)
{
    const auto pool = [](const torch::Tensor &t, int64_t dimension, int64_t kernel) {
        if (kernel == 1)
            return t;
        const int64_t end = t.size(dimension) / kernel * kernel;
        torch::Tensor result = t.slice(dimension, 0, end, kernel);
        for (int64_t k = 1; k < kernel; ++k)
            result = torch::max(result, t.slice(dimension, k, end, kernel));
        return result;
    };
    return pool(pool(x, 2, kernelHeight), 3, kernelWidth);
}

} // namespace InferenceOps
