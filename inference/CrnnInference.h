#pragma once

#include "CrnnNet.h"
#include "FoldedConv2d.h"
#include "LstmInference.h"

#include <torch/torch.h>

#include <vector>

// A trained CrnnNet frozen for fast inference: its convolution stack with every BatchNorm
// folded in, channels-last and on oneDNN (FoldedConv2d), pooling from strided views; the LSTM
// step by step in plain loops on a CPU (LstmInference); the classifier is the net's own. Computes what CrnnNet::forward computes in eval mode, equal
// within float rounding (tst_glyphsr compares them).
class CrnnInference
{
public:
    explicit CrnnInference(const CrnnNet &net);

    // T×B×C log-probabilities, as CrnnNet::forward.
    torch::Tensor forward(const torch::Tensor &images) const;
    // What the recognizer reads for a B×3×h×w line: its bicubic enlargement to the trained height
    // of 32 (the ×2 of a 16-pixel line), the width in whole frames of 4.
    static torch::Tensor readableInput(const torch::Tensor &low);
    // B×C×1×T probabilities, as CrnnNet::probabilityMap.
    static torch::Tensor probabilityMap(const torch::Tensor &logProbabilities);

private:
    struct Step
    {
        enum class Kind { Convolution, Relu, Pool } kind;
        FoldedConv2d convolution;
        int64_t poolHeight = 1, poolWidth = 1;
    };

    CrnnNet m_net;
    std::vector<Step> m_steps;
    LstmInference m_sequence;
};
