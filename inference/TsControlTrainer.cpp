#include "TsControlTrainer.h"

#include "CharacterSet.h"
#include "CrnnModelFile.h"
#include "MachineDescription.h"
#include "ModuleWeights.h"
#include "OcrPromptBuilder.h"
#include "SceneDescriptor.h"
#include "SceneShardReader.h"
#include "SeededRandom.h"
#include "TorchDevice.h"
#include "TorchRuntime.h"
#include "TrainingBatch.h"
#include "TrainingSession.h"
#include "TextMetrics.h"
#include "TsControlModel.h"

#include <ATen/CPUGeneratorImpl.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace {

namespace F = torch::nn::functional;

constexpr int kCrop = 64; // HR crop side when the crops are not whole tiles
constexpr int kValidationPerFolder = 32;
constexpr double kNullTextChance = 0.1;

struct SceneItem
{
    const SceneSample *sample = nullptr;
    int scale = 4;
};

torch::Tensor bicubicOf(const QImage &low, int width, int height)
{
    return F::interpolate(TrainingBatch::imageTensor(low), F::InterpolateFuncOptions()
                                                              .size(std::vector<int64_t>{height, width})
                                                              .mode(torch::kBicubic).align_corners(false)).clamp(0, 1);
}

// The words as an OCR might have read them: some dropped, some characters wrong, boxes a
// little off. `exact` keeps them as they are (validation).
QList<OcrTextBox> readWords(const SceneSample &sample, SeededRandom &random, bool exact)
{
    static const QString letters = QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
    QList<OcrTextBox> boxes;
    for (const SceneWord &word : sample.words) {
        if (!exact && random.chance(0.15))
            continue;
        QString text = word.text;
        QRectF bounds(word.box);
        if (!exact) {
            for (QChar &c : text)
                if (random.chance(0.1))
                    c = letters.at(random.integer(0, int(letters.size()) - 1));
            bounds.translate(random.uniform(-2, 2), random.uniform(-2, 2));
            bounds.adjust(random.uniform(-2, 2), random.uniform(-2, 2), random.uniform(-2, 2), random.uniform(-2, 2));
        }
        OcrTextBox box;
        box.bounds = bounds;
        box.quad = QPolygonF(bounds);
        box.text = text;
        box.confidence = 1.0;
        boxes.append(box);
    }
    return boxes;
}

// A word that lies wholly inside a crop: which item, its text, its box in crop pixels.
struct CropWord
{
    int64_t item = 0;
    QString text;
    QRect box;
};

struct Batch
{
    torch::Tensor high, bicubic, glyphs, mask, descriptor;
    std::vector<CropWord> words;
};

// One batch of crops: whole tiles, or kCrop-pixel squares four in five of them centred on a word
// (with jitter unless exact).
Batch makeBatch(const std::vector<SceneItem> &items, const std::vector<size_t> &indices, SeededRandom &random,
                const OcrPromptBuilder *prompts, bool exact, bool wholeTiles, const torch::Device &device)
{
    std::vector<torch::Tensor> high, bicubic, glyphs, mask, descriptors;
    std::vector<CropWord> words;
    for (const size_t index : indices) {
        const SceneItem &item = items[index];
        const SceneSample &sample = *item.sample;
        const int side = sample.highResolution.width();
        const int cropSide = wholeTiles ? side : kCrop;
        int x = 0, y = 0;
        if (wholeTiles) {
            // the crop is the tile
        } else if (!sample.words.isEmpty() && (exact || random.chance(0.8))) {
            const SceneWord &word = sample.words.at(exact ? 0 : random.integer(0, int(sample.words.size()) - 1));
            x = word.box.center().x() - cropSide / 2 + (exact ? 0 : random.integer(-16, 16));
            y = word.box.center().y() - cropSide / 2 + (exact ? 0 : random.integer(-16, 16));
        } else {
            x = random.integer(0, side - cropSide);
            y = random.integer(0, side - cropSide);
        }
        x = std::clamp(x / item.scale * item.scale, 0, side - cropSide);
        y = std::clamp(y / item.scale * item.scale, 0, side - cropSide);
        const QRect crop(x, y, cropSide, cropSide);
        for (const SceneWord &word : sample.words)
            if (crop.contains(word.box))
                words.push_back({int64_t(high.size()), word.text, word.box.translated(-x, -y)});
        high.push_back(TrainingBatch::imageTensor(sample.highResolution.copy(crop)));
        bicubic.push_back(bicubicOf(sample.lowResolution, side, side).slice(2, y, y + cropSide).slice(3, x, x + cropSide));
        mask.push_back(TrainingBatch::grayTensor(sample.textMask.copy(crop)));
        const QList<OcrTextBox> read = readWords(sample, random, exact);
        if (prompts) {
            const bool withText = exact || !random.chance(kNullTextChance);
            const TextCondition condition = prompts->build(withText ? read : QList<OcrTextBox>(), crop, 1);
            glyphs.push_back(TrainingBatch::grayTensor(condition.glyphs));
        }
        descriptors.push_back(SceneDescriptor::of(TrainingBatch::imageTensor(sample.lowResolution), item.scale, {int(read.size())}));
    }
    Batch batch;
    batch.high = torch::cat(high).to(device);
    batch.bicubic = torch::cat(bicubic).to(device);
    batch.mask = torch::cat(mask).to(device);
    batch.descriptor = torch::cat(descriptors).to(device);
    if (prompts)
        batch.glyphs = torch::cat(glyphs).to(device);
    batch.words = std::move(words);
    return batch;
}

