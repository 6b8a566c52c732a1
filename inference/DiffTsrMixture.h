#pragma once

#include "DiffTsrImageContext.h"
#include "DiffTsrTextContext.h"

#include <torch/torch.h>

// DiffTSR's MoM (mixture of multi-modality): at every step it sees the current text c_t, the
// LR image, the current residual r_t and t, and makes both conditions: I_cond for the TDM (the
// image encoder attending to the embedded text) and C_cond for the IDM (the text encoder
// attending to the image tokens). Its two branches start from the stage-1 and stage-2
// condition encoders; the cross-modal attention starts at zero.
struct DiffTsrMixtureImpl : torch::nn::Module
{
    struct Conditions
    {
        torch::Tensor image; // I_cond, B×(w/4)×dim
        torch::Tensor text;  // C_cond, B×slots×dim
    };

    DiffTsrMixtureImpl(DiffTsrTextContextImpl::Options textOptions, DiffTsrImageContextImpl::Options imageOptions);
    // reading: the recognizer's T×B×C log-probabilities of the line, for image branches that take it.
    Conditions forward(const torch::Tensor &text, const torch::Tensor &lowResolution, const torch::Tensor &residualT,
                       const torch::Tensor &t, const torch::Tensor &reading = {});

    DiffTsrTextContext textBranch{nullptr};
    DiffTsrImageContext imageBranch{nullptr};
};
TORCH_MODULE(DiffTsrMixture);
