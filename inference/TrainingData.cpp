#include "TrainingData.h"

#include "DatasetShardReader.h"
#include "SeededRandom.h"

#include <stdexcept>

TrainingData TrainingData::load(const QStringList &folders, int validationCount)
{
    TrainingData data;
    for (const QString &folder : folders) {
        std::vector<TextLineSample> part = DatasetShardReader::readFolder(folder);
        if (!data.m_training.empty() && !part.empty()
            && (part.front().highResolution.size() != data.m_training.front().highResolution.size()
                || part.front().lowResolution.size() != data.m_training.front().lowResolution.size()))
            throw std::runtime_error(tr("The data set %1 has other image sizes than the ones before it.").arg(folder).toStdString());
        // Each folder gives its last samples to validation, so every preset is validated.
        const size_t held = std::min(part.size() / 2, size_t(validationCount / std::max<qsizetype>(1, folders.size())));
        data.m_validation.insert(data.m_validation.end(), std::make_move_iterator(part.end() - long(held)),
                                 std::make_move_iterator(part.end()));
        part.resize(part.size() - held);
        data.m_training.insert(data.m_training.end(), std::make_move_iterator(part.begin()), std::make_move_iterator(part.end()));
    }
    if (data.m_training.size() < 16)
        throw std::runtime_error(tr("Too few training samples (%1).").arg(data.m_training.size()).toStdString());
    return data;
}

std::vector<size_t> TrainingData::drawBatch(SeededRandom &random, int batchSize) const
{
    std::vector<size_t> indices(size_t(std::max(1, batchSize)));
    for (size_t &index : indices)
        index = size_t(random.integer(0, int(m_training.size()) - 1));
    return indices;
}
