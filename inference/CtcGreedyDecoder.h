#pragma once

#include "OcrReading.h"

#include <QStringList>

// Best-path decoding of a CTC recognizer's per-time-step class probabilities: take the most
// likely class at each step, merge repeats, drop blanks. Shared by every CTC recognizer.
class CtcGreedyDecoder
{
public:
    // classes[0] is the blank; classes[i] is the text of class i.
    explicit CtcGreedyDecoder(QStringList classes);

    int classCount() const { return int(m_classes.size()); }
    // probabilities: steps × classCount() row-major softmax output. The reading's confidence is
    // the mean of the kept steps' maximum probability, and 0 for an empty reading.
    OcrReading decode(const float *probabilities, int steps) const;

private:
    QStringList m_classes;
};
