#include "DiffTsrMethod.h"

#include "CharacterSet.h"
#include "CrnnModelFile.h"
#include "CtcBeamDecoder.h"
#include "DiffTsrModel.h"
#include "DiffTsrSampler.h"
#include "InputColours.h"
#include "LanguageModelFile.h"
#include "ModelLocator.h"
#include "ModelManifest.h"
#include "OcrTextBox.h"
#include "TensorImage.h"
#include "TextPriorFrames.h"
#include "TextSlots.h"
#include "TorchDevice.h"
#include "TrainingBatch.h"

#include <QElapsedTimer>
#include <QVariantList>

#include <cmath>
#include <optional>
#include <stdexcept>

namespace {

namespace F = torch::nn::functional;

// The networks were trained on 16-pixel-high lines (TextZoom's LR). Crops are brought to that
// height with their aspect ratio kept, padded on the right to a multiple of 8 (the IDM halves
// the size twice), and the padding is cut off again afterwards.
constexpr int modelHeight = 16;
constexpr int minimumWidth = 16;
constexpr int maximumWidth = 512;
constexpr double kDefaultEta = 0.2;
constexpr double kDefaultStart = 1.0;
constexpr double kDefaultTextStart = 1.0;
// Measured on 100 synth-medium / synth-hard lines: the final text read 52 / 35 % right at 0, 21 / 15 % at 1
// (and 3 / 4 % at 0.5); the restored image reads the same within a line or two.
constexpr double kDefaultTextTemperature = 0.0;
// Recognizer guidance, measured on 100 synth-medium / synth-hard lines (PP-OCR): 20 steps read 32 / 19 % without
// it, 48 / 31 % at 0.02 (50 / 33 % with the language reading); 0.05 and more read worse again.
constexpr double kDefaultGuidance = 0.02;

torch::Tensor resized(const torch::Tensor &image, int64_t height, int64_t width)
{
    return F::interpolate(image, F::InterpolateFuncOptions().size(std::vector<int64_t>{height, width})
                                     .mode(torch::kBicubic).align_corners(false)).clamp(0, 1);
}

torch::Tensor padded(const torch::Tensor &image, int64_t multiple)
{
    const int64_t height = image.size(2), width = image.size(3);
    const int64_t padHeight = (multiple - height % multiple) % multiple, padWidth = (multiple - width % multiple) % multiple;
    if (padHeight == 0 && padWidth == 0)
        return image;
    return F::pad(image, F::PadFuncOptions({0, padWidth, 0, padHeight}).mode(torch::kReplicate));
}

} // namespace

struct DiffTsrMethod::Private
{
    QString id = QStringLiteral("difftsr");
    QString displayName;
    QString manifestPath;
    QString recognizerManifest;
    std::optional<torch::Device> loadedOn;
    CrnnNet recognizer{nullptr};
    std::unique_ptr<DiffTsrModel> model;
    bool hasTextDiffusion = false;
    bool hasMixture = false;
    QString lastText;

    void load(const torch::Device &device)
    {
        if (loadedOn && *loadedOn == device)
            return;
        QString error;
        const QString path = manifestPath.isEmpty() ? ModelLocator::find(DiffTsrModel::manifestName(), &error) : manifestPath;
        if (path.isEmpty())
            throw std::runtime_error(error.toStdString());
        const QString crnnPath = recognizerManifest.isEmpty() ? ModelLocator::find(QStringLiteral("crnn.json"), &error) : recognizerManifest;
        if (crnnPath.isEmpty())
            throw std::runtime_error(error.toStdString());
        ModelManifest crnnManifest;
        CrnnNet crnn = CrnnModelFile::load(crnnPath, &crnnManifest);
        ModelManifest manifest;
        std::unique_ptr<DiffTsrModel> loaded = DiffTsrModel::load(path, crnnManifest.sha256, {QStringLiteral("idm")}, &manifest);
        hasTextDiffusion = DiffTsrModel::hasStage(manifest, QStringLiteral("tdm"));
        hasMixture = DiffTsrModel::hasStage(manifest, QStringLiteral("mom"));
        crnn->to(device);
        crnn->prepareAsFrozenLoss(); // recognizer guidance backpropagates through it (cuDNN's LSTM needs this)
        loaded->to(device);
        recognizer = crnn;
        model = std::move(loaded);
        loadedOn = device;
    }

    // The CRNN's T×B×C log-probabilities of a line, read at its 32-pixel training height.
    torch::Tensor readLine(const torch::Tensor &low)
    {
        const int64_t readWidth = std::max<int64_t>(4, int64_t(std::lround(32.0 * low.size(3) / low.size(2) / 4.0)) * 4);
        return recognizer->forward(resized(low, 32, readWidth));
    }

