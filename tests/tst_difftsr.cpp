// Mini-DiffTSR: both diffusion schedules against their closed forms and against brute-force
// Bayes on explicit transition matrices, the sampler's determinism and cancellation, the
// weight files through the manifest (good, missing, corrupt, mismatched), and the method's
// output sizes and step records for several crop sizes, with tiny randomly initialised weights.
#include "AlignedGlyphs.h"
#include "BenchmarkReport.h"
#include "CancelToken.h"
#include "CharacterSet.h"
#include "ConfiguredMethod.h"
#include "CrnnModelFile.h"
#include "CrnnNet.h"
#include "DiffTsrMethod.h"
#include "DiffTsrModel.h"
#include "DiffTsrSampler.h"
#include "DiffTsrTrainer.h"
#include "GaussianDiffusion.h"
#include "InputColoursCheck.h"
#include "MethodRegistry.h"
#include "MethodRunner.h"
#include "ModelManifest.h"
#include "ModuleWeights.h"
#include "MultinomialDiffusion.h"
#include "RestoreCancelled.h"
#include "RestoreResult.h"
#include "TextSlots.h"
#include "TorchRuntime.h"
#include "TrainingBatch.h"
#include "TrainingTestHelpers.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <torch/torch.h>

#include <cmath>

namespace {

const QString crnnManifest = QStringLiteral(GLYPHLAB_SOURCE_DIR "/resources/models/crnn.json");

// A DiffTSR small enough to run in a test: same structure, a few channels.
DiffTsrConfig tinyConfig()
{
    QJsonObject json = DiffTsrConfig::standard().toJson();
    json.insert(QStringLiteral("idmWidths"), QStringLiteral("8,16,16"));
    json.insert(QStringLiteral("idmHeads"), 2);
    json.insert(QStringLiteral("textContextDim"), 16);
    json.insert(QStringLiteral("textContextLayers"), 1);
    json.insert(QStringLiteral("tdmDim"), 16);
    json.insert(QStringLiteral("tdmLayers"), 1);
    json.insert(QStringLiteral("tdmHeads"), 2);
    json.insert(QStringLiteral("imageContextDim"), 16);
    json.insert(QStringLiteral("textContextHeads"), 2);
    json.insert(QStringLiteral("imageContextHeads"), 2);
    return DiffTsrConfig::fromJson(json);
}

// A recognizer's reading of a line as the TDM's image context takes it: T×B×C log-probabilities.
torch::Tensor randomReading(int64_t batch, int64_t columns = 16)
{
    return torch::log_softmax(torch::randn({columns, batch, int64_t(CharacterSet::classCount())}) * 3.0, -1);
}

// The output layers start at zero (the untrained IDM is bicubic); perturb every parameter so
// that the networks' outputs depend on their inputs and on the noise.
void randomise(DiffTsrModel &model)
{
    torch::NoGradGuard noGrad;
    for (const QString &role : DiffTsrModel::roles())
        for (auto &parameter : model.stage(role).parameters())
            parameter.add_(torch::randn_like(parameter) * 0.05);
}

QString recognizerSha()
{
    return ModelManifest::read(crnnManifest).sha256;
}

// Writes the tiny model's stages into `folder`.
// A randomised tiny model (global seed `seed`) with a mid-grey 16×32 line, the text "test" and
// a random reading: what the sampler tests run.
struct TinySampling
{
    DiffTsrModel model;
    torch::Tensor low, text, reading;

    explicit TinySampling(uint64_t seed)
        : model((torch::manual_seed(seed), tinyConfig()))
    {
        randomise(model);
        model.eval();
        low = 0.4 + 0.2 * torch::rand({1, 3, 16, 32});
        text = TextSlots::encode({QStringLiteral("test")}, model.config.slots);
        reading = randomReading(1);
    }
    torch::Tensor image(const DiffTsrSampler::Settings &settings)
    {
        return DiffTsrSampler::run(model, low, text, reading, settings, {}, CancelToken()).image;
    }
};

void writeTinyModel(const QString &folder, const QStringList &roles, quint64 seed = 7)
{
    torch::manual_seed(seed);
    DiffTsrModel model(tinyConfig());
    randomise(model);
    for (const QString &role : roles)
        model.saveStage(folder, role, recognizerSha(), QJsonObject{{QStringLiteral("steps"), 0}}, QStringLiteral("test weights"));
}

QString loadError(const QString &manifest, const QStringList &required = {QStringLiteral("idm")})
{
    try {
        DiffTsrModel::load(manifest, recognizerSha(), required);
    } catch (const std::exception &e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

QImage stripes(const QSize &size)
{
    QImage image(size, QImage::Format_RGB888);
    for (int y = 0; y < size.height(); ++y)
        for (int x = 0; x < size.width(); ++x)
            image.setPixelColor(x, y, (x / 3 + y / 5) % 2 ? QColor(20, 30, 40) : QColor(230, 220, 200));
    return image;
}

} // namespace

class DiffTsrTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        TorchRuntime::useAllCores();
        QVERIFY2(QFile::exists(crnnManifest), "the shipped CRNN is needed for the method tests");
    }

    void gaussianScheduleIsMonotone()
    {
        const GaussianDiffusion diffusion;
        QCOMPARE(diffusion.steps(), 1000);
        QCOMPARE(diffusion.alphaBar(-1), 1.0);
        QVERIFY(std::abs(diffusion.beta(0) - 0.0015) < 1e-12);
        QVERIFY(std::abs(diffusion.beta(999) - 0.0205) < 1e-12);
        for (int t = 0; t < diffusion.steps(); ++t) {
            QVERIFY(diffusion.alphaBar(t) > 0.0 && diffusion.alphaBar(t) < 1.0);
            QVERIFY(diffusion.alphaBar(t) < diffusion.alphaBar(t - 1));
        }
        QVERIFY(diffusion.alphaBar(999) < 0.01); // nearly pure noise at T
    }

    void textScheduleIsMonotone()
    {
        const MultinomialDiffusion diffusion(CharacterSet::classCount());
        QCOMPARE(diffusion.alphaBar(-1), 1.0);
        for (int t = 0; t < diffusion.steps(); ++t) {
            QVERIFY(diffusion.alphaBar(t) > 0.0 && diffusion.alphaBar(t) < 1.0);
            QVERIFY(diffusion.alphaBar(t) < diffusion.alphaBar(t - 1));
        }
        QVERIFY(diffusion.alphaBar(999) < 1e-4); // uniform at T
    }

    void ddimTimesteps()
    {
        const GaussianDiffusion diffusion;
        const std::vector<int> all = diffusion.ddimTimesteps(1000);
        QCOMPARE(int(all.size()), 1000);
        for (int i = 0; i < 1000; ++i)
            QCOMPARE(all[size_t(i)], 999 - i);
        const std::vector<int> twenty = diffusion.ddimTimesteps(20);
        QCOMPARE(int(twenty.size()), 20);
        QCOMPARE(twenty.front(), 999);
        QCOMPARE(twenty.back(), 49);
        for (size_t i = 1; i < twenty.size(); ++i)
            QVERIFY(twenty[i] < twenty[i - 1]);
        // A truncated start spaces the same count over the first timesteps only.
        const std::vector<int> half = diffusion.ddimTimesteps(20, 500);
        QCOMPARE(int(half.size()), 20);
        QCOMPARE(half.front(), 499);
        QCOMPARE(half.back(), 24);
        QCOMPARE(diffusion.ddimTimesteps(20, 1000), twenty);
        QCOMPARE(int(diffusion.ddimTimesteps(20, 5).size()), 5); // never more steps than timesteps
    }

