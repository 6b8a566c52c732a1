#include "GlyphSrTrainer.h"

#include "CharacterSet.h"
#include "CrnnInference.h"
#include "CrnnModelFile.h"
#include "GlyphSrNet.h"
#include "LanguageModelFile.h"
#include "MachineDescription.h"
#include "ModelManifest.h"
#include "ModuleWeights.h"
#include "SeededRandom.h"
#include "TextMetrics.h"
#include "TextPriorFrames.h"
#include "TorchDevice.h"
#include "TorchRuntime.h"
#include "TrainingBatch.h"
#include "TrainingData.h"
#include "TrainingSession.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>
#include <optional>
#include <stdexcept>

namespace {

namespace F = torch::nn::functional;

torch::Tensor resized(const torch::Tensor &image, int64_t height, int64_t width)
{
    return F::interpolate(image, F::InterpolateFuncOptions().size(std::vector<int64_t>{height, width})
                                     .mode(torch::kBicubic).align_corners(false)).clamp(0, 1);
}

torch::Tensor gradientMagnitude(const torch::Tensor &image)
{
    const torch::Tensor dx = image.slice(3, 1) - image.slice(3, 0, -1);
    const torch::Tensor dy = image.slice(2, 1) - image.slice(2, 0, -1);
    return torch::sqrt(dx.slice(2, 0, -1).pow(2) + dy.slice(3, 0, -1).pow(2) + 1e-6);
}

struct Validation
{
    double psnrSr = 0, psnrBicubic = 0, accuracySr = 0, accuracyBicubic = 0;
    double accuracyLanguage = 0; // with the language model's reading as the prior (−1 returned without a model)
    double focusSr = 0, focusBicubic = 0; // read by the text-focus recognizer (−1 returned when it is the prior's)
};

Validation validate(GlyphSrNet &net, CrnnNet &recognizer, const std::vector<TextLineSample> &samples, const torch::Device &device,
                    const LanguageModelFile::Loaded *language, CrnnNet *focus)
{
    torch::NoGradGuard noGrad;
    net->eval();
    Validation v;
    const size_t count = std::min<size_t>(samples.size(), 384);
    for (size_t begin = 0; begin < count; begin += 64) {
        std::vector<size_t> indices;
        for (size_t i = begin; i < std::min(count, begin + 64); ++i)
            indices.push_back(i);
        const TrainingBatch batch = TrainingBatch::build(samples, indices, 1).to(device);
        const int64_t H = batch.highResolution.size(2), W = batch.highResolution.size(3);
        const torch::Tensor bicubic = resized(batch.lowResolution, H, W);
        const torch::Tensor logProbabilities = recognizer->forward(bicubic);
        const torch::Tensor sr = net->forward(batch.lowResolution, CrnnInference::probabilityMap(logProbabilities)).image.clamp(0, 1);
        const auto psnr = [&](const torch::Tensor &a) {
            const torch::Tensor mse = (a - batch.highResolution).pow(2).mean({1, 2, 3}).clamp_min(1e-10);
            return (-10.0 * torch::log10(mse)).sum().item<double>();
        };
        v.psnrSr += psnr(sr);
        v.psnrBicubic += psnr(bicubic);
        if (language) {
            const torch::Tensor prior = TextPriorFrames::probabilities(
                logProbabilities, TextPriorFrames::readings(logProbabilities, CtcBeamDecoder(&language->model, language->decoding)));
            const QList<OcrReading> readings = CrnnNetImpl::read(recognizer->forward(net->forward(batch.lowResolution, prior).image.clamp(0, 1)));
            for (size_t i = 0; i < indices.size(); ++i)
                v.accuracyLanguage += TextMetrics::isWordMatch(readings[qsizetype(i)].text, batch.texts[i]) ? 1 : 0;
        }
        const auto countRight = [&](const torch::Tensor &logProbabilities, double &right) {
            const QList<OcrReading> readings = CrnnNetImpl::read(logProbabilities);
            for (size_t i = 0; i < indices.size(); ++i)
                right += TextMetrics::isWordMatch(readings[qsizetype(i)].text, batch.texts[i]) ? 1 : 0;
        };
        countRight(recognizer->forward(sr), v.accuracySr);
        countRight(logProbabilities, v.accuracyBicubic);
        if (focus) {
            countRight((*focus)->forward(sr), v.focusSr);
            countRight((*focus)->forward(bicubic), v.focusBicubic);
        }
    }
    net->train();
    const double n = std::max<size_t>(1, count);
    return {v.psnrSr / n, v.psnrBicubic / n, v.accuracySr / n, v.accuracyBicubic / n, language ? v.accuracyLanguage / n : -1,
            focus ? v.focusSr / n : -1, focus ? v.focusBicubic / n : -1};
}

} // namespace

