#include "DatasetGenerator.h"

#include "DatasetShardWriter.h"
#include "DegradationPreset.h"
#include "FontCatalog.h"
#include "ImageWriter.h"
#include "SamplePreview.h"
#include "SceneShardWriter.h"
#include "SceneSynthesizer.h"
#include "TextLineSynthesizer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>

namespace {

// Samples [begin, end) made on `threads` threads; the first failure is rethrown.
template <typename Sample, typename Synthesizer>
std::vector<Sample> makeRange(const Synthesizer &synthesizer, int begin, int end, int threads)
{
    std::vector<Sample> samples(size_t(end - begin));
    std::atomic<int> next{begin};
    std::exception_ptr failure;
    std::mutex failureMutex;
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&] {
            for (int i = next++; i < end; i = next++) {
                try {
                    samples[size_t(i - begin)] = synthesizer.sample(quint64(i));
                } catch (...) {
                    const std::lock_guard<std::mutex> lock(failureMutex);
                    if (!failure)
                        failure = std::current_exception();
                }
            }
        });
    }
    for (std::thread &worker : workers)
        worker.join();
    if (failure)
        std::rethrow_exception(failure);
    return samples;
}

// The shard loop both kinds share: make, write, preview the first shard, report progress.
template <typename Sample, typename Synthesizer, typename Writer, typename Preview>
DatasetGenerator::Report writeShards(const Synthesizer &synthesizer, const QString &folder, int count, int shardSize,
                                     int threads, int previewCount, const DatasetGenerator::Progress &progress,
                                     const QString &namePattern, const QSize &high, const QSize &low,
                                     const Preview &preview)
{
    QString error;
    if (!ImageWriter::ensureWritableFolder(folder, &error))
        throw std::runtime_error(error.toStdString());
    QElapsedTimer timer;
    timer.start();
    DatasetGenerator::Report report;
    shardSize = std::max(1, shardSize);
    threads = std::max(1, threads);
    const int shardCount = (count + shardSize - 1) / shardSize;
    for (int shard = 0; shard < shardCount; ++shard) {
        const int begin = shard * shardSize;
        const int end = std::min(count, begin + shardSize);
        const std::vector<Sample> samples = makeRange<Sample>(synthesizer, begin, end, threads);
        Writer writer(QDir(folder).filePath(namePattern.arg(shard, 5, 10, QLatin1Char('0'))), high, low);
        for (const Sample &sample : samples)
            writer.append(sample);
        if (!writer.commit(&error))
            throw std::runtime_error(error.toStdString());
        report.samples = end;
        report.shards = shard + 1;
        if (shard == 0 && previewCount > 0) {
            QList<Sample> shown;
            for (int i = 0; i < std::min<int>(previewCount, int(samples.size())); ++i)
                shown.append(samples[size_t(i)]);
            if (!ImageWriter::savePng(preview(shown), QDir(folder).filePath(QStringLiteral("preview.png")), &error))
                throw std::runtime_error(error.toStdString());
        }
        if (progress)
            progress(end, count);
    }
    report.seconds = timer.nsecsElapsed() / 1e9;
    return report;
}

QJsonObject commonDescription(const DatasetGenerator::Report &report, quint64 seed, DegradationPreset preset,
                              int scale, const QSize &high, const QSize &low, const FontCatalog &fonts, int threads)
{
    return QJsonObject{
        {QStringLiteral("generator"), QStringLiteral("glyphlab-cli synth")},
        {QStringLiteral("samples"), report.samples},
        {QStringLiteral("shards"), report.shards},
        {QStringLiteral("seed"), QString::number(seed)},
        {QStringLiteral("preset"), DegradationPresets::name(preset)},
        {QStringLiteral("scale"), scale},
        {QStringLiteral("highResolution"), QJsonArray{high.width(), high.height()}},
        {QStringLiteral("lowResolution"), QJsonArray{low.width(), low.height()}},
        {QStringLiteral("fonts"), fonts.purpose() == FontCatalog::Purpose::Training ? QStringLiteral("training")
                                                                                    : QStringLiteral("evaluation")},
        {QStringLiteral("fontFiles"), int(fonts.files().size())},
        {QStringLiteral("seconds"), report.seconds},
        {QStringLiteral("threads"), threads},
    };
}

void writeDescription(const QString &folder, const QJsonObject &description)
{
    QSaveFile json(QDir(folder).filePath(QStringLiteral("dataset.json")));
    if (!json.open(QIODevice::WriteOnly) || json.write(QJsonDocument(description).toJson()) < 0 || !json.commit())
        throw std::runtime_error(DatasetGenerator::tr("Cannot write %1: %2").arg(json.fileName(), json.errorString()).toStdString());
}

} // namespace

DatasetGenerator::Report DatasetGenerator::generate(const TextLineSynthesizer &synthesizer, const QString &folder,
                                                    int count, int shardSize, int threads, int previewCount,
                                                    const Progress &progress)
{
    const SynthesisSettings &settings = synthesizer.settings();
    const Report report = writeShards<TextLineSample, TextLineSynthesizer, DatasetShardWriter>(
        synthesizer, folder, count, shardSize, threads, previewCount, progress, QStringLiteral("shard-%1.glsh"),
        settings.highResolution, settings.lowResolution(),
        [](const QList<TextLineSample> &shown) { return SamplePreview::grid(shown); });
    QJsonObject description = commonDescription(report, settings.seed, settings.preset, settings.scale,
                                                settings.highResolution, settings.lowResolution(),
                                                synthesizer.fonts(), std::max(1, threads));
    description.insert(QStringLiteral("mode"), QStringLiteral("line"));
    writeDescription(folder, description);
    return report;
}

DatasetGenerator::Report DatasetGenerator::generate(const SceneSynthesizer &synthesizer, const QString &folder,
                                                    int count, int shardSize, int threads, int previewCount,
                                                    const Progress &progress)
{
    const SceneSynthesizer::Settings &settings = synthesizer.settings();
    const Report report = writeShards<SceneSample, SceneSynthesizer, SceneShardWriter>(
        synthesizer, folder, count, shardSize, threads, previewCount, progress, QStringLiteral("scene-%1.glsc"),
        settings.highResolution(), settings.lowResolution(),
        [](const QList<SceneSample> &shown) { return SamplePreview::sceneGrid(shown); });
    QJsonObject description = commonDescription(report, settings.seed, settings.preset, settings.scale,
                                                settings.highResolution(), settings.lowResolution(),
                                                synthesizer.fonts(), std::max(1, threads));
    description.insert(QStringLiteral("mode"), QStringLiteral("scene"));
    description.insert(QStringLiteral("partition"), settings.partition ? ScenePartitions::name(*settings.partition)
                                                                       : QStringLiteral("all"));
    writeDescription(folder, description);
    return report;
}
