#include "LanguageModelTrainer.h"

#include "CharacterSet.h"
#include "CrnnInference.h"
#include "CrnnModelFile.h"
#include "CtcBeamDecoder.h"
#include "FontCatalog.h"
#include "LanguageModelFile.h"
#include "MachineDescription.h"
#include "TextCorpus.h"
#include "TextLineSynthesizer.h"
#include "TextMetrics.h"
#include "TrainingBatch.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>

#include <stdexcept>

namespace {

// One training word in ten, by a hash unrelated to TextCorpus::isHeldOut's.
bool isTuningWord(const QString &word)
{
    quint32 hash = 2166136261u;
    const QString salted = word.toLower() + QStringLiteral("#tuning");
    for (const QChar c : salted) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return hash % 10 == 3;
}

struct TuningLine
{
    QString text;
    torch::Tensor logProbabilities; // T×C, CPU, contiguous
};

} // namespace

void LanguageModelTrainer::train(const Options &options, const std::function<void(const QString &)> &log)
{
    if (options.recognizerManifest.isEmpty())
        throw std::runtime_error(tr("train language-model needs --recognizer crnn.json.").toStdString());
    if (!QDir().mkpath(options.outputFolder))
        throw std::runtime_error(tr("Cannot create the folder %1.").arg(options.outputFolder).toStdString());
    const QString wordList = TextCorpus::defaultWordListPath();
    const TextCorpus training = TextCorpus::fromWordList(wordList, TextCorpus::Split::Training);
    QStringList counted, apart;
    for (const QString &word : training.words())
        (isTuningWord(word) ? apart : counted).append(word);
    log(tr("Language model: %1 training words, %2 of them held apart for tuning.").arg(training.wordCount()).arg(apart.size()));

    QElapsedTimer timer;
    timer.start();
    const CharacterLanguageModel tuningModel =
        LanguageModelFile::build(TextCorpus::fromWords(counted), options.lines, options.seed, options.order, 16);
    log(tr("Counted %1 lines into %2 entries (order %3) in %4 s.")
            .arg(options.lines).arg(tuningModel.entryCount()).arg(options.order).arg(timer.elapsed() / 1000.0, 0, 'f', 2));

    // The tuning lines as the CRNN reads them in GlyphSR: the bicubic ×2 of the LR line.
    ModelManifest crnnManifest;
    const CrnnInference recognizer(CrnnModelFile::load(options.recognizerManifest, &crnnManifest));
    std::vector<TuningLine> lines;
    const DegradationPreset presets[] = {DegradationPreset::Medium, DegradationPreset::Hard};
    for (int p = 0; p < 2; ++p) {
        SynthesisSettings settings;
        settings.preset = presets[p];
        settings.seed = options.seed * 1000 + 700 + quint64(p);
        const TextLineSynthesizer synthesizer(settings, FontCatalog::scan(FontCatalog::Purpose::Training), TextCorpus::fromWords(apart));
        torch::InferenceMode inference;
        for (int i = 0; i < options.tuningLines; ++i) {
            const TextLineSample sample = synthesizer.sample(quint64(i));
            const torch::Tensor low = TrainingBatch::imageTensor(sample.lowResolution);
            const torch::Tensor logProbabilities = recognizer.forward(CrnnInference::readableInput(low));
            lines.push_back({sample.text, logProbabilities.select(1, 0).contiguous()});
        }
    }

    double decodeSeconds = 0;
    int decodeCount = 0;
    const auto accuracy = [&](const CtcBeamDecoder &decoder) {
        QElapsedTimer clock;
        clock.start();
        int right = 0;
        for (const TuningLine &line : lines) {
            const QList<int> reading = decoder.decode(line.logProbabilities.data_ptr<float>(), int(line.logProbabilities.size(0)),
                                                      int(line.logProbabilities.size(1)));
            right += TextMetrics::isWordMatch(CharacterSet::decode(reading), line.text) ? 1 : 0;
        }
        decodeSeconds += clock.nsecsElapsed() / 1e9;
        decodeCount += int(lines.size());
        return double(right) / std::max<size_t>(1, lines.size());
    };
    CtcBeamDecoder::Options greedyOptions;
    greedyOptions.beamWidth = 1;
    greedyOptions.languageWeight = 0;
    const double greedy = accuracy(CtcBeamDecoder(nullptr, greedyOptions));
    log(tr("Tuning on %1 lines of held-apart words: best path without the model reads %2 %.")
            .arg(lines.size()).arg(greedy * 100, 0, 'f', 1));

    CtcBeamDecoder::Options best;
    best.languageWeight = 0;
    double bestAccuracy = accuracy(CtcBeamDecoder(nullptr, best));
    QJsonArray grid;
    for (const double weight : {0.25, 0.5, 0.75, 1.0, 1.5}) {
        for (const double bonus : {0.0, 0.5, 1.0, 2.0, 3.0}) {
            CtcBeamDecoder::Options tried;
            tried.languageWeight = weight;
            tried.lengthBonus = bonus;
            const double a = accuracy(CtcBeamDecoder(&tuningModel, tried));
            grid.append(QJsonArray{weight, bonus, a});
            log(tr("  weight %1, bonus %2: %3 %").arg(weight).arg(bonus).arg(a * 100, 0, 'f', 1));
            if (a > bestAccuracy) {
                bestAccuracy = a;
                best = tried;
            }
        }
    }
    log(tr("Chosen: weight %1, bonus %2, %3 % (without the model %4 %); %5 ms per line to decode, on average over the grid.")
            .arg(best.languageWeight).arg(best.lengthBonus).arg(bestAccuracy * 100, 0, 'f', 1).arg(greedy * 100, 0, 'f', 1)
            .arg(decodeSeconds * 1000 / std::max(1, decodeCount), 0, 'f', 3));

    ModelManifest manifest;
    manifest.model = QStringLiteral("language-model");
    manifest.architecture = QJsonObject{{QStringLiteral("characters"), CharacterSet::characters()},
                                        {QStringLiteral("order"), options.order},
                                        {QStringLiteral("maxCharacters"), 16},
                                        {QStringLiteral("beamWidth"), best.beamWidth},
                                        {QStringLiteral("languageWeight"), best.languageWeight},
                                        {QStringLiteral("lengthBonus"), best.lengthBonus}};
    manifest.training = QJsonObject{{QStringLiteral("wordList"), wordList},
                                    {QStringLiteral("wordListSha256"), ModelManifest::sha256Of(wordList)},
                                    {QStringLiteral("split"), QStringLiteral("training words (TextCorpus::Split::Training)")},
                                    {QStringLiteral("lines"), options.lines},
                                    {QStringLiteral("seed"), QString::number(options.seed)},
                                    {QStringLiteral("tuningLinesPerPreset"), options.tuningLines},
                                    {QStringLiteral("tuningRecognizerSha256"), crnnManifest.sha256},
                                    {QStringLiteral("tuningWordAccuracyBestPath"), greedy},
                                    {QStringLiteral("tuningWordAccuracyChosen"), bestAccuracy},
                                    {QStringLiteral("tuningGrid"), grid},
                                    {QStringLiteral("decodeMillisecondsPerLine"), decodeSeconds * 1000 / std::max(1, decodeCount)},
                                    {QStringLiteral("machine"), MachineDescription::text()}};
    manifest.scaleNote = tr("A character %1-gram model of the generator's training text (Witten-Bell), for the CRNN's beam "
                            "search; rebuilt from the word list when loaded.").arg(options.order);
    QString error;
    const QString path = QDir(options.outputFolder).filePath(QStringLiteral("language-model.json"));
    if (!manifest.write(path, &error))
        throw std::runtime_error(error.toStdString());
    log(tr("Written to %1.").arg(path));
}
