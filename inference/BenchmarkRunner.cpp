#include "BenchmarkRunner.h"

#include "CancelToken.h"
#include "ImageMetrics.h"
#include "MethodRunner.h"
#include "OcrEngineFactory.h"
#include "RestorationMethod.h"
#include "RestoreOptions.h"
#include "RestoreResult.h"
#include "TextMetrics.h"
#include "TorchRuntime.h"

#include <QElapsedTimer>

#include <cmath>
#include <exception>
#include <optional>
#include <stdexcept>
#include <thread>

namespace {

struct Reading
{
    double accuracy = 0;
    double errorRate = 0;
    bool applicable = true; // false: the engine cannot do this kind of reading at all
    QStringList texts;      // per image: what the engine read (scene sets: the words it found)
};

Reading readAll(OcrEngine &engine, const std::vector<QImage> &images, const BenchmarkSet &set)
{
    Reading result;
    for (size_t i = 0; i < images.size(); ++i) {
        QString text;
        if (!images[i].isNull()) {
            try {
                text = engine.recognize(images[i]).text;
            } catch (const std::exception &) {
                text.clear(); // a failed reading counts as a misreading
            }
        }
        result.texts << text;
        result.accuracy += TextMetrics::isWordMatch(text, set.pairs[i].text) ? 1 : 0;
        result.errorRate += std::min(1.0, TextMetrics::characterErrorRate(text, set.pairs[i].text));
    }
    const double n = std::max<size_t>(1, images.size());
    result.accuracy /= n;
    result.errorRate /= n;
    return result;
}

// End-to-end word spotting: a detected word counts when its box overlaps a true word's box
// (IoU ≥ 0.5) and reads the same (TextZoom normalisation). accuracy = F1 over the set;
// errorRate = 1 − recall.
Reading spotAll(OcrEngine &engine, const std::vector<QImage> &images, const BenchmarkSet &set)
{
    int truePositives = 0, detected = 0, truths = 0, attempts = 0, failures = 0;
    QStringList texts;
    for (size_t i = 0; i < images.size(); ++i) {
        QList<OcrTextBox> found;
        if (!images[i].isNull()) {
            ++attempts;
            try {
                found = engine.detect(images[i]);
            } catch (const std::exception &) {
                ++failures;
                found.clear();
            }
        }
        const double sx = double(set.pairs[i].highResolution.width()) / std::max(1, images[i].width());
        const double sy = double(set.pairs[i].highResolution.height()) / std::max(1, images[i].height());
        QList<OcrTextBox> truth;
        for (const OcrTextBox &word : set.pairs[i].words) {
            if (!TextMetrics::normalizeWord(word.text).isEmpty())
                truth.append(word);
        }
        truths += int(truth.size());
        std::vector<bool> used(size_t(truth.size()), false);
        QStringList words;
        for (const OcrTextBox &box : found)
            words << box.text;
        texts << words.join(QLatin1Char(' '));
        for (const OcrTextBox &box : found) {
            const QString text = TextMetrics::normalizeWord(box.text);
            if (text.isEmpty())
                continue;
            ++detected;
            const QRectF bounds(box.bounds.x() * sx, box.bounds.y() * sy, box.bounds.width() * sx, box.bounds.height() * sy);
            for (qsizetype t = 0; t < truth.size(); ++t) {
                const QRectF overlap = bounds.intersected(truth[t].bounds);
                const double intersection = overlap.width() * overlap.height();
                const double unionArea = bounds.width() * bounds.height() + truth[t].bounds.width() * truth[t].bounds.height() - intersection;
                if (!used[size_t(t)] && unionArea > 0 && intersection / unionArea >= 0.5
                    && TextMetrics::isWordMatch(text, truth[t].text)) {
                    used[size_t(t)] = true;
                    ++truePositives;
                    break;
                }
            }
        }
    }
    const double precision = detected ? double(truePositives) / detected : 0.0;
    const double recall = truths ? double(truePositives) / truths : 0.0;
    const double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
    // An engine that refuses every photo (a word recognizer) has no scene-level figures.
    return {f1, 1.0 - recall, attempts == 0 || failures < attempts, texts};
}

// See BenchmarkRow: the set's LR crops at 64×16, one per call, then `batchSize` per call.
void measureSpeed(RestorationMethod &method, const BenchmarkSet &set, const RestoreOptions &options, int batchSize,
                  BenchmarkRow &row)
{
    QString error;
    const std::optional<ComputeDevice> device = TorchRuntime::resolveDevice(options.device, &error);
    if (!device)
        throw std::runtime_error(error.toStdString());
    std::vector<QImage> crops;
    for (const BenchmarkPair &pair : set.pairs)
        crops.push_back(pair.lowResolution.convertToFormat(QImage::Format_RGB888).scaled(64, 16, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
    const CancelToken cancel;
    method.restoreBatch({crops.front()}, options, *device, cancel); // loads the model
    QElapsedTimer timer;
    timer.start();
    for (const QImage &crop : crops)
        method.restoreBatch({crop}, options, *device, cancel);
    row.fixedSizeMillisecondsPerCrop = double(timer.nsecsElapsed()) / 1e6 / double(crops.size());
    // One untimed batch first: the process's first large batches grow the heap page by page, and
    // whichever method was measured first came out a third slower (57-77 against 90-115 crops/s
    // for the same GlyphSR weights, depending only on the order).
    method.restoreBatch(std::vector<QImage>(crops.begin(), crops.begin() + qsizetype(std::min(crops.size(), size_t(batchSize)))),
                        options, *device, cancel);
    timer.restart();
    for (size_t start = 0; start < crops.size(); start += size_t(batchSize)) {
        const size_t end = std::min(crops.size(), start + size_t(batchSize));
        method.restoreBatch(std::vector<QImage>(crops.begin() + qsizetype(start), crops.begin() + qsizetype(end)), options, *device, cancel);
    }
    row.fixedSizeCropsPerSecond = double(crops.size()) / std::max(1e-9, double(timer.nsecsElapsed()) / 1e9);
    row.batchSize = batchSize;
}

} // namespace

std::vector<BenchmarkRow> BenchmarkRunner::run(const BenchmarkSet &set, const std::vector<RestorationMethod *> &methods,
                                               const QStringList &recognizers, const QString &device, int batchSize,
                                               const Log &log)
{
    std::vector<std::unique_ptr<OcrEngine>> engines;
    for (const QString &id : recognizers) {
        QString error;
        std::unique_ptr<OcrEngine> engine = OcrEngineFactory::create(id, &error);
        if (!engine)
            throw std::runtime_error(error.toStdString());
        if (!engine->isAvailable(&error))
            throw std::runtime_error(tr("The recognizer %1 is not available: %2").arg(id, error).toStdString());
        engines.push_back(std::move(engine));
    }

    std::vector<BenchmarkRow> rows;
    const auto measure = [&](BenchmarkRow &row, const std::vector<QImage> &images) {
        std::vector<Reading> readings(engines.size());
        std::vector<std::thread> threads;
        std::vector<std::exception_ptr> failures(engines.size());
        for (size_t e = 0; e < engines.size(); ++e) {
            threads.emplace_back([&, e] {
                try {
                    readings[e] = set.sceneLevel ? spotAll(*engines[e], images, set) : readAll(*engines[e], images, set);
                } catch (...) {
                    failures[e] = std::current_exception();
                }
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        for (const std::exception_ptr &failure : failures) {
            if (failure)
                std::rethrow_exception(failure);
        }
        for (size_t e = 0; e < engines.size(); ++e) {
            if (!readings[e].applicable) {
                if (row.method == QLatin1String("hr") && log)
                    log(tr("%1 cannot find text on photos: no figures for it on %2.").arg(recognizers[qsizetype(e)], set.name));
                continue;
            }
            row.accuracy.insert(recognizers[qsizetype(e)], readings[e].accuracy);
            row.errorRate.insert(recognizers[qsizetype(e)], readings[e].errorRate);
            row.readings.insert(recognizers[qsizetype(e)], readings[e].texts);
        }
    };

    BenchmarkRow truth;
    truth.method = QStringLiteral("hr");
    truth.set = set.name;
    truth.count = int(set.pairs.size());
    std::vector<QImage> truthImages;
    for (const BenchmarkPair &pair : set.pairs)
        truthImages.push_back(pair.highResolution);
    measure(truth, truthImages);
    rows.push_back(truth);

    for (RestorationMethod *method : methods) {
        BenchmarkRow row;
        row.method = method->info().id;
        row.set = set.name;
        row.count = int(set.pairs.size());
        RestoreOptions options;
        options.scale = set.scale;
        options.device = device;
        options.stepDetails = false;
        std::vector<QImage> outputs;
        double seconds = 0;
        double nonTextSum = 0;
        int nonTextCount = 0;
        // Untimed first run: loading the model is not the method's speed.
        if (!set.pairs.empty())
            MethodRunner::run(*method, set.pairs.front().lowResolution, options, {}, CancelToken());
        for (const BenchmarkPair &pair : set.pairs) {
            options.knownWords.clear();
            for (const OcrTextBox &word : pair.words)
                options.knownWords.append(word.scaled(1.0 / set.scale));
            if (!set.sceneLevel && !pair.text.isEmpty()) {
                // A line's true text, over the whole crop (DiffTSR's reading=known).
                OcrTextBox line;
                line.text = pair.text;
                line.bounds = QRectF(QPointF(0, 0), QSizeF(pair.lowResolution.size()));
                line.quad = QPolygonF(line.bounds);
                line.confidence = 1.0;
                options.knownWords.append(line);
            }
            const RestoreResult result = MethodRunner::run(*method, pair.lowResolution, options, {}, CancelToken());
            if (result.status != RestoreResult::Status::Succeeded) {
                if (row.failures == 0 && log)
                    log(tr("%1 failed on %2: %3").arg(row.method, set.name, result.error));
                ++row.failures;
                outputs.emplace_back();
                continue;
            }
            seconds += result.seconds;
            if (!set.sceneLevel && result.values.contains(QStringLiteral("text"))) {
                ++row.ownTextCount;
                row.ownTextAccuracy += TextMetrics::isWordMatch(result.values.value(QStringLiteral("text")).toString(), pair.text) ? 1 : 0;
            }
            QImage image = result.image.convertToFormat(QImage::Format_RGB888);
            if (image.size() != pair.highResolution.size())
                image = image.scaled(pair.highResolution.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
            row.psnr += std::min(100.0, ImageMetrics::psnr(image, pair.highResolution));
            row.ssim += ImageMetrics::ssim(image, pair.highResolution);
            if (set.sceneLevel) {
                QList<QRect> words;
                for (const OcrTextBox &word : pair.words)
                    words << word.bounds.toAlignedRect().adjusted(-BenchmarkRow::kTextMargin, -BenchmarkRow::kTextMargin,
                                                                  BenchmarkRow::kTextMargin, BenchmarkRow::kTextMargin);
                const double outside = ImageMetrics::psnrOutside(image, pair.highResolution, words);
                if (std::isfinite(outside)) {
                    nonTextSum += std::min(100.0, outside);
                    ++nonTextCount;
                }
            }
            outputs.push_back(image);
        }
        const int restored = std::max(1, row.count - row.failures);
        row.psnr /= restored;
        row.ssim /= restored;
        if (nonTextCount > 0)
            row.nonTextPsnr = nonTextSum / nonTextCount;
        row.millisecondsPerCrop = 1000.0 * seconds / restored;
        if (row.ownTextCount > 0)
            row.ownTextAccuracy /= row.count; // crops that failed count as misread
        if (batchSize > 0 && !set.sceneLevel && !set.pairs.empty() && row.failures < row.count) {
            try {
                measureSpeed(*method, set, options, batchSize, row);
            } catch (const std::exception &e) {
                row.batchSize = 0;
                if (log)
                    log(tr("%1: the speed measurement at 64×16 failed: %2").arg(row.method, QString::fromLocal8Bit(e.what()).section(QLatin1Char('\n'), 0, 0)));
            }
        }
        if (!row.restoredNone())
            measure(row, outputs);
        rows.push_back(row);
        if (log)
            log(tr("%1 on %2 done.").arg(row.method, set.name));
    }
    return rows;
}