    // With S = T and η = 1, a DDIM step is the DDPM ancestral step: same mean, same variance.
    void ddimWithAllStepsIsAncestral()
    {
        const GaussianDiffusion diffusion;
        torch::manual_seed(3);
        const torch::Tensor x0 = torch::randn({2, 3, 4, 5}, torch::kDouble);
        const torch::Tensor xt = torch::randn({2, 3, 4, 5}, torch::kDouble);
        for (const int t : {1, 2, 10, 250, 500, 998, 999}) {
            const torch::Tensor ddim = diffusion.ddimMean(xt, t, t - 1, x0, 1.0);
            const torch::Tensor ancestral = diffusion.posteriorMean(xt, t, x0);
            QVERIFY2(torch::allclose(ddim, ancestral, 1e-9, 1e-10), qPrintable(QString::number(t)));
            const double sigma = diffusion.ddimSigma(t, t - 1, 1.0);
            QVERIFY(std::abs(sigma * sigma - diffusion.posteriorVariance(t)) < 1e-12);
        }
        // The last step (to the clean level) returns x̂0 itself.
        QVERIFY(torch::allclose(diffusion.ddimStep(xt, 49, -1, x0, 0.2, torch::randn_like(xt)), x0));
        // η = 0 adds nothing.
        QCOMPARE(diffusion.ddimSigma(500, 450, 0.0), 0.0);
    }

    // q(x_s | x_t, x0) from the class against Bayes' rule with explicit transition matrices,
    // K = 3, T = 4: Q_t = α_t·I + (1 − α_t)/K·11ᵀ, Q̄_t = Q_1…Q_t.
    void multinomialPosteriorIsBayes()
    {
        const int K = 3, T = 4;
        const MultinomialDiffusion diffusion(K, T);
        std::vector<torch::Tensor> step(T), cumulative(T);
        for (int t = 0; t < T; ++t) {
            const double alpha = diffusion.alphaBar(t) / diffusion.alphaBar(t - 1);
            step[size_t(t)] = alpha * torch::eye(K, torch::kDouble) + (1 - alpha) / K * torch::ones({K, K}, torch::kDouble);
            cumulative[size_t(t)] = t == 0 ? step[0] : torch::matmul(cumulative[size_t(t - 1)], step[size_t(t)]);
        }
        const auto transition = [&](int s, int t) { // x_s → x_t, s < t, s = −1: from x0
            torch::Tensor m = torch::eye(K, torch::kDouble);
            for (int k = s + 1; k <= t; ++k)
                m = torch::matmul(m, step[size_t(k)]);
            return m;
        };
        for (int t = 1; t < T; ++t) {
            for (int s = -1; s < t; ++s) {
                for (int x0 = 0; x0 < K; ++x0) {
                    for (int xt = 0; xt < K; ++xt) {
                        const torch::Tensor logPosterior = diffusion.logPosterior(
                            diffusion.logOneHot(torch::tensor({xt})).to(torch::kDouble),
                            diffusion.logOneHot(torch::tensor({x0})).to(torch::kDouble), t, s)[0];
                        QVERIFY(std::abs(logPosterior.exp().sum().item<double>() - 1.0) < 1e-9);
                        const torch::Tensor fromX0 = s < 0 ? torch::eye(K, torch::kDouble) : transition(-1, s);
                        const torch::Tensor toXt = transition(s, t);
                        torch::Tensor bayes = torch::zeros({K}, torch::kDouble);
                        for (int j = 0; j < K; ++j)
                            bayes[j] = fromX0[x0][j] * toXt[j][xt];
                        bayes = bayes / bayes.sum();
                        QVERIFY2(torch::allclose(logPosterior.exp(), bayes, 1e-6, 1e-8),
                                 qPrintable(QStringLiteral("t %1 s %2 x0 %3 xt %4").arg(t).arg(s).arg(x0).arg(xt)));
                    }
                }
            }
        }
        // The marginal q(x_t | x0) is the row of Q̄_t.
        for (int t = 0; t < T; ++t) {
            const torch::Tensor marginal = diffusion.logMarginal(diffusion.logOneHot(torch::tensor({1})).to(torch::kDouble),
                                                                 torch::tensor({int64_t(t)})).exp()[0];
            QVERIFY(torch::allclose(marginal, cumulative[size_t(t)][1], 1e-6, 1e-8));
        }
        // The batched form (per-item t, s = t − 1) agrees with the scalar form, also for a soft x̂0.
        const torch::Tensor soft = torch::log_softmax(torch::randn({3, 2, K}, torch::kDouble), -1);
        const torch::Tensor xt = diffusion.logOneHot(torch::tensor({{0, 2}, {1, 1}, {2, 0}})).to(torch::kDouble);
        const torch::Tensor batched = diffusion.logPosterior(xt, soft, torch::tensor({1, 2, 3}));
        for (int b = 0; b < 3; ++b) {
            const torch::Tensor single = diffusion.logPosterior(xt[b], soft[b], b + 1, b);
            QVERIFY(torch::allclose(batched[b], single, 1e-6, 1e-8));
            QVERIFY(torch::allclose(batched[b].exp().sum(-1), torch::ones({2}, torch::kDouble)));
        }
    }

    // Gumbel-max with the noise scaled: temperature 1 samples the distribution, 0 is its argmax;
    // either draws the same noise, so what a generator gives afterwards does not depend on it.
    void multinomialSampleTemperature()
    {
        torch::manual_seed(3);
        const torch::Tensor logP = torch::log_softmax(torch::randn({2000, 3}), -1);
        at::Generator cold = at::make_generator<at::CPUGeneratorImpl>(9), hot = at::make_generator<at::CPUGeneratorImpl>(9);
        QVERIFY(torch::equal(MultinomialDiffusion::sample(logP, cold, 0.0), logP.argmax(-1)));
        const torch::Tensor drawn = MultinomialDiffusion::sample(logP, hot, 1.0);
        QVERIFY2(!torch::equal(drawn, logP.argmax(-1)), "an exact sample differs from the argmax somewhere");
        QVERIFY(torch::equal(torch::rand({4}, cold), torch::rand({4}, hot)));
        // One fixed distribution drawn many times: the frequencies are its probabilities.
        const torch::Tensor probabilities = torch::tensor({0.6, 0.3, 0.1});
        const torch::Tensor many = MultinomialDiffusion::sample(probabilities.log().expand({20000, 3}), hot, 1.0);
        for (int k = 0; k < 3; ++k) {
            const double frequency = many.eq(k).to(torch::kDouble).mean().item<double>();
            QVERIFY2(std::abs(frequency - probabilities[k].item<double>()) < 0.015, qPrintable(QString::number(frequency)));
        }
        // Halfway, the draws lean to the likeliest class more than the distribution does.
        const torch::Tensor warm = MultinomialDiffusion::sample(probabilities.log().expand({20000, 3}), hot, 0.5);
        QVERIFY(warm.eq(0).to(torch::kDouble).mean().item<double>() > 0.7);
    }

    void textSlots()
    {
        const torch::Tensor slots = TextSlots::encode({QStringLiteral("Hello, World"), QString()}, 24);
        QCOMPARE(slots.size(1), int64_t(24));
        QCOMPARE(TextSlots::decode(slots[0]), QStringLiteral("hello,world"));
        QCOMPARE(slots[0][11].item<int64_t>(), int64_t(0));
        QCOMPARE(TextSlots::decode(slots[1]), QString());
        QCOMPARE(TextSlots::decode(TextSlots::encode({QStringLiteral("abcdefghijklmnopqrstuvwxyz")}, 24)[0]).size(), 24);
    }

