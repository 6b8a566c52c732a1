// Mini-GLYPH-SR with tiny randomly initialised weights: the sampler's timesteps, determinism
// and cancellation, λ and the leading branch at every step, what the control scale and the
// text branch's start-as-a-copy mean for the prediction, the weight files through the manifest
// (good, missing, corrupt, mismatched, another model's), and the method's output sizes, step
// records and messages for bad settings.
#include "CancelToken.h"
#include "GlyphSrPingPongMethod.h"
#include "InputColoursCheck.h"
#include "MethodRunner.h"
#include "ModelManifest.h"
#include "PingPongSchedule.h"
#include "RestoreCancelled.h"
#include "RestoreResult.h"
#include "SceneDescriptor.h"
#include "TileLayout.h"
#include "TorchRuntime.h"
#include "TrainingTestHelpers.h"
#include "TsControlModel.h"
#include "TsControlSampler.h"
#include "TsControlTrainer.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

#include <torch/torch.h>

namespace {

const QString crnnManifest = QStringLiteral(GLYPHLAB_SOURCE_DIR "/resources/models/crnn.json");

TsControlModel::Config tinyConfig()
{
    TsControlModel::Config config;
    config.backbone.width0 = 16;
    config.backbone.width1 = 16;
    config.backbone.width2 = 16;
    return config;
}

// The control branches' output convolutions start at zero (an untrained branch changes
// nothing); perturb every parameter so that every input matters.
void randomise(TsControlModel &model)
{
    torch::NoGradGuard noGrad;
    for (const QString &role : TsControlModel::roles())
        for (auto &parameter : model.stage(role).parameters())
            parameter.add_(torch::randn_like(parameter) * 0.05);
}

void writeTinyModel(const QString &folder, const QStringList &roles, quint64 seed = 7)
{
    torch::manual_seed(int64_t(seed));
    TsControlModel model(tinyConfig());
    randomise(model);
    for (const QString &role : roles)
        model.saveStage(folder, role, QJsonObject{{QStringLiteral("steps"), 0}}, QStringLiteral("test weights"));
}

QString loadError(const QString &manifest, const QStringList &required = {QStringLiteral("base")})
{
    try {
        TsControlModel::load(manifest, required);
    } catch (const std::exception &e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

TsControlModel::Condition condition(int64_t batch, int side, bool withGlyphs)
{
    TsControlModel::Condition c;
    c.bicubic = torch::rand({batch, 3, side, side});
    if (withGlyphs)
        c.glyphs = (torch::rand({batch, 1, side, side}) > 0.7).to(torch::kFloat);
    c.descriptor = SceneDescriptor::of(torch::rand({batch, 3, side / 4, side / 4}), 4, std::vector<int>(size_t(batch), 1));
    return c;
}

QImage stripes(const QSize &size)
{
    QImage image(size, QImage::Format_RGB888);
    image.fill(QColor(230, 230, 220));
    QPainter painter(&image);
    for (int x = 0; x < size.width(); x += 4)
        painter.fillRect(x, 0, 2, size.height(), QColor(20, 30, 120));
    return image;
}

RestoreOptions options(int scale, int steps, const QVariantMap &parameters)
{
    RestoreOptions o;
    o.scale = scale;
    o.steps = steps;
    o.device = QStringLiteral("cpu");
    o.parameters = parameters;
    return o;
}

// The parameters of one stage as written in `folder`.
std::vector<torch::Tensor> stageWeights(const QString &folder, const QString &role)
{
    const auto model = TsControlModel::load(QDir(folder).filePath(TsControlModel::manifestName()), {role});
    std::vector<torch::Tensor> weights;
    for (const auto &parameter : model->stage(role).parameters())
        weights.push_back(parameter.clone());
    return weights;
}

// 36 scene tiles of 128 px (×4) made by glyphlab-cli synth into `folder`.
bool generateScenes(const QString &folder)
{
    QProcess synth;
    synth.start(QStringLiteral(GLYPHLAB_CLI), {QStringLiteral("synth"), QStringLiteral("--mode"), QStringLiteral("scene"),
                                               QStringLiteral("--count"), QStringLiteral("36"), QStringLiteral("--tile"),
                                               QStringLiteral("128"), QStringLiteral("--seed"), QStringLiteral("5"),
                                               QStringLiteral("--output"), folder});
    if (!synth.waitForFinished(120000) || synth.exitCode() != 0) {
        qWarning("%s", synth.readAllStandardError().constData());
        return false;
    }
    return true;
}

} // namespace

class GlyphSrPingPongTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        TorchRuntime::useAllCores();
    }

