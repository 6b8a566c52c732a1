#include "DiffTsrTrainer.h"

#include "CharacterSet.h"
#include "CrnnModelFile.h"
#include "DiffTsrModel.h"
#include "MachineDescription.h"
#include "ModelManifest.h"
#include "ModuleWeights.h"
#include "SeededRandom.h"
#include "TextMetrics.h"
#include "TextSlots.h"
#include "TorchDevice.h"
#include "TorchRuntime.h"
#include "TrainingBatch.h"
#include "TrainingData.h"
#include "TrainingSession.h"

#include <ATen/CPUGeneratorImpl.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <array>
#include <cmath>
#include <stdexcept>

namespace {

namespace F = torch::nn::functional;

// The paper's OCR-loss weight is 0.02 against a latent-noise L2; here the L2 is on the ×4 residual
// (16× the pixel MSE) and at 0.02 the IDM learned nothing from its text (2026-12-07).
constexpr double ctcWeight = 0.1;
constexpr double crossEntropyWeight = 0.5;
constexpr double tdmWeightInMom = 0.1; // the paper's L_MoM = L_IDM + 0.1·L_TDM
// The IDM stage's text condition is the true line for this share of the batch and the
// recognizer's reading of the LR for the rest. Given the noised text c_t instead (as before
// 2026-12-07) the IDM learned to ignore it: c_t is noise where the image is uncertain and
// redundant where it is not. The reading teaches it that the text can be wrong.
constexpr double idmTruthShare = 0.5;
// For this share of the IDM stage's batch the recognizer's reading prior is withheld (uniform), so
// that the text drawn over the line is its only lined-up text: beside the prior, text lined up
// with the columns is nearly redundant where the prior is right (as classes on the recognizer's
// frames, 2500 steps left the IDM drawing the same with the true line as with the reading).
constexpr double idmReadingDropout = 0.5;
constexpr int validationCount = 128;

torch::Tensor enlarged(const torch::Tensor &image, int64_t height, int64_t width)
{
    return F::interpolate(image, F::InterpolateFuncOptions().size(std::vector<int64_t>{height, width})
                                     .mode(torch::kBicubic).align_corners(false)).clamp(0, 1);
}

// One batch with everything the three stages need, noised at a per-item timestep.
struct NoisedBatch
{
    torch::Tensor low, high, bicubic;
    torch::Tensor residual, residualT; // scaled: r0 and r_t
    torch::Tensor text, textT;         // c0 and c_t (B×slots)
    torch::Tensor t;                   // B int64
    torch::Tensor reading;             // the frozen recognizer's T×B×C log-probabilities of the bicubic line
    torch::Tensor readingText;         // its greedy reading in slots (B×slots)
    torch::Tensor targets, targetLengths;
    std::vector<QString> texts;
};

NoisedBatch noisedBatch(const DiffTsrModel &model, CrnnNet &recognizer, const std::vector<TextLineSample> &samples,
                        const std::vector<size_t> &indices, const std::vector<int64_t> &timesteps, at::Generator generator,
                        const torch::Device &device)
{
    const TrainingBatch batch = TrainingBatch::build(samples, indices, 1).to(device);
    NoisedBatch n;
    n.low = batch.lowResolution;
    n.high = batch.highResolution;
    n.bicubic = enlarged(n.low, n.high.size(2), n.high.size(3));
    {
        torch::NoGradGuard noGrad;
        const torch::Tensor reading = recognizer->forward(n.bicubic);
        std::vector<QString> readTexts;
        for (const OcrReading &line : CrnnNetImpl::read(reading))
            readTexts.push_back(line.text);
        n.readingText = TextSlots::encode(readTexts, model.config.slots).to(device);
        n.reading = reading; // encoders built without reading tokens or prior leave it unused
    }
    n.residual = (n.high - n.bicubic) * model.config.residualScale;
    n.t = torch::tensor(timesteps, torch::kInt64).to(device);
    const torch::Tensor noise = torch::randn(n.residual.sizes(), generator, torch::kFloat).to(device);
    n.residualT = model.imageDiffusion.sample(n.residual, n.t, noise);
    n.text = TextSlots::encode(batch.texts, model.config.slots).to(device);
    const MultinomialDiffusion &textDiffusion = model.textDiffusion;
    n.textT = MultinomialDiffusion::sample(textDiffusion.logMarginal(textDiffusion.logOneHot(n.text), n.t), generator);
    n.targets = batch.targets;
    n.targetLengths = batch.targetLengths;
    n.texts = batch.texts;
    return n;
}

struct ImageLoss
{
    torch::Tensor total, mse, ctc, estimate; // estimate: x̂0 in [0,1]-ish
};

ImageLoss imageLoss(const DiffTsrModel &model, CrnnNet &recognizer, const NoisedBatch &n, const torch::Tensor &predicted)
{
    ImageLoss loss;
    loss.mse = F::mse_loss(predicted, n.residual);
    loss.estimate = n.bicubic + predicted / model.config.residualScale;
    const torch::Tensor logProbabilities = recognizer->forward(loss.estimate);
    loss.ctc = CrnnNetImpl::ctcLoss(logProbabilities, n.targets, n.targetLengths);
    loss.total = loss.mse + ctcWeight * loss.ctc;
    return loss;
}

struct TextLoss
{
    torch::Tensor total, bound, crossEntropy;
};

TextLoss textLoss(const DiffTsrModel &model, const NoisedBatch &n, const torch::Tensor &logPredicted)
{
    const MultinomialDiffusion &diffusion = model.textDiffusion;
    const torch::Tensor logXt = diffusion.logOneHot(n.textT);
    const torch::Tensor logX0 = diffusion.logOneHot(n.text);
    const torch::Tensor logTrue = diffusion.logPosterior(logXt, logX0, n.t);
    const torch::Tensor logModel = diffusion.logPosterior(logXt, logPredicted, n.t);
    const torch::Tensor kl = (logTrue.exp() * (logTrue - logModel)).sum(-1);      // B×slots
    const torch::Tensor decoderNll = -(logX0.exp() * logModel).sum(-1);           // −log p(c0|c1) at t = 0
    const torch::Tensor first = n.t.eq(0).unsqueeze(1).expand_as(kl);
    TextLoss loss;
    loss.bound = torch::where(first, decoderNll, kl).mean();
    loss.crossEntropy = F::nll_loss(logPredicted.reshape({-1, logPredicted.size(-1)}), n.text.reshape({-1}));
    loss.total = loss.bound + crossEntropyWeight * loss.crossEntropy;
    return loss;
}

constexpr int validationTimes = 5; // t = 100, 300, 500, 700, 900 (of 1000)

struct Validation
{
    double imageMse = 0, psnr = 0, psnrBicubic = 0, crnnAccuracy = 0, textAccuracy = 0;
    // The same word accuracies at each validation t: a TDM that copies c_t scores well at low t
    // and poorly at high t, where sampling starts.
    std::array<double, validationTimes> crnnAccuracyByTime{}, textAccuracyByTime{};
    // idm stage: the IDM given the true line instead of the reading; the difference is how
    // much it uses its text condition.
    std::array<double, validationTimes> crnnAccuracyTrueTextByTime{};
    double crnnAccuracyTrueText = 0;
};

QString byTime(const std::array<double, validationTimes> &values)
{
    QStringList parts;
    for (const double value : values)
        parts << QString::number(value * 100, 'f', 1);
    return parts.join(QStringLiteral(" / "));
}

QJsonObject byTimeJson(const std::array<double, validationTimes> &values)
{
    QJsonObject object;
    for (int k = 0; k < validationTimes; ++k)
        object.insert(QString::number(100 + 200 * k), values[size_t(k)]);
    return object;
}

// One-step figures on the validation lines at fixed timesteps (100 … 900) with a fixed seed:
// what the IDM's x̂0 scores, and how often the TDM's x̂0 text is the right word.
Validation validate(DiffTsrModel &model, CrnnNet &recognizer, const std::vector<TextLineSample> &samples,
                    const QString &stage, const torch::Device &device)
{
    torch::NoGradGuard noGrad;
    model.eval();
    Validation v;
    const size_t count = std::min<size_t>(samples.size(), validationCount);
    at::Generator generator = at::make_generator<at::CPUGeneratorImpl>(12345);
    std::array<int, validationTimes> countByTime{};
    for (size_t i = 0; i < count; ++i)
        ++countByTime[i % validationTimes];
    for (size_t begin = 0; begin < count; begin += 32) {
        std::vector<size_t> indices;
        std::vector<int64_t> timesteps;
        for (size_t i = begin; i < std::min(count, begin + 32); ++i) {
            indices.push_back(i);
            timesteps.push_back(int64_t(100 + 200 * (i % validationTimes)) * model.config.diffusionSteps / 1000);
        }
        const NoisedBatch n = noisedBatch(model, recognizer, samples, indices, timesteps, generator, device);
        torch::Tensor textContext, imageContext;
        if (stage == QLatin1String("mom")) {
            const DiffTsrMixtureImpl::Conditions conditions = model.mom->forward(n.textT, n.low, n.residualT, n.t, n.reading);
            textContext = conditions.text;
            imageContext = conditions.image;
        } else {
            // What the IDM-only sampler gives it: the recognizer's reading.
            textContext = model.idmContext->forward(n.readingText, n.t);
            imageContext = model.tdmContext->forward(n.low, n.residualT, n.t, n.reading);
        }
        // The TDM's ĉ0; in the mom stage the IDM draws it, as in the sampler.
        const torch::Tensor textEstimate =
            stage != QLatin1String("idm") ? model.tdm->forward(n.textT, n.t, imageContext).argmax(-1) : torch::Tensor();
        const torch::Tensor glyphs = stage == QLatin1String("tdm")
                                         ? torch::Tensor() // the IDM does not run in the tdm stage's validation
                                         : model.idmGlyphs(stage == QLatin1String("mom") ? textEstimate : n.readingText, n.low);
        const auto estimateOf = [&](const torch::Tensor &predicted) {
            return (n.bicubic + predicted / model.config.residualScale).clamp(0, 1);
        };
        // Per line: does the CRNN read this x̂0 right?
        const auto crnnRight = [&](const torch::Tensor &estimate) {
            const QList<OcrReading> readings = CrnnNetImpl::read(recognizer->forward(estimate));
            std::vector<double> right;
            for (size_t i = 0; i < indices.size(); ++i)
                right.push_back(TextMetrics::isWordMatch(readings[qsizetype(i)].text, n.texts[i]) ? 1 : 0);
            return right;
        };
        if (stage != QLatin1String("tdm")) {
            const torch::Tensor predicted = model.idm->forward(n.residualT, n.low, n.t, textContext, n.reading, glyphs);
            v.imageMse += F::mse_loss(predicted, n.residual, F::MSELossFuncOptions().reduction(torch::kSum)).item<double>()
                          / double(predicted[0].numel());
            const torch::Tensor estimate = estimateOf(predicted);
            const auto psnr = [&](const torch::Tensor &a) {
                const torch::Tensor mse = (a - n.high).pow(2).mean({1, 2, 3}).clamp_min(1e-10);
                return (-10.0 * torch::log10(mse)).sum().item<double>();
            };
            v.psnr += psnr(estimate);
            v.psnrBicubic += psnr(n.bicubic);
            const std::vector<double> right = crnnRight(estimate);
            for (size_t i = 0; i < indices.size(); ++i) {
                v.crnnAccuracy += right[i];
                v.crnnAccuracyByTime[indices[i] % validationTimes] += right[i];
            }
        }
        if (stage == QLatin1String("idm")) {
            const torch::Tensor givenTruth = model.idm->forward(n.residualT, n.low, n.t, model.idmContext->forward(n.text, n.t), n.reading,
                                                                 model.idmGlyphs(n.text, n.low));
            const std::vector<double> right = crnnRight(estimateOf(givenTruth));
            for (size_t i = 0; i < indices.size(); ++i) {
                v.crnnAccuracyTrueText += right[i];
                v.crnnAccuracyTrueTextByTime[indices[i] % validationTimes] += right[i];
            }
        }
        if (stage != QLatin1String("idm")) {
            for (size_t i = 0; i < indices.size(); ++i) {
                const double right = TextMetrics::isWordMatch(TextSlots::decode(textEstimate[int64_t(i)]), n.texts[i]) ? 1 : 0;
                v.textAccuracy += right;
                v.textAccuracyByTime[indices[i] % validationTimes] += right;
            }
        }
    }
    const double n = double(std::max<size_t>(1, count));
    v.imageMse /= n;
    v.psnr /= n;
    v.psnrBicubic /= n;
    v.crnnAccuracy /= n;
    v.crnnAccuracyTrueText /= n;
    v.textAccuracy /= n;
    for (int k = 0; k < validationTimes; ++k) {
        v.crnnAccuracyByTime[size_t(k)] /= std::max(1, countByTime[size_t(k)]);
        v.crnnAccuracyTrueTextByTime[size_t(k)] /= std::max(1, countByTime[size_t(k)]);
        v.textAccuracyByTime[size_t(k)] /= std::max(1, countByTime[size_t(k)]);
    }
    return v;
}

} // namespace

