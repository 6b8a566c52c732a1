#pragma once

#include "TimestepEmbedding.h"
#include "TransformerBlock.h"

#include <torch/torch.h>

// The image condition I_cond that the TDM attends to: a small convolutional encoder over
// [LR ‖ space-to-depth(r_t)] (15 channels at the LR size) down to a quarter of it, averaged
// over the height into one token per column (with its relative position and the timestep),
// then a transformer block. Stage 2 trains it with the TDM (textDim 0); inside MoM
// (textDim > 0) the block also attends to the text tokens, zero-initialised.
// With readingClasses > 0 the frozen recognizer's reading of the line joins the column tokens,
// one token per character slot (TextSlots::fromCtc, with the slot's own position): a TDM
// trained on the pixel columns alone learned to ignore them (its text came out the same for
// any image), and a reading in the TDM's own slots is a signal it can use from the first steps.
struct DiffTsrImageContextImpl : torch::nn::Module
{
    struct Options
    {
        int dim = 128;
        int heads = 4;
        int textDim = 0;
        int readingClasses = 0; // 0: no reading tokens (manifests written before they existed)
        int readingSlots = 24;
    };

    explicit DiffTsrImageContextImpl(const Options &options);
    // Column tokens before the transformer, B×(w/4 [+ slots])×dim. residualT: B×3×2h×2w; low: B×3×h×w;
    // reading: the recognizer's T×B×C log-probabilities of the line (needed when readingClasses > 0).
    torch::Tensor embed(const torch::Tensor &lowResolution, const torch::Tensor &residualT, const torch::Tensor &t,
                        const torch::Tensor &reading = {});
    torch::Tensor encode(const torch::Tensor &embedded, const torch::Tensor &textTokens = {});
    // Position codes of `count` tokens spread evenly over the line, count×dim.
    torch::Tensor where(int64_t count, const torch::Device &device);
    torch::Tensor forward(const torch::Tensor &lowResolution, const torch::Tensor &residualT, const torch::Tensor &t,
                          const torch::Tensor &reading = {})
    {
        return encode(embed(lowResolution, residualT, t, reading));
    }

    Options options;
    torch::nn::Sequential convolutions{nullptr};
    torch::nn::Linear position{nullptr};
    torch::nn::Linear readingProjection{nullptr};
    torch::Tensor readingPositions; // 1×slots×dim
    TimestepEmbedding time{nullptr};
    TransformerBlock block{nullptr};
    torch::nn::LayerNorm outNorm{nullptr};
};
TORCH_MODULE(DiffTsrImageContext);