    void spacedTimestepsEndAtZero()
    {
        QCOMPARE(TsControlSampler::spacedTimesteps(5, 1000), (std::vector<int>{999, 749, 500, 250, 0}));
        QCOMPARE(TsControlSampler::spacedTimesteps(1, 1000), (std::vector<int>{999}));
        QCOMPARE(TsControlSampler::spacedTimesteps(3, 300), (std::vector<int>{299, 150, 0}));
        // More steps than timesteps: every timestep once.
        QCOMPARE(TsControlSampler::spacedTimesteps(10, 4), (std::vector<int>{3, 2, 1, 0}));
    }

    void samplerIsDeterministicBySeed()
    {
        torch::manual_seed(11);
        TsControlModel model(tinyConfig());
        randomise(model);
        model.eval();
        const TsControlModel::Condition c = condition(2, 32, true);
        TsControlSampler::Settings settings;
        settings.steps = 4;
        settings.seed = 42;
        const torch::Tensor first = TsControlSampler::run(model, c, settings, {}, CancelToken());
        QCOMPARE(first.sizes().vec(), (std::vector<int64_t>{2, 3, 32, 32}));
        QVERIFY(first.min().item<double>() >= 0.0 && first.max().item<double>() <= 1.0);
        QVERIFY(torch::equal(first, TsControlSampler::run(model, c, settings, {}, CancelToken())));
        settings.seed = 43;
        QVERIFY(!torch::equal(first, TsControlSampler::run(model, c, settings, {}, CancelToken())));
        // With guidance the text-led steps run twice: still reproducible, and not the same.
        settings.seed = 42;
        settings.guidance = 3.0;
        const torch::Tensor guided = TsControlSampler::run(model, c, settings, {}, CancelToken());
        QVERIFY(torch::equal(guided, TsControlSampler::run(model, c, settings, {}, CancelToken())));
        QVERIFY(!torch::equal(guided, first));
    }

