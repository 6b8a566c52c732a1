#include "DatasetGenerator.h"

#include "DatasetShardWriter.h"
#include "DegradationPreset.h"
#include "FontCatalog.h"
#include "ImageWriter.h"
#include "SamplePreview.h"
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

DatasetGenerator::Report DatasetGenerator::generate(const TextLineSynthesizer &synthesizer, const QString &folder,
                                                    int count, int shardSize, int threads, int previewCount,
                                                    const Progress &progress)
{
    QString error;
    if (!ImageWriter::ensureWritableFolder(folder, &error))
        throw std::runtime_error(error.toStdString());
    const SynthesisSettings &settings = synthesizer.settings();
    QElapsedTimer timer;
    timer.start();
    Report report;
    shardSize = std::max(1, shardSize);
    threads = std::max(1, threads);
    const int shardCount = (count + shardSize - 1) / shardSize;
    for (int shard = 0; shard < shardCount; ++shard) {
        const int begin = shard * shardSize;
        const int end = std::min(count, begin + shardSize);
        std::vector<TextLineSample> samples(size_t(end - begin));
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

        DatasetShardWriter writer(QDir(folder).filePath(QStringLiteral("shard-%1.glsh").arg(shard, 5, 10, QLatin1Char('0'))),
                                  settings.highResolution, settings.lowResolution());
        for (const TextLineSample &sample : samples)
            writer.append(sample);
        if (!writer.commit(&error))
            throw std::runtime_error(error.toStdString());
        report.samples = end;
        report.shards = shard + 1;
        if (shard == 0 && previewCount > 0) {
            QList<TextLineSample> shown;
            for (int i = 0; i < std::min<int>(previewCount, int(samples.size())); ++i)
                shown.append(samples[size_t(i)]);
            if (!ImageWriter::savePng(SamplePreview::grid(shown), QDir(folder).filePath(QStringLiteral("preview.png")), &error))
                throw std::runtime_error(error.toStdString());
        }
        if (progress)
            progress(end, count);
    }
    report.seconds = timer.nsecsElapsed() / 1e9;

    QJsonObject description{
        {QStringLiteral("generator"), QStringLiteral("glyphlab-cli synth")},
        {QStringLiteral("samples"), report.samples},
        {QStringLiteral("shards"), report.shards},
        {QStringLiteral("seed"), QString::number(settings.seed)},
        {QStringLiteral("preset"), DegradationPresets::name(settings.preset)},
        {QStringLiteral("scale"), settings.scale},
        {QStringLiteral("highResolution"), QJsonArray{settings.highResolution.width(), settings.highResolution.height()}},
        {QStringLiteral("lowResolution"), QJsonArray{settings.lowResolution().width(), settings.lowResolution().height()}},
        {QStringLiteral("fonts"), synthesizer.fonts().purpose() == FontCatalog::Purpose::Training
                                      ? QStringLiteral("training") : QStringLiteral("evaluation")},
        {QStringLiteral("fontFiles"), int(synthesizer.fonts().files().size())},
        {QStringLiteral("seconds"), report.seconds},
        {QStringLiteral("threads"), threads},
    };
    QSaveFile json(QDir(folder).filePath(QStringLiteral("dataset.json")));
    if (!json.open(QIODevice::WriteOnly) || json.write(QJsonDocument(description).toJson()) < 0 || !json.commit())
        throw std::runtime_error(tr("Cannot write %1: %2").arg(json.fileName(), json.errorString()).toStdString());
    return report;
}
