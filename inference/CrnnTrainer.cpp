#include "CrnnTrainer.h"

#include "CharacterSet.h"
#include "CrnnModelFile.h"
#include "CrnnNet.h"
#include "MachineDescription.h"
#include "ModelManifest.h"
#include "ModuleWeights.h"
#include "SeededRandom.h"
#include "TextMetrics.h"
#include "TorchDevice.h"
#include "TorchRuntime.h"
#include "TrainingBatch.h"
#include "TrainingData.h"
#include "TrainingSession.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>

#include <stdexcept>

namespace {

torch::Tensor enlarge(const torch::Tensor &low, const torch::Tensor &high)
{
    return torch::nn::functional::interpolate(
               low, torch::nn::functional::InterpolateFuncOptions()
                        .size(std::vector<int64_t>{high.size(2), high.size(3)})
                        .mode(torch::kBicubic).align_corners(false))
        .clamp(0, 1);
}

// Word accuracy (TextZoom protocol) of the recognizer on HR and on bicubic-enlarged LR.
std::pair<double, double> validate(CrnnNet &net, const std::vector<TextLineSample> &samples, const torch::Device &device)
{
    torch::NoGradGuard noGrad;
    net->eval();
    int hrCorrect = 0, lrCorrect = 0;
    for (size_t begin = 0; begin < samples.size(); begin += 128) {
        std::vector<size_t> indices;
        for (size_t i = begin; i < std::min(samples.size(), begin + 128); ++i)
            indices.push_back(i);
        const TrainingBatch batch = TrainingBatch::build(samples, indices, 1).to(device);
        const QList<OcrReading> hr = CrnnNetImpl::read(net->forward(batch.highResolution));
        const QList<OcrReading> lr = CrnnNetImpl::read(net->forward(enlarge(batch.lowResolution, batch.highResolution)));
        for (size_t i = 0; i < indices.size(); ++i) {
            hrCorrect += TextMetrics::isWordMatch(hr[qsizetype(i)].text, batch.texts[i]) ? 1 : 0;
            lrCorrect += TextMetrics::isWordMatch(lr[qsizetype(i)].text, batch.texts[i]) ? 1 : 0;
        }
    }
    net->train();
    const double n = std::max<size_t>(1, samples.size());
    return {hrCorrect / n, lrCorrect / n};
}

} // namespace