void GlyphSrTrainer::train(const Options &options, const std::function<void(const QString &)> &log)
{
    QString error;
    const auto device = TorchRuntime::resolveDevice(options.device, &error);
    if (!device)
        throw std::runtime_error(error.toStdString());
    const torch::Device torchDevice = TorchDevice::of(*device);
    TrainingSession session(options.outputFolder, log);
    ModelManifest recognizerManifest;
    CrnnNet recognizer = CrnnModelFile::loadFrozenLoss(options.recognizerManifest, torchDevice, &recognizerManifest);
    ModelManifest focusManifest;
    std::optional<CrnnNet> focusRecognizer;
    if (!options.focusRecognizerManifest.isEmpty())
        focusRecognizer = CrnnModelFile::loadFrozenLoss(options.focusRecognizerManifest, torchDevice, &focusManifest);
    CrnnNet &focus = focusRecognizer ? *focusRecognizer : recognizer;
    const TrainingData data = TrainingData::load(options.dataFolders, 384);
    session.message(tr("GlyphSR: %1 training and %2 validation samples; %3.")
                        .arg(data.training().size()).arg(data.validation().size()).arg(TorchRuntime::describe(*device)));

    std::optional<LanguageModelFile::Loaded> language;
    if (options.priorLanguageShare > 0 || !options.languageModelManifest.isEmpty()) {
        if (options.languageModelManifest.isEmpty())
            throw std::runtime_error(tr("A language-model prior needs the language model's manifest (language-model.json).").toStdString());
        language.emplace(LanguageModelFile::load(options.languageModelManifest));
    }

    torch::manual_seed(options.seed);
    GlyphSrNetImpl::Options architecture;
    architecture.channels = options.channels;
    architecture.blocks = options.blocks;
    architecture.classes = CharacterSet::classCount();
    architecture.textPrior = options.textPrior;
    architecture.glyphModules = options.glyphModules;
    QString startWeights;
    if (!options.startFrom.isEmpty()) {
        const QString path = QDir(options.startFrom).filePath(QStringLiteral("glyphsr.json"));
        const ModelManifest start = ModelManifest::read(path);
        startWeights = start.verify(path, QStringLiteral("glyphsr"), QJsonObject{{QStringLiteral("classes"), CharacterSet::classCount()},
                                                                               {QStringLiteral("recognizerSha256"), recognizerManifest.sha256}});
        const QJsonObject a = start.architecture;
        architecture.channels = a.value(QStringLiteral("channels")).toInt(architecture.channels);
        architecture.blocks = a.value(QStringLiteral("blocks")).toInt(architecture.blocks);
        architecture.slots = a.value(QStringLiteral("slots")).toInt(architecture.slots);
        architecture.priorChannels = a.value(QStringLiteral("priorChannels")).toInt(architecture.priorChannels);
        architecture.textPrior = a.value(QStringLiteral("textPrior")).toBool(true);
        architecture.glyphModules = a.value(QStringLiteral("glyphModules")).toBool(true);
    }
    GlyphSrNet net(architecture);
    if (!startWeights.isEmpty()) {
        ModuleWeights::load(*net, startWeights);
        session.message(tr("GlyphSR: starting from the weights in %1.").arg(options.startFrom));
    }
    net->to(torchDevice);
    torch::optim::Adam optimizer(net->parameters(), torch::optim::AdamOptions(options.learningRate).betas({0.9, 0.999}));
    const int start = session.resume(*net, optimizer);
    session.message(tr("GlyphSR: %1 parameters.").arg(ModuleWeights::parameterCount(*net)));

    const QStringList terms{QStringLiteral("total"), QStringLiteral("pixel"), QStringLiteral("gradient"),
                            QStringLiteral("ctc"), QStringLiteral("distill"), QStringLiteral("line"),
                            QStringLiteral("char"), QStringLiteral("class"), QStringLiteral("seconds")};
    std::vector<double> sums(size_t(terms.size() - 1), 0.0);
    int sumCount = 0;
    Validation last;
    QElapsedTimer timer;
    timer.start();
    for (int step = start; step < options.steps; ++step) {
        const double lr = step < options.steps * 3 / 4 ? options.learningRate : options.learningRate * 0.1;
        for (auto &group : optimizer.param_groups())
            static_cast<torch::optim::AdamOptions &>(group.options()).lr(lr);
        SeededRandom random = SeededRandom::forStream(options.seed, quint64(step));
        const TrainingBatch batch = TrainingBatch::build(data.training(), data.drawBatch(random, options.batchSize),
                                                         architecture.slots).to(torchDevice);
        const torch::Tensor &hr = batch.highResolution;
        const int64_t H = hr.size(2), W = hr.size(3), h = batch.lowResolution.size(2), w = batch.lowResolution.size(3);
        torch::Tensor probabilities;
        {
            torch::NoGradGuard noGrad;
            const torch::Tensor logProbabilities = recognizer->forward(resized(batch.lowResolution, H, W));
            // Which lines get a written text, from the step's own stream (a resumed run draws the same).
            std::vector<QList<int>> texts(batch.texts.size());
            std::vector<int64_t> languageLines;
            for (size_t i = 0; i < texts.size(); ++i) {
                const double pick = random.uniform();
                if (pick < options.priorTruthShare)
                    texts[i] = CharacterSet::encode(batch.texts[i]);
                else if (pick < options.priorTruthShare + options.priorLanguageShare)
                    languageLines.push_back(int64_t(i));
            }
            if (!languageLines.empty()) {
                const torch::Tensor index = torch::tensor(languageLines).to(logProbabilities.device());
                const std::vector<QList<int>> read = TextPriorFrames::readings(logProbabilities.index_select(1, index),
                                                                               CtcBeamDecoder(&language->model, language->decoding));
                for (size_t k = 0; k < languageLines.size(); ++k)
                    texts[size_t(languageLines[k])] = read[k];
            }
            probabilities = TextPriorFrames::probabilities(logProbabilities, texts);
        }
        const GlyphSrNetImpl::Output out = net->forward(batch.lowResolution, probabilities);

        // L_sr: pixels, edges, and the text-focus terms from the frozen recognizer.
        const torch::Tensor pixel = F::mse_loss(out.image, hr);
        const torch::Tensor gradient = F::l1_loss(gradientMagnitude(out.image), gradientMagnitude(hr));
        const torch::Tensor srLog = focus->forward(out.image);
        const torch::Tensor ctc = CrnnNetImpl::ctcLoss(srLog, batch.targets, batch.targetLengths);
        torch::Tensor hrProbabilities;
        {
            torch::NoGradGuard noGrad;
            hrProbabilities = focus->forward(hr).exp();
        }
        const torch::Tensor distill = F::l1_loss(srLog.exp(), hrProbabilities);
        torch::Tensor total = 20.0 * pixel + 2.0 * gradient + options.textFocusWeight * (ctc + 50.0 * distill);

        // L_glyph against the renderer's exact masks, at the LR size the GPM works at.
        torch::Tensor line = torch::zeros({}, hr.options()), character = line, classification = line;
        if (options.glyphModules) {
            const torch::Tensor lineTarget = F::adaptive_avg_pool2d(batch.lineMask, F::AdaptiveAvgPool2dFuncOptions({h, w}));
            const torch::Tensor charTarget = F::adaptive_avg_pool2d(batch.characterMasks, F::AdaptiveAvgPool2dFuncOptions({h, w}));
            line = F::mse_loss(torch::sigmoid(out.lineLogits), lineTarget);
            character = F::mse_loss(torch::sigmoid(out.characterLogits), charTarget);
            classification = F::cross_entropy(out.classLogits.reshape({-1, architecture.classes}), batch.slotClasses.reshape({-1}));
            total = total + 2.0 * (line + character) + 0.05 * classification;
        }
        optimizer.zero_grad();
        total.backward();
        torch::nn::utils::clip_grad_norm_(net->parameters(), 1.0);
        optimizer.step();

        const double values[] = {total.item<double>(), pixel.item<double>(), gradient.item<double>(), ctc.item<double>(),
                                 distill.item<double>(), line.item<double>(), character.item<double>(), classification.item<double>()};
        for (size_t i = 0; i < sums.size(); ++i)
            sums[i] += values[i];
        ++sumCount;
        const int done = step + 1;
        if (done % 50 == 0 || done == options.steps) {
            std::vector<double> row;
            for (const double sum : sums)
                row.push_back(sum / sumCount);
            row.push_back(timer.elapsed() / 1000.0);
            session.record(done, terms, row);
            session.message(tr("GlyphSR step %1/%2: loss %3 (pixel %4, ctc %5, class %6), %7 s/step")
                                .arg(done).arg(options.steps).arg(row[0], 0, 'f', 4).arg(row[1], 0, 'f', 5)
                                .arg(row[3], 0, 'f', 3).arg(row[7], 0, 'f', 3)
                                .arg(timer.elapsed() / 1000.0 / (done - start), 0, 'f', 3));
            std::fill(sums.begin(), sums.end(), 0.0);
            sumCount = 0;
        }
        if (done % options.checkpointEvery == 0 || done == options.steps) {
            last = validate(net, recognizer, data.validation(), torchDevice, language ? &*language : nullptr,
                            focusRecognizer ? &*focusRecognizer : nullptr);
            session.checkpoint(done, *net, optimizer);
            session.message(tr("GlyphSR step %1: validation PSNR %2 dB (bicubic %3), CRNN word accuracy %4% (bicubic %5%); checkpoint written.")
                                .arg(done).arg(last.psnrSr, 0, 'f', 2).arg(last.psnrBicubic, 0, 'f', 2)
                                .arg(last.accuracySr * 100, 0, 'f', 1).arg(last.accuracyBicubic * 100, 0, 'f', 1));
            if (language)
                session.message(tr("GlyphSR step %1: with the language model's reading as prior, CRNN word accuracy %2% (validation "
                                   "lines use training words, which the language model has counted).")
                                    .arg(done).arg(last.accuracyLanguage * 100, 0, 'f', 1));
            if (focusRecognizer)
                session.message(tr("GlyphSR step %1: the text-focus recognizer reads %2% (bicubic %3%).")
                                    .arg(done).arg(last.focusSr * 100, 0, 'f', 1).arg(last.focusBicubic * 100, 0, 'f', 1));
        }
    }

    const QString weights = session.path(QStringLiteral("glyphsr.pt"));
    ModuleWeights::save(*net, weights);
    ModelManifest manifest;
    manifest.model = QStringLiteral("glyphsr");
    manifest.weightsFile = QStringLiteral("glyphsr.pt");
    manifest.sha256 = ModelManifest::sha256Of(weights);
    QJsonObject arch;
    arch.insert(QStringLiteral("channels"), architecture.channels);
    arch.insert(QStringLiteral("blocks"), architecture.blocks);
    arch.insert(QStringLiteral("slots"), architecture.slots);
    arch.insert(QStringLiteral("classes"), architecture.classes);
    arch.insert(QStringLiteral("priorChannels"), architecture.priorChannels);
    arch.insert(QStringLiteral("textPrior"), architecture.textPrior);
    arch.insert(QStringLiteral("glyphModules"), architecture.glyphModules);
    arch.insert(QStringLiteral("recognizerSha256"), recognizerManifest.sha256);
    arch.insert(QStringLiteral("parameters"), double(ModuleWeights::parameterCount(*net)));
    manifest.architecture = arch;
    QJsonObject training;
    training.insert(QStringLiteral("data"), QJsonArray::fromStringList(options.dataFolders));
    training.insert(QStringLiteral("steps"), options.steps);
    training.insert(QStringLiteral("batchSize"), options.batchSize);
    training.insert(QStringLiteral("seed"), QString::number(options.seed));
    training.insert(QStringLiteral("learningRate"), options.learningRate);
    training.insert(QStringLiteral("textFocusWeight"), options.textFocusWeight);
    if (focusRecognizer) {
        training.insert(QStringLiteral("textFocusRecognizerSha256"), focusManifest.sha256);
        training.insert(QStringLiteral("validationFocusAccuracy"), last.focusSr);
        training.insert(QStringLiteral("validationFocusAccuracyBicubic"), last.focusBicubic);
    }
    if (!options.startFrom.isEmpty())
        training.insert(QStringLiteral("startedFrom"), options.startFrom);
    training.insert(QStringLiteral("priorTruthShare"), options.priorTruthShare);
    training.insert(QStringLiteral("priorLanguageShare"), options.priorLanguageShare);
    if (language)
        training.insert(QStringLiteral("validationCrnnAccuracyLanguagePrior"), last.accuracyLanguage);
    training.insert(QStringLiteral("device"), TorchRuntime::describe(*device));
    training.insert(QStringLiteral("machine"), MachineDescription::text());
    training.insert(QStringLiteral("validationPsnr"), last.psnrSr);
    training.insert(QStringLiteral("validationPsnrBicubic"), last.psnrBicubic);
    training.insert(QStringLiteral("validationCrnnAccuracy"), last.accuracySr);
    training.insert(QStringLiteral("validationCrnnAccuracyBicubic"), last.accuracyBicubic);
    manifest.training = training;
    manifest.scaleNote = tr("GlyphSR at %1 parameters (the paper's model has 4.7M), trained from scratch on synthetic "
                            "lines; 1×9/9×1 depthwise convolutions replace the BiGRUs; the text prior comes from "
                            "GlyphLab's own CRNN; glyph masks come from the renderer instead of SAM.")
                             .arg(ModuleWeights::parameterCount(*net));
    if (!manifest.write(session.path(QStringLiteral("glyphsr.json")), &error))
        throw std::runtime_error(error.toStdString());
    session.message(tr("GlyphSR written to %1.").arg(weights));
}
