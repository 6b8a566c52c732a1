// GlyphSR and its parts: the deformable convolution against direct computations, the network's
// shapes and start-up behaviour, weight files (good, missing, corrupt, mismatched), manifests,
// determinism, the shipped models through the method interface, and the CRNN engine; the
// inference forms (GlyphSrInference, CrnnInference, LstmInference, FoldedConv2d's rewrites,
// deformByGather, InferenceOps) against the straightforward forwards they replace, and batched restores against single ones.
#include "BicubicMethod.h"
#include "CancelToken.h"
#include "CharacterSet.h"
#include "CrnnInference.h"
#include "CrnnModelFile.h"
#include "CrnnOcrEngine.h"
#include "CrnnTrainer.h"
#include "DeformableConv2d.h"
#include "FoldedConv2d.h"
#include "GlyphSrInference.h"
#include "GlyphSrMethod.h"
#include "GlyphSrNet.h"
#include "GlyphSrTrainer.h"
#include "ImageMetrics.h"
#include "InferenceOps.h"
#include "LanguageModelFile.h"
#include "LanguageModelTrainer.h"
#include "LstmInference.h"
#include "MethodRunner.h"
#include "ModelManifest.h"
#include "ModuleWeights.h"
#include "RestoreCancelled.h"
#include "RestoreResult.h"
#include "TextCorpus.h"
#include "TextPriorFrames.h"
#include "TorchRuntime.h"
#include "TrainingBatch.h"
#include "TrainingTestHelpers.h"

#include <QFile>
#include <QFontDatabase>
#include <QPainter>
#include <QTemporaryDir>
#include <QtTest>

#include <torch/torch.h>

#include <future>
#include <thread>

namespace {

const QString modelsDir = QStringLiteral(GLYPHLAB_SOURCE_DIR "/resources/models");

// out[o][y][x] = b[o] + Σ_c Σ_i Σ_j w[o][c][i][j] · in[c][y + i − 1 + dy][x + j − 1 + dx], zero outside.
torch::Tensor shiftedConvolution(const torch::Tensor &input, const torch::Tensor &weight, const torch::Tensor &bias, int dy, int dx)
{
    const int64_t channels = input.size(1), height = input.size(2), width = input.size(3), outs = weight.size(0);
    torch::Tensor out = torch::zeros({1, outs, height, width});
    auto in = input.accessor<float, 4>();
    auto w = weight.accessor<float, 4>();
    auto o = out.accessor<float, 4>();
    for (int64_t k = 0; k < outs; ++k)
        for (int64_t y = 0; y < height; ++y)
            for (int64_t x = 0; x < width; ++x) {
                double sum = bias[k].item<double>();
                for (int64_t c = 0; c < channels; ++c)
                    for (int i = 0; i < 3; ++i)
                        for (int j = 0; j < 3; ++j) {
                            const int64_t sy = y + i - 1 + dy, sx = x + j - 1 + dx;
                            if (sy >= 0 && sy < height && sx >= 0 && sx < width)
                                sum += w[k][c][i][j] * in[0][c][sy][sx];
                        }
                o[0][k][y][x] = float(sum);
            }
    return out;
}

GlyphSrNetImpl::Options smallOptions()
{
    GlyphSrNetImpl::Options options;
    options.channels = 8;
    options.blocks = 4; // the glyph modules sit after block 4
    options.slots = 4;
    options.classes = CharacterSet::classCount();
    options.priorChannels = 8;
    return options;
}

// Trained-looking parameters and BatchNorm statistics (a fresh network has unit BatchNorms, a zero
// output layer and zero deformable offsets, which would hide mistakes in folding them).
void perturb(torch::nn::Module &module)
{
    torch::NoGradGuard noGrad;
    for (torch::Tensor &parameter : module.parameters())
        parameter.add_(torch::randn_like(parameter) * 0.1);
    for (const auto &buffer : module.named_buffers()) {
        if (buffer.key().find("running_mean") != std::string::npos)
            buffer.value().copy_(torch::randn_like(buffer.value()) * 0.2);
        else if (buffer.key().find("running_var") != std::string::npos)
            buffer.value().copy_(torch::rand_like(buffer.value()) * 1.5 + 0.5);
    }
}

// Walks the archive along the module's tree; false when a parameter is missing or not on the CPU.
bool allStoredOnCpu(torch::serialize::InputArchive &archive, const torch::nn::Module &module)
{
    for (const auto &item : module.named_parameters(/*recurse=*/false)) {
        torch::Tensor stored;
        if (!archive.try_read(item.key(), stored) || !stored.device().is_cpu())
            return false;
    }
    for (const auto &child : module.named_children()) {
        torch::serialize::InputArchive childArchive;
        if (!archive.try_read(child.key(), childArchive) || !allStoredOnCpu(childArchive, *child.value()))
            return false;
    }
    return true;
}

double maxDifference(const torch::Tensor &a, const torch::Tensor &b)
{
    return (a - b).abs().max().item<double>();
}

} // namespace

