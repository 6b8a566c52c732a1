#pragma once

#include <torch/torch.h>

#include <vector>

// Shared by the tests that train a few steps and compare the weights of two runs.

// True when both lists hold the same tensors, element for element.
inline bool sameWeights(const std::vector<torch::Tensor> &a, const std::vector<torch::Tensor> &b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (!torch::equal(a[i], b[i]))
            return false;
    return true;
}

// Thrown from a trainer's log callback to stop a run as if it had been killed.
struct Interrupted
{
};
