#pragma once

#include "CtcBeamDecoder.h"

#include <QList>

#include <torch/torch.h>

#include <vector>

// GlyphSR's text prior, the CRNN's per-frame class probabilities, and the two ways a chosen text
// is put in their place: a language-model reading of the frames, or any text (the true line in
// training, the benchmark's known words) written onto the frames along its best CTC alignment.
class TextPriorFrames
{
public:
    // logProbabilities: T×B×C as CrnnNet::forward gives them. Returns B×C×1×T probabilities
    // (CrnnNet::probabilityMap's layout): the recognizer's own, except that each line b with a
    // non-empty texts[b] gets a one-hot frame per step along that text's best path. A text that
    // does not fit the frames leaves the line as the recognizer read it; `written` (if given)
    // gets, per line, whether its text was written.
    static torch::Tensor probabilities(const torch::Tensor &logProbabilities, const std::vector<QList<int>> &texts,
                                       std::vector<bool> *written = nullptr);
    // Each line's reading by the beam search with a language model (classes 1..N).
    static std::vector<QList<int>> readings(const torch::Tensor &logProbabilities, const CtcBeamDecoder &decoder);
};
