#pragma once

#include <QList>

#include <vector>

// Where a given text sits on a CTC recognizer's frames: the most likely path (Viterbi over the
// text with blanks between and around its characters) that reads exactly that text. Lets a
// reading chosen by other means (a language model, the benchmark's true words) be written
// back onto the recognizer's per-frame probabilities that GlyphSR takes as its text prior.
class CtcAlignment
{
public:
    // logProbabilities: steps × classes row-major log-softmax output; labels: classes 1..N.
    // One class per frame (0 = blank); empty when the text needs more frames than there are
    // (two equal characters in a row need a blank between them).
    static std::vector<int> bestPath(const float *logProbabilities, int steps, int classes, const QList<int> &labels);
};
