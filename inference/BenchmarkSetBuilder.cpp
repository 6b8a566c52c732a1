#include "BenchmarkSetBuilder.h"

#include "DegradationPipeline.h"
#include "FontCatalog.h"
#include "ImageLoader.h"
#include "SceneSynthesizer.h"
#include "SeededRandom.h"
#include "TextCorpus.h"
#include "TextLineSynthesizer.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <stdexcept>

namespace {

struct SyntheticDefinition
{
    const char *name;
    DegradationPreset preset;
    int scale;
    QSize highResolution;
    quint64 seed;
};

const SyntheticDefinition definitions[] = {
    {"synth-easy", DegradationPreset::Easy, 2, QSize(128, 32), 9001},
    {"synth-medium", DegradationPreset::Medium, 2, QSize(128, 32), 9002},
    {"synth-hard", DegradationPreset::Hard, 2, QSize(128, 32), 9003},
    {"synth-x4", DegradationPreset::Medium, 4, QSize(256, 64), 9004},
};

} // namespace

QStringList BenchmarkSetBuilder::syntheticNames()
{
    QStringList names;
    for (const SyntheticDefinition &definition : definitions)
        names << QString::fromLatin1(definition.name);
    return names;
}

BenchmarkSet BenchmarkSetBuilder::synthetic(const QString &name, int count)
{
    for (const SyntheticDefinition &definition : definitions) {
        if (name != QLatin1String(definition.name))
            continue;
        SynthesisSettings settings;
        settings.highResolution = definition.highResolution;
        settings.scale = definition.scale;
        settings.preset = definition.preset;
        settings.seed = definition.seed;
        const TextLineSynthesizer synthesizer(settings, FontCatalog::scan(FontCatalog::Purpose::Evaluation),
                                              TextCorpus::fromWordList(TextCorpus::defaultWordListPath(), TextCorpus::Split::Evaluation));
        BenchmarkSet set;
        set.name = name;
        set.scale = definition.scale;
        set.origin = tr("%1 generated lines, %2×%3 → ×%4, %5 degradation, evaluation fonts and held-out words, seed %6")
                         .arg(count).arg(settings.highResolution.width()).arg(settings.highResolution.height())
                         .arg(settings.scale).arg(DegradationPresets::name(settings.preset)).arg(settings.seed);
        set.pairs.resize(size_t(count));
        for (int i = 0; i < count; ++i) {
            const TextLineSample sample = synthesizer.sample(quint64(i));
            set.pairs[size_t(i)] = {sample.lowResolution, sample.highResolution, sample.text};
        }
        return set;
    }
    throw std::runtime_error(tr("Unknown test set \"%1\"; known: %2, real.").arg(name, syntheticNames().join(QStringLiteral(", "))).toStdString());
}

BenchmarkSet BenchmarkSetBuilder::realCrops(const QString &folder, int scale)
{
    BenchmarkSet set;
    set.name = QStringLiteral("real-x%1").arg(scale);
    set.scale = scale;
    const DegradationPipeline degradation(DegradationPreset::Medium);
    QDirIterator it(folder, {QStringLiteral("labels.tsv")}, QDir::Files, QDirIterator::Subdirectories);
    QStringList labelFiles;
    while (it.hasNext())
        labelFiles << it.next();
    labelFiles.sort();
    int index = 0;
    for (const QString &labels : labelFiles) {
        QFile file(labels);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            continue;
        QTextStream in(&file);
        while (!in.atEnd()) {
            const QStringList fields = in.readLine().split(QLatin1Char('\t'));
            if (fields.size() < 2)
                continue;
            const QString path = QFileInfo(labels).dir().filePath(fields[0]);
            const LoadedImage loaded = ImageLoader::load(path);
            if (loaded.image.isNull() || loaded.image.width() < 2 * scale || loaded.image.height() < 2 * scale)
                continue;
            // HR = the crop cut to a multiple of the scale; LR = its medium degradation.
            const QImage high = loaded.image.copy(0, 0, loaded.image.width() / scale * scale, loaded.image.height() / scale * scale)
                                    .convertToFormat(QImage::Format_RGB888);
            SeededRandom random = SeededRandom::forStream(9100, quint64(index++));
            set.pairs.push_back({degradation.apply(high, scale, random), high, fields[1].trimmed()});
        }
    }
    if (set.pairs.empty())
        throw std::runtime_error(tr("No labelled crops (labels.tsv) were found below %1.").arg(folder).toStdString());
    set.origin = tr("%1 real word crops (%2), degraded ×%3 by the medium preset, seed 9100")
                     .arg(set.pairs.size()).arg(folder).arg(scale);
    return set;
}

BenchmarkSet BenchmarkSetBuilder::scenes(int count, int scale)
{
    SceneSynthesizer::Settings settings;
    settings.scale = scale;
    settings.seed = 9005;
    const SceneSynthesizer synthesizer(settings, FontCatalog::scan(FontCatalog::Purpose::Evaluation),
                                       TextCorpus::fromWordList(TextCorpus::defaultWordListPath(), TextCorpus::Split::Evaluation));
    BenchmarkSet set;
    set.name = QStringLiteral("scene-x%1").arg(scale);
    set.scale = scale;
    set.sceneLevel = true;
    set.origin = tr("%1 generated scene tiles, %2×%2 → ×%3, the four glyph/image quality partitions in turn, "
                    "evaluation fonts and held-out words, seed %4; scored by end-to-end OCR F1")
                     .arg(count).arg(settings.tile).arg(scale).arg(settings.seed);
    for (int i = 0; i < count; ++i) {
        const SceneSample sample = synthesizer.sample(quint64(i));
        BenchmarkPair pair{sample.lowResolution, sample.highResolution, QString(), {}};
        QStringList texts;
        for (const SceneWord &word : sample.words) {
            OcrTextBox box;
            box.bounds = QRectF(word.box);
            box.quad = QPolygonF(QRectF(word.box));
            box.text = word.text;
            pair.words.append(box);
            texts << word.text;
        }
        pair.text = texts.join(QLatin1Char(' '));
        set.pairs.push_back(pair);
    }
    return set;
}