    // The gradient of the CRNN's CTC loss for `text` (B×slots) with respect to `image`, read at
    // the CRNN's 32-pixel height (recognizer guidance). Lines with no text get a zero gradient.
    torch::Tensor readingGradient(const torch::Tensor &image, const torch::Tensor &text)
    {
        std::vector<int64_t> targets, lengths;
        const torch::Tensor slots = text.to(torch::kCPU);
        for (int64_t b = 0; b < slots.size(0); ++b) {
            const QList<int> classes = CharacterSet::encode(TextSlots::decode(slots[b]));
            targets.insert(targets.end(), classes.begin(), classes.end());
            lengths.push_back(classes.size());
        }
        if (targets.empty())
            return torch::zeros_like(image);
        torch::AutoGradMode withGradients(true);
        const torch::Tensor input = image.detach().clone().requires_grad_(true);
        const torch::Tensor loss = CrnnNetImpl::ctcLoss(readLine(input), torch::tensor(targets, torch::kInt64),
                                                        torch::tensor(lengths, torch::kInt64));
        return torch::autograd::grad({loss}, {input})[0].detach();
    }

    // c_T: the CRNN's greedy reading of the line, or its beam-search reading with the character
    // language model, in slots. Without the language model installed the reading falls back to
    // the CRNN's own and `readingFallback` says why (the step captions show it): a missing word
    // list costs the correction, not the restore.
    QString readingFallback;
    torch::Tensor initialText(const torch::Tensor &lineReading, bool withLanguageModel)
    {
        QString error;
        const LanguageModelFile::Loaded *language = withLanguageModel ? LanguageModelFile::installed(&error) : nullptr;
        if (withLanguageModel && !language)
            readingFallback = error;
        if (!language)
            return TextSlots::encode({CrnnNetImpl::read(lineReading).value(0).text}, model->config.slots);
        const std::vector<QList<int>> read = TextPriorFrames::readings(lineReading, CtcBeamDecoder(&language->model, language->decoding));
        return TextSlots::encode({CharacterSet::decode(read.front())}, model->config.slots);
    }
};

DiffTsrMethod::DiffTsrMethod()
    : d(std::make_unique<Private>())
{
}

DiffTsrMethod::DiffTsrMethod(const QString &id, const QString &displayName, const QString &diffTsrManifest,
                             const QString &recognizerManifest)
    : d(std::make_unique<Private>())
{
    d->id = id;
    d->displayName = displayName;
    d->manifestPath = diffTsrManifest;
    d->recognizerManifest = recognizerManifest;
}

DiffTsrMethod::~DiffTsrMethod() = default;

MethodInfo DiffTsrMethod::info() const
{
    MethodInfo info;
    info.id = d->id;
    info.displayName = d->displayName.isEmpty() ? tr("DiffTSR (CVPR 2024)") : d->displayName;
    info.description = tr("Two diffusion models side by side: one restores the image while the other reads the text, "
                          "and at every step each guides the other. Watch the text settle as the noise goes down. "
                          "Made for single text lines; ×4 runs it twice.");
    info.scales = {2, 4};
    info.iterative = true;
    constexpr MethodParameter::Kind Real = MethodParameter::Kind::Real;
    const MethodParameter eta = MethodParameter::create(QStringLiteral("eta"), tr("DDIM η"),
        tr("Fresh noise added at each step: 0 is deterministic DDIM, 1 is the ancestral sampler"), Real, kDefaultEta, 0.0, 1.0);
    const MethodParameter mode = MethodParameter::create(QStringLiteral("mode"), tr("Mode"),
        tr("full: image and text diffusion together; idm-only: the authors' faster baseline, the text fixed to the first reading"),
        MethodParameter::Kind::Choice, QStringLiteral("full"), 0, 0, {QStringLiteral("full"), QStringLiteral("idm-only")});
    const MethodParameter start = MethodParameter::create(QStringLiteral("start"), tr("Start"),
        tr("Where the denoising starts, as a fraction of the full noise schedule: 1 starts from pure noise, "
           "lower values start from the noised bicubic image and keep more of the input"), Real, kDefaultStart, 0.05, 1.0);
    const MethodParameter textStart = MethodParameter::create(QStringLiteral("text-start"), tr("Text start"),
        tr("Where the text diffusion starts, as a fraction of the noise schedule: the recognizer's first "
           "reading is noised to that level, so lower values trust the reading more; 1 starts from noise"), Real, kDefaultTextStart, 0.0, 1.0);
    const MethodParameter textTemperature = MethodParameter::create(QStringLiteral("text-temperature"), tr("Text temperature"),
        tr("Randomness of each text step: 1 draws the next text from the model's distribution, 0 takes the likeliest "
           "characters"), Real, kDefaultTextTemperature, 0.0, 1.0);
    const MethodParameter reading = MethodParameter::create(QStringLiteral("reading"), tr("First reading"),
        tr("Where the first text comes from: crnn reads the line; language corrects that reading with a character "
           "language model of the training words; known takes the words that came with it (the benchmark's true "
           "text), to measure how much the image follows the text"),
        MethodParameter::Kind::Choice, QStringLiteral("language"), 0, 0,
        {QStringLiteral("crnn"), QStringLiteral("language"), QStringLiteral("known")});
    const MethodParameter guidance = MethodParameter::create(QStringLiteral("guidance"), tr("Recognizer guidance"),
        tr("How hard each step pushes the image toward what the recognizer would read as the current text "
           "(0: off); lets the text steer the picture"), Real, kDefaultGuidance, 0.0, 1.0);
    info.parameters = {eta, mode, start, textStart, textTemperature, reading, guidance, InputColours::parameter()};
    return info;
}