    // A CTC reading in slots: frames "a a _ b b _ b" give a, b, b; each slot holds the mean of
    // its frames' probabilities, and the slots after the text are empty for certain.
    void ctcReadingInSlots()
    {
        const int classes = CharacterSet::classCount();
        const int a = CharacterSet::encode(QStringLiteral("a")).value(0), b = CharacterSet::encode(QStringLiteral("b")).value(0);
        const std::vector<std::pair<int, float>> path{{a, 0.9f}, {a, 0.7f}, {0, 0.8f}, {b, 0.6f}, {b, 0.8f}, {0, 0.9f}, {b, 1.0f}};
        torch::Tensor probabilities = torch::zeros({int64_t(path.size()), 1, classes});
        for (size_t t = 0; t < path.size(); ++t) {
            probabilities.index_put_({int64_t(t), 0}, (1.0f - path[t].second) / float(classes - 1));
            probabilities.index_put_({int64_t(t), 0, path[t].first}, path[t].second);
        }
        const torch::Tensor slots = TextSlots::fromCtc(probabilities.log(), 4);
        QCOMPARE(slots.sizes().vec(), (std::vector<int64_t>{1, 4, classes}));
        QCOMPARE(TextSlots::decode(slots[0].argmax(-1)), QStringLiteral("abb"));
        QVERIFY(std::abs(slots[0][0][a].item<float>() - 0.8f) < 1e-5);
        QVERIFY(std::abs(slots[0][1][b].item<float>() - 0.7f) < 1e-5);
        QVERIFY(std::abs(slots[0][2][b].item<float>() - 1.0f) < 1e-5);
        QVERIFY(torch::allclose(slots.sum(-1), torch::ones({1, 4})));
        QCOMPARE(slots[0][3][0].item<float>(), 1.0f);
        // A reading longer than the slots is cut.
        QCOMPARE(TextSlots::decode(TextSlots::fromCtc(probabilities.log(), 2)[0].argmax(-1)), QStringLiteral("ab"));
    }

    // The text drawn over the line: laid out by the font and stretched across the columns where
    // the line has its ink; an empty text leaves the row black. The IDM of the architecture
    // before takes none.
    void textDrawnOverTheLine()
    {
        // A light line with dark "strokes" in columns 10..49 of 64.
        torch::Tensor line = torch::full({2, 3, 16, 64}, 0.9f);
        for (int64_t x = 10; x < 50; x += 3)
            line.index_put_({torch::indexing::Slice(), torch::indexing::Slice(), torch::indexing::Slice(3, 13), x}, 0.1f);
        const torch::Tensor extent = AlignedGlyphs::inkExtent(line);
        QCOMPARE(extent.sizes().vec(), (std::vector<int64_t>{2, 2}));
        QVERIFY2(std::abs(extent[0][0].item<double>() - 10) <= 1 && std::abs(extent[0][1].item<double>() - 49) <= 1,
                 qPrintable(QStringLiteral("%1 %2").arg(extent[0][0].item<double>()).arg(extent[0][1].item<double>())));
        // A flat line has its ink everywhere, for all it shows.
        const torch::Tensor flat = AlignedGlyphs::inkExtent(torch::full({1, 3, 16, 64}, 0.5f));
        QCOMPARE(flat[0][0].item<double>(), 0.0);
        QCOMPARE(flat[0][1].item<double>(), 63.0);

        const torch::Tensor text = TextSlots::encode({QStringLiteral("wow"), QString()}, 24);
        const torch::Tensor glyphs = AlignedGlyphs::draw(line, text, 2);
        QCOMPARE(glyphs.sizes().vec(), (std::vector<int64_t>{2, 1, 32, 128}));
        const torch::Tensor columns = glyphs[0][0].sum(0); // ink per output column
        const double inside = columns.slice(0, 20, 100).sum().item<double>();
        QVERIFY(inside > 10.0);
        QVERIFY(columns.slice(0, 0, 19).sum().item<double>() + columns.slice(0, 101).sum().item<double>() < 0.01 * inside);
        QVERIFY(columns.slice(0, 20, 30).sum().item<double>() > 0.05 * inside); // reaches both ends of the ink
        QVERIFY(columns.slice(0, 90, 100).sum().item<double>() > 0.05 * inside);
        const torch::Tensor rows = glyphs[0][0].sum(1); // at 80 % of the height, centred
        QCOMPARE(rows.slice(0, 0, 3).sum().item<double>() + rows.slice(0, 29).sum().item<double>(), 0.0);
        QCOMPARE(glyphs[1].max().item<float>(), 0.0f);

        QJsonObject json = tinyConfig().toJson();
        json.remove(QStringLiteral("idmGlyphs"));
        const DiffTsrModel older(DiffTsrConfig::fromJson(json));
        QVERIFY(!older.config.idm.glyphs);
        QVERIFY(!older.idmGlyphs(text, line).defined());
        const DiffTsrModel today(tinyConfig());
        QVERIFY(today.config.idm.glyphs);
        QVERIFY(torch::equal(today.idmGlyphs(text, line), glyphs));
    }

    void samplerIsDeterministicBySeed()
    {
        torch::manual_seed(11);
        DiffTsrModel model(tinyConfig());
        randomise(model);
        model.eval();
        const torch::Tensor low = torch::rand({1, 3, 16, 32});
        const torch::Tensor text = TextSlots::encode({QStringLiteral("test")}, model.config.slots);
        const torch::Tensor reading = randomReading(1);
        DiffTsrSampler::Settings settings;
        settings.steps = 5;
        settings.seed = 42;
        const auto first = DiffTsrSampler::run(model, low, text, reading, settings, {}, CancelToken());
        const auto again = DiffTsrSampler::run(model, low, text, reading, settings, {}, CancelToken());
        QVERIFY(torch::equal(first.image, again.image));
        QVERIFY(torch::equal(first.text, again.text));
        settings.seed = 43;
        const auto other = DiffTsrSampler::run(model, low, text, reading, settings, {}, CancelToken());
        QVERIFY(!torch::equal(first.image, other.image));
        QCOMPARE(first.image.sizes().vec(), (std::vector<int64_t>{1, 3, 32, 64}));
        QCOMPARE(first.text.sizes().vec(), (std::vector<int64_t>{1, 24}));
        // A text chain that starts from the reading noised to 0.3·T draws that noise from the
        // same seeded generator: still reproducible.
        settings.seed = 42;
        settings.textStart = 0.3;
        const auto noisedStart = DiffTsrSampler::run(model, low, text, reading, settings, {}, CancelToken());
        QVERIFY(torch::equal(noisedStart.text, DiffTsrSampler::run(model, low, text, reading, settings, {}, CancelToken()).text));
        QVERIFY(torch::equal(noisedStart.image, DiffTsrSampler::run(model, low, text, reading, settings, {}, CancelToken()).image));
        settings.textStart = 1.0;
        // The IDM-only baseline keeps its text and gives it to the IDM drawn along the
        // line as glyphs: with the IDM's attention silenced, another text still draws another
        // image, and does not once the glyph convolution is silenced too.
        settings.textDiffusion = false;
        const torch::Tensor otherText = TextSlots::encode({QStringLiteral("mild")}, model.config.slots);
        {
            torch::NoGradGuard noGrad;
            for (AttentionLayer *layer : {&model.idm->attention1, &model.idm->attention2, &model.idm->attention3}) {
                (*layer)->output->weight.zero_();
                (*layer)->output->bias.zero_();
            }
        }
        const auto kept = DiffTsrSampler::run(model, low, text, reading, settings, {}, CancelToken());
        QVERIFY(torch::equal(kept.text, text));
        QVERIFY(!torch::equal(kept.image, DiffTsrSampler::run(model, low, otherText, reading, settings, {}, CancelToken()).image));
        ModuleWeights::zero(*model.idm->glyphConv);
        QVERIFY(torch::equal(DiffTsrSampler::run(model, low, text, reading, settings, {}, CancelToken()).image,
                             DiffTsrSampler::run(model, low, otherText, reading, settings, {}, CancelToken()).image));
    }

