#pragma once

#include <torch/torch.h>

// Element-wise and pooling operations for the inference paths (GlyphSrInference,
// CrnnInference), written from operations that this LibTorch vectorises: its own mish and
// max_pool2d run element by element (measured ~10× and ~20× slower on 64×16 crops).
namespace InferenceOps {

// x·tanh(softplus(x)) = x·n/(n+2) with n = eˣ(eˣ+2); for x > 20 the factor is 1 in floats.
torch::Tensor mish(const torch::Tensor &x);
// Max-pooling with a kernel equal to its stride (floor mode), from strided views.
torch::Tensor maxPool(const torch::Tensor &x, int64_t kernelHeight, int64_t kernelWidth);

} // namespace InferenceOps