// The words cut out of `images` (B×3×S×S) with a margin of a fifth of their height, scaled to the
// recognizer's height of 32 with their aspect kept (as CrnnOcrEngine reads a crop) and padded
// to a common width by repeating their last column, with their CTC targets. Words the width
// cannot hold (two frames a character) are left out.
struct WordCrops
{
    torch::Tensor images, targets, targetLengths;
    std::vector<const CropWord *> words;
};

WordCrops cutWords(const torch::Tensor &images, const std::vector<CropWord> &words)
{
    constexpr int kHeight = 32, kMaxWidth = 256;
    const int64_t side = images.size(2);
    std::vector<torch::Tensor> crops;
    std::vector<int64_t> targets, lengths;
    std::vector<const CropWord *> kept;
    int64_t widest = 0;
    for (const CropWord &word : words) {
        const QList<int> encoded = CharacterSet::encode(word.text);
        const int margin = std::max(1, word.box.height() / 5);
        const QRect box = word.box.adjusted(-margin, -margin, margin, margin).intersected(QRect(0, 0, int(side), int(side)));
        const int width = std::clamp(int(std::lround(kHeight * double(box.width()) / box.height() / 4.0)) * 4, 8, kMaxWidth);
        if (encoded.isEmpty() || box.height() < 2 || width / 4 < 2 * encoded.size())
            continue;
        const torch::Tensor cut = images.slice(0, word.item, word.item + 1)
                                      .slice(2, box.top(), box.bottom() + 1).slice(3, box.left(), box.right() + 1);
        crops.push_back(F::interpolate(cut, F::InterpolateFuncOptions().size(std::vector<int64_t>{kHeight, width})
                                                .mode(torch::kBilinear).align_corners(false)));
        targets.insert(targets.end(), encoded.begin(), encoded.end());
        lengths.push_back(encoded.size());
        kept.push_back(&word);
        widest = std::max<int64_t>(widest, width);
    }
    WordCrops result;
    if (crops.empty())
        return result;
    for (torch::Tensor &crop : crops)
        if (crop.size(3) < widest)
            crop = F::pad(crop, F::PadFuncOptions({0, widest - crop.size(3), 0, 0}).mode(torch::kReplicate));
    result.images = torch::cat(crops);
    result.targets = torch::tensor(targets, torch::kInt64);
    result.targetLengths = torch::tensor(lengths, torch::kInt64);
    result.words = std::move(kept);
    return result;
}

// How many of the cut words the recognizer reads right.
int wordsRead(CrnnNetImpl &recognizer, const WordCrops &crops)
{
    if (crops.words.empty())
        return 0;
    const QList<OcrReading> readings = CrnnNetImpl::read(recognizer.forward(crops.images));
    int right = 0;
    for (size_t i = 0; i < crops.words.size(); ++i)
        right += TextMetrics::isWordMatch(readings.value(qsizetype(i)).text, crops.words[i]->text) ? 1 : 0;
    return right;
}

struct Validation
{
    double psnr = 0, psnrText = 0, psnrBicubic = 0, psnrTextBicubic = 0, psnrImageOnly = 0, psnrTextImageOnly = 0;
    // With a recognizer: how many whole words it reads right on each, of `words`.
    int words = 0, readHigh = 0, readBicubic = 0, readMine = 0, readImageOnly = 0;
};