    // Input colours (the default): the branches' correction to the bicubic tile is reduced to its
    // brightness, the same in every channel, so the tile keeps the region's hues.
    void samplerKeepsTheInputColours()
    {
        torch::manual_seed(14);
        TsControlModel model(tinyConfig());
        randomise(model);
        model.eval();
        TsControlModel::Condition c = condition(1, 32, true);
        c.bicubic = 0.4 + 0.2 * c.bicubic;
        TsControlSampler::Settings settings;
        settings.steps = 3;
        settings.seed = 5;
        const torch::Tensor network = TsControlSampler::run(model, c, settings, {}, CancelToken());
        settings.inputColours = true;
        const torch::Tensor input = TsControlSampler::run(model, c, settings, {}, CancelToken());
        const QString problem = inputColoursProblem(network, input, c.bicubic);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void samplerReportsScheduleAndStops()
    {
        torch::manual_seed(12);
        TsControlModel model(tinyConfig());
        model.eval();
        TsControlSampler::Settings settings;
        settings.steps = 6;
        settings.schedule = PingPongSchedule(PingPongSchedule::Kind::Square, 1, 0);
        QList<TsControlSampler::Step> seen;
        TsControlSampler::run(model, condition(1, 32, true), settings,
                              [&](const TsControlSampler::Step &step) { seen.append(step); }, CancelToken());
        QCOMPARE(seen.size(), 6);
        const std::vector<int> timesteps = TsControlSampler::spacedTimesteps(6, 1000);
        for (int i = 0; i < seen.size(); ++i) {
            QCOMPARE(seen[i].index, i);
            QCOMPARE(seen[i].count, 6);
            QCOMPARE(seen[i].t, timesteps[size_t(i)]);
            QCOMPARE(seen[i].next, i + 1 < 6 ? timesteps[size_t(i) + 1] : -1);
            QCOMPARE(seen[i].lambda, i % 2 == 0 ? 0.0 : 1.0);
            QCOMPARE(seen[i].branch, i % 2 == 0 ? PingPongSchedule::Branch::Text : PingPongSchedule::Branch::Image);
            QCOMPARE(seen[i].estimate.sizes().vec(), (std::vector<int64_t>{1, 3, 32, 32}));
            if (i > 0)
                QVERIFY(seen[i].noiseLevel < seen[i - 1].noiseLevel);
        }

        // Cancelled during step 3: no step 4.
        const CancelToken cancel;
        int reported = 0;
        const auto onStep = [&](const TsControlSampler::Step &step) {
            reported = step.index + 1;
            if (step.index == 2)
                cancel.cancel();
        };
        QVERIFY_THROWS_EXCEPTION(RestoreCancelled, TsControlSampler::run(model, condition(1, 32, false), settings, onStep, cancel));
        QCOMPARE(reported, 3);
    }

    void controlMixing()
    {
        torch::manual_seed(13);
        TsControlModel model(tinyConfig());
        randomise(model);
        model.eval();
        torch::NoGradGuard noGrad;
        const TsControlModel::Condition c = condition(2, 32, true);
        const torch::Tensor xt = torch::randn({2, 3, 32, 32});
        const torch::Tensor t = torch::tensor({100, 700}, torch::kLong);
        const auto predict = [&](double lambda, double scale, const TsControlModel::Condition &cond) {
            return model.predictResidual(xt, t, cond, torch::full({2}, lambda, torch::kDouble), scale);
        };
        // s_ctrl = 0: the backbone alone, whichever branch λ picks.
        QVERIFY(torch::allclose(predict(0.0, 0.0, c), predict(1.0, 0.0, c)));
        // Otherwise the branches differ, and only the text branch sees the glyphs.
        QVERIFY(!torch::allclose(predict(0.0, 1.0, c), predict(1.0, 1.0, c)));
        TsControlModel::Condition otherGlyphs = c;
        otherGlyphs.glyphs = 1.0 - c.glyphs;
        QVERIFY(torch::equal(predict(1.0, 1.0, c), predict(1.0, 1.0, otherGlyphs)));
        QVERIFY(!torch::allclose(predict(0.0, 1.0, c), predict(0.0, 1.0, otherGlyphs)));
        QVERIFY(!torch::allclose(predict(0.5, 1.0, c), predict(0.5, 1.0, otherGlyphs)));

        // The text stage starts from a copy of the SR branch: every SR tensor, the same values.
        const int copied = model.initialiseTextBranch();
        QCOMPARE(size_t(copied), model.srBranch->parameters().size());
        const auto text = model.textBranch->named_parameters();
        for (const auto &item : model.srBranch->named_parameters())
            QVERIFY2(torch::equal(item.value(), *text.find(item.key())), item.key().c_str());
    }

    void weightFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        writeTinyModel(dir.path(), TsControlModel::roles());
        const QString manifest = dir.filePath(TsControlModel::manifestName());
        QCOMPARE(loadError(manifest, TsControlModel::roles()), QString());
        QCOMPARE(ModelManifest::read(manifest).files.size(), 2);

        // Loading gives back exactly what was saved.
        torch::manual_seed(7);
        TsControlModel reference(tinyConfig());
        randomise(reference);
        const auto loaded = TsControlModel::load(manifest, TsControlModel::roles());
        for (const QString &role : TsControlModel::roles()) {
            const auto a = reference.stage(role).named_parameters(), b = loaded->stage(role).named_parameters();
            QCOMPARE(a.size(), b.size());
            for (const auto &item : a)
                QVERIFY(torch::equal(item.value(), *b.find(item.key())));
        }

        // Corrupt: a changed byte.
        QFile text(dir.filePath(TsControlModel::fileName(QStringLiteral("text"))));
        QVERIFY(text.open(QIODevice::ReadWrite));
        text.seek(100);
        text.write("garbage");
        text.close();
        QVERIFY2(loadError(manifest).contains(QStringLiteral("damaged")), qPrintable(loadError(manifest)));

        // Missing.
        QVERIFY(QFile::remove(dir.filePath(TsControlModel::fileName(QStringLiteral("base")))));
        QVERIFY2(loadError(manifest).contains(QStringLiteral("missing")), qPrintable(loadError(manifest)));

        // A stage not trained yet.
        QTemporaryDir partial;
        writeTinyModel(partial.path(), {QStringLiteral("base")});
        const QString partialManifest = partial.filePath(TsControlModel::manifestName());
        QCOMPARE(loadError(partialManifest), QString());
        QVERIFY(!loadError(partialManifest, TsControlModel::roles()).isEmpty());

        // Mismatched: the manifest describes wider networks than its weights hold.
        QFile file(partialManifest);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QJsonObject architecture = root.value(QStringLiteral("architecture")).toObject();
        architecture.insert(QStringLiteral("width2"), 32);
        root.insert(QStringLiteral("architecture"), architecture);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(root).toJson());
        file.close();
        QVERIFY(!loadError(partialManifest).isEmpty());

