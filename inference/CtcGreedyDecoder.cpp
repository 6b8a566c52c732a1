#include "CtcGreedyDecoder.h"

#include <algorithm>
#include <utility>

CtcGreedyDecoder::CtcGreedyDecoder(QStringList classes)
    : m_classes(std::move(classes))
{
}

OcrReading CtcGreedyDecoder::decode(const float *probabilities, int steps) const
{
    OcrReading reading;
    const int count = classCount();
    if (!probabilities || count == 0)
        return reading;
    double sum = 0.0;
    int kept = 0;
    int previous = 0;
    for (int step = 0; step < steps; ++step) {
        const float *row = probabilities + qsizetype(step) * count;
        const int best = int(std::max_element(row, row + count) - row);
        if (best != 0 && best != previous) {
            const QString &text = m_classes.at(best);
            const double probability = std::clamp(double(row[best]), 0.0, 1.0);
            reading.text += text;
            for (int i = 0; i < text.size(); ++i)
                reading.characterConfidences << probability;
            sum += probability;
            ++kept;
        }
        previous = best;
    }
    reading.confidence = kept > 0 ? sum / kept : 0.0;
    return reading;
}
