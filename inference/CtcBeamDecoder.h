#pragma once

#include "CharacterLanguageModel.h"

#include <QList>

// CTC prefix beam search with a character language model: keeps the likeliest few readings
// frame by frame, each scored as log P_ctc + weight·log P_lm + bonus·length (Hannun et al.'s
// first-pass decoder). Without a model it reads the text whose paths together are likeliest,
// which can differ from CtcGreedyDecoder's single best path.
class CtcBeamDecoder
{
public:
    struct Options
    {
        int beamWidth = 16;
        double languageWeight = 0.5;  // α
        double lengthBonus = 0.0;     // β, per character
        double skipBelow = 1e-3;      // characters less likely than this in a frame are not tried
    };

    explicit CtcBeamDecoder(const CharacterLanguageModel *model, Options options);

    // logProbabilities: steps × classes row-major log-softmax; the reading as classes 1..N.
    QList<int> decode(const float *logProbabilities, int steps, int classes) const;

private:
    const CharacterLanguageModel *m_model;
    Options m_options;
};
