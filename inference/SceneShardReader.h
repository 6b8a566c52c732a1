#pragma once

#include "SceneSample.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>

#include <vector>

// Reads a scene shard written by SceneShardWriter, completely, checking header and checksum.
class SceneShardReader
{
    Q_DECLARE_TR_FUNCTIONS(SceneShardReader)

public:
    // Throws std::runtime_error naming the file and what is wrong with it.
    static std::vector<SceneSample> read(const QString &path, QSize *highResolution = nullptr,
                                         QSize *lowResolution = nullptr);
    // All scene shards (*.glsc) of a data set folder, in name order. Throws when there are none.
    static std::vector<SceneSample> readFolder(const QString &folder);
};