        // Weights trained for another parameterisation (the paper's ε) are refused by name.
        architecture.insert(QStringLiteral("width2"), 16);
        architecture.insert(QStringLiteral("prediction"), QStringLiteral("epsilon"));
        root.insert(QStringLiteral("architecture"), architecture);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(root).toJson());
        file.close();
        QVERIFY2(loadError(partialManifest).contains(QStringLiteral("prediction")), qPrintable(loadError(partialManifest)));

        // Another model's manifest, and none at all.
        QVERIFY2(loadError(crnnManifest).contains(QStringLiteral("glyph-sr")), qPrintable(loadError(crnnManifest)));
        QVERIFY(!loadError(dir.filePath(QStringLiteral("nothing.json"))).isEmpty());

        // A stage written into a folder that holds another architecture is refused.
        TsControlModel bigger{TsControlModel::Config()};
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, bigger.saveStage(dir.path(), QStringLiteral("base"), {}, QString()));
    }

    // Both stages on a few generated scene tiles: the same seed gives the same weights, a run
    // stopped after a checkpoint and started again ends where an uninterrupted one does, and
    // the text stage needs the base and adds its own file to the manifest.
    void trainingIsDeterministicAndResumes()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString data = dir.filePath(QStringLiteral("scenes"));
        QVERIFY2(generateScenes(data), "glyphlab-cli synth --mode scene failed");

        TsControlTrainer::Options o;
        o.stage = QStringLiteral("base");
        o.dataFolders = {data};
        o.steps = 4;
        o.batchSize = 2;
        o.checkpointEvery = 2;
        o.seed = 3;
        o.device = QStringLiteral("cpu");
        const auto quiet = [](const QString &) {};
        const auto trainInto = [&](const QString &folder, const TsControlTrainer::Options &options,
                                   const std::function<void(const QString &)> &log) {
            TsControlTrainer::Options inFolder = options;
            inFolder.outputFolder = dir.filePath(folder);
            TsControlTrainer::train(inFolder, log);
        };

        // The text stage before the base: refused with a reason.
        o.stage = QStringLiteral("text");
        try {
            trainInto(QStringLiteral("a"), o, quiet);
            QFAIL("the text stage ran without a base");
        } catch (const std::runtime_error &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("base stage")), e.what());
        }
        o.stage = QStringLiteral("base");

        trainInto(QStringLiteral("a"), o, quiet);
        trainInto(QStringLiteral("b"), o, quiet);
        const auto a = stageWeights(dir.filePath(QStringLiteral("a")), QStringLiteral("base"));
        QVERIFY(sameWeights(a, stageWeights(dir.filePath(QStringLiteral("b")), QStringLiteral("base"))));
        torch::manual_seed(3);
        TsControlModel untrained{TsControlModel::Config()};
        std::vector<torch::Tensor> initial;
        for (const auto &parameter : untrained.stage(QStringLiteral("base")).parameters())
            initial.push_back(parameter);
        QVERIFY(!sameWeights(a, initial));

        // Stopped right after the checkpoint at step 2, then run again.
        QVERIFY(stoppedAfterCheckpoint([&](const auto &log) { trainInto(QStringLiteral("c"), o, log); }, 2));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("c/glyph-sr.json"))));
        QStringList resumed;
        trainInto(QStringLiteral("c"), o, [&](const QString &line) { resumed << line; });
        QVERIFY2(resumed.join(QLatin1Char('\n')).contains(QStringLiteral("Resuming from the checkpoint at step 2")),
                 qPrintable(resumed.join(QLatin1Char('\n'))));
        QVERIFY(sameWeights(a, stageWeights(dir.filePath(QStringLiteral("c")), QStringLiteral("base"))));

        // The text stage: the base stays as it was, the manifest lists both.
        o.stage = QStringLiteral("text");
        o.steps = 2;
        trainInto(QStringLiteral("a"), o, quiet);
        QCOMPARE(loadError(dir.filePath(QStringLiteral("a/glyph-sr.json")), TsControlModel::roles()), QString());
        QVERIFY(sameWeights(a, stageWeights(dir.filePath(QStringLiteral("a")), QStringLiteral("base"))));
    }

    // The text stage's text focus: refused where it cannot work; on whole tiles the words it
    // cuts out are the words (the recognizer reads most of them on the HR tiles and fewer on
    // bicubic), the loss log gains the CTC, the manifest records it, and the CTC reaches the
    // weights (another weight trains other weights from the same seed).
    void textFocusReadsWholeWords()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString data = dir.filePath(QStringLiteral("scenes"));
        QVERIFY2(generateScenes(data), "glyphlab-cli synth --mode scene failed");
        const auto quiet = [](const QString &) {};
        TsControlTrainer::Options o;
        o.stage = QStringLiteral("base");
        o.dataFolders = {data};
        o.outputFolder = dir.filePath(QStringLiteral("a"));
        o.steps = 2;
        o.batchSize = 2;
        o.seed = 3;
        o.device = QStringLiteral("cpu");
        const auto refusal = [&](const TsControlTrainer::Options &options) {
            try {
                TsControlTrainer::train(options, quiet);
            } catch (const std::runtime_error &e) {
                return QString::fromUtf8(e.what());
            }
            return QString();
        };
        o.textFocusWeight = 0.02;
        o.recognizerManifest = crnnManifest;
        QVERIFY2(refusal(o).contains(QStringLiteral("text stage")), qPrintable(refusal(o)));
        o.textFocusWeight = 0;
        TsControlTrainer::train(o, quiet);
        // A second folder with the same base, for the run with another weight.
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("b"))));
        for (const QString &file : {TsControlModel::manifestName(), TsControlModel::fileName(QStringLiteral("base"))})
            QVERIFY(QFile::copy(dir.filePath(QStringLiteral("a/") + file), dir.filePath(QStringLiteral("b/") + file)));

        o.stage = QStringLiteral("text");
        o.textFocusWeight = 0.02;
        o.recognizerManifest.clear();
        QVERIFY2(refusal(o).contains(QStringLiteral("recognizer")), qPrintable(refusal(o)));
        o.recognizerManifest = crnnManifest;
        TsControlTrainer::train(o, quiet);

        QFile manifestFile(dir.filePath(QStringLiteral("a/glyph-sr.json")));
        QVERIFY(manifestFile.open(QIODevice::ReadOnly));
        const QJsonObject text = QJsonDocument::fromJson(manifestFile.readAll()).object()
                                     .value(QStringLiteral("training")).toObject().value(QStringLiteral("text")).toObject();
        QCOMPARE(text.value(QStringLiteral("crop")).toString(), QStringLiteral("whole tiles"));
        QCOMPARE(text.value(QStringLiteral("textFocusWeight")).toDouble(), 0.02);
        const int words = text.value(QStringLiteral("validationWords")).toInt();
        const int readHigh = text.value(QStringLiteral("validationWordsReadHigh")).toInt();
        const int readBicubic = text.value(QStringLiteral("validationWordsReadBicubic")).toInt();
        QVERIFY2(words >= 20, qPrintable(QString::number(words)));
        QVERIFY2(readHigh >= words / 2, qPrintable(QStringLiteral("%1 of %2 HR words read").arg(readHigh).arg(words)));
        QVERIFY2(readBicubic < readHigh, qPrintable(QStringLiteral("bicubic %1, HR %2").arg(readBicubic).arg(readHigh)));

        QFile lossLog(dir.filePath(QStringLiteral("a/text/loss.tsv")));
        QVERIFY(lossLog.open(QIODevice::ReadOnly));
        const QStringList rows = QString::fromUtf8(lossLog.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(rows.size() >= 2);
        const qsizetype ctcColumn = rows.first().split(QLatin1Char('\t')).indexOf(QStringLiteral("ctc"));
        QVERIFY(ctcColumn > 0);
        const double ctc = rows.last().split(QLatin1Char('\t')).value(ctcColumn).toDouble();
        QVERIFY2(std::isfinite(ctc) && ctc > 0, qPrintable(rows.last()));

        o.outputFolder = dir.filePath(QStringLiteral("b"));
        o.textFocusWeight = 2.0;
        TsControlTrainer::train(o, quiet);
        QVERIFY(!sameWeights(stageWeights(dir.filePath(QStringLiteral("a")), QStringLiteral("text")),
                             stageWeights(dir.filePath(QStringLiteral("b")), QStringLiteral("text"))));
    }

    void methodShapesAndSteps_data()
    {
        QTest::addColumn<QSize>("crop");
        QTest::addColumn<int>("scale");
        QTest::addColumn<int>("tile");
        QTest::addColumn<int>("batches");
        QTest::newRow("x4 20x12, one tile") << QSize(20, 12) << 4 << 128 << 1;
        QTest::newRow("x4 37x11, tiles 64") << QSize(37, 11) << 4 << 64 << 1;
        QTest::newRow("x8 10x9, tiles 64") << QSize(10, 9) << 8 << 64 << 1;
        QTest::newRow("x4 3x2") << QSize(3, 2) << 4 << 64 << 1;
        QTest::newRow("x4 200x10, more tiles than a batch") << QSize(200, 10) << 4 << 64 << 2;
    }

    void methodShapesAndSteps()
    {
        QFETCH(QSize, crop);
        QFETCH(int, scale);
        QFETCH(int, tile);
        QFETCH(int, batches);
        const int tiles = int(TileLayout(crop * scale, tile, tile / 4).tiles().size());
        QCOMPARE((tiles + GlyphSrPingPongMethod::kTilesPerBatch - 1) / GlyphSrPingPongMethod::kTilesPerBatch, batches);
        QTemporaryDir dir;
        writeTinyModel(dir.path(), TsControlModel::roles());
        GlyphSrPingPongMethod method(dir.filePath(TsControlModel::manifestName()));
        const RestoreOptions o = options(scale, 4, {{QStringLiteral("ocr"), QStringLiteral("none")},
                                                    {QStringLiteral("tile"), tile}});
        QList<StepRecord> steps;
        const RestoreResult result = MethodRunner::run(method, stripes(crop), o, [&](const StepRecord &step) { steps.append(step); },
                                                       CancelToken());
        QVERIFY2(result.succeeded(), qPrintable(result.error));
        QCOMPARE(result.image.size(), crop * scale);
        QCOMPARE(steps.size(), 4 * batches);
        for (int i = 0; i < steps.size(); ++i) {
            const StepRecord &step = steps[i];
            QCOMPARE(step.index, i);
            QCOMPARE(step.count, 4 * batches);
            QCOMPARE(step.image.size(), crop * scale);
            // The paper's square wave with τ = 1: text-led, image-led, text-led, image-led.
            const bool textLed = (i % 4) % 2 == 0;
            QCOMPARE(step.values.value(QStringLiteral("lambda")).toDouble(), textLed ? 0.0 : 1.0);
            QCOMPARE(step.values.value(QStringLiteral("branch")).toString(), textLed ? QStringLiteral("text") : QStringLiteral("image"));
            const double noise = step.values.value(QStringLiteral("noiseLevel")).toDouble();
            QVERIFY(noise > 0 && noise <= 1);
            QVERIFY(step.values.contains(QStringLiteral("timestep")));
            QVERIFY(step.values.value(QStringLiteral("tiles")).toString().endsWith(QStringLiteral(" of %1").arg(tiles)));
        }
        // OCR off: no prompts, and the note says so.
        QVERIFY(result.values.value(QStringLiteral("prompts")).toStringList().isEmpty());
        QVERIFY(result.values.value(QStringLiteral("ocr")).toString().contains(QStringLiteral("OCR off")));

        // The same seed gives the same picture; another seed another one.
        const RestoreResult again = MethodRunner::run(method, stripes(crop), o, {}, CancelToken());
        QCOMPARE(again.image, result.image);
        RestoreOptions reseeded = o;
        reseeded.seed = 5;
        QVERIFY(MethodRunner::run(method, stripes(crop), reseeded, {}, CancelToken()).image != result.image);
    }

    void methodMessages()
    {
        QTemporaryDir dir;
        writeTinyModel(dir.path(), {QStringLiteral("base")});
        GlyphSrPingPongMethod baseOnly(dir.filePath(TsControlModel::manifestName()));
        const QImage crop = stripes(QSize(16, 16));
        const QVariantMap noOcr{{QStringLiteral("ocr"), QStringLiteral("none")}};

        // Without the text branch only the image schedule runs; the others say why not.
        const RestoreResult square = MethodRunner::run(baseOnly, crop, options(4, 3, noOcr), {}, CancelToken());
        QVERIFY(!square.succeeded());
        QVERIFY2(square.error.contains(QStringLiteral("text branch")), qPrintable(square.error));
        QVariantMap imageOnly = noOcr;
        imageOnly.insert(QStringLiteral("schedule"), QStringLiteral("image"));
        const RestoreResult image = MethodRunner::run(baseOnly, crop, options(4, 3, imageOnly), {}, CancelToken());
        QVERIFY2(image.succeeded(), qPrintable(image.error));
        QVERIFY(image.values.value(QStringLiteral("ocr")).toString().contains(QStringLiteral("no OCR")));

        // An OCR that finds nothing (a blank region) or is not installed: the run goes on
        // without prompts and says why.
        QTemporaryDir full;
        writeTinyModel(full.path(), TsControlModel::roles());
        GlyphSrPingPongMethod withText(full.filePath(TsControlModel::manifestName()));
        QImage blank(24, 16, QImage::Format_RGB888);
        blank.fill(QColor(128, 128, 128));
        const RestoreResult nothingRead = MethodRunner::run(withText, blank, options(4, 2, {{QStringLiteral("ocr"), QStringLiteral("tesseract")}}),
                                                            {}, CancelToken());
        QVERIFY2(nothingRead.succeeded(), qPrintable(nothingRead.error));
        QCOMPARE(nothingRead.image.size(), QSize(96, 64));
        QVERIFY(nothingRead.values.value(QStringLiteral("prompts")).toStringList().isEmpty());
        const QString note = nothingRead.values.value(QStringLiteral("ocr")).toString();
        QVERIFY2(note.contains(QStringLiteral("found no text")) || note.contains(QStringLiteral("not available")), qPrintable(note));

        const auto errorOf = [&](const RestoreOptions &o, const QImage &input = QImage()) {
            return MethodRunner::run(baseOnly, input.isNull() ? crop : input, o, {}, CancelToken()).error;
        };
        QVERIFY2(errorOf(options(2, 3, imageOnly)).contains(QStringLiteral("×2")), qPrintable(errorOf(options(2, 3, imageOnly))));
        QVERIFY(errorOf(options(4, 0, imageOnly)).contains(QStringLiteral("steps")));
        QVERIFY(errorOf(options(4, 3, {{QStringLiteral("schedule"), QStringLiteral("zigzag")}})).contains(QStringLiteral("zigzag")));
        QVariantMap badTile = imageOnly;
        badTile.insert(QStringLiteral("tile"), 100);
        QVERIFY(errorOf(options(4, 3, badTile)).contains(QStringLiteral("tile size")));
        QVariantMap badOcr = noOcr;
        badOcr.insert(QStringLiteral("ocr"), QStringLiteral("oracle"));
        QVERIFY(errorOf(options(4, 3, badOcr)).contains(QStringLiteral("oracle")));
        QVariantMap badColours = imageOnly;
        badColours.insert(QStringLiteral("colours"), QStringLiteral("sepia"));
        QVERIFY(errorOf(options(4, 3, badColours)).contains(QStringLiteral("sepia")));
        QVariantMap badStart = imageOnly;
        badStart.insert(QStringLiteral("start"), 0.0);
        QVERIFY(errorOf(options(4, 3, badStart)).contains(QStringLiteral("start")));

        // No weights at all.
        GlyphSrPingPongMethod nowhere(dir.filePath(QStringLiteral("missing/glyph-sr.json")));
        const RestoreResult missing = MethodRunner::run(nowhere, crop, options(4, 3, imageOnly), {}, CancelToken());
        QVERIFY(!missing.succeeded());
        QVERIFY(!missing.error.isEmpty());
    }

    // `ocr=known`: the words that come with the region (the benchmark's true words) are the
    // prompts, at their place on the enlargement, and they change the result; none, no prompts.
    void knownWordsArePrompts()
    {
        QTemporaryDir dir;
        writeTinyModel(dir.path(), TsControlModel::roles());
        GlyphSrPingPongMethod method(dir.filePath(TsControlModel::manifestName()));
        const QImage crop = stripes(QSize(32, 16));
        RestoreOptions known = options(4, 2, {{QStringLiteral("ocr"), QStringLiteral("known")}, {QStringLiteral("schedule"), QStringLiteral("text")}});
        OcrTextBox word;
        word.bounds = QRectF(2, 3, 26, 10);
        word.quad = QPolygonF(word.bounds);
        word.text = QStringLiteral("HELLO");
        known.knownWords = {word};
        const RestoreResult withWords = MethodRunner::run(method, crop, known, {}, CancelToken());
        QVERIFY2(withWords.succeeded(), qPrintable(withWords.error));
        const QStringList prompts = withWords.values.value(QStringLiteral("prompts")).toStringList();
        QVERIFY2(!prompts.isEmpty() && prompts.first().contains(QStringLiteral("\"HELLO\"")), qPrintable(prompts.join(QLatin1Char('|'))));
        QVERIFY(withWords.values.value(QStringLiteral("ocr")).toString().contains(QStringLiteral("HELLO")));

        known.knownWords.clear();
        const RestoreResult without = MethodRunner::run(method, crop, known, {}, CancelToken());
        QVERIFY2(without.succeeded(), qPrintable(without.error));
        QVERIFY(without.values.value(QStringLiteral("prompts")).toStringList().isEmpty());
        QVERIFY(without.values.value(QStringLiteral("ocr")).toString().contains(QStringLiteral("No words")));
        QCOMPARE(without.image.size(), withWords.image.size());
        QVERIFY(without.image != withWords.image);
    }
};

QTEST_MAIN(GlyphSrPingPongTest)
#include "tst_glyphsrpingpong.moc"