QVariantMap DiffTsrMethod::resultValues() const
{
    return {{QStringLiteral("text"), d->lastText}};
}

QImage DiffTsrMethod::restore(const QImage &crop, const RestoreOptions &options, const ComputeDevice &device,
                              const StepSink &onStep, const CancelToken &cancel)
{
    if (options.steps < 1 || options.steps > kMaximumSteps)
        throw std::runtime_error(tr("DiffTSR takes 1 to %1 steps (got %2).").arg(kMaximumSteps).arg(options.steps).toStdString());
    const QString mode = options.parameters.value(QStringLiteral("mode"), QStringLiteral("full")).toString();
    if (mode != QLatin1String("full") && mode != QLatin1String("idm-only"))
        throw std::runtime_error(tr("Unknown DiffTSR mode \"%1\"; choose full or idm-only.").arg(mode).toStdString());
    const double eta = MethodParameter::number(options.parameters, QStringLiteral("eta"), kDefaultEta, 0.0, 1.0, tr("DiffTSR's eta must be between 0 and 1."));
    const double start = MethodParameter::number(options.parameters, QStringLiteral("start"), kDefaultStart, 0.05, 1.0,
                                    tr("DiffTSR's start must be between 0.05 and 1."));
    const double textStart = MethodParameter::number(options.parameters, QStringLiteral("text-start"), kDefaultTextStart, 0.0, 1.0,
                                        tr("DiffTSR's text start must be between 0 and 1."));
    const double textTemperature = MethodParameter::number(options.parameters, QStringLiteral("text-temperature"), kDefaultTextTemperature,
                                        0.0, 1.0, tr("DiffTSR's text temperature must be between 0 and 1."));
    const double guidance = MethodParameter::number(options.parameters, QStringLiteral("guidance"), kDefaultGuidance, 0.0, 1.0,
                                        tr("DiffTSR's recognizer guidance must be between 0 and 1."));
    const QString reading = options.parameters.value(QStringLiteral("reading"), QStringLiteral("language")).toString();
    if (reading != QLatin1String("crnn") && reading != QLatin1String("language") && reading != QLatin1String("known"))
        throw std::runtime_error(tr("Unknown DiffTSR reading \"%1\"; choose crnn, language or known.").arg(reading).toStdString());
    QStringList knownWords;
    for (const OcrTextBox &word : options.knownWords)
        knownWords << word.text;
    if (reading == QLatin1String("known") && knownWords.join(QString()).trimmed().isEmpty())
        throw std::runtime_error(tr("DiffTSR's reading=known needs the line's words; only the benchmark gives them.").toStdString());
    const bool inputColours = InputColours::requested(options.parameters);
    const torch::Device torchDevice = TorchDevice::of(device);
    d->load(torchDevice);
    const bool full = mode == QLatin1String("full");
    if (full && !d->hasTextDiffusion)
        throw std::runtime_error(tr("The DiffTSR text diffusion model (training stage tdm) is not there yet; use mode idm-only.").toStdString());
    d->lastText.clear();
    d->readingFallback.clear();
    // Not InferenceMode: recognizer guidance takes gradients through the CRNN at every step.
    torch::NoGradGuard noGradients;

    const int passes = options.scale >= 4 ? 2 : 1;
    QImage current = crop.convertToFormat(QImage::Format_RGB888);
    torch::Tensor text;
    for (int pass = 0; pass < passes; ++pass) {
        // The first pass brings the crop to the trained line height; the second (×4) pass
        // enlarges the first pass's output as it is, at twice that height.
        const int height = pass == 0 ? modelHeight : current.height();
        const double aspect = double(current.width()) / std::max(1, current.height());
        const int width = std::clamp(int(std::lround(height * aspect)), minimumWidth, maximumWidth * (pass + 1));
        const QImage input = current.scaled(width, height, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        const torch::Tensor low = TrainingBatch::imageTensor(input).to(torchDevice);
        const torch::Tensor lineReading = d->readLine(low);
        if (pass == 0)
            text = reading == QLatin1String("known") ? TextSlots::encode({knownWords.join(QLatin1Char(' '))}, d->model->config.slots)
                                                     : d->initialText(lineReading, reading == QLatin1String("language"));
        // The reading the sampler's networks take (the TDM's tokens, the IDM's prior) is of the
        // padded line they see, so that its columns stay where the pixels are.
        const torch::Tensor paddedLow = padded(low, 8);
        const torch::Tensor sampledReading = paddedLow.sizes() == low.sizes() ? lineReading : d->readLine(paddedLow);

        DiffTsrSampler::Settings settings;
        settings.steps = options.steps;
        settings.eta = eta;
        settings.start = start;
        settings.textStart = textStart;
        settings.textTemperature = textTemperature;
        settings.seed = options.seed + quint64(pass);
        settings.textDiffusion = full;
        settings.mixture = d->hasMixture;
        settings.inputColours = inputColours;
        settings.recognizerGuidance = guidance;
        settings.recognizerGradient = [this](const torch::Tensor &image, const torch::Tensor &slots) {
            return d->readingGradient(image, slots);
        };
        QElapsedTimer timer;
        timer.start();
        const DiffTsrSampler::StepCallback report = [&](const DiffTsrSampler::Step &step) {
            if (!onStep)
                return;
            StepRecord record;
            record.index = pass * step.count + step.index;
            record.count = passes * step.count;
            record.image = TensorImage::toImage(step.estimate.slice(3, 0, 2 * width) * 255.0);
            const torch::Tensor probabilities = step.textProbabilities[0].to(torch::kCPU, torch::kFloat);
            const auto [best, classes] = probabilities.max(-1);
            QVariantList characterProbabilities;
            double sum = 0;
            for (int64_t k = 0; k < classes.size(0); ++k) {
                if (classes[k].item<int64_t>() == 0)
                    continue;
                characterProbabilities.append(double(best[k].item<float>()));
                sum += best[k].item<float>();
            }
            const QString reading = TextSlots::decode(classes);
            const double confidence = characterProbabilities.isEmpty() ? 0.0 : sum / characterProbabilities.size();
            record.values.insert(QStringLiteral("noiseLevel"), step.noiseLevel);
            record.values.insert(QStringLiteral("timestep"), step.t);
            record.values.insert(QStringLiteral("text"), reading);
            record.values.insert(QStringLiteral("charProbabilities"), characterProbabilities);
            record.values.insert(QStringLiteral("confidence"), confidence);
            record.values.insert(QStringLiteral("pass"), pass + 1);
            record.caption = full ? tr("Pass %1, step %2 of %3: t = %4, noise level %5; the text diffusion reads \"%6\" (confidence %7).")
                                        .arg(pass + 1).arg(step.index + 1).arg(step.count).arg(step.t)
                                        .arg(step.noiseLevel, 0, 'f', 3).arg(reading).arg(confidence, 0, 'f', 2)
                                  : tr("Pass %1, step %2 of %3: t = %4, noise level %5; the text is fixed to \"%6\".")
                                        .arg(pass + 1).arg(step.index + 1).arg(step.count).arg(step.t)
                                        .arg(step.noiseLevel, 0, 'f', 3).arg(reading);
            if (!d->readingFallback.isEmpty())
                record.caption += QLatin1Char(' ') + tr("The first reading is the recognizer's own: %1").arg(d->readingFallback);
            record.seconds = timer.nsecsElapsed() / 1e9;
            timer.restart();
            onStep(record);
        };
        const DiffTsrSampler::Result result = DiffTsrSampler::run(*d->model, paddedLow, text, sampledReading, settings, report, cancel);
        text = result.text;
        current = TensorImage::toImage(result.image.slice(2, 0, 2 * height).slice(3, 0, 2 * width) * 255.0);
    }
    d->lastText = TextSlots::decode(text[0]);
    const QSize target = crop.size() * options.scale;
    return current.size() == target ? current : current.scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}