double psnrOf(const torch::Tensor &a, const torch::Tensor &b, const torch::Tensor &weight)
{
    const torch::Tensor w = weight.expand_as(a);
    const torch::Tensor mse = ((a - b).pow(2) * w).sum({1, 2, 3}) / w.sum({1, 2, 3}).clamp_min(1e-6);
    return (-10.0 * torch::log10(mse.clamp_min(1e-10))).sum().item<double>();
}

// One-step x̂0 at fixed timesteps (100 … 900) on the validation crops (word-centred, or whole
// tiles) with the true words as the text condition: PSNR over the crop and over its text pixels,
// for the stage's λ (0 for text, 1 for base) and for the SR branch alone; with a recognizer, the
// words it reads right on each.
Validation validate(TsControlModel &model, const std::vector<SceneItem> &items, const OcrPromptBuilder *prompts,
                    CrnnNetImpl *recognizer, bool wholeTiles, const torch::Device &device)
{
    torch::NoGradGuard noGrad;
    model.eval();
    Validation v;
    at::Generator generator = at::make_generator<at::CPUGeneratorImpl>(12345);
    SeededRandom random(777);
    for (size_t begin = 0; begin < items.size(); begin += 16) {
        std::vector<size_t> indices;
        std::vector<int64_t> timesteps;
        for (size_t i = begin; i < std::min(items.size(), begin + 16); ++i) {
            indices.push_back(i);
            timesteps.push_back(int64_t(100 + 200 * (i % 5)) * model.config.diffusionSteps / 1000);
        }
        const Batch b = makeBatch(items, indices, random, prompts, true, wholeTiles, device);
        const double s = model.config.residualScale;
        const torch::Tensor residual = (b.high - b.bicubic) * s;
        const torch::Tensor t = torch::tensor(timesteps, torch::kInt64).to(device);
        const torch::Tensor noise = torch::randn(residual.sizes(), generator, torch::kFloat).to(device);
        const torch::Tensor xt = model.diffusion.sample(residual, t, noise);
        const auto estimate = [&](double lambda) {
            const torch::Tensor x0 = model.predictResidual(xt, t, {b.bicubic, b.glyphs, b.descriptor},
                                                           torch::full({int64_t(indices.size())}, lambda), 1.0);
            return (b.bicubic + x0.clamp(-s, s) / s).clamp(0, 1);
        };
        const torch::Tensor ones = torch::ones_like(b.mask);
        const torch::Tensor textPixels = b.mask.gt(0.05).to(torch::kFloat);
        const torch::Tensor mine = estimate(prompts ? 0.0 : 1.0);
        v.psnr += psnrOf(mine, b.high, ones);
        v.psnrText += psnrOf(mine, b.high, textPixels);
        v.psnrBicubic += psnrOf(b.bicubic, b.high, ones);
        v.psnrTextBicubic += psnrOf(b.bicubic, b.high, textPixels);
        if (prompts) {
            const torch::Tensor imageOnly = estimate(1.0);
            v.psnrImageOnly += psnrOf(imageOnly, b.high, ones);
            v.psnrTextImageOnly += psnrOf(imageOnly, b.high, textPixels);
            if (recognizer) {
                const WordCrops imageOnlyWords = cutWords(imageOnly, b.words);
                v.readImageOnly += wordsRead(*recognizer, imageOnlyWords);
            }
        }
        if (recognizer) {
            const WordCrops high = cutWords(b.high, b.words);
            v.words += int(high.words.size());
            v.readHigh += wordsRead(*recognizer, high);
            v.readBicubic += wordsRead(*recognizer, cutWords(b.bicubic, b.words));
            v.readMine += wordsRead(*recognizer, cutWords(mine, b.words));
        }
    }
    const double n = double(std::max<size_t>(1, items.size()));
    for (double *value : {&v.psnr, &v.psnrText, &v.psnrBicubic, &v.psnrTextBicubic, &v.psnrImageOnly, &v.psnrTextImageOnly})
        *value /= n;
    return v;
}

} // namespace

int TsControlTrainer::defaultSteps(const QString &stage)
{
    return stage == QLatin1String("text") ? 3000 : 6000;
}

double TsControlTrainer::defaultLearningRate(const QString &stage)
{
    return stage == QLatin1String("text") ? 2e-4 : 4e-4;
}

