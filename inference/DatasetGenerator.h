#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class SceneSynthesizer;
class TextLineSynthesizer;

// Generates a data set folder from a synthesizer (text lines or scene tiles): shards of samples written in parallel
// (sample i depends only on the seed and i, so the result does not depend on the thread count),
// a dataset.json describing it, and PNG preview grids.
class DatasetGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DatasetGenerator)

public:
    struct Report
    {
        int samples = 0;
        int shards = 0;
        double seconds = 0;
        double samplesPerSecond() const { return seconds > 0 ? samples / seconds : 0; }
    };
    using Progress = std::function<void(int done, int total)>;

    // Throws std::runtime_error on failure (unwritable folder, rendering error); shards already
    // committed stay valid.
    static Report generate(const TextLineSynthesizer &synthesizer, const QString &folder, int count,
                           int shardSize, int threads, int previewCount, const Progress &progress = {});
    // The same for scene tiles: scene-NNNNN.glsc shards (SceneShardWriter), a dataset.json with
    // "mode": "scene", and a preview of HR | LR | text mask with word boxes.
    static Report generate(const SceneSynthesizer &synthesizer, const QString &folder, int count,
                           int shardSize, int threads, int previewCount, const Progress &progress = {});
};