class TestGlyphSr : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { torch::manual_seed(7); }

    void deformableWithZeroOffsetsIsAConvolution()
    {
        const torch::Tensor input = torch::randn({1, 3, 5, 7});
        const torch::Tensor weight = torch::randn({4, 3, 3, 3});
        const torch::Tensor bias = torch::randn({4});
        const torch::Tensor offsets = torch::zeros({1, 18, 5, 7});
        const torch::Tensor deformed = DeformableConv2dImpl::deform(input, offsets, weight, bias, 3);
        QVERIFY(torch::allclose(deformed, torch::conv2d(input, weight, bias, 1, 1), 1e-4, 1e-5));
        QVERIFY(torch::allclose(deformed, shiftedConvolution(input, weight, bias, 0, 0), 1e-4, 1e-5));
    }

    void deformableFollowsIntegerOffsets()
    {
        const torch::Tensor input = torch::randn({1, 2, 6, 6});
        const torch::Tensor weight = torch::randn({3, 2, 3, 3});
        const torch::Tensor bias = torch::randn({3});
        torch::Tensor offsets = torch::zeros({1, 18, 6, 6});
        for (int tap = 0; tap < 9; ++tap) {
            offsets.select(1, 2 * tap).fill_(1.0);      // dy = +1
            offsets.select(1, 2 * tap + 1).fill_(-2.0); // dx = −2
        }
        const torch::Tensor deformed = DeformableConv2dImpl::deform(input, offsets, weight, bias, 3);
        QVERIFY(torch::allclose(deformed, shiftedConvolution(input, weight, bias, 1, -2), 1e-4, 1e-5));
    }

    void deformableInterpolatesHalfOffsets()
    {
        // Half a pixel to the right is the mean of the two neighbours (bilinear).
        const torch::Tensor input = torch::arange(16, torch::kFloat).view({1, 1, 4, 4});
        torch::Tensor weight = torch::zeros({1, 1, 3, 3});
        weight[0][0][1][1] = 1.0; // centre tap only
        torch::Tensor offsets = torch::zeros({1, 18, 4, 4});
        offsets.select(1, 2 * 4 + 1).fill_(0.5);
        const torch::Tensor out = DeformableConv2dImpl::deform(input, offsets, weight, torch::zeros({1}), 3);
        QCOMPARE(out[0][0][1][1].item<float>(), 5.5f);
        QCOMPARE(out[0][0][2][3].item<float>(), 11.0f * 0.5f); // beyond the edge: zero
    }

    void networkShapesAndBicubicStart()
    {
        GlyphSrNet net(smallOptions());
        net->eval();
        torch::NoGradGuard noGrad;
        const torch::Tensor low = torch::rand({2, 3, 16, 64});
        const torch::Tensor probabilities = torch::softmax(torch::randn({2, CharacterSet::classCount(), 1, 32}), 1);
        const GlyphSrNetImpl::Output out = net->forward(low, probabilities);
        QCOMPARE(out.image.sizes().vec(), (std::vector<int64_t>{2, 3, 32, 128}));
        QCOMPARE(out.lineLogits.sizes().vec(), (std::vector<int64_t>{2, 1, 16, 64}));
        QCOMPARE(out.characterLogits.sizes().vec(), (std::vector<int64_t>{2, 4, 16, 64}));
        QCOMPARE(out.classLogits.sizes().vec(), (std::vector<int64_t>{2, 4, int64_t(CharacterSet::classCount())}));
        // The output layer starts at zero, so an untrained network is exactly bicubic.
        const torch::Tensor bicubic = torch::nn::functional::interpolate(
            low, torch::nn::functional::InterpolateFuncOptions().size(std::vector<int64_t>{32, 128}).mode(torch::kBicubic).align_corners(false));
        QVERIFY(torch::allclose(out.image, bicubic, 1e-5, 1e-6));
        // Any width in multiples of 4 works (crops keep their aspect ratio).
        const GlyphSrNetImpl::Output wide = net->forward(torch::rand({1, 3, 16, 100}), torch::softmax(torch::randn({1, CharacterSet::classCount(), 1, 50}), 1));
        QCOMPARE(wide.image.sizes().vec(), (std::vector<int64_t>{1, 3, 32, 200}));
    }

    void ablationsHaveNoGlyphOutputs()
    {
        GlyphSrNetImpl::Options options = smallOptions();
        options.glyphModules = false;
        options.textPrior = false;
        GlyphSrNet net(options);
        const GlyphSrNetImpl::Output out = net->forward(torch::rand({1, 3, 16, 64}), torch::Tensor());
        QVERIFY(!out.lineLogits.defined());
        QCOMPARE(out.image.size(3), int64_t(128));
    }

    void sameSeedSameNetwork()
    {
        torch::manual_seed(11);
        GlyphSrNet first(smallOptions());
        torch::manual_seed(11);
        GlyphSrNet second(smallOptions());
        torch::manual_seed(12);
        GlyphSrNet third(smallOptions());
        const auto a = first->parameters(), b = second->parameters(), c = third->parameters();
        bool allEqual = true, anyDifferent = false;
        for (size_t i = 0; i < a.size(); ++i) {
            allEqual = allEqual && torch::equal(a[i], b[i]);
            anyDifferent = anyDifferent || !torch::equal(a[i], c[i]);
        }
        QVERIFY(allEqual);
        QVERIFY(anyDifferent);
    }

    void weightsRoundTripAndRefuseWrongFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("net.pt"));
        GlyphSrNet saved(smallOptions());
        ModuleWeights::save(*saved, path);
        torch::manual_seed(99);
        GlyphSrNet loaded(smallOptions());
        ModuleWeights::load(*loaded, path);
        QVERIFY(torch::equal(saved->parameters().front(), loaded->parameters().front()));

        GlyphSrNetImpl::Options wider = smallOptions();
        wider.channels = 12;
        GlyphSrNet mismatched(wider);
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, ModuleWeights::load(*mismatched, path));
        // A deeper network's file holds every tensor of the shallower one and more besides.
        GlyphSrNetImpl::Options deeper = smallOptions();
        deeper.blocks = 5;
        const QString deeperPath = dir.filePath(QStringLiteral("deeper.pt"));
        ModuleWeights::save(*GlyphSrNet(deeper), deeperPath);
        try {
            ModuleWeights::load(*loaded, deeperPath);
            QFAIL("a five-block weights file loaded into a four-block network");
        } catch (const std::runtime_error &error) {
            QVERIFY2(QString::fromUtf8(error.what()).contains(QStringLiteral("does not have")), error.what());
        }
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, ModuleWeights::load(*loaded, dir.filePath(QStringLiteral("missing.pt"))));
        QFile corrupt(dir.filePath(QStringLiteral("corrupt.pt")));
        QVERIFY(corrupt.open(QIODevice::WriteOnly));
        corrupt.write("not a weights file");
        corrupt.close();
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, ModuleWeights::load(*loaded, corrupt.fileName()));
        // A folder that is not there is named in a readable message (LibTorch's is a stack dump).
        const QString unwritable = dir.filePath(QStringLiteral("no-such-folder/glyphsr.pt"));
        try {
            ModuleWeights::save(*saved, unwritable);
            QFAIL("weights written into a folder that does not exist");
        } catch (const std::runtime_error &error) {
            QVERIFY2(QString::fromUtf8(error.what()).contains(unwritable), error.what());
        }
    }

    // Weights trained on a GPU must load in the CPU-only LibTorch that the workbench ships with,
    // and a trainer resuming on the GPU must keep its module there.
    void weightsWrittenFromTheGpuAreCpuTensors()
    {
        if (!torch::cuda::is_available())
            QSKIP("LibTorch has no CUDA device here");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("net.pt"));
        GlyphSrNet onGpu(smallOptions());
        onGpu->to(torch::kCUDA);
        ModuleWeights::save(*onGpu, path);

        torch::serialize::InputArchive archive;
        archive.load_from(path.toStdString()); // no device mapping: the tensors as stored
        QVERIFY(allStoredOnCpu(archive, *onGpu));
        GlyphSrNet onCpu(smallOptions());
        ModuleWeights::load(*onCpu, path);
        for (const auto &parameter : onCpu->parameters())
            QVERIFY(parameter.device().is_cpu());
        QVERIFY(torch::equal(onCpu->parameters().front(), onGpu->parameters().front().cpu()));

        GlyphSrNet resumed(smallOptions());
        resumed->to(torch::kCUDA);
        ModuleWeights::load(*resumed, path);
        for (const auto &parameter : resumed->parameters())
            QVERIFY(parameter.device().is_cuda());
        QVERIFY(torch::equal(resumed->parameters().back().cpu(), onGpu->parameters().back().cpu()));
    }

    void manifestChecksAndArchitecture()
    {
        QTemporaryDir dir;
        QFile weights(dir.filePath(QStringLiteral("w.pt")));
        QVERIFY(weights.open(QIODevice::WriteOnly));
        weights.write("weights");
        weights.close();
        ModelManifest manifest;
        manifest.model = QStringLiteral("glyphsr");
        manifest.weightsFile = QStringLiteral("w.pt");
        manifest.sha256 = ModelManifest::sha256Of(weights.fileName());
        manifest.architecture = QJsonObject{{QStringLiteral("channels"), 32}};
        const QString path = dir.filePath(QStringLiteral("w.json"));
        QVERIFY(manifest.write(path, nullptr));
        const ModelManifest read = ModelManifest::read(path);
        QCOMPARE(read.verify(path, QStringLiteral("glyphsr"), QJsonObject{{QStringLiteral("channels"), 32}}), weights.fileName());
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, read.verify(path, QStringLiteral("crnn"), {}));
        // The message names the key and both values as they are, not as JSON.
        try {
            read.verify(path, QStringLiteral("glyphsr"), QJsonObject{{QStringLiteral("channels"), 64}});
            QFAIL("another architecture was accepted");
        } catch (const std::runtime_error &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("was trained with channels = 32, but this program builds 64")), e.what());
        }
        try {
            read.verify(path, QStringLiteral("glyphsr"), QJsonObject{{QStringLiteral("blocks"), 5}});
            QFAIL("a manifest without a required key was accepted");
        } catch (const std::runtime_error &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("blocks = (not recorded)")), e.what());
        }
        QVERIFY(weights.open(QIODevice::Append));
        weights.write("tampered");
        weights.close();
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, read.verify(path, QStringLiteral("glyphsr"), {}));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, ModelManifest::read(dir.filePath(QStringLiteral("none.json"))));
    }

    void shippedGlyphSrRestoresThroughTheMethodInterface()
    {
        if (!QFile::exists(modelsDir + QStringLiteral("/glyphsr.json")))
            QSKIP("no shipped glyphsr.json");
        GlyphSrMethod method;
        RestoreOptions options;
        options.device = QStringLiteral("cpu");
        QList<StepRecord> steps;
        const QImage crop = renderedWord(QStringLiteral("Garden"), QSize(64, 16));
        const RestoreResult result = MethodRunner::run(method, crop, options, [&](const StepRecord &s) { steps << s; }, CancelToken());
        QVERIFY2(result.succeeded(), qPrintable(result.error));
        QCOMPARE(result.image.size(), QSize(128, 32));
        QCOMPARE(steps.size(), 1);
        QVERIFY(steps.first().values.value(QStringLiteral("lineMask")).value<QImage>().size() == QSize(64, 16));
        QVERIFY(steps.first().values.contains(QStringLiteral("readingOutput")));
        // Deterministic: the same crop gives the same pixels.
        const RestoreResult again = MethodRunner::run(method, crop, options, {}, CancelToken());
        QCOMPARE(again.image, result.image);
        options.scale = 4;
        steps.clear();
        const RestoreResult four = MethodRunner::run(method, QImage(renderedWord(QStringLiteral("ok"), QSize(30, 12))), options,
                                                     [&](const StepRecord &s) { steps << s; }, CancelToken());
        QVERIFY2(four.succeeded(), qPrintable(four.error));
        QCOMPARE(four.image.size(), QSize(120, 48));
        QCOMPARE(steps.size(), 2);
    }

    void missingOrMismatchedModelsGiveAMessage()
    {
        QTemporaryDir dir;
        GlyphSrMethod missing(QStringLiteral("x"), QStringLiteral("x"), dir.filePath(QStringLiteral("glyphsr.json")),
                              dir.filePath(QStringLiteral("crnn.json")));
        RestoreOptions options;
        options.device = QStringLiteral("cpu");
        const RestoreResult result = MethodRunner::run(missing, renderedWord(QStringLiteral("a"), QSize(32, 16)), options, {}, CancelToken());
        QCOMPARE(result.status, RestoreResult::Status::Failed);
        QVERIFY2(result.error.contains(QStringLiteral("crnn.json")) || result.error.contains(QStringLiteral("glyphsr.json")), qPrintable(result.error));

        if (!QFile::exists(modelsDir + QStringLiteral("/glyphsr.json")))
            return;
        // GlyphSR weights with a recognizer they were not trained with are refused.
        QFile::copy(modelsDir + QStringLiteral("/glyphsr.json"), dir.filePath(QStringLiteral("glyphsr.json")));
        QFile::copy(modelsDir + QStringLiteral("/glyphsr.pt"), dir.filePath(QStringLiteral("glyphsr.pt")));
        ModelManifest other = ModelManifest::read(modelsDir + QStringLiteral("/crnn.json"));
        QFile::copy(modelsDir + QStringLiteral("/crnn.pt"), dir.filePath(QStringLiteral("crnn.pt")));
        QFile crnn(dir.filePath(QStringLiteral("crnn.pt")));
        QVERIFY(crnn.open(QIODevice::Append)); // a different (damaged) recognizer file
        crnn.write("x");
        crnn.close();
        other.sha256 = ModelManifest::sha256Of(crnn.fileName());
        QVERIFY(other.write(dir.filePath(QStringLiteral("crnn.json")), nullptr));
        GlyphSrMethod mismatched(QStringLiteral("y"), QStringLiteral("y"), dir.filePath(QStringLiteral("glyphsr.json")),
                                 dir.filePath(QStringLiteral("crnn.json")));
        const RestoreResult refused = MethodRunner::run(mismatched, renderedWord(QStringLiteral("a"), QSize(32, 16)), options, {}, CancelToken());
        QCOMPARE(refused.status, RestoreResult::Status::Failed);
        QVERIFY2(refused.error.contains(QStringLiteral("was trained with another recognizer than the crnn.json in use")), qPrintable(refused.error));
    }

    void inferenceOpsMatchLibTorch()
    {
        torch::InferenceMode inferenceMode;
        const torch::Tensor x = torch::cat({torch::randn({1000}) * 6, torch::tensor({-100.0f, -30.0f, 0.0f, 19.9f, 20.1f, 100.0f, 3e4f})});
        QVERIFY2(torch::allclose(InferenceOps::mish(x), torch::mish(x), 1e-5, 1e-6), "mish");
        for (const auto &[h, w] : std::vector<std::pair<int64_t, int64_t>>{{16, 64}, {9, 13}, {1, 7}}) {
            const torch::Tensor image = torch::randn({2, 5, h, w});
            if (h >= 2)
                QVERIFY(torch::equal(InferenceOps::maxPool(image, 2, 2), torch::max_pool2d(image, {2, 2})));
            QVERIFY(torch::equal(InferenceOps::maxPool(image, 1, 2), torch::max_pool2d(image, {1, 2})));
            const torch::Tensor channelsLast = image.contiguous(at::MemoryFormat::ChannelsLast);
            if (h >= 2)
                QVERIFY(torch::equal(InferenceOps::maxPool(channelsLast, 2, 1), torch::max_pool2d(image, {2, 1})));
        }
    }

    void deformByGatherMatchesGridSample()
    {
        torch::InferenceMode inferenceMode;
        // Offsets up to ±4 pixels reach well beyond the edges; one-pixel axes are a special case
        // of grid_sample that the gather copies.
        for (const auto &[h, w] : std::vector<std::pair<int64_t, int64_t>>{{6, 9}, {16, 64}, {1, 5}, {4, 1}}) {
            const torch::Tensor input = torch::randn({2, 3, h, w});
            const torch::Tensor offsets = (torch::rand({2, 18, h, w}) * 8 - 4);
            const torch::Tensor weight = torch::randn({4, 3, 3, 3}), bias = torch::randn({4});
            const torch::Tensor mixing = DeformableConv2dImpl::gatherMixing(weight);
            const torch::Tensor gathered = DeformableConv2dImpl::deformByGather(
                input, offsets, [&](const torch::Tensor &t) { return torch::conv2d(t, mixing, bias); }, 3);
            const torch::Tensor reference = DeformableConv2dImpl::deform(input, offsets, weight, bias, 3);
            QVERIFY2(maxDifference(gathered, reference) < 1e-4, qPrintable(QStringLiteral("%1×%2: %3").arg(h).arg(w).arg(maxDifference(gathered, reference))));
            // Both ways of gathering (the loops on a CPU, the tensor operations elsewhere).
            const torch::Tensor byLoops = DeformableConv2dImpl::gatherTapsInLoops(input, offsets, 3);
            const torch::Tensor byTensors = DeformableConv2dImpl::gatherTaps(input, offsets, 3);
            QCOMPARE(byLoops.sizes(), byTensors.sizes());
            QVERIFY2(maxDifference(byLoops, byTensors) < 1e-5, qPrintable(QStringLiteral("%1×%2: %3").arg(h).arg(w).arg(maxDifference(byLoops, byTensors))));
            QVERIFY(byLoops.abs().sum().item<float>() > 0);
        }
    }

    // The rewrites FoldedConv2d makes for speed against ATen's own convolutions.
    void foldedTransposedConvolutionsMatchLibTorch_data()
    {
        QTest::addColumn<int>("kernelHeight");
        QTest::addColumn<int>("kernelWidth");
        QTest::addColumn<int>("strideHeight");
        QTest::addColumn<int>("strideWidth");
        QTest::addColumn<int>("paddingHeight");
        QTest::addColumn<int>("paddingWidth");
        QTest::addColumn<bool>("asPhases");
        // The text prior generator's three, then shapes the phase rewrite does not cover.
        QTest::newRow("4×3, stride 4×1") << 4 << 3 << 4 << 1 << 0 << 1 << true;
        QTest::newRow("4×4, stride 2") << 4 << 4 << 2 << 2 << 1 << 1 << true;
        QTest::newRow("6×6, stride 2") << 6 << 6 << 2 << 2 << 2 << 2 << true;
        QTest::newRow("3×3, stride 3") << 3 << 3 << 3 << 3 << 0 << 0 << true;
        QTest::newRow("3×3, stride 2") << 3 << 3 << 2 << 2 << 1 << 1 << false;
        QTest::newRow("4×4, stride 2, no padding") << 4 << 4 << 2 << 2 << 0 << 0 << false;
    }

    void foldedTransposedConvolutionsMatchLibTorch()
    {
        QFETCH(int, kernelHeight);
        QFETCH(int, kernelWidth);
        QFETCH(int, strideHeight);
        QFETCH(int, strideWidth);
        QFETCH(int, paddingHeight);
        QFETCH(int, paddingWidth);
        QFETCH(bool, asPhases);
        torch::nn::ConvTranspose2d conv(torch::nn::ConvTranspose2dOptions(5, 7, {kernelHeight, kernelWidth})
                                            .stride({strideHeight, strideWidth}).padding({paddingHeight, paddingWidth}));
        torch::nn::BatchNorm2d norm(7);
        perturb(*conv);
        perturb(*norm);
        norm->eval();
        torch::InferenceMode inferenceMode;
        const FoldedConv2d folded = FoldedConv2d::fromTransposed(conv, norm);
        // The phase form is an ordinary convolution with stride² times the outputs.
        QCOMPARE(folded.weight().size(0) == 7 * strideHeight * strideWidth, asPhases);
        for (const auto &[h, w] : std::vector<std::pair<int64_t, int64_t>>{{1, 32}, {4, 9}, {5, 1}}) {
            const torch::Tensor input = torch::randn({2, 5, h, w});
            const torch::Tensor reference = norm->forward(conv->forward(input));
            const torch::Tensor fast = folded(input);
            QCOMPARE(fast.sizes(), reference.sizes());
            QVERIFY2(maxDifference(fast, reference) < 1e-4, qPrintable(QStringLiteral("%1×%2: %3").arg(h).arg(w).arg(maxDifference(fast, reference))));
        }
    }

    void foldedShiftedTapsMatchLibTorch()
    {
        torch::InferenceMode inferenceMode;
        // GlyphSR's output convolution (5×5, 128 → 12), an uneven kernel with uneven padding, and
        // one that stays with oneDNN (16 inputs only): all against at::conv2d.
        for (const auto &[outputs, inputs, kh, kw, padY, padX] :
             std::vector<std::tuple<int64_t, int64_t, int64_t, int64_t, int64_t, int64_t>>{
                 {12, 128, 5, 5, 2, 2}, {3, 64, 3, 7, 0, 3}, {8, 16, 5, 5, 2, 2}}) {
            const torch::Tensor weight = torch::randn({outputs, inputs, kh, kw}) * 0.1, bias = torch::randn({outputs});
            const FoldedConv2d folded(weight, bias, {padY, padX});
            for (const auto &[h, w] : std::vector<std::pair<int64_t, int64_t>>{{16, 64}, {3, 5}, {1, 9}}) {
                if (h + 2 * padY < kh || w + 2 * padX < kw)
                    continue;
                const torch::Tensor input = torch::randn({2, inputs, h, w});
                const torch::Tensor reference = torch::conv2d(input, weight, bias, 1, {padY, padX});
                const torch::Tensor fast = folded(input);
                QCOMPARE(fast.sizes(), reference.sizes());
                QVERIFY2(maxDifference(fast, reference) < 1e-4,
                         qPrintable(QStringLiteral("%1→%2, %3×%4 kernel, %5×%6: %7").arg(inputs).arg(outputs).arg(kh).arg(kw).arg(h).arg(w).arg(maxDifference(fast, reference))));
            }
        }
    }

    // GlyphSR restores each crop on one thread (TorchRuntime::ThreadLimit); the limit is this
    // thread's alone, holds through the thread's first parallel work, and ends with the object.
    void threadLimitHoldsForItsThreadOnly()
    {
        TorchRuntime::useAllCores();
        const int all = torch::get_num_threads();
        if (all < 2)
            QSKIP("One core: there is nothing to limit");
        int during = 0, afterWork = 0, after = 0, mainMeanwhile = 0;
        std::promise<void> limited, checked;
        std::thread worker([&] {
            {
                const TorchRuntime::ThreadLimit oneThread(1); // before this thread's first parallel work
                during = torch::get_num_threads();
                const torch::Tensor work = torch::randn({1 << 18}).exp_().sum();
                afterWork = torch::get_num_threads();
                limited.set_value();
                checked.get_future().wait();
            }
            after = torch::get_num_threads();
        });
        limited.get_future().wait();
        mainMeanwhile = torch::get_num_threads();
        checked.set_value();
        worker.join();
        QCOMPARE(during, 1);
        QCOMPARE(afterWork, 1);
        QCOMPARE(mainMeanwhile, all);
        QCOMPARE(after, all);
        QCOMPARE(torch::get_num_threads(), all);
    }

    void lstmInferenceMatchesTheModule()
    {
        for (const bool bidirectional : {true, false}) {
            torch::nn::LSTM lstm(torch::nn::LSTMOptions(6, 5).bidirectional(bidirectional));
            perturb(*lstm);
            const LstmInference fast(lstm);
            const torch::Tensor sequence = torch::randn({7, 3, 6});
            torch::Tensor reference;
            {
                torch::NoGradGuard noGrad;
                reference = std::get<0>(lstm->forward(sequence));
            }
            {
                torch::InferenceMode inferenceMode;
                const torch::Tensor result = fast.forward(sequence);
                QCOMPARE(result.sizes(), reference.sizes());
                QVERIFY2(maxDifference(result, reference) < 1e-5, qPrintable(QString::number(maxDifference(result, reference))));
            }
            // A sequence that needs gradients goes through the module, so that they can be taken.
            const torch::Tensor trainable = sequence.clone().requires_grad_(true);
            const torch::Tensor withGradient = fast.forward(trainable);
            QVERIFY(withGradient.requires_grad());
            withGradient.sum().backward();
            QVERIFY(trainable.grad().defined());
        }
    }

    void inferenceFormsMatchRandomNetworks_data()
    {
        QTest::addColumn<bool>("textPrior");
        QTest::addColumn<bool>("glyphModules");
        QTest::addColumn<bool>("withProbabilities");
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("width");
        QTest::newRow("full") << true << true << true << 16 << 64;
        QTest::newRow("full, odd size") << true << true << true << 9 << 26;
        QTest::newRow("second pass size") << true << true << true << 32 << 128;
        QTest::newRow("prior missing") << true << true << false << 16 << 40;
        QTest::newRow("no prior") << false << true << false << 16 << 64;
        QTest::newRow("no glyph modules") << true << false << true << 16 << 64;
        QTest::newRow("neither") << false << false << false << 16 << 32;
    }

    void inferenceFormsMatchRandomNetworks()
    {
        QFETCH(bool, textPrior);
        QFETCH(bool, glyphModules);
        QFETCH(bool, withProbabilities);
        QFETCH(int, height);
        QFETCH(int, width);
        GlyphSrNetImpl::Options options = smallOptions();
        options.textPrior = textPrior;
        options.glyphModules = glyphModules;
        GlyphSrNet net(options);
        perturb(*net);
        net->eval();
        const GlyphSrInference fast(net);
        torch::InferenceMode inferenceMode;
        const torch::Tensor low = torch::rand({2, 3, height, width});
        const torch::Tensor probabilities = withProbabilities
            ? torch::softmax(torch::randn({2, CharacterSet::classCount(), 1, width / 2}), 1) : torch::Tensor();
        const GlyphSrNetImpl::Output reference = net->forward(low, probabilities);
        const GlyphSrNetImpl::Output quick = fast.forward(low, probabilities, true);
        // The perturbed network's outputs are far from [0,1]: compare relative to their size.
        const double scale = std::max(1.0, reference.image.abs().max().item<double>());
        QVERIFY2(maxDifference(quick.image, reference.image) < 1e-4 * scale, qPrintable(QString::number(maxDifference(quick.image, reference.image))));
        QCOMPARE(quick.lineLogits.defined(), glyphModules);
        if (glyphModules) {
            QVERIFY(maxDifference(quick.lineLogits, reference.lineLogits) < 1e-4 * std::max(1.0, reference.lineLogits.abs().max().item<double>()));
            QVERIFY(maxDifference(quick.characterLogits, reference.characterLogits) < 1e-4 * std::max(1.0, reference.characterLogits.abs().max().item<double>()));
            QVERIFY(maxDifference(quick.classLogits, reference.classLogits) < 1e-4 * std::max(1.0, reference.classLogits.abs().max().item<double>()));
            // Without glyph outputs only the character maps, which the fusion needs, are computed.
            const GlyphSrNetImpl::Output lean = fast.forward(low, probabilities, false);
            QVERIFY(!lean.lineLogits.defined() && !lean.classLogits.defined());
            QVERIFY(torch::allclose(lean.image, quick.image, 0, 1e-6));
        }
        // A copy: training the network further does not change the frozen form.
        {
            torch::NoGradGuard noGrad;
            for (torch::Tensor &parameter : net->parameters())
                parameter.add_(1.0);
            for (torch::Tensor &buffer : net->buffers())
                buffer.add_(1);
        }
        QVERIFY(torch::equal(fast.forward(low, probabilities, true).image, quick.image));
    }

    void inferenceFormsMatchTheShippedModels()
    {
        if (!QFile::exists(modelsDir + QStringLiteral("/glyphsr.json")))
            QSKIP("no shipped glyphsr.json");
        const ModelManifest manifest = ModelManifest::read(modelsDir + QStringLiteral("/glyphsr.json"));
        CrnnNet crnn = CrnnModelFile::load(modelsDir + QStringLiteral("/crnn.json"));
        GlyphSrNetImpl::Options options;
        options.channels = manifest.architecture.value(QStringLiteral("channels")).toInt();
        options.blocks = manifest.architecture.value(QStringLiteral("blocks")).toInt();
        options.slots = manifest.architecture.value(QStringLiteral("slots")).toInt();
        options.priorChannels = manifest.architecture.value(QStringLiteral("priorChannels")).toInt();
        options.classes = CharacterSet::classCount();
        GlyphSrNet net(options);
        ModuleWeights::load(*net, modelsDir + QStringLiteral("/glyphsr.pt"));
        net->eval();
        const GlyphSrInference fast(net);
        const CrnnInference fastCrnn(crnn);
        torch::InferenceMode inferenceMode;
        namespace F = torch::nn::functional;
        std::vector<torch::Tensor> inputs = {torch::rand({3, 3, 16, 64}), torch::rand({1, 3, 32, 136})};
        for (const QString &word : {QStringLiteral("Garden"), QStringLiteral("ok"), QStringLiteral("Restoration")}) {
            const QImage image = renderedWord(word, QSize(int(16 * word.size() * 0.6 / 4 + 1) * 4, 16));
            inputs.push_back(TrainingBatch::imageTensor(image));
        }
        for (const torch::Tensor &low : inputs) {
            const torch::Tensor enlarged = F::interpolate(low, F::InterpolateFuncOptions()
                .size(std::vector<int64_t>{32, low.size(3) * 32 / low.size(2)}).mode(torch::kBicubic).align_corners(false)).clamp(0, 1);
            const torch::Tensor logProbabilities = crnn->forward(enlarged);
            const torch::Tensor fastLogProbabilities = fastCrnn.forward(enlarged);
            QVERIFY2(maxDifference(fastLogProbabilities, logProbabilities) < 1e-4, qPrintable(QString::number(maxDifference(fastLogProbabilities, logProbabilities))));
            QVERIFY(torch::equal(CrnnInference::probabilityMap(logProbabilities), crnn->probabilityMap(enlarged)));
            // The method's whole path: each network's fast form against its reference forward.
            const GlyphSrNetImpl::Output reference = net->forward(low, crnn->probabilityMap(enlarged));
            const GlyphSrNetImpl::Output quick = fast.forward(low, CrnnInference::probabilityMap(fastLogProbabilities), true);
            QVERIFY2(maxDifference(quick.image, reference.image) < 1e-4, qPrintable(QString::number(maxDifference(quick.image, reference.image))));
            QVERIFY(maxDifference(quick.characterLogits, reference.characterLogits) < 1e-3);
            QVERIFY(maxDifference(quick.classLogits, reference.classLogits) < 1e-3);
        }
    }

    void batchRestoreMatchesSingleRestores()
    {
        if (!QFile::exists(modelsDir + QStringLiteral("/glyphsr.json")))
            QSKIP("no shipped glyphsr.json");
        GlyphSrMethod method;
        BicubicMethod bicubic;
        RestoreOptions options;
        options.device = QStringLiteral("cpu");
        ComputeDevice cpu;
        // Two crops share a network input size (a batch of two), one does not.
        const std::vector<QImage> crops = {renderedWord(QStringLiteral("Garden"), QSize(64, 16)), renderedWord(QStringLiteral("ok"), QSize(30, 12)),
                                           renderedWord(QStringLiteral("River"), QSize(64, 16)), renderedWord(QStringLiteral("long line"), QSize(130, 33))};
        for (int scale : {2, 4}) {
            options.scale = scale;
            const std::vector<QImage> batched = method.restoreBatch(crops, options, cpu, CancelToken());
            const std::vector<QImage> bicubicBatched = bicubic.restoreBatch(crops, options, cpu, CancelToken());
            QCOMPARE(batched.size(), crops.size());
            for (size_t i = 0; i < crops.size(); ++i) {
                const QImage single = method.restore(crops[i], options, cpu, [](const StepRecord &) {}, CancelToken());
                QCOMPARE(batched[i].size(), crops[i].size() * scale);
                QCOMPARE(batched[i].format(), single.format());
                // Equal up to float rounding in the 8-bit result.
                int worst = 0;
                for (int y = 0; y < single.height(); ++y) {
                    const uchar *a = single.constScanLine(y), *b = batched[i].constScanLine(y);
                    for (int x = 0; x < single.width() * 3; ++x)
                        worst = std::max(worst, std::abs(int(a[x]) - int(b[x])));
                }
                QVERIFY2(worst <= 1, qPrintable(QStringLiteral("crop %1 ×%2: %3").arg(i).arg(scale).arg(worst)));
                QCOMPARE(bicubicBatched[i], bicubic.restore(crops[i], options, cpu, [](const StepRecord &) {}, CancelToken()));
            }
        }
        CancelToken cancelled;
        cancelled.cancel();
        QVERIFY_THROWS_EXCEPTION(RestoreCancelled, method.restoreBatch(crops, options, cpu, cancelled));
        QVERIFY(method.restoreBatch({}, options, cpu, CancelToken()).empty());
    }

    void stepDetailsAreOptional()
    {
        if (!QFile::exists(modelsDir + QStringLiteral("/glyphsr.json")))
            QSKIP("no shipped glyphsr.json");
        GlyphSrMethod method;
        RestoreOptions options;
        options.device = QStringLiteral("cpu");
        const QImage crop = renderedWord(QStringLiteral("Garden"), QSize(64, 16));
        QList<StepRecord> detailed, plain;
        const RestoreResult withDetails = MethodRunner::run(method, crop, options, [&](const StepRecord &s) { detailed << s; }, CancelToken());
        options.stepDetails = false;
        const RestoreResult without = MethodRunner::run(method, crop, options, [&](const StepRecord &s) { plain << s; }, CancelToken());
        QVERIFY(withDetails.succeeded() && without.succeeded());
        QCOMPARE(without.image, withDetails.image);
        QCOMPARE(plain.size(), 1);
        QCOMPARE(without.stepsDone, 1);
        QVERIFY(detailed.first().values.contains(QStringLiteral("charMasks")));
        QVERIFY(plain.first().values.isEmpty());
        QVERIFY(!plain.first().caption.isEmpty());
    }

    // A crop taller than the trained 16-pixel line is worked on at its own height up to the
    // "height" option, and never shrunk so far that the result has less detail than the input.
    // "colours=input" (the default) keeps the bicubic enlargement's hues: the network's
    // correction is the same in all three channels. "network" lets the network change them.
    void restoredColoursFollowTheChosenSetting()
    {
        if (!QFile::exists(modelsDir + QStringLiteral("/glyphsr.json")))
            QSKIP("no shipped glyphsr.json");
        // Light text on a strong blue at the trained line height, as on the demo photo's sign.
        QImage crop(64, 16, QImage::Format_RGB888);
        crop.fill(QColor(30, 70, 170));
        {
            QPainter painter(&crop);
            QFont font(QStringLiteral("DejaVu Sans"));
            font.setPixelSize(11);
            painter.setFont(font);
            painter.setPen(QColor(235, 235, 235));
            painter.drawText(crop.rect(), Qt::AlignCenter, QStringLiteral("Road"));
        }
        namespace F = torch::nn::functional;
        const torch::Tensor bicubic = F::interpolate(TrainingBatch::imageTensor(crop),
                                                     F::InterpolateFuncOptions().size(std::vector<int64_t>{32, 128})
                                                         .mode(torch::kBicubic).align_corners(false))[0] * 255.0;
        // The largest spread between the channels of (result − bicubic), in levels, over the
        // pixels no channel of which is clipped; and the mean size of the correction.
        const auto spreadAndMean = [&](const QImage &result, double *meanCorrection) {
            double spread = 0, sum = 0;
            int counted = 0;
            for (int y = 0; y < 32; ++y)
                for (int x = 0; x < 128; ++x) {
                    const QRgb p = result.pixel(x, y);
                    const int levels[3] = {qRed(p), qGreen(p), qBlue(p)};
                    double low = 1e9, high = -1e9;
                    bool clipped = false;
                    for (int c = 0; c < 3; ++c) {
                        clipped = clipped || levels[c] == 0 || levels[c] == 255;
                        const double d = levels[c] - bicubic[c][y][x].item<double>();
                        low = std::min(low, d);
                        high = std::max(high, d);
                        sum += std::abs(d);
                    }
                    if (!clipped) {
                        spread = std::max(spread, high - low);
                        ++counted;
                    }
                }
            *meanCorrection = sum / (3 * 32 * 128);
            return counted > 32 * 128 / 2 ? spread : -1.0;
        };
        GlyphSrMethod method;
        RestoreOptions options;
        options.device = QStringLiteral("cpu");
        const auto restored = [&](const QString &colours) {
            RestoreOptions o = options;
            if (!colours.isEmpty())
                o.parameters = {{QStringLiteral("colours"), colours}};
            const RestoreResult result = MethodRunner::run(method, crop, o, {}, CancelToken());
            return result.succeeded() ? result.image.convertToFormat(QImage::Format_RGB888) : QImage();
        };
        const QImage byDefault = restored(QString()), input = restored(QStringLiteral("input")),
                     network = restored(QStringLiteral("network"));
        QVERIFY(!byDefault.isNull() && !input.isNull() && !network.isNull());
        QCOMPARE(byDefault, input);
        double inputMean = 0, networkMean = 0;
        const double inputSpread = spreadAndMean(input, &inputMean), networkSpread = spreadAndMean(network, &networkMean);
        // Each channel is rounded to a level on its own: two of them can differ by one.
        QVERIFY2(inputSpread >= 0 && inputSpread <= 1.01, qPrintable(QString::number(inputSpread)));
        QVERIFY2(inputMean > 2.0, qPrintable(QStringLiteral("mean correction %1 levels").arg(inputMean)));
        QVERIFY2(networkSpread > 10.0, qPrintable(QString::number(networkSpread)));
        // The batch path keeps the colours the same way.
        const std::vector<QImage> batched = method.restoreBatch({crop}, options, ComputeDevice(), CancelToken());
        QCOMPARE(batched.front().convertToFormat(QImage::Format_RGB888), input);

        RestoreOptions unknown = options;
        unknown.parameters = {{QStringLiteral("colours"), QStringLiteral("sepia")}};
        const RestoreResult refused = MethodRunner::run(method, crop, unknown, {}, CancelToken());
        QVERIFY(!refused.succeeded());
        QVERIFY2(refused.error.contains(QStringLiteral("sepia")), qPrintable(refused.error));
    }

    void tallCropsAreWorkedOnAtTheirOwnHeight()
    {
        if (!QFile::exists(modelsDir + QStringLiteral("/glyphsr.json")))
            QSKIP("no shipped glyphsr.json");
        GlyphSrMethod method;
        RestoreOptions options;
        options.device = QStringLiteral("cpu");
        const QImage truth = renderedWord(QStringLiteral("Harbour"), QSize(320, 80));
        const QImage crop = truth.scaled(160, 40, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        const auto maskSize = [&](const QVariantMap &parameters, QImage *image) {
            RestoreOptions o = options;
            o.parameters = parameters;
            QList<StepRecord> steps;
            const RestoreResult result = MethodRunner::run(method, crop, o, [&](const StepRecord &s) { steps << s; }, CancelToken());
            if (!result.succeeded() || steps.size() != 1)
                return QSize();
            *image = result.image;
            return steps.first().values.value(QStringLiteral("lineMask")).value<QImage>().size();
        };
        QImage own, capped, enlarged;
        QCOMPARE(maskSize({{QStringLiteral("height"), 64}}, &own), QSize(160, 40));
        QCOMPARE(maskSize({{QStringLiteral("height"), 24}}, &capped), QSize(96, 24));
        // By default (16), brought to 16 pixels the ×2 output would be lower than the crop: no
        // network pass.
        QCOMPARE(maskSize({}, &enlarged), QSize(0, 0));
        QCOMPARE(enlarged, crop.scaled(320, 80, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
        for (const QImage &image : {own, capped})
            QCOMPARE(image.size(), QSize(320, 80));
        const double ownPsnr = ImageMetrics::psnr(own, truth), cappedPsnr = ImageMetrics::psnr(capped, truth);
        QVERIFY2(ownPsnr > cappedPsnr + 0.5, qPrintable(QStringLiteral("own height %1 dB, capped at 24 px %2 dB").arg(ownPsnr).arg(cappedPsnr)));
        // The batch path takes the option too.
        options.parameters = {{QStringLiteral("height"), 24}};
        const std::vector<QImage> batched = method.restoreBatch({crop}, options, ComputeDevice(), CancelToken());
        QCOMPARE(batched.front().size(), QSize(320, 80));
        QVERIFY(ImageMetrics::psnr(batched.front(), capped) > 40.0);
        // ×4: the second pass works at the cap too (320×80 brought to 256×64).
        options.parameters = {{QStringLiteral("height"), 64}};
        options.scale = 4;
        QList<StepRecord> steps;
        const RestoreResult four = MethodRunner::run(method, crop, options, [&](const StepRecord &s) { steps << s; }, CancelToken());
        QVERIFY2(four.succeeded(), qPrintable(four.error));
        QCOMPARE(four.image.size(), QSize(640, 160));
        QCOMPARE(steps.size(), 2);
        QVERIFY2(steps[0].caption.contains(QStringLiteral("160×40")) && steps[1].caption.contains(QStringLiteral("256×64")),
                 qPrintable(steps[0].caption + QLatin1Char('|') + steps[1].caption));
        // A line at least twice the working height gets no network pass (the network draws doubled,
        // outlined strokes on text that large): a plain ×2 enlargement, said so in the step.
        options.scale = 2;
        options.parameters.clear();
        steps.clear();
        const QImage huge = renderedWord(QStringLiteral("Harbour"), QSize(480, 130));
        const RestoreResult plain = MethodRunner::run(method, huge, options, [&](const StepRecord &s) { steps << s; }, CancelToken());
        QVERIFY2(plain.succeeded(), qPrintable(plain.error));
        QCOMPARE(plain.image, huge.scaled(960, 260, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
        QCOMPARE(steps.size(), 1);
        QVERIFY2(steps[0].caption.contains(QStringLiteral("without the network")), qPrintable(steps[0].caption));
        QCOMPARE(method.restoreBatch({huge, crop}, options, ComputeDevice(), CancelToken()).front(), plain.image);
        for (const QVariant &bad : {QVariant(8), QVariant(200), QVariant(20.5), QVariant(QStringLiteral("tall"))}) {
            options.parameters = {{QStringLiteral("height"), bad}};
            const RestoreResult refused = MethodRunner::run(method, crop, options, {}, CancelToken());
            QCOMPARE(refused.status, RestoreResult::Status::Failed);
            QVERIFY2(refused.error.contains(QStringLiteral("working height")), qPrintable(refused.error));
        }
    }

    void crnnEngineReadsAClearWord()
    {
        CrnnOcrEngine engine(modelsDir + QStringLiteral("/crnn.json"));
        QString why;
        if (!engine.isAvailable(&why))
            QSKIP(qPrintable(why));
        QCOMPARE(engine.recognize(renderedWord(QStringLiteral("market"), QSize(128, 32))).text, QStringLiteral("market"));
        QCOMPARE(engine.recognize(renderedWord(QStringLiteral("2024"), QSize(100, 32))).text, QStringLiteral("2024"));
        QVERIFY(engine.recognize(QImage()).text.isEmpty());
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, engine.detect(renderedWord(QStringLiteral("x"), QSize(50, 50))));
        CrnnOcrEngine missing(QStringLiteral("/nonexistent/crnn.json"));
        QVERIFY(!missing.isAvailable(&why));
        QVERIFY(!why.isEmpty());
    }

    // The recognizer's training: the same seed gives the same weights, and a run stopped after
    // a checkpoint and started again ends where an uninterrupted one does (which half of a batch
    // reads LR must not come from LibTorch's global generator, which a resumed run starts afresh).
    void crnnTrainingIsDeterministicAndResumes()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString data = dir.filePath(QStringLiteral("lines"));
        QVERIFY(synthesizeLines(data));

        CrnnTrainer::Options o;
        o.dataFolders = {data};
        o.steps = 4;
        o.batchSize = 8;
        o.checkpointEvery = 2;
        o.width = 8;
        o.seed = 3;
        o.device = QStringLiteral("cpu");
        const auto trainInto = [&](const QString &folder, const std::function<void(const QString &)> &log) {
            CrnnTrainer::Options inFolder = o;
            inFolder.outputFolder = dir.filePath(folder);
            CrnnTrainer::train(inFolder, log);
            return CrnnModelFile::load(dir.filePath(folder + QStringLiteral("/crnn.json")));
        };
        const auto quiet = [](const QString &) {};
        const CrnnNet a = trainInto(QStringLiteral("a"), quiet);
        QVERIFY(sameWeights(a->parameters(), trainInto(QStringLiteral("b"), quiet)->parameters()));

        QVERIFY(stoppedAfterCheckpoint([&](const auto &log) { trainInto(QStringLiteral("c"), log); }, 2));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("c/crnn.json"))));
        QStringList resumed;
        const CrnnNet c = trainInto(QStringLiteral("c"), [&](const QString &line) { resumed << line; });
        QVERIFY2(resumed.join(QLatin1Char('\n')).contains(QStringLiteral("Resuming from the checkpoint at step 2")),
                 qPrintable(resumed.join(QLatin1Char('\n'))));
        QVERIFY(sameWeights(a->parameters(), c->parameters()));

        o.seed = 4;
        QVERIFY(!sameWeights(a->parameters(), trainInto(QStringLiteral("d"), quiet)->parameters()));

        // Started from a's weights (train crnn --from): a's width, not the option's, and at a
        // vanishing learning rate the weights stay a's; the manifest records the start and the LR share.
        o.startFrom = dir.filePath(QStringLiteral("a"));
        o.width = 16;
        o.learningRate = 1e-9;
        o.lowResolutionShare = 0.8;
        const CrnnNet e = trainInto(QStringLiteral("e"), quiet);
        const auto aParameters = a->parameters(), eParameters = e->parameters();
        QCOMPARE(eParameters.size(), aParameters.size());
        for (size_t i = 0; i < aParameters.size(); ++i)
            QVERIFY(torch::allclose(eParameters[i], aParameters[i], 0.0, 1e-6));
        const ModelManifest manifest = ModelManifest::read(dir.filePath(QStringLiteral("e/crnn.json")));
        QCOMPARE(manifest.architecture.value(QStringLiteral("width")).toInt(), 8);
        QCOMPARE(manifest.training.value(QStringLiteral("lowResolutionShare")).toDouble(), 0.8);
        QCOMPARE(manifest.training.value(QStringLiteral("startedFrom")).toString(), o.startFrom);
    }

    // GlyphSR's training at a chosen size (train glyphsr --width/--blocks): deterministic by seed,
    // resumes where it stopped, and the weights it writes restore through the method.
    void glyphSrTrainingIsDeterministicResumesAndSizes()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString data = dir.filePath(QStringLiteral("lines"));
        QVERIFY(synthesizeLines(data));
        const QString crnn = modelsDir + QStringLiteral("/crnn.json");

        GlyphSrTrainer::Options o;
        o.dataFolders = {data};
        o.recognizerManifest = crnn;
        o.steps = 4;
        o.batchSize = 4;
        o.checkpointEvery = 2;
        o.channels = 8;
        o.blocks = 4;
        o.seed = 3;
        o.device = QStringLiteral("cpu");
        const auto trainInto = [&](const QString &folder, const std::function<void(const QString &)> &log) {
            GlyphSrTrainer::Options inFolder = o;
            inFolder.outputFolder = dir.filePath(folder);
            GlyphSrTrainer::train(inFolder, log);
            GlyphSrNetImpl::Options size;
            size.channels = o.channels;
            size.blocks = o.blocks;
            GlyphSrNet net(size);
            ModuleWeights::load(*net, dir.filePath(folder + QStringLiteral("/glyphsr.pt")));
            return net;
        };
        const auto quiet = [](const QString &) {};
        const GlyphSrNet a = trainInto(QStringLiteral("a"), quiet);
        QVERIFY(sameWeights(a->parameters(), trainInto(QStringLiteral("b"), quiet)->parameters()));
        QVERIFY(stoppedAfterCheckpoint([&](const auto &log) { trainInto(QStringLiteral("c"), log); }, 2));
        QVERIFY(sameWeights(a->parameters(), trainInto(QStringLiteral("c"), quiet)->parameters()));

        const QString manifestPath = dir.filePath(QStringLiteral("a/glyphsr.json"));
        const ModelManifest manifest = ModelManifest::read(manifestPath);
        QCOMPARE(manifest.architecture.value(QStringLiteral("channels")).toInt(), 8);
        QCOMPARE(manifest.architecture.value(QStringLiteral("blocks")).toInt(), 4);
        GlyphSrMethod method(QStringLiteral("small"), QStringLiteral("Small GlyphSR"), manifestPath, crnn);
        RestoreOptions options;
        options.scale = 2;
        const QImage restored = method.restore(renderedWord(QStringLiteral("Garden"), QSize(64, 16)), options, ComputeDevice(),
                                               [](const StepRecord &) {}, CancelToken());
        QCOMPARE(restored.size(), QSize(128, 32));

        // A written text prior (the true line for half of each batch) is part of the seeded run and changes it.
        o.priorTruthShare = 0.5;
        const GlyphSrNet truth = trainInto(QStringLiteral("t"), quiet);
        QVERIFY(sameWeights(truth->parameters(), trainInto(QStringLiteral("t2"), quiet)->parameters()));
        QVERIFY(!sameWeights(a->parameters(), truth->parameters()));
        // The text-focus recognizer: naming the prior's own CRNN again changes nothing; another CRNN
        // (the shipped one after a step on sharp lines only) changes the run and is recorded.
        o.priorTruthShare = 0;
        o.focusRecognizerManifest = crnn;
        QVERIFY(sameWeights(a->parameters(), trainInto(QStringLiteral("s"), quiet)->parameters()));
        CrnnTrainer::Options sharp;
        sharp.dataFolders = {data};
        sharp.outputFolder = dir.filePath(QStringLiteral("sharp"));
        sharp.startFrom = modelsDir;
        sharp.steps = 1;
        sharp.batchSize = 4;
        sharp.lowResolutionShare = 0;
        sharp.device = QStringLiteral("cpu");
        CrnnTrainer::train(sharp, quiet);
        o.focusRecognizerManifest = dir.filePath(QStringLiteral("sharp/crnn.json"));
        const GlyphSrNet focused = trainInto(QStringLiteral("u"), quiet);
        QVERIFY(!sameWeights(a->parameters(), focused->parameters()));
        QCOMPARE(ModelManifest::read(dir.filePath(QStringLiteral("u/glyphsr.json"))).training.value(QStringLiteral("textFocusRecognizerSha256")).toString(),
                 ModelManifest::read(o.focusRecognizerManifest).sha256);
        o.focusRecognizerManifest.clear();
        o.priorTruthShare = 0.5;
        // Started from a's weights (train glyphsr --from): a's size wins, and at a vanishing learning
        // rate the weights stay a's; the manifest records the start and the prior shares.
        o.startFrom = dir.filePath(QStringLiteral("a"));
        o.channels = 16;
        o.learningRate = 1e-12;
        o.textFocusWeight = 0;
        o.priorTruthShare = 0.25;
        GlyphSrTrainer::Options started = o;
        started.outputFolder = dir.filePath(QStringLiteral("e"));
        GlyphSrTrainer::train(started, quiet);
        const ModelManifest startedManifest = ModelManifest::read(dir.filePath(QStringLiteral("e/glyphsr.json")));
        QCOMPARE(startedManifest.architecture.value(QStringLiteral("channels")).toInt(), 8);
        QCOMPARE(startedManifest.training.value(QStringLiteral("startedFrom")).toString(), o.startFrom);
        QCOMPARE(startedManifest.training.value(QStringLiteral("priorTruthShare")).toDouble(), 0.25);
        GlyphSrNetImpl::Options size;
        size.channels = 8;
        size.blocks = 4;
        GlyphSrNet e(size);
        ModuleWeights::load(*e, dir.filePath(QStringLiteral("e/glyphsr.pt")));
        const auto aParameters = a->parameters(), eParameters = e->parameters();
        QCOMPARE(eParameters.size(), aParameters.size());
        for (size_t i = 0; i < aParameters.size(); ++i)
            QVERIFY(torch::allclose(eParameters[i], aParameters[i], 0.0, 1e-5));
        // A language-model prior needs the model's manifest.
        started.priorLanguageShare = 0.5;
        started.outputFolder = dir.filePath(QStringLiteral("f"));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, GlyphSrTrainer::train(started, quiet));
    }

    // The text prior's frames: a chosen text is written one-hot along its best path, other lines
    // keep the recognizer's probabilities, and a text too long for the frames is not written.
    void textPriorFramesWriteTheChosenText()
    {
        const torch::Tensor logProbabilities = torch::log_softmax(torch::randn({8, 3, CharacterSet::classCount()}), 2);
        const QList<int> cab = CharacterSet::encode(QStringLiteral("cab"));
        std::vector<bool> written;
        const torch::Tensor frames = TextPriorFrames::probabilities(logProbabilities, {cab, {}, CharacterSet::encode(QStringLiteral("abcdefghi"))}, &written);
        QCOMPARE(frames.sizes(), (torch::IntArrayRef{3, CharacterSet::classCount(), 1, 8}));
        QCOMPARE(written, (std::vector<bool>{true, false, false}));
        const torch::Tensor own = logProbabilities.exp().permute({1, 2, 0}).unsqueeze(2);
        QVERIFY(torch::allclose(frames[1], own[1]));
        QVERIFY(torch::allclose(frames[2], own[2]));
        // Line 0: one class per frame, and the frames read "cab".
        QVERIFY(torch::equal(frames[0].sum(0), torch::ones({1, 8})));
        QVERIFY(torch::equal(frames[0].amax(0), torch::ones({1, 8})));
        const OcrReading read = CrnnNetImpl::read(frames.select(2, 0).permute({2, 0, 1}).clamp_min(1e-9).log()).value(0);
        QCOMPARE(read.text, QStringLiteral("cab"));
    }

    // reading=crnn|language|known: what guides GlyphSR is reported, changes the result, and bad
    // choices fail with a message.
    void glyphSrFollowsTheChosenReading()
    {
        if (!QFile::exists(modelsDir + QStringLiteral("/glyphsr.json")))
            QSKIP("no shipped glyphsr.json");
        GlyphSrMethod method;
        RestoreOptions options;
        options.device = QStringLiteral("cpu");
        options.stepDetails = true;
        const QImage crop = renderedWord(QStringLiteral("Garden"), QSize(64, 16));
        const auto run = [&](const QString &reading, QList<StepRecord> *steps = nullptr) {
            options.parameters.insert(QStringLiteral("reading"), reading);
            return MethodRunner::run(method, crop, options, [&](const StepRecord &s) { if (steps) steps->append(s); }, CancelToken());
        };
        const RestoreResult own = run(QStringLiteral("crnn"));
        QVERIFY2(own.succeeded(), qPrintable(own.error));
        OcrTextBox word;
        word.text = QStringLiteral("Harbour");
        options.knownWords = {word};
        QList<StepRecord> steps;
        const RestoreResult told = run(QStringLiteral("known"), &steps);
        QVERIFY2(told.succeeded(), qPrintable(told.error));
        QCOMPARE(told.values.value(QStringLiteral("text")).toString(), QStringLiteral("harbour"));
        QCOMPARE(steps.size(), 1);
        QCOMPARE(steps.first().values.value(QStringLiteral("textPrior")).toString(), QStringLiteral("harbour"));
        QVERIFY2(steps.first().caption.contains(QStringLiteral("guided by \"harbour\"")), qPrintable(steps.first().caption));
        QVERIFY(told.image != own.image);
        if (QFile::exists(modelsDir + QStringLiteral("/language-model.json"))) {
            const RestoreResult language = run(QStringLiteral("language"));
            QVERIFY2(language.succeeded(), qPrintable(language.error));
            QVERIFY(!language.values.value(QStringLiteral("text")).toString().isEmpty());
        }
        const RestoreResult unknown = run(QStringLiteral("oracle"));
        QCOMPARE(unknown.status, RestoreResult::Status::Failed);
        QVERIFY2(unknown.error.contains(QStringLiteral("choose crnn, language or known")), qPrintable(unknown.error));
        options.knownWords.clear();
        const RestoreResult noWords = run(QStringLiteral("known"));
        QCOMPARE(noWords.status, RestoreResult::Status::Failed);
        QVERIFY2(noWords.error.contains(QStringLiteral("only the benchmark gives them")), qPrintable(noWords.error));
    }

    // train language-model: counts the generator's text, tunes on held-apart words, writes a manifest
    // that loads to the same model; another word list is refused with a message.
    void languageModelTrainsLoadsAndChecksItsWordList()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        LanguageModelTrainer::Options o;
        o.recognizerManifest = modelsDir + QStringLiteral("/crnn.json");
        o.outputFolder = dir.path();
        o.lines = 3000;
        o.order = 4;
        o.tuningLines = 10;
        QStringList log;
        LanguageModelTrainer::train(o, [&](const QString &line) { log << line; });
        QVERIFY2(log.join(QLatin1Char('\n')).contains(QStringLiteral("Chosen: weight")), qPrintable(log.join(QLatin1Char('\n'))));
        const QString path = dir.filePath(QStringLiteral("language-model.json"));
        const LanguageModelFile::Loaded loaded = LanguageModelFile::load(path);
        QCOMPARE(loaded.model.order(), 4);
        const CharacterLanguageModel rebuilt = LanguageModelFile::build(
            TextCorpus::fromWordList(TextCorpus::defaultWordListPath(), TextCorpus::Split::Training), 3000, o.seed, 4, 16);
        QCOMPARE(rebuilt.entryCount(), loaded.model.entryCount());
        CharacterLanguageModel::Context context = loaded.model.start();
        for (const int c : CharacterSet::encode(QStringLiteral("the")))
            context = loaded.model.extended(context, c);
        QCOMPARE(loaded.model.logProbability(context, 0), rebuilt.logProbability(context, 0));

        ModelManifest other = ModelManifest::read(path);
        other.training.insert(QStringLiteral("wordListSha256"), QStringLiteral("0123456789abcdef"));
        QVERIFY(other.write(path, nullptr));
        try {
            LanguageModelFile::load(path);
            QFAIL("a manifest of another word list was loaded");
        } catch (const std::runtime_error &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("another version of the word list")), e.what());
        }
        other.training.insert(QStringLiteral("wordList"), dir.filePath(QStringLiteral("no-such-list")));
        QVERIFY(other.write(path, nullptr));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, LanguageModelFile::load(path));
    }
};

QTEST_MAIN(TestGlyphSr)
#include "tst_glyphsr.moc"