void CrnnTrainer::train(const Options &options, const std::function<void(const QString &)> &log)
{
    QString error;
    const auto device = TorchRuntime::resolveDevice(options.device, &error);
    if (!device)
        throw std::runtime_error(error.toStdString());
    const torch::Device torchDevice = TorchDevice::of(*device);
    TrainingSession session(options.outputFolder, log);
    const TrainingData data = TrainingData::load(options.dataFolders, 768);
    session.message(tr("CRNN: %1 training and %2 validation samples; %3.")
                        .arg(data.training().size()).arg(data.validation().size()).arg(TorchRuntime::describe(*device)));

    torch::manual_seed(options.seed);
    int width = options.width;
    CrnnNet net(CharacterSet::classCount(), width);
    if (!options.startFrom.isEmpty()) {
        ModelManifest start;
        net = CrnnModelFile::load(QDir(options.startFrom).filePath(QStringLiteral("crnn.json")), &start);
        net->train();
        width = start.architecture.value(QStringLiteral("width")).toInt(width);
        session.message(tr("CRNN: starting from the weights in %1.").arg(options.startFrom));
    }
    net->to(torchDevice);
    torch::optim::Adam optimizer(net->parameters(), torch::optim::AdamOptions(options.learningRate));
    const int start = session.resume(*net, optimizer);
    session.message(tr("CRNN: %1 parameters.").arg(ModuleWeights::parameterCount(*net)));

    QElapsedTimer timer;
    timer.start();
    double lossSum = 0;
    int lossCount = 0;
    std::pair<double, double> accuracy{0, 0};
    for (int step = start; step < options.steps; ++step) {
        // The learning rate drops tenfold for the last quarter.
        const double lr = step < options.steps * 3 / 4 ? options.learningRate : options.learningRate * 0.1;
        for (auto &group : optimizer.param_groups())
            static_cast<torch::optim::AdamOptions &>(group.options()).lr(lr);
        // The batch of step s depends only on (seed, s): a resumed run sees the same data.
        SeededRandom random = SeededRandom::forStream(options.seed, quint64(step));
        const TrainingBatch batch = TrainingBatch::build(data.training(), data.drawBatch(random, options.batchSize), 1).to(torchDevice);
        // Which half reads LR comes from the same per-step stream, not LibTorch's global
        // generator, whose state a resumed run would not share.
        std::vector<uint8_t> lowFlags;
        for (int64_t i = 0; i < batch.highResolution.size(0); ++i)
            lowFlags.push_back(random.chance(options.lowResolutionShare) ? 1 : 0);
        const torch::Tensor useLow = torch::tensor(lowFlags).to(torch::kBool).view({-1, 1, 1, 1}).to(torchDevice);
        const torch::Tensor input = torch::where(useLow, enlarge(batch.lowResolution, batch.highResolution), batch.highResolution);
        const torch::Tensor logProbabilities = net->forward(input);
        const torch::Tensor loss = CrnnNetImpl::ctcLoss(logProbabilities, batch.targets, batch.targetLengths);
        optimizer.zero_grad();
        loss.backward();
        torch::nn::utils::clip_grad_norm_(net->parameters(), 5.0);
        optimizer.step();
        lossSum += loss.item<double>();
        ++lossCount;

        const int done = step + 1;
        if (done % 50 == 0 || done == options.steps) {
            session.record(done, {QStringLiteral("ctc"), QStringLiteral("lr"), QStringLiteral("seconds")},
                           {lossSum / lossCount, lr, timer.elapsed() / 1000.0});
            session.message(tr("CRNN step %1/%2: CTC loss %3, %4 s/step")
                                .arg(done).arg(options.steps).arg(lossSum / lossCount, 0, 'f', 4)
                                .arg(timer.elapsed() / 1000.0 / (done - start), 0, 'f', 3));
            lossSum = 0;
            lossCount = 0;
        }
        if (done % options.checkpointEvery == 0 || done == options.steps) {
            accuracy = validate(net, data.validation(), torchDevice);
            session.checkpoint(done, *net, optimizer);
            session.message(tr("CRNN step %1: validation word accuracy HR %2%, LR (bicubic) %3%; checkpoint written.")
                                .arg(done).arg(accuracy.first * 100, 0, 'f', 1).arg(accuracy.second * 100, 0, 'f', 1));
        }
    }

    const QString weights = session.path(QStringLiteral("crnn.pt"));
    ModuleWeights::save(*net, weights);
    ModelManifest manifest;
    manifest.model = QStringLiteral("crnn");
    manifest.weightsFile = QStringLiteral("crnn.pt");
    manifest.sha256 = ModelManifest::sha256Of(weights);
    manifest.architecture = QJsonObject{{QStringLiteral("width"), width},
                                        {QStringLiteral("classes"), CharacterSet::classCount()},
                                        {QStringLiteral("characters"), CharacterSet::characters()},
                                        {QStringLiteral("inputHeight"), 32},
                                        {QStringLiteral("parameters"), double(ModuleWeights::parameterCount(*net))}};
    QJsonObject training;
    training.insert(QStringLiteral("data"), QJsonArray::fromStringList(options.dataFolders));
    training.insert(QStringLiteral("steps"), options.steps);
    training.insert(QStringLiteral("batchSize"), options.batchSize);
    training.insert(QStringLiteral("seed"), QString::number(options.seed));
    training.insert(QStringLiteral("learningRate"), options.learningRate);
    training.insert(QStringLiteral("lowResolutionShare"), options.lowResolutionShare);
    if (!options.startFrom.isEmpty())
        training.insert(QStringLiteral("startedFrom"), options.startFrom);
    training.insert(QStringLiteral("device"), TorchRuntime::describe(*device));
    training.insert(QStringLiteral("machine"), MachineDescription::text());
    training.insert(QStringLiteral("validationWordAccuracyHr"), accuracy.first);
    training.insert(QStringLiteral("validationWordAccuracyLrBicubic"), accuracy.second);
    manifest.training = training;
    manifest.scaleNote = tr("A small CRNN (%1 parameters) trained from scratch on GlyphLab's synthetic text lines; "
                            "stands in for the pretrained recognizers of the papers.").arg(ModuleWeights::parameterCount(*net));
    if (!manifest.write(session.path(QStringLiteral("crnn.json")), &error))
        throw std::runtime_error(error.toStdString());
    session.message(tr("CRNN written to %1.").arg(weights));
}