void TsControlTrainer::train(const Options &o, const std::function<void(const QString &)> &log)
{
    if (!TsControlModel::roles().contains(o.stage))
        throw std::runtime_error(tr("Unknown GLYPH-SR stage \"%1\"; choose base or text.").arg(o.stage).toStdString());
    if (o.dataFolders.isEmpty())
        throw std::runtime_error(tr("GLYPH-SR training needs at least one folder of scene shards (glyphlab-cli synth --mode scene).").toStdString());
    const QString stage = o.stage;
    const bool textStage = stage == QLatin1String("text");
    const int steps = o.steps > 0 ? o.steps : defaultSteps(stage);
    const int batchSize = std::max(1, o.batchSize);
    const double learningRate = o.learningRate > 0 ? o.learningRate : defaultLearningRate(stage);
    const bool textFocus = o.textFocusWeight > 0;
    if (textFocus && (!textStage || o.recognizerManifest.isEmpty()))
        throw std::runtime_error(tr("GLYPH-SR's text focus is for the text stage and needs a recognizer (--recognizer crnn.json).").toStdString());

    QString error;
    const auto device = TorchRuntime::resolveDevice(o.device, &error);
    if (!device)
        throw std::runtime_error(error.toStdString());
    const torch::Device torchDevice = TorchDevice::of(*device);
    TrainingSession session(QDir(o.outputFolder).filePath(stage), log);

    std::vector<std::vector<SceneSample>> folders;
    std::vector<SceneItem> training, validation;
    folders.reserve(size_t(o.dataFolders.size()));
    for (const QString &folder : o.dataFolders) {
        folders.push_back(SceneShardReader::readFolder(folder));
        const std::vector<SceneSample> &samples = folders.back();
        for (size_t i = 0; i < samples.size(); ++i) {
            const SceneSample &sample = samples[i];
            if (sample.highResolution.width() < kCrop || sample.lowResolution.width() < 1
                || sample.highResolution.width() != folders.front().front().highResolution.width())
                throw std::runtime_error(tr("%1: the scene tiles are smaller than the %2-pixel training crop, or not all of one size.").arg(folder).arg(kCrop).toStdString());
            const SceneItem item{&sample, sample.highResolution.width() / sample.lowResolution.width()};
            (i + kValidationPerFolder >= samples.size() ? validation : training).push_back(item);
        }
    }
    if (training.empty())
        throw std::runtime_error(tr("The GLYPH-SR training data has too few scene tiles.").toStdString());

    torch::manual_seed(o.seed);
    std::unique_ptr<TsControlModel> model;
    const QString manifestPath = QDir(o.outputFolder).filePath(TsControlModel::manifestName());
    std::unique_ptr<OcrPromptBuilder> prompts;
    if (textStage) {
        if (!QFileInfo::exists(manifestPath))
            throw std::runtime_error(tr("The text stage needs the base stage in %1 first.").arg(o.outputFolder).toStdString());
        model = TsControlModel::load(manifestPath, {QStringLiteral("base")});
        const int copied = model->initialiseTextBranch();
        session.message(tr("GLYPH-SR text: the text branch starts as a copy of the SR branch (%1 tensors).").arg(copied));
        ModuleWeights::freeze(model->stage(QStringLiteral("base")));
        prompts = std::make_unique<OcrPromptBuilder>();
    } else {
        model = std::make_unique<TsControlModel>(TsControlModel::Config());
    }
    model->to(torchDevice);
    CrnnNet recognizer{nullptr};
    if (textFocus) {
        recognizer = CrnnModelFile::loadFrozenLoss(o.recognizerManifest, torchDevice);
        session.message(tr("GLYPH-SR text: text focus %1 from the recognizer %2, on whole tiles.")
                            .arg(o.textFocusWeight).arg(QDir::toNativeSeparators(o.recognizerManifest)));
    }
    torch::nn::Module &trained = model->stage(stage);
    trained.train();
    session.message(tr("GLYPH-SR %1: %2 training and %3 validation tiles from %4 folder(s); %5.")
                        .arg(stage).arg(training.size()).arg(validation.size()).arg(o.dataFolders.size())
                        .arg(TorchRuntime::describe(*device)));

    std::vector<torch::Tensor> parameters;
    for (const auto &parameter : trained.parameters())
        if (parameter.requires_grad())
            parameters.push_back(parameter);
    torch::optim::Adam optimizer(parameters, torch::optim::AdamOptions(learningRate));
    const int start = session.resume(trained, optimizer);
    session.message(tr("GLYPH-SR %1: %2 trained parameters (backbone %3, SR branch %4, text branch %5).")
                        .arg(stage).arg(ModuleWeights::parameterCount(trained)).arg(ModuleWeights::parameterCount(*model->backbone))
                        .arg(ModuleWeights::parameterCount(*model->srBranch)).arg(ModuleWeights::parameterCount(*model->textBranch)));

    QStringList terms{QStringLiteral("loss"), QStringLiteral("lr"), QStringLiteral("seconds")};
    if (textFocus)
        terms.append(QStringLiteral("ctc"));
    double lossSum = 0, ctcSum = 0;
    int lossCount = 0;
    const int logEvery = std::clamp(steps / 20, 1, 50);
    Validation last;
    QElapsedTimer timer;
    timer.start();
    for (int step = start; step < steps; ++step) {
        const double lr = step < steps * 3 / 4 ? learningRate : learningRate * 0.25;
        for (auto &group : optimizer.param_groups())
            static_cast<torch::optim::AdamOptions &>(group.options()).lr(lr);
        SeededRandom random = SeededRandom::forStream(o.seed, quint64(step));
        std::vector<size_t> indices;
        std::vector<int64_t> timesteps;
        std::vector<double> lambdas;
        for (int i = 0; i < batchSize; ++i) {
            indices.push_back(size_t(random.integer(0, int(training.size()) - 1)));
            timesteps.push_back(random.integer(0, model->config.diffusionSteps - 1));
            lambdas.push_back(textStage ? (random.chance(0.7) ? 0.0 : 0.5) : 1.0);
        }
        const Batch b = makeBatch(training, indices, random, prompts.get(), false, textFocus, torchDevice);
        const torch::Tensor residual = (b.high - b.bicubic) * model->config.residualScale;
        const torch::Tensor t = torch::tensor(timesteps, torch::kInt64).to(torchDevice);
        at::Generator generator = at::make_generator<at::CPUGeneratorImpl>(random.next());
        const torch::Tensor noise = torch::randn(residual.sizes(), generator, torch::kFloat).to(torchDevice);
        const torch::Tensor xt = model->diffusion.sample(residual, t, noise);
        const torch::Tensor predicted = model->predictResidual(xt, t, {b.bicubic, b.glyphs, b.descriptor},
                                                               torch::tensor(lambdas, torch::kDouble), 1.0);
        torch::Tensor loss = F::mse_loss(predicted, residual);
        // Text focus: the frozen recognizer reads every whole word of x̂0 against its true text,
        // so the text branch is pushed toward glyphs that read, not only toward the pixels.
        double ctcValue = 0;
        if (textFocus) {
            const double s = model->config.residualScale;
            const WordCrops words = cutWords((b.bicubic + predicted / s).clamp(0, 1), b.words);
            if (!words.words.empty()) {
                const torch::Tensor ctc = CrnnNetImpl::ctcLoss(recognizer->forward(words.images), words.targets, words.targetLengths);
                loss = loss + o.textFocusWeight * ctc;
                ctcValue = ctc.item<double>();
            }
        }
        optimizer.zero_grad();
        loss.backward();
        torch::nn::utils::clip_grad_norm_(parameters, 1.0);
        optimizer.step();

        lossSum += loss.item<double>();
        ctcSum += ctcValue;
        ++lossCount;
        const int done = step + 1;
        if (done % logEvery == 0 || done == steps) {
            std::vector<double> values{lossSum / lossCount, lr, timer.elapsed() / 1000.0};
            if (textFocus)
                values.push_back(ctcSum / lossCount);
            session.record(done, terms, values);
            session.message(tr("GLYPH-SR %1 step %2/%3: loss %4%5, %6 s/step")
                                .arg(stage).arg(done).arg(steps).arg(lossSum / lossCount, 0, 'f', 5)
                                .arg(textFocus ? tr(" (recognizer CTC %1)").arg(ctcSum / lossCount, 0, 'f', 3) : QString())
                                .arg(timer.elapsed() / 1000.0 / (done - start), 0, 'f', 3));
            lossSum = 0;
            ctcSum = 0;
            lossCount = 0;
        }
        if (done % o.checkpointEvery == 0 || done == steps) {
            last = validate(*model, validation, prompts.get(), textFocus ? recognizer.get() : nullptr, textFocus, torchDevice);
            trained.train();
            if (textFocus)
                recognizer->prepareAsFrozenLoss();
            session.checkpoint(done, trained, optimizer);
            session.message(tr("GLYPH-SR %1 step %2: validation (one step from t = 100…900): PSNR %3 dB, on text %4 dB "
                               "(bicubic %5 / %6)%7; checkpoint written.")
                                .arg(stage).arg(done).arg(last.psnr, 0, 'f', 2).arg(last.psnrText, 0, 'f', 2)
                                .arg(last.psnrBicubic, 0, 'f', 2).arg(last.psnrTextBicubic, 0, 'f', 2)
                                .arg(textStage ? tr("; SR branch alone %1 / %2").arg(last.psnrImageOnly, 0, 'f', 2).arg(last.psnrTextImageOnly, 0, 'f', 2)
                                               : QString()));
            if (textFocus)
                session.message(tr("GLYPH-SR %1 step %2: the recognizer reads %3 of %4 validation words on x̂0 (SR branch alone %5, "
                                   "bicubic %6, HR %7).")
                                    .arg(stage).arg(done).arg(last.readMine).arg(last.words).arg(last.readImageOnly)
                                    .arg(last.readBicubic).arg(last.readHigh));
        }
    }

    QJsonArray data;
    for (const QString &folder : o.dataFolders)
        data.append(QFileInfo(folder).fileName());
    QJsonObject training_;
    training_.insert(QStringLiteral("data"), data);
    training_.insert(QStringLiteral("steps"), steps);
    training_.insert(QStringLiteral("batchSize"), batchSize);
    training_.insert(QStringLiteral("crop"), textFocus ? QJsonValue(QStringLiteral("whole tiles")) : QJsonValue(kCrop));
    if (textFocus) {
        training_.insert(QStringLiteral("textFocusWeight"), o.textFocusWeight);
        training_.insert(QStringLiteral("recognizer"), QFileInfo(o.recognizerManifest).fileName());
        training_.insert(QStringLiteral("validationWords"), last.words);
        training_.insert(QStringLiteral("validationWordsRead"), last.readMine);
        training_.insert(QStringLiteral("validationWordsReadSrBranch"), last.readImageOnly);
        training_.insert(QStringLiteral("validationWordsReadBicubic"), last.readBicubic);
        training_.insert(QStringLiteral("validationWordsReadHigh"), last.readHigh);
    }
    training_.insert(QStringLiteral("seed"), QString::number(o.seed));
    training_.insert(QStringLiteral("learningRate"), learningRate);
    training_.insert(QStringLiteral("device"), TorchRuntime::describe(*device));
    training_.insert(QStringLiteral("machine"), MachineDescription::text());
    training_.insert(QStringLiteral("secondsPerStep"), timer.elapsed() / 1000.0 / std::max(1, steps - start));
    training_.insert(QStringLiteral("validationPsnr"), last.psnr);
    training_.insert(QStringLiteral("validationTextPsnr"), last.psnrText);
    training_.insert(QStringLiteral("validationBicubicPsnr"), last.psnrBicubic);
    training_.insert(QStringLiteral("validationBicubicTextPsnr"), last.psnrTextBicubic);
    if (textStage) {
        training_.insert(QStringLiteral("validationSrBranchPsnr"), last.psnrImageOnly);
        training_.insert(QStringLiteral("validationSrBranchTextPsnr"), last.psnrTextImageOnly);
    }
    const int64_t total = ModuleWeights::parameterCount(*model->backbone) + ModuleWeights::parameterCount(*model->srBranch)
        + ModuleWeights::parameterCount(*model->textBranch);
    const QString note = tr("Mini-GLYPH-SR (%1 parameters in all), trained from scratch on GlyphLab's synthetic scene tiles on a "
                            "CPU: pixel space with a 4×4 space-to-depth fold instead of SDXL's latent; a small UNet backbone "
                            "(widths 64/96/128) trained together with the SR branch in place of a pretrained LDM and SR "
                            "ControlNet; image statistics instead of a VLM caption; the text branch conditioned on the OCR's "
                            "words rendered at their boxes. The published system has over 13 billion parameters with its VLM.")
                             .arg(total);
    model->saveStage(o.outputFolder, stage, training_, note);
    session.message(tr("GLYPH-SR %1 written to %2.").arg(stage, QDir(o.outputFolder).filePath(TsControlModel::fileName(stage))));
}
