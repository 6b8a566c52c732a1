#pragma once

#include "OcrReading.h"

#include <torch/torch.h>

#include <QList>

// GlyphLab CRNN: a small convolutional recurrent recognizer for word crops, trained with CTC.
// Input B×3×32×W RGB in [0,1] (W a multiple of 4); output T×B×C log-probabilities with
// T = W/4 frames and C = CharacterSet::classCount() (class 0 = blank). Also returns the
// per-frame probabilities in the B×C×1×T layout GlyphSR's text prior generator reads.
struct CrnnNetImpl : torch::nn::Module
{
    explicit CrnnNetImpl(int classes, int width = 64);

    torch::Tensor forward(const torch::Tensor &images);
    // Softmax over classes, B×C×1×T.
    torch::Tensor probabilityMap(const torch::Tensor &images);
    // Greedy CTC readings of forward()'s T×B×C output, one per batch item.
    static QList<OcrReading> read(const torch::Tensor &logProbabilities);
    // The mean CTC loss of forward()'s output against concatenated class targets (blank 0),
    // every frame of every item counted; impossible alignments give 0 instead of infinity.
    static torch::Tensor ctcLoss(const torch::Tensor &logProbabilities, const torch::Tensor &targets,
                                 const torch::Tensor &targetLengths);

    torch::nn::Sequential features{nullptr};
    torch::nn::LSTM sequence{nullptr};

    // For a frozen recognizer that a loss backpropagates through: cuDNN computes an LSTM's
    // backward pass only in training mode, and this LSTM has no dropout, so that mode changes
    // nothing else; the convolutions' BatchNorm stays in evaluation mode.
    void prepareAsFrozenLoss()
    {
        eval();
        sequence->train();
    }
    torch::nn::Linear classifier{nullptr};
};
TORCH_MODULE(CrnnNet);