int DiffTsrTrainer::defaultSteps(const QString &stage)
{
    return stage == QLatin1String("mom") ? 2000 : 6000;
}

int DiffTsrTrainer::defaultBatchSize(const QString &stage)
{
    return stage == QLatin1String("tdm") ? 64 : 16;
}

double DiffTsrTrainer::defaultLearningRate(const QString &stage)
{
    return stage == QLatin1String("mom") ? 2e-4 : 4e-4;
}

void DiffTsrTrainer::train(const Options &o, const std::function<void(const QString &)> &log)
{
    if (!DiffTsrModel::roles().contains(o.stage))
        throw std::runtime_error(tr("Unknown DiffTSR stage \"%1\"; choose idm, tdm or mom.").arg(o.stage).toStdString());
    const QString stage = o.stage;
    const int steps = o.steps > 0 ? o.steps : defaultSteps(stage);
    const int batchSize = o.batchSize > 0 ? o.batchSize : defaultBatchSize(stage);
    const double learningRate = o.learningRate > 0 ? o.learningRate : defaultLearningRate(stage);

    QString error;
    const auto device = TorchRuntime::resolveDevice(o.device, &error);
    if (!device)
        throw std::runtime_error(error.toStdString());
    const torch::Device torchDevice = TorchDevice::of(*device);
    TrainingSession session(QDir(o.outputFolder).filePath(stage), log);
    ModelManifest recognizerManifest;
    CrnnNet recognizer = CrnnModelFile::loadFrozenLoss(o.recognizerManifest, torchDevice, &recognizerManifest);

    torch::manual_seed(o.seed);
    std::unique_ptr<DiffTsrModel> model;
    const QString manifestPath = QDir(o.outputFolder).filePath(DiffTsrModel::manifestName());
    if (stage == QLatin1String("mom") && !o.startFrom.isEmpty())
        throw std::runtime_error(tr("The mom stage starts from the idm and tdm stages in its output folder; --from is for idm and tdm.").toStdString());
    if (stage == QLatin1String("mom")) {
        if (!QFileInfo::exists(manifestPath))
            throw std::runtime_error(tr("The mom stage needs the idm and tdm stages in %1 first.").arg(o.outputFolder).toStdString());
        model = DiffTsrModel::load(manifestPath, recognizerManifest.sha256, {QStringLiteral("idm"), QStringLiteral("tdm")});
        const int copied = model->initialiseMixture();
        session.message(tr("DiffTSR mom: %1 tensors taken from the stage-1 and stage-2 condition encoders.").arg(copied));
        ModuleWeights::freeze(model->stage(QStringLiteral("idm")));
        ModuleWeights::freeze(model->stage(QStringLiteral("tdm")));
    } else if (!o.startFrom.isEmpty()) {
        // The architecture is the starting manifest's; saveStage refuses it if the output
        // folder's manifest holds another.
        model = DiffTsrModel::load(QDir(o.startFrom).filePath(DiffTsrModel::manifestName()), recognizerManifest.sha256, {stage});
        session.message(tr("DiffTSR %1: starting from the weights in %2.").arg(stage, QDir(o.startFrom).filePath(DiffTsrModel::fileName(stage))));
        // Weights of an earlier architecture move into today's: what has the same name and shape
        // is taken, what is new keeps its initialisation (zero where it is an added path).
        const DiffTsrConfig current = DiffTsrConfig::standard();
        if (model->config.toJson() != current.toJson()) {
            auto upgraded = std::make_unique<DiffTsrModel>(current);
            const int taken = ModuleWeights::copyMatching(model->stage(stage), upgraded->stage(stage));
            session.message(tr("DiffTSR %1: those weights are of an earlier architecture; %2 of today's %3 tensors taken from them.")
                                .arg(stage).arg(taken).arg(upgraded->stage(stage).parameters().size()));
            model = std::move(upgraded);
        }
    } else {
        model = std::make_unique<DiffTsrModel>(DiffTsrConfig::standard());
    }
    model->to(torchDevice);
    torch::nn::Module &trained = model->stage(stage);
    trained.train();

    const TrainingData data = TrainingData::load(o.dataFolders, validationCount);
    session.message(tr("DiffTSR %1: %2 training and %3 validation samples; %4.")
                        .arg(stage).arg(data.training().size()).arg(data.validation().size()).arg(TorchRuntime::describe(*device)));

    std::vector<torch::Tensor> parameters;
    for (const auto &parameter : trained.parameters())
        if (parameter.requires_grad())
            parameters.push_back(parameter);
    torch::optim::Adam optimizer(parameters, torch::optim::AdamOptions(learningRate).betas({0.9, 0.999}));
    const int start = session.resume(trained, optimizer);
    session.message(tr("DiffTSR %1: %2 trained parameters (IDM %3, its text encoder %4, TDM %5, its image encoder %6, MoM %7).")
                        .arg(stage).arg(ModuleWeights::parameterCount(trained))
                        .arg(ModuleWeights::parameterCount(*model->idm)).arg(ModuleWeights::parameterCount(*model->idmContext))
                        .arg(ModuleWeights::parameterCount(*model->tdm)).arg(ModuleWeights::parameterCount(*model->tdmContext))
                        .arg(ModuleWeights::parameterCount(*model->mom)));

    const QStringList terms{QStringLiteral("total"), QStringLiteral("mse"), QStringLiteral("ctc"), QStringLiteral("bound"),
                            QStringLiteral("ce"), QStringLiteral("lr"), QStringLiteral("seconds")};
    std::vector<double> sums(5, 0.0);
    int sumCount = 0;
    const int logEvery = std::clamp(steps / 10, 1, 50);
    Validation last;
    QElapsedTimer timer;
    timer.start();
    for (int step = start; step < steps; ++step) {
        const double lr = step < steps * 3 / 4 ? learningRate : learningRate * 0.1;
        for (auto &group : optimizer.param_groups())
            static_cast<torch::optim::AdamOptions &>(group.options()).lr(lr);
        SeededRandom random = SeededRandom::forStream(o.seed, quint64(step));
        const std::vector<size_t> indices = data.drawBatch(random, batchSize);
        std::vector<int64_t> timesteps;
        for (int i = 0; i < batchSize; ++i)
            timesteps.push_back(random.integer(0, model->config.diffusionSteps - 1));
        const NoisedBatch n = noisedBatch(*model, recognizer, data.training(), indices, timesteps,
                                          at::make_generator<at::CPUGeneratorImpl>(random.next()), torchDevice);

        torch::Tensor total;
        torch::Tensor zero = torch::zeros({}, n.high.options());
        ImageLoss image{zero, zero, zero, {}};
        TextLoss text{zero, zero, zero};
        if (stage == QLatin1String("idm")) {
            std::vector<int64_t> truth, withheld;
            for (int i = 0; i < batchSize; ++i)
                truth.push_back(random.chance(idmTruthShare) ? 1 : 0);
            for (int i = 0; i < batchSize; ++i)
                withheld.push_back(model->config.idm.glyphs && random.chance(idmReadingDropout) ? 1 : 0);
            const torch::Tensor useTruth = torch::tensor(truth, torch::kInt64).to(torchDevice).gt(0).unsqueeze(1);
            const torch::Tensor given = torch::where(useTruth, n.text, n.readingText);
            const torch::Tensor context = model->idmContext->forward(given, n.t);
            const torch::Tensor glyphs = model->idmGlyphs(given, n.low);
            const torch::Tensor withhold = torch::tensor(withheld, torch::kInt64).to(torchDevice).gt(0).view({1, -1, 1});
            const torch::Tensor prior = torch::where(withhold, torch::full_like(n.reading, -std::log(double(n.reading.size(2)))), n.reading);
            image = imageLoss(*model, recognizer, n, model->idm->forward(n.residualT, n.low, n.t, context, prior, glyphs));
            total = image.total;
        } else if (stage == QLatin1String("tdm")) {
            const torch::Tensor context = model->tdmContext->forward(n.low, n.residualT, n.t, n.reading);
            text = textLoss(*model, n, model->tdm->forward(n.textT, n.t, context));
            total = text.total;
        } else {
            const DiffTsrMixtureImpl::Conditions conditions = model->mom->forward(n.textT, n.low, n.residualT, n.t, n.reading);
            // As the sampler does: the TDM first, so that the IDM can take its text estimate.
            const torch::Tensor logText = model->tdm->forward(n.textT, n.t, conditions.image);
            text = textLoss(*model, n, logText);
            const torch::Tensor glyphs = model->idmGlyphs(logText.detach().argmax(-1), n.low);
            image = imageLoss(*model, recognizer, n, model->idm->forward(n.residualT, n.low, n.t, conditions.text, n.reading, glyphs));
            total = image.total + tdmWeightInMom * text.total;
        }
        optimizer.zero_grad();
        total.backward();
        torch::nn::utils::clip_grad_norm_(parameters, 1.0);
        optimizer.step();

        const double values[] = {total.item<double>(), image.mse.item<double>(), image.ctc.item<double>(),
                                 text.bound.item<double>(), text.crossEntropy.item<double>()};
        for (size_t i = 0; i < sums.size(); ++i)
            sums[i] += values[i];
        ++sumCount;
        const int done = step + 1;
        if (done % logEvery == 0 || done == steps) {
            std::vector<double> row;
            for (const double sum : sums)
                row.push_back(sum / sumCount);
            row.push_back(lr);
            row.push_back(timer.elapsed() / 1000.0);
            session.record(done, terms, row);
            session.message(tr("DiffTSR %1 step %2/%3: loss %4 (mse %5, ctc %6, bound %7, ce %8), %9 s/step")
                                .arg(stage).arg(done).arg(steps).arg(row[0], 0, 'f', 4).arg(row[1], 0, 'f', 5)
                                .arg(row[2], 0, 'f', 3).arg(row[3], 0, 'f', 4).arg(row[4], 0, 'f', 3)
                                .arg(timer.elapsed() / 1000.0 / (done - start), 0, 'f', 3));
            std::fill(sums.begin(), sums.end(), 0.0);
            sumCount = 0;
        }
        if (done % o.checkpointEvery == 0 || done == steps) {
            last = validate(*model, recognizer, data.validation(), stage, torchDevice);
            trained.train();
            session.checkpoint(done, trained, optimizer);
            if (stage != QLatin1String("tdm"))
                session.message(tr("DiffTSR %1 step %2: validation at t = 100…900: residual MSE %3, one-step PSNR %4 dB "
                                   "(bicubic %5), CRNN word accuracy on x̂0 %6% (by t: %7 %).")
                                    .arg(stage).arg(done).arg(last.imageMse, 0, 'f', 5).arg(last.psnr, 0, 'f', 2)
                                    .arg(last.psnrBicubic, 0, 'f', 2).arg(last.crnnAccuracy * 100, 0, 'f', 1)
                                    .arg(byTime(last.crnnAccuracyByTime)));
            if (stage == QLatin1String("idm"))
                session.message(tr("DiffTSR idm step %1: given the true line instead of the reading: CRNN word accuracy "
                                   "on x̂0 %2% (by t: %3 %).")
                                    .arg(done).arg(last.crnnAccuracyTrueText * 100, 0, 'f', 1)
                                    .arg(byTime(last.crnnAccuracyTrueTextByTime)));
            if (stage != QLatin1String("idm"))
                session.message(tr("DiffTSR %1 step %2: validation at t = 100…900: TDM word accuracy of ĉ0 %3% (by t: %4 %).")
                                    .arg(stage).arg(done).arg(last.textAccuracy * 100, 0, 'f', 1)
                                    .arg(byTime(last.textAccuracyByTime)));
            session.message(tr("DiffTSR %1 step %2: checkpoint written.").arg(stage).arg(done));
        }
    }

    QJsonObject training;
    training.insert(QStringLiteral("data"), QJsonArray::fromStringList(o.dataFolders));
    training.insert(QStringLiteral("steps"), steps);
    training.insert(QStringLiteral("batchSize"), batchSize);
    training.insert(QStringLiteral("seed"), QString::number(o.seed));
    training.insert(QStringLiteral("learningRate"), learningRate);
    training.insert(QStringLiteral("device"), TorchRuntime::describe(*device));
    training.insert(QStringLiteral("machine"), MachineDescription::text());
    training.insert(QStringLiteral("secondsPerStep"), timer.elapsed() / 1000.0 / std::max(1, steps - start));
    if (!o.startFrom.isEmpty())
        training.insert(QStringLiteral("startedFrom"), QDir(o.startFrom).filePath(DiffTsrModel::fileName(stage)));
    if (stage != QLatin1String("tdm")) {
        training.insert(QStringLiteral("validationResidualMse"), last.imageMse);
        training.insert(QStringLiteral("validationOneStepPsnr"), last.psnr);
        training.insert(QStringLiteral("validationBicubicPsnr"), last.psnrBicubic);
        training.insert(QStringLiteral("validationCrnnAccuracy"), last.crnnAccuracy);
        training.insert(QStringLiteral("validationCrnnAccuracyByTime"), byTimeJson(last.crnnAccuracyByTime));
        if (stage == QLatin1String("idm")) {
            training.insert(QStringLiteral("validationCrnnAccuracyTrueText"), last.crnnAccuracyTrueText);
            training.insert(QStringLiteral("validationCrnnAccuracyTrueTextByTime"), byTimeJson(last.crnnAccuracyTrueTextByTime));
        }
    }
    if (stage != QLatin1String("idm")) {
        training.insert(QStringLiteral("validationTdmAccuracy"), last.textAccuracy);
        training.insert(QStringLiteral("validationTdmAccuracyByTime"), byTimeJson(last.textAccuracyByTime));
    }
    const int64_t total = ModuleWeights::parameterCount(model->stage(QStringLiteral("idm")))
        + ModuleWeights::parameterCount(model->stage(QStringLiteral("tdm"))) + ModuleWeights::parameterCount(*model->mom);
    const QString note = tr("Mini-DiffTSR (%1 parameters in all), trained on GlyphLab's synthetic lines (each stage's "
                            "training block says on which device and from which weights): pixel space with a ×2 "
                            "space-to-depth fold instead of the paper's VAE; the IDM diffuses "
                            "the residual over bicubic and predicts it directly; a small UNet (widths 48/96/96) that also "
                            "takes the CRNN's reading of the LR column by column, as GlyphSR's text prior, and its text "
                            "condition drawn over the line in a plain sans, and attends to "
                            "the text with column and character positions; a 4-layer width-128 TDM over 24 character slots "
                            "and a small MoM; GlyphLab's CRNN instead of TransOCR for the initial text and the OCR loss. "
                            "The published system is much larger, starts from a pretrained VAE and was trained on GPUs.")
                             .arg(total);
    model->saveStage(o.outputFolder, stage, recognizerManifest.sha256, training, note);
    session.message(tr("DiffTSR %1 written to %2.").arg(stage, QDir(o.outputFolder).filePath(DiffTsrModel::fileName(stage))));
}