    // Recognizer guidance moves each step's estimate down the recognizer's gradient by the chosen
    // root-mean-square amount: with one step the result is the unguided one minus exactly that,
    // and the gradient is asked for the text the chain holds.
    void samplerFollowsTheRecognizerGradient()
    {
        TinySampling tiny(13);
        DiffTsrSampler::Settings settings;
        settings.steps = 1;
        settings.seed = 3;
        settings.textDiffusion = false;
        const torch::Tensor gradient = torch::randn({1, 3, 32, 64});
        QString asked;
        settings.recognizerGradient = [&](const torch::Tensor &image, const torch::Tensor &slots) {
            [&] { QCOMPARE(image.sizes().vec(), gradient.sizes().vec()); }();
            asked = TextSlots::decode(slots[0]);
            return gradient;
        };
        const torch::Tensor plain = tiny.image(settings);
        QVERIFY(asked.isEmpty()); // no guidance, no gradient
        settings.recognizerGuidance = 0.01;
        const torch::Tensor guided = tiny.image(settings);
        QCOMPARE(asked, QStringLiteral("test"));
        const torch::Tensor expected = plain - 0.01 * gradient / gradient.pow(2).mean().sqrt();
        const torch::Tensor inside = (plain > 0.05) & (plain < 0.95);
        QVERIFY(inside.sum().item<int64_t>() > 1000);
        QVERIFY(torch::allclose(guided.masked_select(inside), expected.masked_select(inside), 1e-4, 1e-5));
    }

    // With inputColours the estimate's correction to bicubic is the network's correction
    // reduced to its brightness: the same in every channel, and equal to the luma of the
    // correction without it (same seed, so the same chain).
    void samplerKeepsTheInputColours()
    {
        TinySampling tiny(12);
        DiffTsrSampler::Settings settings;
        settings.steps = 3;
        settings.seed = 7;
        const torch::Tensor network = tiny.image(settings);
        settings.inputColours = true;
        const torch::Tensor input = tiny.image(settings);
        const torch::Tensor &low = tiny.low;
        namespace F = torch::nn::functional;
        const torch::Tensor bicubic = F::interpolate(low, F::InterpolateFuncOptions().size(std::vector<int64_t>{32, 64})
                                                              .mode(torch::kBicubic).align_corners(false));
        const QString problem = inputColoursProblem(network, input, bicubic);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // The TDM's image condition carries the recognizer's columns as tokens of their own, so
    // another reading of the same pixels changes the condition; manifests written before the
    // reading tokens existed still build the pixel-only encoder.
    void imageContextTakesTheReading()
    {
        torch::manual_seed(13);
        DiffTsrModel model(tinyConfig());
        randomise(model);
        model.eval();
        torch::NoGradGuard noGrad;
        const torch::Tensor low = torch::rand({2, 3, 16, 32});
        const torch::Tensor residual = torch::randn({2, 3, 32, 64});
        const torch::Tensor t = torch::full({2}, int64_t(500), torch::kLong);
        const torch::Tensor reading = randomReading(2, 32);
        const torch::Tensor condition = model.tdmContext->forward(low, residual, t, reading);
        QCOMPARE(condition.sizes().vec(), (std::vector<int64_t>{2, 32 / 4 + 24, model.config.imageContext.dim}));
        QVERIFY(!torch::allclose(condition, model.tdmContext->forward(low, residual, t, randomReading(2, 32))));
        const DiffTsrMixtureImpl::Conditions mixed = model.mom->forward(TextSlots::encode({QStringLiteral("ab"), QStringLiteral("cd")}, 24),
                                                                        low, residual, t, reading);
        QCOMPARE(mixed.image.size(1), int64_t(32 / 4 + 24));
        // Without its reading the encoder says what it is missing instead of guessing.
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, model.tdmContext->forward(low, residual, t));

        QJsonObject older = tinyConfig().toJson();
        older.remove(QStringLiteral("imageContextReading"));
        DiffTsrModel pixelsOnly(DiffTsrConfig::fromJson(older));
        pixelsOnly.eval();
        QCOMPARE(pixelsOnly.config.imageContext.readingClasses, 0);
        QCOMPARE(pixelsOnly.tdmContext->forward(low, residual, t).size(1), int64_t(32 / 4));
    }

