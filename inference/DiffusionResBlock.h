#pragma once

#include <torch/torch.h>

// The diffusion UNet's residual block: GroupNorm → SiLU → conv3, plus the timestep embedding
// as a per-channel shift, GroupNorm → SiLU → conv3 (zero-initialised, so the block starts as
// the identity), and a 1×1 skip when the width changes.
struct DiffusionResBlockImpl : torch::nn::Module
{
    DiffusionResBlockImpl(int in, int out, int timeDim);
    torch::Tensor forward(const torch::Tensor &x, const torch::Tensor &timeEmbedding);
    // The UNets' way up between these blocks: nearest-neighbour ×2.
    static torch::Tensor upsample(const torch::Tensor &x);

    torch::nn::GroupNorm norm1{nullptr}, norm2{nullptr};
    torch::nn::Conv2d conv1{nullptr}, conv2{nullptr}, skip{nullptr};
    torch::nn::Linear time{nullptr};
};
TORCH_MODULE(DiffusionResBlock);
