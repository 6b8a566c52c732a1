#include "SynthCommand.h"

#include "DatasetGenerator.h"
#include "DegradationPreset.h"
#include "FontCatalog.h"
#include "SceneSynthesizer.h"
#include "TextCorpus.h"
#include "TextLineSynthesizer.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <QThread>

#include <exception>

SynthCommand::SynthCommand(QTextStream &out, QTextStream &err)
    : CliSubcommand(out, err, QStringLiteral("synth"))
{
}

int SynthCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Generate text-line pairs (HR, degraded LR, glyph masks) or scene tiles "
                                        "(HR, degraded LR, text mask, word boxes) into shards."));
    const QCommandLineOption modeOption(QStringLiteral("mode"), tr("line (text-line crops) or scene (square tiles with several lines)."),
                                        QStringLiteral("mode"), QStringLiteral("line"));
    const QCommandLineOption tileOption(QStringLiteral("tile"), tr("Scene tile side in pixels (scene mode)."), QStringLiteral("n"),
                                        QStringLiteral("256"));
    const QCommandLineOption partitionOption(QStringLiteral("partition"),
                                             tr("Scene partition: all (cycled by index), cc, cd, dc or dd "
                                                "(clean/degraded glyphs, clean/degraded image)."),
                                             QStringLiteral("name"), QStringLiteral("all"));
    const QCommandLineOption outputOption(QStringLiteral("output"), tr("Folder for the shards (created if missing)."), QStringLiteral("dir"));
    const QCommandLineOption countOption(QStringLiteral("count"), tr("Number of samples."), QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), tr("Seed; the same seed gives the same data."), QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption presetOption(QStringLiteral("preset"), tr("Degradation: easy, medium or hard."), QStringLiteral("name"), QStringLiteral("medium"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"), tr("HR / LR size ratio: 2, 4 or 8 (lines, default 2); 4 or 8 (scenes, default 4)."), QStringLiteral("n"), QStringLiteral("2"));
    const QCommandLineOption sizeOption(QStringLiteral("hr-size"), tr("High-resolution size, WxH."), QStringLiteral("WxH"), QStringLiteral("128x32"));
    const QCommandLineOption fontsOption(QStringLiteral("fonts"), tr("training or evaluation fonts."), QStringLiteral("set"), QStringLiteral("training"));
    const QCommandLineOption wordsOption(QStringLiteral("words"), tr("training or evaluation words."), QStringLiteral("set"), QStringLiteral("training"));
    const QCommandLineOption wordListOption(QStringLiteral("word-list"), tr("Word list file, one word per line."), QStringLiteral("file"),
                                            TextCorpus::defaultWordListPath());
    const QCommandLineOption shardOption(QStringLiteral("shard-size"), tr("Samples per shard."), QStringLiteral("n"), QStringLiteral("5000"));
    const QCommandLineOption threadsOption(QStringLiteral("threads"), tr("Generator threads (default: all cores)."), QStringLiteral("n"));
    const QCommandLineOption previewOption(QStringLiteral("previews"), tr("Samples shown in preview.png."), QStringLiteral("n"), QStringLiteral("16"));
    parser.addOptions({modeOption, tileOption, partitionOption, outputOption, countOption, seedOption, presetOption, scaleOption, sizeOption, fontsOption,
                       wordsOption, wordListOption, shardOption, threadsOption, previewOption});
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        return 0;
    }
    if (!parser.isSet(outputOption))
        return usageError(tr("--output is required."));

    const QString mode = parser.value(modeOption);
    if (mode != QLatin1String("line") && mode != QLatin1String("scene"))
        return usageError(tr("--mode must be line or scene."));
    const bool scene = mode == QLatin1String("scene");
    SynthesisSettings settings;
    bool ok = false;
    const int count = parser.value(countOption).toInt(&ok);
    if (!ok || count < 1 || count > 10000000)
        return usageError(tr("--count must be a whole number from 1 to 10000000."));
    settings.seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok)
        return usageError(tr("--seed must be a non-negative whole number."));
    const auto preset = DegradationPresets::parse(parser.value(presetOption));
    if (!preset)
        return usageError(tr("--preset must be easy, medium or hard."));
    settings.preset = *preset;
    settings.scale = scene && !parser.isSet(scaleOption) ? 4 : parser.value(scaleOption).toInt(&ok);
    if (scene && settings.scale != 4 && settings.scale != 8)
        return usageError(tr("--scale must be 4 or 8 for scenes."));
    if (!scene && (!ok || (settings.scale != 2 && settings.scale != 4 && settings.scale != 8)))
        return usageError(tr("--scale must be 2, 4 or 8."));
    SceneSynthesizer::Settings sceneSettings;
    sceneSettings.tile = parser.value(tileOption).toInt(&ok);
    if (!ok || sceneSettings.tile < 64 || sceneSettings.tile > 2048 || sceneSettings.tile % settings.scale)
        return usageError(tr("--tile must be a whole number from 64 to 2048, divisible by --scale."));
    const QString partitionName = parser.value(partitionOption).trimmed();
    if (partitionName.compare(QLatin1String("all"), Qt::CaseInsensitive) != 0) {
        sceneSettings.partition = ScenePartitions::parse(partitionName);
        if (!sceneSettings.partition)
            return usageError(tr("--partition must be all, cc, cd, dc or dd."));
    }
    const QRegularExpressionMatch size = QRegularExpression(QStringLiteral("^(\\d{2,4})x(\\d{2,4})$")).match(parser.value(sizeOption));
    if (!size.hasMatch())
        return usageError(tr("--hr-size must look like 128x32."));
    settings.highResolution = QSize(size.captured(1).toInt(), size.captured(2).toInt());
    if (settings.highResolution.width() % settings.scale || settings.highResolution.height() % settings.scale)
        return usageError(tr("--hr-size must be divisible by --scale."));
    const QString fontSet = parser.value(fontsOption), wordSet = parser.value(wordsOption);
    if ((fontSet != QLatin1String("training") && fontSet != QLatin1String("evaluation"))
        || (wordSet != QLatin1String("training") && wordSet != QLatin1String("evaluation")))
        return usageError(tr("--fonts and --words take training or evaluation."));
    const int shardSize = parser.value(shardOption).toInt(&ok);
    if (!ok || shardSize < 1)
        return usageError(tr("--shard-size must be a positive whole number."));
    int threads = QThread::idealThreadCount();
    if (parser.isSet(threadsOption)) {
        threads = parser.value(threadsOption).toInt(&ok);
        if (!ok || threads < 1 || threads > 256)
            return usageError(tr("--threads must be a whole number from 1 to 256."));
    }
    const int previews = qBound(0, parser.value(previewOption).toInt(), 200);

    try {
        FontCatalog fonts = FontCatalog::scan(fontSet == QLatin1String("training") ? FontCatalog::Purpose::Training
                                                                                   : FontCatalog::Purpose::Evaluation);
        TextCorpus corpus = TextCorpus::fromWordList(parser.value(wordListOption), wordSet == QLatin1String("training")
                                                                                       ? TextCorpus::Split::Training
                                                                                       : TextCorpus::Split::Evaluation);
        m_out << tr("Generating %1 samples with %2 fonts and %3 words on %4 thread(s)...")
                     .arg(count).arg(fonts.files().size()).arg(corpus.wordCount()).arg(threads) << '\n';
        m_out.flush();
        const auto progress = [this](int done, int total) {
            m_out << tr("%1 / %2").arg(done).arg(total) << '\n';
            m_out.flush();
        };
        DatasetGenerator::Report report;
        if (scene) {
            sceneSettings.scale = settings.scale;
            sceneSettings.preset = settings.preset;
            sceneSettings.seed = settings.seed;
            const SceneSynthesizer synthesizer(sceneSettings, fonts, corpus);
            report = DatasetGenerator::generate(synthesizer, parser.value(outputOption), count, shardSize, threads,
                                                previews, progress);
        } else {
            const TextLineSynthesizer synthesizer(settings, fonts, corpus);
            report = DatasetGenerator::generate(synthesizer, parser.value(outputOption), count, shardSize, threads,
                                                previews, progress);
        }
        m_out << tr("Wrote %1 samples in %2 shard(s) in %3 s (%4 samples/s).")
                     .arg(report.samples).arg(report.shards).arg(report.seconds, 0, 'f', 1)
                     .arg(report.samplesPerSecond(), 0, 'f', 0) << '\n';
        m_out.flush();
        return 0;
    } catch (const std::exception &e) {
        return failure(QString::fromUtf8(e.what()));
    }
}