    // The IDM's attention positions (columns and characters by their place in the line), its
    // reading prior and its text drawn along the line are added paths that start at zero: an IDM of the earlier architecture moved
    // into today's predicts exactly what it did, and only training the new paths changes that.
    // The character positions touch the text's slots, not the empty ones after it.
    void newIdmPathsStartFromTheEarlierIdm()
    {
        torch::manual_seed(17);
        QJsonObject olderJson = tinyConfig().toJson();
        olderJson.remove(QStringLiteral("attentionPositions"));
        olderJson.remove(QStringLiteral("idmReading"));
        olderJson.remove(QStringLiteral("idmGlyphs"));
        DiffTsrModel older(DiffTsrConfig::fromJson(olderJson));
        QVERIFY(!older.config.attentionPositions);
        randomise(older);
        DiffTsrModel today(tinyConfig());
        QVERIFY(today.config.attentionPositions);
        const QString idm = QStringLiteral("idm");
        const int taken = ModuleWeights::copyMatching(older.stage(idm), today.stage(idm));
        QCOMPARE(size_t(taken), older.stage(idm).parameters().size());
        // 3 query and 1 character position projections, the reading and glyph convolutions
        QCOMPARE(today.stage(idm).parameters().size(), older.stage(idm).parameters().size() + 12);

        older.eval();
        today.eval();
        torch::NoGradGuard noGrad;
        const torch::Tensor low = torch::rand({2, 3, 16, 32});
        const torch::Tensor residual = torch::randn({2, 3, 32, 64});
        const torch::Tensor t = torch::full({2}, int64_t(600), torch::kLong);
        const torch::Tensor text = TextSlots::encode({QStringLiteral("ab"), QStringLiteral("word")}, 24);
        const torch::Tensor reading = randomReading(2, 32);
        const auto predict = [&](DiffTsrModel &model) {
            return model.idm->forward(residual, low, t, model.idmContext->forward(text, t), reading, model.idmGlyphs(text, low));
        };
        const torch::Tensor before = predict(older);
        QVERIFY((predict(today) - before).abs().max().item<double>() < 1e-6);

        const torch::Tensor embedded = today.idmContext->embed(text, t);
        today.idmContext->relative->weight.add_(torch::randn_like(today.idmContext->relative->weight) * 0.5);
        const torch::Tensor moved = today.idmContext->embed(text, t);
        QVERIFY((moved[0].slice(0, 0, 2) - embedded[0].slice(0, 0, 2)).abs().sum(-1).min().item<double>() > 1e-4);
        QVERIFY((moved[0].slice(0, 2) - embedded[0].slice(0, 2)).abs().max().item<double>() < 1e-6);
        QVERIFY((moved[1].slice(0, 4) - embedded[1].slice(0, 4)).abs().max().item<double>() < 1e-6);

        today.idm->queryPosition2->weight.add_(torch::randn_like(today.idm->queryPosition2->weight) * 0.5);
        const torch::Tensor positioned = predict(today);
        QVERIFY((positioned - before).abs().max().item<double>() > 1e-4);
        today.idm->readingConv->weight.add_(torch::randn_like(today.idm->readingConv->weight) * 0.5);
        const torch::Tensor withReading = predict(today);
        QVERIFY((withReading - positioned).abs().max().item<double>() > 1e-4);
        today.idm->glyphConv->weight.add_(torch::randn_like(today.idm->glyphConv->weight) * 0.5);
        QVERIFY((predict(today) - withReading).abs().max().item<double>() > 1e-4);
        // Without the reading or the text frames it needs, the IDM says so instead of guessing.
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, today.idm->forward(residual, low, t, today.idmContext->forward(text, t)));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, today.idm->forward(residual, low, t, today.idmContext->forward(text, t), reading));
    }

    void samplerStopsBetweenSteps()
    {
        torch::manual_seed(12);
        DiffTsrModel model(tinyConfig());
        model.eval();
        const CancelToken cancel;
        int reported = 0;
        DiffTsrSampler::Settings settings;
        settings.steps = 10;
        const auto onStep = [&](const DiffTsrSampler::Step &step) {
            reported = step.index + 1;
            QCOMPARE(step.count, 10);
            if (step.index == 2)
                cancel.cancel();
        };
        QVERIFY_THROWS_EXCEPTION(RestoreCancelled,
                                 DiffTsrSampler::run(model, torch::rand({1, 3, 16, 16}),
                                                     TextSlots::encode({QStringLiteral("a")}, 24), randomReading(1), settings,
                                                     onStep, cancel));
        QCOMPARE(reported, 3);
    }

    void weightFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        writeTinyModel(dir.path(), DiffTsrModel::roles());
        const QString manifest = dir.filePath(DiffTsrModel::manifestName());
        QCOMPARE(loadError(manifest, DiffTsrModel::roles()), QString());
        const ModelManifest written = ModelManifest::read(manifest);
        QCOMPARE(written.files.size(), 3);
        QCOMPARE(written.architecture.value(QStringLiteral("recognizerSha256")).toString(), recognizerSha());

        // Loading gives back exactly what was saved.
        torch::manual_seed(7);
        DiffTsrModel reference(tinyConfig());
        randomise(reference);
        const auto loaded = DiffTsrModel::load(manifest, recognizerSha(), DiffTsrModel::roles());
        const auto a = reference.idm->named_parameters(), b = loaded->idm->named_parameters();
        for (const auto &item : a)
            QVERIFY(torch::equal(item.value(), *b.find(item.key())));

        // Another recognizer than the one it was trained with.
        QVERIFY(loadError(manifest).isEmpty());
        try {
            DiffTsrModel::load(manifest, QStringLiteral("0000"), {QStringLiteral("idm")});
            QFAIL("a model trained with another recognizer was accepted");
        } catch (const std::exception &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("was trained with another recognizer than the crnn.json in use")), e.what());
        }

        // Corrupt: a changed byte.
        QFile tdm(dir.filePath(DiffTsrModel::fileName(QStringLiteral("tdm"))));
        QVERIFY(tdm.open(QIODevice::ReadWrite));
        tdm.seek(100);
        tdm.write("garbage");
        tdm.close();
        QVERIFY2(loadError(manifest).contains(QStringLiteral("damaged")), qPrintable(loadError(manifest)));

        // Missing.
        QVERIFY(QFile::remove(dir.filePath(DiffTsrModel::fileName(QStringLiteral("idm")))));
        QVERIFY2(loadError(manifest).contains(QStringLiteral("missing")), qPrintable(loadError(manifest)));

        // Not trained yet: a stage the manifest does not list.
        QTemporaryDir partial;
        writeTinyModel(partial.path(), {QStringLiteral("idm")});
        const QString partialManifest = partial.filePath(DiffTsrModel::manifestName());
        QCOMPARE(loadError(partialManifest), QString());
        QVERIFY2(loadError(partialManifest, {QStringLiteral("tdm")}).contains(QStringLiteral("not been trained")),
                 qPrintable(loadError(partialManifest, {QStringLiteral("tdm")})));

        // Mismatched: a manifest that describes another architecture than its weights.
        QFile file(partialManifest);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QJsonObject architecture = root.value(QStringLiteral("architecture")).toObject();
        architecture.insert(QStringLiteral("idmWidths"), QStringLiteral("16,16,16"));
        root.insert(QStringLiteral("architecture"), architecture);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(root).toJson());
        file.close();
        QVERIFY2(loadError(partialManifest).contains(QStringLiteral("does not fit")), qPrintable(loadError(partialManifest)));

        // Not a DiffTSR manifest at all.
        QVERIFY2(loadError(crnnManifest).contains(QStringLiteral("difftsr")), qPrintable(loadError(crnnManifest)));
        QVERIFY(!loadError(dir.filePath(QStringLiteral("nothing.json"))).isEmpty());

        // A stage written into a folder that holds another architecture is refused.
        torch::manual_seed(1);
        DiffTsrModel bigger(DiffTsrConfig::standard());
        QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                                 bigger.saveStage(dir.path(), QStringLiteral("idm"), recognizerSha(), {}, QString()));
    }

    void methodShapesAndSteps_data()
    {
        QTest::addColumn<QSize>("crop");
        QTest::addColumn<int>("scale");
        QTest::newRow("textzoom 64x16") << QSize(64, 16) << 2;
        QTest::newRow("tiny 10x7") << QSize(10, 7) << 2;
        QTest::newRow("odd 37x12") << QSize(37, 12) << 2;
        QTest::newRow("long 300x30") << QSize(300, 30) << 2;
        QTest::newRow("tall 20x40") << QSize(20, 40) << 2;
        QTest::newRow("x4 50x14") << QSize(50, 14) << 4;
    }

    void methodShapesAndSteps()
    {
        QFETCH(QSize, crop);
        QFETCH(int, scale);
        QTemporaryDir dir;
        writeTinyModel(dir.path(), {QStringLiteral("idm"), QStringLiteral("tdm")});
        DiffTsrMethod method(QStringLiteral("difftsr"), QString(), dir.filePath(DiffTsrModel::manifestName()), crnnManifest);
        RestoreOptions options;
        options.scale = scale;
        options.steps = 3;
        options.device = QStringLiteral("cpu");
        QList<StepRecord> steps;
        const RestoreResult result = MethodRunner::run(method, stripes(crop), options,
                                                       [&](const StepRecord &step) { steps.append(step); }, CancelToken());
        QVERIFY2(result.succeeded(), qPrintable(result.error));
        QCOMPARE(result.image.size(), crop * scale);
        const int passes = scale == 4 ? 2 : 1;
        QCOMPARE(steps.size(), 3 * passes);
        for (int i = 0; i < steps.size(); ++i) {
            const StepRecord &step = steps[i];
            QCOMPARE(step.index, i);
            QCOMPARE(step.count, 3 * passes);
            QVERIFY(!step.image.isNull());
            QCOMPARE(step.image.height(), i < 3 ? 32 : 64);
            for (const char *key : {"noiseLevel", "timestep", "text", "charProbabilities", "confidence"})
                QVERIFY2(step.values.contains(QString::fromLatin1(key)), key);
            const double noise = step.values.value(QStringLiteral("noiseLevel")).toDouble();
            QVERIFY(noise > 0 && noise < 1);
            const QVariantList probabilities = step.values.value(QStringLiteral("charProbabilities")).toList();
            QCOMPARE(probabilities.size(), step.values.value(QStringLiteral("text")).toString().size());
            for (const QVariant &p : probabilities)
                QVERIFY(p.toDouble() > 0 && p.toDouble() <= 1);
        }
        // Noise goes down within a pass.
        QVERIFY(steps[0].values.value(QStringLiteral("noiseLevel")).toDouble() > steps[2].values.value(QStringLiteral("noiseLevel")).toDouble());
        QVERIFY(result.values.contains(QStringLiteral("text")));
    }

    void methodIsDeterministicAndCancels()
    {
        QTemporaryDir dir;
        writeTinyModel(dir.path(), {QStringLiteral("idm"), QStringLiteral("tdm"), QStringLiteral("mom")});
        DiffTsrMethod method(QStringLiteral("difftsr"), QString(), dir.filePath(DiffTsrModel::manifestName()), crnnManifest);
        RestoreOptions options;
        options.steps = 4;
        options.seed = 5;
        options.device = QStringLiteral("cpu");
        const QImage crop = stripes(QSize(48, 14));
        const RestoreResult first = MethodRunner::run(method, crop, options, {}, CancelToken());
        const RestoreResult again = MethodRunner::run(method, crop, options, {}, CancelToken());
        QVERIFY2(first.succeeded(), qPrintable(first.error));
        QCOMPARE(first.image, again.image);
        options.seed = 6;
        QVERIFY(MethodRunner::run(method, crop, options, {}, CancelToken()).image != first.image);
        options.parameters.insert(QStringLiteral("mode"), QStringLiteral("idm-only"));
        const RestoreResult baseline = MethodRunner::run(method, crop, options, {}, CancelToken());
        QVERIFY2(baseline.succeeded(), qPrintable(baseline.error));

        const CancelToken cancel;
        int seen = 0;
        const RestoreResult cancelled = MethodRunner::run(method, crop, options, [&](const StepRecord &) {
            if (++seen == 2)
                cancel.cancel();
        }, cancel);
        QCOMPARE(cancelled.status, RestoreResult::Status::Cancelled);
        QCOMPARE(seen, 2);
    }

    // guidance=x with the shipped weights: the result reads more like the text the chain holds
    // (here the line's known words): the recognizer's CTC loss for that text on the result falls.
    void methodGuidanceLowersTheRecognizersLoss()
    {
        const QString shipped = QStringLiteral(GLYPHLAB_SOURCE_DIR "/resources/models/") + DiffTsrModel::manifestName();
        if (!QFile::exists(shipped))
            QSKIP("no shipped DiffTSR weights");
        DiffTsrMethod method(QStringLiteral("difftsr"), QString(), shipped, crnnManifest);
        RestoreOptions options;
        options.seed = 4;
        options.device = QStringLiteral("cpu");
        options.parameters.insert(QStringLiteral("mode"), QStringLiteral("idm-only"));
        options.parameters.insert(QStringLiteral("reading"), QStringLiteral("known"));
        options.parameters.insert(QStringLiteral("guidance"), 0.0);
        OcrTextBox word;
        word.text = QStringLiteral("Market");
        options.knownWords = {word};
        const QImage crop = renderedWord(word.text, QSize(48, 12)).scaled(64, 16, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        CrnnNet crnn = CrnnModelFile::load(crnnManifest);
        const auto loss = [&](const QImage &image) {
            torch::NoGradGuard noGrad;
            const torch::Tensor line = TrainingBatch::imageTensor(image);
            const QList<int> classes = CharacterSet::encode(word.text);
            return CrnnNetImpl::ctcLoss(crnn->forward(line), torch::tensor(std::vector<int64_t>(classes.begin(), classes.end())),
                                        torch::tensor({int64_t(classes.size())})).item<double>();
        };
        const RestoreResult plain = MethodRunner::run(method, crop, options, {}, CancelToken());
        QVERIFY2(plain.succeeded(), qPrintable(plain.error));
        options.parameters.insert(QStringLiteral("guidance"), 0.02);
        const RestoreResult guided = MethodRunner::run(method, crop, options, {}, CancelToken());
        QVERIFY2(guided.succeeded(), qPrintable(guided.error));
        QCOMPARE(guided.image.size(), QSize(128, 32));
        QVERIFY2(loss(guided.image) < 0.8 * loss(plain.image),
                 qPrintable(QStringLiteral("CTC loss %1 guided, %2 not").arg(loss(guided.image)).arg(loss(plain.image))));
        options.parameters.insert(QStringLiteral("guidance"), 1.5);
        QVERIFY(MethodRunner::run(method, crop, options, {}, CancelToken()).error.contains(QStringLiteral("guidance")));
    }

    // reading=language (the default) without a usable language model: the restore goes on with
    // the recognizer's own reading and every step's caption says why.
    void methodFallsBackWithoutTheLanguageModel()
    {
        QTemporaryDir dir;
        writeTinyModel(dir.path(), {QStringLiteral("idm")});
        QFile shipped(QStringLiteral(GLYPHLAB_SOURCE_DIR "/resources/models/language-model.json"));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        QJsonObject manifest = QJsonDocument::fromJson(shipped.readAll()).object();
        QJsonObject training = manifest.value(QStringLiteral("training")).toObject();
        training.insert(QStringLiteral("wordListSha256"), QStringLiteral("0000"));
        manifest.insert(QStringLiteral("training"), training);
        QFile broken(dir.filePath(QStringLiteral("language-model.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(QJsonDocument(manifest).toJson());
        broken.close();
        qputenv("GLYPHLAB_MODELS", dir.path().toUtf8());
        DiffTsrMethod method(QStringLiteral("difftsr"), QString(), dir.filePath(DiffTsrModel::manifestName()), crnnManifest);
        RestoreOptions options;
        options.steps = 2;
        options.device = QStringLiteral("cpu");
        options.parameters.insert(QStringLiteral("mode"), QStringLiteral("idm-only"));
        QStringList captions;
        const RestoreResult result = MethodRunner::run(method, stripes(QSize(40, 12)), options,
                                                       [&](const StepRecord &step) { captions << step.caption; }, CancelToken());
        qunsetenv("GLYPHLAB_MODELS");
        QVERIFY2(result.succeeded(), qPrintable(result.error));
        QCOMPARE(captions.size(), 2);
        for (const QString &caption : captions)
            QVERIFY2(caption.contains(QStringLiteral("recognizer's own")) && caption.contains(QStringLiteral("word list")), qPrintable(caption));
    }

    void methodRefusesBadRequests()
    {
        QTemporaryDir dir;
        writeTinyModel(dir.path(), {QStringLiteral("idm")});
        DiffTsrMethod method(QStringLiteral("difftsr"), QString(), dir.filePath(DiffTsrModel::manifestName()), crnnManifest);
        RestoreOptions options;
        options.steps = 2;
        options.device = QStringLiteral("cpu");
        const QImage crop = stripes(QSize(40, 12));
        // Only the IDM is trained: full mode says so, idm-only works.
        RestoreResult result = MethodRunner::run(method, crop, options, {}, CancelToken());
        QVERIFY(!result.succeeded());
        QVERIFY2(result.error.contains(QStringLiteral("idm-only")), qPrintable(result.error));
        options.parameters.insert(QStringLiteral("mode"), QStringLiteral("idm-only"));
        QVERIFY(MethodRunner::run(method, crop, options, {}, CancelToken()).succeeded());
        options.steps = 201;
        result = MethodRunner::run(method, crop, options, {}, CancelToken());
        QVERIFY(result.error.contains(QStringLiteral("200")));
        options.steps = 2;
        options.parameters.insert(QStringLiteral("mode"), QStringLiteral("sideways"));
        QVERIFY(MethodRunner::run(method, crop, options, {}, CancelToken()).error.contains(QStringLiteral("sideways")));
        options.parameters.insert(QStringLiteral("mode"), QStringLiteral("idm-only"));
        options.parameters.insert(QStringLiteral("colours"), QStringLiteral("sepia"));
        QVERIFY(MethodRunner::run(method, crop, options, {}, CancelToken()).error.contains(QStringLiteral("sepia")));
        options.parameters.insert(QStringLiteral("colours"), QStringLiteral("network"));
        QVERIFY(MethodRunner::run(method, crop, options, {}, CancelToken()).succeeded());
        options.parameters.remove(QStringLiteral("colours"));
        options.parameters.insert(QStringLiteral("eta"), 3.0);
        QVERIFY(!MethodRunner::run(method, crop, options, {}, CancelToken()).succeeded());
        options.parameters.insert(QStringLiteral("eta"), 0.0);
        options.parameters.insert(QStringLiteral("text-start"), 2.0);
        result = MethodRunner::run(method, crop, options, {}, CancelToken());
        QVERIFY2(result.error.contains(QStringLiteral("text start")), qPrintable(result.error));
        options.parameters.remove(QStringLiteral("text-start"));
        options.parameters.insert(QStringLiteral("text-temperature"), -0.5);
        result = MethodRunner::run(method, crop, options, {}, CancelToken());
        QVERIFY2(result.error.contains(QStringLiteral("text temperature")), qPrintable(result.error));
        options.parameters.remove(QStringLiteral("text-temperature"));
        // reading=known takes the words that came with the line (the benchmark's truth), which the
        // IDM-only mode keeps as its text; without words it says so.
        options.parameters.insert(QStringLiteral("reading"), QStringLiteral("known"));
        result = MethodRunner::run(method, crop, options, {}, CancelToken());
        QVERIFY2(result.error.contains(QStringLiteral("words")), qPrintable(result.error));
        OcrTextBox word;
        word.text = QStringLiteral("Market");
        options.knownWords = {word};
        result = MethodRunner::run(method, crop, options, {}, CancelToken());
        QVERIFY2(result.succeeded(), qPrintable(result.error));
        QCOMPARE(result.values.value(QStringLiteral("text")).toString(), QStringLiteral("market"));
        options.parameters.insert(QStringLiteral("reading"), QStringLiteral("oracle"));
        QVERIFY(MethodRunner::run(method, crop, options, {}, CancelToken()).error.contains(QStringLiteral("oracle")));
        options.parameters.remove(QStringLiteral("reading"));
        options.knownWords.clear();

        DiffTsrMethod missing(QStringLiteral("difftsr"), QString(), dir.filePath(QStringLiteral("absent.json")), crnnManifest);
        options.parameters.remove(QStringLiteral("eta"));
        result = MethodRunner::run(missing, crop, options, {}, CancelToken());
        QVERIFY(!result.succeeded());
        QVERIFY2(result.error.contains(QStringLiteral("absent.json")), qPrintable(result.error));
    }

    // train difftsr: a stage started from a manifest's weights (--from) starts there, the same
    // seed gives the same weights, a run stopped after a checkpoint resumes to the same end, and
    // the validation is reported at each t; mom takes its stages from its own folder only.
    void trainingStartsFromWeightsIsDeterministicAndResumes()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString data = dir.filePath(QStringLiteral("lines"));
        QVERIFY(synthesizeLines(data));
        const QString shipped = QStringLiteral(GLYPHLAB_SOURCE_DIR "/resources/models");
        const QString tdm = QStringLiteral("tdm");

        DiffTsrTrainer::Options o;
        o.stage = tdm;
        o.dataFolders = {data};
        o.recognizerManifest = crnnManifest;
        o.startFrom = shipped;
        o.steps = 2;
        o.batchSize = 4;
        o.learningRate = 1e-6;
        o.checkpointEvery = 1;
        o.seed = 3;
        o.device = QStringLiteral("cpu");
        const auto trainInto = [&](const QString &folder, const std::function<void(const QString &)> &log) {
            DiffTsrTrainer::Options inFolder = o;
            inFolder.outputFolder = dir.filePath(folder);
            DiffTsrTrainer::train(inFolder, log);
            return DiffTsrModel::load(dir.filePath(folder + QStringLiteral("/") + DiffTsrModel::manifestName()), QString(), {o.stage});
        };
        const auto quiet = [](const QString &) {};
        QStringList lines;
        const auto a = trainInto(QStringLiteral("a"), [&](const QString &line) { lines << line; });
        const QString log = lines.join(QLatin1Char('\n'));
        QVERIFY2(log.contains(QStringLiteral("starting from the weights in")), qPrintable(log));
        const QRegularExpression byTime(QStringLiteral("TDM word accuracy of ĉ0 [0-9.]+% \\(by t: [0-9.]+ / [0-9.]+ / [0-9.]+ / [0-9.]+ / [0-9.]+ %\\)"));
        QVERIFY2(byTime.match(log).hasMatch(), qPrintable(log));

        // Two Adam steps at 1e-6 move each weight by about 2e-6: still the shipped TDM, far from a fresh one.
        const auto largestDifference = [](const std::vector<torch::Tensor> &x, const std::vector<torch::Tensor> &y) {
            double largest = 0;
            for (size_t i = 0; i < x.size(); ++i)
                largest = std::max(largest, (x[i] - y[i]).abs().max().item<double>());
            return largest;
        };
        const auto start = DiffTsrModel::load(shipped + QStringLiteral("/") + DiffTsrModel::manifestName(), QString(), {tdm});
        const std::vector<torch::Tensor> trained = a->stage(tdm).parameters();
        QVERIFY(largestDifference(trained, start->stage(tdm).parameters()) < 1e-4);
        DiffTsrModel fresh(DiffTsrConfig::standard());
        QVERIFY(largestDifference(trained, fresh.stage(tdm).parameters()) > 1e-2);

        QVERIFY(sameWeights(trained, trainInto(QStringLiteral("b"), quiet)->stage(tdm).parameters()));
        QVERIFY(stoppedAfterCheckpoint([&](const auto &sink) { trainInto(QStringLiteral("c"), sink); }, 1));
        QVERIFY(sameWeights(trained, trainInto(QStringLiteral("c"), quiet)->stage(tdm).parameters()));

        QFile manifestFile(dir.filePath(QStringLiteral("a/") + DiffTsrModel::manifestName()));
        QVERIFY(manifestFile.open(QIODevice::ReadOnly));
        const QJsonObject training = QJsonDocument::fromJson(manifestFile.readAll()).object()
                                         .value(QStringLiteral("training")).toObject().value(tdm).toObject();
        QVERIFY(training.value(QStringLiteral("startedFrom")).toString().endsWith(QStringLiteral("difftsr-tdm.pt")));
        const QJsonObject accuracyByTime = training.value(QStringLiteral("validationTdmAccuracyByTime")).toObject();
        QCOMPARE(accuracyByTime.keys().size(), 5);
        for (const QString &t : {QStringLiteral("100"), QStringLiteral("500"), QStringLiteral("900")}) {
            const double value = accuracyByTime.value(t).toDouble(-1);
            QVERIFY2(value >= 0 && value <= 1, qPrintable(t));
        }

        // The IDM stage reports the CRNN's readings of x̂0 by t, given the reading and given the
        // true line, and no TDM figures.
        o.stage = QStringLiteral("idm");
        o.steps = 1;
        o.batchSize = 2;
        trainInto(QStringLiteral("e"), quiet);
        QFile idmManifest(dir.filePath(QStringLiteral("e/") + DiffTsrModel::manifestName()));
        QVERIFY(idmManifest.open(QIODevice::ReadOnly));
        const QJsonObject idmTraining = QJsonDocument::fromJson(idmManifest.readAll()).object()
                                            .value(QStringLiteral("training")).toObject().value(o.stage).toObject();
        QCOMPARE(idmTraining.value(QStringLiteral("validationCrnnAccuracyByTime")).toObject().keys().size(), 5);
        QCOMPARE(idmTraining.value(QStringLiteral("validationCrnnAccuracyTrueTextByTime")).toObject().keys().size(), 5);
        const double trueText = idmTraining.value(QStringLiteral("validationCrnnAccuracyTrueText")).toDouble(-1);
        QVERIFY2(trueText >= 0 && trueText <= 1, qPrintable(QString::number(trueText)));
        QVERIFY(!idmTraining.contains(QStringLiteral("validationTdmAccuracyByTime")));
        QVERIFY(!idmTraining.contains(QStringLiteral("validationTdmAccuracy")));

        // Weights of an architecture before the IDM's reading prior and attention positions move
        // into today's: the trainer says so and trains on.
        QJsonObject olderJson = DiffTsrConfig::standard().toJson();
        olderJson.remove(QStringLiteral("attentionPositions"));
        olderJson.remove(QStringLiteral("idmReading"));
        olderJson.remove(QStringLiteral("idmGlyphs"));
        DiffTsrModel older(DiffTsrConfig::fromJson(olderJson));
        const QString olderFolder = dir.filePath(QStringLiteral("older"));
        QVERIFY(QDir().mkpath(olderFolder));
        older.saveStage(olderFolder, o.stage, recognizerSha(), QJsonObject{{QStringLiteral("steps"), 0}}, QStringLiteral("test weights"));
        o.startFrom = olderFolder;
        lines.clear();
        trainInto(QStringLiteral("f"), [&](const QString &line) { lines << line; });
        QVERIFY2(lines.join(QLatin1Char('\n')).contains(QStringLiteral("of an earlier architecture")), qPrintable(lines.join(QLatin1Char('\n'))));
        o.startFrom = shipped;

        o.stage = QStringLiteral("mom");
        try {
            trainInto(QStringLiteral("d"), quiet);
            QFAIL("mom started from --from");
        } catch (const std::runtime_error &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("--from")), e.what());
        }
    }

    // The benchmark's variants: "difftsr-idm" is DiffTSR with mode=idm-only.
    void benchmarkVariants()
    {
        std::vector<std::unique_ptr<RestorationMethod>> methods;
        QTemporaryDir dir;
        writeTinyModel(dir.path(), {QStringLiteral("idm")});
        methods.push_back(std::make_unique<DiffTsrMethod>(QStringLiteral("difftsr"), QString(),
                                                          dir.filePath(DiffTsrModel::manifestName()), crnnManifest));
        QVariantMap fixed;
        QString error;
        QCOMPARE(ConfiguredMethod::parse(QStringLiteral("difftsr-idm"), methods, &fixed, &error), QStringLiteral("difftsr"));
        QCOMPARE(fixed.value(QStringLiteral("mode")).toString(), QStringLiteral("idm-only"));
        // The alias takes further keys.
        QCOMPARE(ConfiguredMethod::parse(QStringLiteral("difftsr-idm:steps=1;eta=0"), methods, &fixed, &error), QStringLiteral("difftsr"));
        QCOMPARE(fixed.value(QStringLiteral("mode")).toString(), QStringLiteral("idm-only"));
        QCOMPARE(fixed.value(QStringLiteral("steps")).toInt(), 1);
        QCOMPARE(fixed.size(), 3);
        QCOMPARE(ConfiguredMethod::parse(QStringLiteral("difftsr:eta=0;mode=full"), methods, &fixed, &error), QStringLiteral("difftsr"));
        QCOMPARE(fixed.size(), 2);
        // The step count of an iterative method is a variant key too.
        QCOMPARE(ConfiguredMethod::parse(QStringLiteral("difftsr:steps=4;start=0.5"), methods, &fixed, &error), QStringLiteral("difftsr"));
        QCOMPARE(fixed.value(QStringLiteral("steps")).toInt(), 4);
        QVERIFY(ConfiguredMethod::parse(QStringLiteral("difftsr:sharpness=3"), methods, &fixed, &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("sharpness")), qPrintable(error));
        QVERIFY(ConfiguredMethod::parse(QStringLiteral("magic:x=1"), methods, &fixed, &error).isEmpty());
        QVERIFY(MethodRegistry::variantOf(QStringLiteral("bicubic")).isEmpty());

        // Only the IDM is trained: the base method (full mode) refuses, the variant runs and
        // reports the text it kept.
        ConfiguredMethod baseline(*methods.front(), QStringLiteral("difftsr-idm"),
                                  {{QStringLiteral("mode"), QStringLiteral("idm-only")}});
        QCOMPARE(baseline.info().id, QStringLiteral("difftsr-idm"));
        RestoreOptions options;
        options.steps = 2;
        options.device = QStringLiteral("cpu");
        QVERIFY(!MethodRunner::run(*methods.front(), stripes(QSize(40, 12)), options, {}, CancelToken()).succeeded());
        const RestoreResult result = MethodRunner::run(baseline, stripes(QSize(40, 12)), options, {}, CancelToken());
        QVERIFY2(result.succeeded(), qPrintable(result.error));
        QVERIFY(result.values.contains(QStringLiteral("text")));

        // steps=3 in the variant wins over the options' 2; start=0.5 starts at t = 499.
        ConfiguredMethod shortRun(*methods.front(), QStringLiteral("difftsr:steps=3;start=0.5"),
                                  {{QStringLiteral("mode"), QStringLiteral("idm-only")}, {QStringLiteral("steps"), 3},
                                   {QStringLiteral("start"), 0.5}});
        QList<StepRecord> steps;
        const RestoreResult truncated = MethodRunner::run(shortRun, stripes(QSize(40, 12)), options,
                                                          [&](const StepRecord &step) { steps.append(step); }, CancelToken());
        QVERIFY2(truncated.succeeded(), qPrintable(truncated.error));
        QCOMPARE(steps.size(), 3);
        QCOMPARE(steps.first().values.value(QStringLiteral("timestep")).toInt(), 499);
        ConfiguredMethod badStart(*methods.front(), QStringLiteral("difftsr:start=0"),
                                  {{QStringLiteral("mode"), QStringLiteral("idm-only")}, {QStringLiteral("start"), 0.0}});
        const RestoreResult refused = MethodRunner::run(badStart, stripes(QSize(40, 12)), options, {}, CancelToken());
        QVERIFY2(refused.error.contains(QStringLiteral("start")), qPrintable(refused.error));
    }

    void benchmarkReportsOwnReadings()
    {
        BenchmarkRow truth, method;
        truth.method = QStringLiteral("hr");
        method.method = QStringLiteral("difftsr");
        truth.set = method.set = QStringLiteral("synth-easy");
        truth.count = method.count = 4;
        method.ownTextCount = 4;
        method.ownTextAccuracy = 0.75;
        const BenchmarkReport report({truth, method}, {}, {QStringLiteral("ppocr")}, QStringLiteral("test"));
        QVERIFY(report.markdown().contains(QStringLiteral("| difftsr | synth-easy | 75.0 |")));
        const QJsonObject row = report.json().value(QStringLiteral("rows")).toArray().at(1).toObject();
        QCOMPARE(row.value(QStringLiteral("ownTextAccuracy")).toDouble(), 0.75);
        QVERIFY(!report.json().value(QStringLiteral("rows")).toArray().at(0).toObject().contains(QStringLiteral("ownTextAccuracy")));
    }
};

QTEST_MAIN(DiffTsrTest)
#include "tst_difftsr.moc"
