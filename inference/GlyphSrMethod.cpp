#include "GlyphSrMethod.h"

#include "CharacterSet.h"
#include "CrnnInference.h"
#include "CrnnModelFile.h"
#include "CtcBeamDecoder.h"
#include "GlyphSrInference.h"
#include "GlyphSrNet.h"
#include "InputColours.h"
#include "LanguageModelFile.h"
#include "MethodParameter.h"
#include "ModelLocator.h"
#include "ModelManifest.h"
#include "ModuleWeights.h"
#include "RestoreCancelled.h"
#include "TensorImage.h"
#include "TextPriorFrames.h"
#include "TorchDevice.h"
#include "TorchRuntime.h"
#include "TrainingBatch.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QVariantList>

#include <cmath>
#include <cstring>
#include <exception>
#include <map>
#include <optional>
#include <stdexcept>
#include <thread>

namespace {

namespace F = torch::nn::functional;

// The network was trained on 16-pixel-high lines (TextZoom's LR). Smaller crops are brought up
// to that height; taller ones are worked on at their own height up to the "height" option,
// because shrinking them to 16 pixels first would throw away detail that the bicubic baseline
// keeps. The aspect ratio is kept, widths in multiples of 4 (the recognizer's frame).
constexpr int modelHeight = 16;
// Measured on the real crops ×2 and ×4: working at up to 64 pixels read no better than 16 and
// lowered PSNR (23.94 against 24.14 dB on real-x2), so the network stays at its trained height.
constexpr int kDefaultWorkingHeight = 16;
constexpr int kMaximumWorkingHeight = 128;
constexpr int maximumAspect = 32;
// Crops per network call. On a CPU small batches keep a call's activations in the core's cache:
// 64×16 crops went at 120–123 crops/s in batches of 64 on this project's 2-core machine, at
// 126–138 in batches of 4 (16: 120, 8: 133, 1: 125; `bench --batch 64`). A GPU wants them all at once.
constexpr size_t maximumCpuBatch = 4;
constexpr size_t maximumGpuBatch = 64;

// The network input of one pass: a height from the trained line height up to a cap (the
// working height; for the second, ×4 pass at least twice the trained height, where the first
// pass leaves a 16-pixel line). Text far above the trained size comes out with doubled, outlined
// strokes, so a line whose input would have to shrink to half its height or less (the ×2 output
// no taller than what is there) gets no network pass: a null image, and the caller enlarges.
QImage passInput(const QImage &current, int pass, int workingHeight)
{
    const int cap = std::max(modelHeight << pass, workingHeight);
    const int height = std::clamp(current.height(), modelHeight, cap);
    if (2 * height <= current.height())
        return {};
    const double aspect = double(current.width()) / std::max(1, current.height());
    const int width = std::clamp(int(std::lround(height * aspect / 4.0)) * 4, 16, maximumAspect * height);
    return current.size() == QSize(width, height) ? current : current.scaled(width, height, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

QImage enlargedTwice(const QImage &image)
{
    return image.scaled(image.size() * 2, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

int workingHeightOf(const RestoreOptions &options)
{
    return MethodParameter::wholeNumber(options.parameters, QStringLiteral("height"), kDefaultWorkingHeight, modelHeight,
                                        kMaximumWorkingHeight,
                                        GlyphSrMethod::tr("GlyphSR's working height must be a whole number from %1 to %2.")
                                            .arg(modelHeight).arg(kMaximumWorkingHeight));
}

// Where the text prior comes from (the "reading" option).
enum class Reading { Recognizer, Language, Known };

Reading readingOf(const RestoreOptions &options)
{
    const QString value = options.parameters.value(QStringLiteral("reading"), QStringLiteral("crnn")).toString();
    if (value == QLatin1String("crnn"))
        return Reading::Recognizer;
    if (value == QLatin1String("language"))
        return Reading::Language;
    if (value == QLatin1String("known"))
        return Reading::Known;
    throw std::runtime_error(GlyphSrMethod::tr("Unknown GlyphSR reading \"%1\"; choose crnn, language or known.").arg(value).toStdString());
}

QImage grayImage(const torch::Tensor &map)
{
    const torch::Tensor bytes = (map.clamp(0, 1) * 255).round().to(torch::kUInt8).contiguous().cpu();
    QImage image(int(bytes.size(1)), int(bytes.size(0)), QImage::Format_Grayscale8);
    for (int y = 0; y < image.height(); ++y)
        std::memcpy(image.scanLine(y), bytes[y].data_ptr(), size_t(image.width()));
    return image;
}

} // namespace

struct GlyphSrMethod::Private
{
    QString id = QStringLiteral("glyphsr");
    QString displayName;
    QString glyphSrManifest;
    QString recognizerManifest;
    std::optional<torch::Device> loadedOn;
    std::optional<CrnnInference> recognizer;
    std::optional<GlyphSrInference> net;
    QString lastPrior;

    void load(const torch::Device &device)
    {
        if (loadedOn && *loadedOn == device)
            return;
        QString error;
        const QString glyphPath = glyphSrManifest.isEmpty() ? ModelLocator::find(QStringLiteral("glyphsr.json"), &error) : glyphSrManifest;
        if (glyphPath.isEmpty())
            throw std::runtime_error(error.toStdString());
        const QString crnnPath = recognizerManifest.isEmpty() ? ModelLocator::find(QStringLiteral("crnn.json"), &error) : recognizerManifest;
        if (crnnPath.isEmpty())
            throw std::runtime_error(error.toStdString());
        ModelManifest crnnManifest;
        CrnnNet crnn = CrnnModelFile::load(crnnPath, &crnnManifest);
        const ModelManifest manifest = ModelManifest::read(glyphPath);
        const QString weights = manifest.verify(glyphPath, QStringLiteral("glyphsr"),
                                                QJsonObject{{QStringLiteral("classes"), CharacterSet::classCount()},
                                                            {QStringLiteral("recognizerSha256"), crnnManifest.sha256}});
        GlyphSrNetImpl::Options options;
        const QJsonObject a = manifest.architecture;
        options.channels = a.value(QStringLiteral("channels")).toInt(options.channels);
        options.blocks = a.value(QStringLiteral("blocks")).toInt(options.blocks);
        options.slots = a.value(QStringLiteral("slots")).toInt(options.slots);
        options.classes = CharacterSet::classCount();
        options.priorChannels = a.value(QStringLiteral("priorChannels")).toInt(options.priorChannels);
        options.textPrior = a.value(QStringLiteral("textPrior")).toBool(true);
        options.glyphModules = a.value(QStringLiteral("glyphModules")).toBool(true);
        GlyphSrNet model(options);
        ModuleWeights::load(*model, weights);
        model->eval();
        crnn->to(device);
        model->to(device);
        recognizer.emplace(crnn);
        net.emplace(model);
        loadedOn = device;
    }

    // GlyphSR's text prior for each line of a batch: the CRNN's per-frame probabilities, or for
    // the language and known readings that text written onto the CRNN's frames, one-hot along
    // its best alignment (a text that does not fit keeps the CRNN's frames). `texts` gets each
    // line's text.
    torch::Tensor prior(const torch::Tensor &logProbabilities, Reading reading, const QList<int> &known, QStringList *texts) const
    {
        if (reading == Reading::Recognizer) {
            if (texts) {
                for (const OcrReading &r : CrnnNetImpl::read(logProbabilities))
                    texts->append(r.text);
            }
            return CrnnInference::probabilityMap(logProbabilities);
        }
        std::vector<QList<int>> chosen(size_t(logProbabilities.size(1)), known);
        if (reading == Reading::Language) {
            QString error;
            const LanguageModelFile::Loaded *language = LanguageModelFile::installed(&error);
            if (!language)
                throw std::runtime_error(GlyphSrMethod::tr("GlyphSR's reading=language needs the language model: %1").arg(error).toStdString());
            chosen = TextPriorFrames::readings(logProbabilities, CtcBeamDecoder(&language->model, language->decoding));
        }
        std::vector<bool> written;
        const torch::Tensor probabilities = TextPriorFrames::probabilities(logProbabilities, chosen, &written);
        if (texts) {
            const QList<OcrReading> own = CrnnNetImpl::read(logProbabilities);
            for (size_t b = 0; b < chosen.size(); ++b)
                texts->append(written[b] ? CharacterSet::decode(chosen[b]) : own.value(qsizetype(b)).text);
        }
        return probabilities;
    }

    // One pass over a batch of same-sized inputs (B×3×h×w in [0,1]): the ×2 images in [0,1].
    torch::Tensor enlarge(const torch::Tensor &low, bool inputColours, bool glyphOutputs, Reading reading, const QList<int> &known,
                          GlyphSrNetImpl::Output *output, torch::Tensor *recognizerLogProbabilities, QStringList *priorTexts) const
    {
        const torch::Tensor logProbabilities = recognizer->forward(CrnnInference::readableInput(low));
        GlyphSrNetImpl::Output out = net->forward(low, prior(logProbabilities, reading, known, priorTexts), glyphOutputs);
        // Input colours (InputColours): the correction swapped for its brightness. Measured on the
        // bench, the network's own colours lift PSNR on the synthetic sets (21.99 → 22.46 dB on
        // synth-medium) but not on the real crops (24.03 → 23.99 dB); word accuracy is within a point.
        const torch::Tensor restored = inputColours ? out.image - out.correction + InputColours::brightnessOnly(out.correction) : out.image;
        const torch::Tensor sr = restored.clamp(0, 1);
        if (output)
            *output = std::move(out);
        if (recognizerLogProbabilities)
            *recognizerLogProbabilities = logProbabilities;
        return sr;
    }
};

GlyphSrMethod::GlyphSrMethod()
    : d(std::make_unique<Private>())
{
}

GlyphSrMethod::GlyphSrMethod(const QString &id, const QString &displayName, const QString &glyphSrManifest,
                             const QString &recognizerManifest)
    : d(std::make_unique<Private>())
{
    d->id = id;
    d->displayName = displayName;
    d->glyphSrManifest = glyphSrManifest;
    d->recognizerManifest = recognizerManifest;
}

GlyphSrMethod::~GlyphSrMethod() = default;

MethodInfo GlyphSrMethod::info() const
{
    MethodInfo info;
    info.id = d->id;
    info.displayName = d->displayName.isEmpty() ? tr("GlyphSR (AAAI 2025)") : d->displayName;
    info.description = tr("A glyph-aware CNN: a text recognizer's reading guides every block, and a glyph perception "
                          "module finds each character's shape to sharpen it. Made for small text lines; ×4 runs it twice.");
    info.scales = {2, 4};
    info.iterative = false;
    info.parameters = {
        MethodParameter::create(
            QStringLiteral("height"), tr("Working height"),
            tr("Crops taller than the trained line height of %1 pixels are worked on at their own height up to this many "
               "pixels and brought down to it above; a crop at least twice as high is enlarged without the network").arg(modelHeight),
            MethodParameter::Kind::Integer, kDefaultWorkingHeight, modelHeight, kMaximumWorkingHeight),
        MethodParameter::create(
            QStringLiteral("reading"), tr("Text prior"),
            tr("What guides the network: crnn is the recognizer's own reading of the line; language corrects it with "
               "a character language model of the training words (the CRNN's beam search); known writes the line's "
               "true words, which only the benchmark has, to measure how much a right reading helps"),
            MethodParameter::Kind::Choice, QStringLiteral("crnn"), 0, 0,
            {QStringLiteral("crnn"), QStringLiteral("language"), QStringLiteral("known")}),
        InputColours::parameter()};
    return info;
}

QVariantMap GlyphSrMethod::resultValues() const
{
    return {{QStringLiteral("text"), d->lastPrior}};
}

QImage GlyphSrMethod::restore(const QImage &crop, const RestoreOptions &options, const ComputeDevice &device,
                              const StepSink &onStep, const CancelToken &cancel)
{
    const torch::Device torchDevice = TorchDevice::of(device);
    d->load(torchDevice);
    torch::InferenceMode inferenceMode;
    const TorchRuntime::ThreadLimit oneThread(1); // one crop: see ThreadLimit
    const int passes = options.scale >= 4 ? 2 : 1;
    const int workingHeight = workingHeightOf(options);
    const bool inputColours = InputColours::requested(options.parameters);
    const Reading reading = readingOf(options);
    QList<int> known;
    if (reading == Reading::Known) {
        QStringList words;
        for (const OcrTextBox &word : options.knownWords)
            words << word.text;
        known = CharacterSet::encode(words.join(QString()));
        if (known.isEmpty())
            throw std::runtime_error(tr("GlyphSR's reading=known needs the line's words; only the benchmark gives them.").toStdString());
    }
    d->lastPrior.clear();
    QImage current = crop.convertToFormat(QImage::Format_RGB888);
    for (int pass = 0; pass < passes; ++pass) {
        if (cancel.isCancelled())
            throw RestoreCancelled();
        QElapsedTimer timer;
        timer.start();
        // Every step record of a pass: its place, the image so far and the time it took.
        const auto report = [&](StepRecord &record) {
            record.index = pass;
            record.count = passes;
            record.image = current;
            record.seconds = timer.nsecsElapsed() / 1e9;
            onStep(record);
        };
        const QImage input = passInput(current, pass, workingHeight);
        if (input.isNull()) {
            current = enlargedTwice(current);
            if (onStep) {
                StepRecord record;
                record.caption = tr("Pass %1 of %2: ×2 without the network; the line is %3 pixels high, far above the %4 pixels "
                                    "it was trained on.").arg(pass + 1).arg(passes).arg(current.height() / 2).arg(modelHeight);
                report(record);
            }
            continue;
        }
        const torch::Tensor low = TrainingBatch::imageTensor(input).to(torchDevice);
        GlyphSrNetImpl::Output out;
        torch::Tensor logProbabilities;
        QStringList priorTexts;
        const torch::Tensor sr = d->enlarge(low, inputColours, options.stepDetails, reading, known, &out, &logProbabilities, &priorTexts);
        current = TensorImage::toImage(sr * 255.0);
        if (pass == 0)
            d->lastPrior = priorTexts.value(0);

        if (!onStep)
            continue;
        StepRecord record;
        if (options.stepDetails) {
            // The readings and masks are only for someone watching; the benchmark asks for none.
            const OcrReading before = CrnnNetImpl::read(logProbabilities).value(0);
            const torch::Tensor srAt32 = sr.size(2) == 32 ? sr
                : F::interpolate(sr, F::InterpolateFuncOptions()
                                         .size(std::vector<int64_t>{32, std::max<int64_t>(4, sr.size(3) * 32 / sr.size(2) / 4 * 4)})
                                         .mode(torch::kBicubic).align_corners(false)).clamp(0, 1);
            const OcrReading after = CrnnNetImpl::read(d->recognizer->forward(srAt32)).value(0);
            record.values.insert(QStringLiteral("readingInput"), before.text);
            record.values.insert(QStringLiteral("readingOutput"), after.text);
            record.values.insert(QStringLiteral("confidence"), after.confidence);
            if (out.lineLogits.defined()) {
                record.values.insert(QStringLiteral("lineMask"), grayImage(torch::sigmoid(out.lineLogits)[0][0]));
                const torch::Tensor characters = torch::sigmoid(out.characterLogits)[0].cpu();
                const torch::Tensor classProbabilities = torch::softmax(out.classLogits[0], 1).cpu();
                const torch::Tensor peaks = characters.amax({1, 2});
                QVariantList masks;
                QStringList labels;
                QString slotText;
                for (int64_t k = 0; k < characters.size(0); ++k) {
                    const auto [probability, cls] = classProbabilities[k].max(0);
                    const int classIndex = int(cls.item<int64_t>());
                    if (classIndex == 0 || peaks[k].item<float>() < 0.3f)
                        continue;
                    masks.append(grayImage(characters[k]));
                    labels.append(QStringLiteral("%1 %2").arg(CharacterSet::character(classIndex)).arg(probability.item<float>(), 0, 'f', 2));
                    slotText.append(CharacterSet::character(classIndex));
                }
                record.values.insert(QStringLiteral("charMasks"), masks);
                record.values.insert(QStringLiteral("charLabels"), labels);
                record.values.insert(QStringLiteral("glyphReading"), slotText);
            }
            record.values.insert(QStringLiteral("textPrior"), priorTexts.value(0));
            record.caption = tr("Pass %1 of %2: ×2 at %3×%4; the recognizer read \"%5\" before and \"%6\" after.")
                                 .arg(pass + 1).arg(passes).arg(input.width()).arg(input.height()).arg(before.text, after.text);
            if (priorTexts.value(0) != before.text)
                record.caption += QLatin1Char(' ') + tr("The network was guided by \"%1\".").arg(priorTexts.value(0));
        } else {
            record.caption = tr("Pass %1 of %2: ×2 at %3×%4.").arg(pass + 1).arg(passes).arg(input.width()).arg(input.height());
        }
        report(record);
    }
    const QSize target = crop.size() * options.scale;
    return current.size() == target ? current : current.scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

std::vector<QImage> GlyphSrMethod::restoreBatch(const std::vector<QImage> &crops, const RestoreOptions &options,
                                                const ComputeDevice &device, const CancelToken &cancel)
{
    const torch::Device torchDevice = TorchDevice::of(device);
    d->load(torchDevice);
    // On a CPU the cores share the batch, each with its own part on one thread: per-operation
    // threading makes every operation wait for the slowest core, which costs the most exactly
    // when other programs keep a core busy (see TorchRuntime::ThreadLimit).
    const size_t workers = torchDevice.is_cpu() ? size_t(std::max(1, torch::get_num_threads())) : 1;
    const int passes = options.scale >= 4 ? 2 : 1;
    const int workingHeight = workingHeightOf(options);
    const bool inputColours = InputColours::requested(options.parameters);
    const Reading reading = readingOf(options);
    if (reading == Reading::Known)
        throw std::runtime_error(tr("GlyphSR's reading=known takes one crop at a time (each has its own words).").toStdString());
    std::vector<QImage> current;
    current.reserve(crops.size());
    for (const QImage &crop : crops)
        current.push_back(crop.convertToFormat(QImage::Format_RGB888));
    for (int pass = 0; pass < passes; ++pass) {
        // Batches need one size: group the crops by the size of their network input, then cut
        // each group into parts of at most maximumBatch, as many parts as workers where it can.
        const size_t maximumBatch = torchDevice.is_cpu() ? maximumCpuBatch : maximumGpuBatch;
        std::vector<QImage> inputs;
        inputs.reserve(current.size());
        std::map<std::pair<int, int>, std::vector<size_t>> groups;
        for (size_t i = 0; i < current.size(); ++i) {
            inputs.push_back(passInput(current[i], pass, workingHeight));
            if (inputs[i].isNull())
                current[i] = enlargedTwice(current[i]);
            else
                groups[{inputs[i].width(), inputs[i].height()}].push_back(i);
        }
        std::vector<std::vector<size_t>> parts;
        for (const auto &[size, members] : groups) {
            const size_t count = std::max((members.size() + maximumBatch - 1) / maximumBatch, std::min(workers, members.size()));
            for (size_t part = 0; part < count; ++part) {
                const size_t start = members.size() * part / count, end = members.size() * (part + 1) / count;
                parts.emplace_back(members.begin() + qsizetype(start), members.begin() + qsizetype(end));
            }
        }
        const auto work = [&](size_t worker, size_t stride) {
            const TorchRuntime::ThreadLimit oneThread(torchDevice.is_cpu() ? 1 : 0);
            torch::InferenceMode inferenceMode;
            for (size_t p = worker; p < parts.size(); p += stride) {
                if (cancel.isCancelled())
                    throw RestoreCancelled();
                std::vector<torch::Tensor> tensors;
                for (size_t index : parts[p])
                    tensors.push_back(TrainingBatch::imageTensor(inputs[index]));
                const torch::Tensor bytes = d->enlarge(torch::cat(tensors).to(torchDevice), inputColours, false, reading, {}, nullptr, nullptr, nullptr) * 255.0;
                for (size_t m = 0; m < parts[p].size(); ++m)
                    current[parts[p][m]] = TensorImage::toImage(bytes.narrow(0, int64_t(m), 1));
            }
        };
        const size_t threads = std::min(workers, parts.size());
        if (threads <= 1) {
            work(0, 1);
            continue;
        }
        std::vector<std::exception_ptr> failures(threads);
        std::vector<std::thread> pool;
        for (size_t t = 0; t < threads; ++t) {
            pool.emplace_back([&, t] {
                try {
                    work(t, threads);
                } catch (...) {
                    failures[t] = std::current_exception();
                }
            });
        }
        for (std::thread &thread : pool)
            thread.join();
        for (const std::exception_ptr &failure : failures) {
            if (failure)
                std::rethrow_exception(failure);
        }
    }
    std::vector<QImage> results;
    results.reserve(crops.size());
    for (size_t i = 0; i < crops.size(); ++i) {
        const QSize target = crops[i].size() * options.scale;
        results.push_back(current[i].size() == target ? current[i] : current[i].scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
    }
    return results;
}
