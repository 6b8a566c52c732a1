#pragma once

#include "TextLineSample.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>

#include <vector>

// Reads a shard written by DatasetShardWriter, completely, checking its header and checksum.
class DatasetShardReader
{
    Q_DECLARE_TR_FUNCTIONS(DatasetShardReader)

public:
    // Throws std::runtime_error naming the file and what is wrong with it.
    static std::vector<TextLineSample> read(const QString &path, QSize *highResolution = nullptr,
                                            QSize *lowResolution = nullptr);
    // All shards (*.glsh) of a data set folder, in name order. Throws when there are none.
    static std::vector<TextLineSample> readFolder(const QString &folder);
};
