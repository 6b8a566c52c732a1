#pragma once

#include "TextLineSample.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

class SeededRandom;

// Generated samples loaded for training: every shard of the given data set folders, with the
// last `validationCount` samples set aside for validation (never trained on).
class TrainingData
{
    Q_DECLARE_TR_FUNCTIONS(TrainingData)

public:
    // Throws std::runtime_error when a folder has no shards, shards disagree in size, or too few samples.
    static TrainingData load(const QStringList &folders, int validationCount);

    const std::vector<TextLineSample> &training() const { return m_training; }
    const std::vector<TextLineSample> &validation() const { return m_validation; }
    // batchSize indices into training(), drawn from `random`.
    std::vector<size_t> drawBatch(SeededRandom &random, int batchSize) const;

private:
    std::vector<TextLineSample> m_training;
    std::vector<TextLineSample> m_validation;
};
