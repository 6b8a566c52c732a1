#include "TrainCommand.h"

#include "CrnnTrainer.h"
#include "DiffTsrTrainer.h"
#include "TsControlTrainer.h"
#include "GlyphSrTrainer.h"
#include "LanguageModelTrainer.h"
#include "TorchRuntime.h"

#include <QCommandLineParser>

#include <exception>

TrainCommand::TrainCommand(QTextStream &out, QTextStream &err)
    : CliSubcommand(out, err, QStringLiteral("train"))
{
}

int TrainCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Train a model: glyphlab-cli train crnn|glyphsr|difftsr|glyph-sr --data DIR[,DIR...] --output DIR\n"
                                        "or glyphlab-cli train language-model --recognizer crnn.json --output DIR"));
    parser.addPositionalArgument(QStringLiteral("model"), tr("crnn, glyphsr, difftsr, glyph-sr or language-model"));
    const QCommandLineOption dataOption(QStringLiteral("data"), tr("Data set folders made by synth, comma-separated."), QStringLiteral("dirs"));
    const QCommandLineOption outputOption(QStringLiteral("output"), tr("Folder for checkpoints, the loss log and the weights."), QStringLiteral("dir"));
    const QCommandLineOption stepsOption(QStringLiteral("steps"), tr("Optimizer steps."), QStringLiteral("n"));
    const QCommandLineOption batchOption(QStringLiteral("batch"), tr("Batch size."), QStringLiteral("n"));
    const QCommandLineOption rateOption(QStringLiteral("lr"), tr("Learning rate."), QStringLiteral("x"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), tr("Seed (initial weights and batch order)."), QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption deviceOption(QStringLiteral("device"), tr("auto, cpu or cuda."), QStringLiteral("device"), QStringLiteral("auto"));
    const QCommandLineOption recognizerOption(QStringLiteral("recognizer"), tr("glyphsr, difftsr: the CRNN manifest (crnn.json) for the text prior and the OCR losses; glyph-sr: for the text stage's text focus."), QStringLiteral("file"));
    const QCommandLineOption stageOption(QStringLiteral("stage"), tr("difftsr: the training stage, idm, tdm or mom (in this order; mom needs the other two in the same output folder); glyph-sr: base, then text."), QStringLiteral("stage"));
    const QCommandLineOption noPriorOption(QStringLiteral("no-text-prior"), tr("glyphsr ablation: without the text prior generator."));
    const QCommandLineOption noGlyphOption(QStringLiteral("no-glyph-modules"), tr("glyphsr ablation: without GPM and GFM."));
    const QCommandLineOption textFocusOption(QStringLiteral("text-focus"), tr("glyphsr: weight of the text-focus loss from the recognizer (default 0.02); glyph-sr, text stage: weight of the recognizer's CTC loss on the words of x̂0 (default 0, off; needs --recognizer)."), QStringLiteral("x"));
    const QCommandLineOption widthOption(QStringLiteral("width"), tr("glyphsr: channels of the SR trunk (default 32)."), QStringLiteral("n"));
    const QCommandLineOption blocksOption(QStringLiteral("blocks"), tr("glyphsr: SR blocks, 4 to 16 (default 5; the glyph modules follow block 4)."), QStringLiteral("n"));
    const QCommandLineOption fromOption(QStringLiteral("from"), tr("difftsr, idm or tdm stage: start from that stage's weights in this folder's difftsr.json (e.g. resources/models) instead of from scratch; crnn: from this folder's crnn.json; glyphsr: from its glyphsr.json."), QStringLiteral("dir"));
    const QCommandLineOption priorTruthOption(QStringLiteral("prior-truth"), tr("glyphsr: the part of each batch whose text prior is the true line written onto the CRNN's frames (default 0)."), QStringLiteral("x"));
    const QCommandLineOption priorLanguageOption(QStringLiteral("prior-language"), tr("glyphsr: the part of each batch whose text prior is the CRNN's reading with the language model (default 0; needs --language-model)."), QStringLiteral("x"));
    const QCommandLineOption focusRecognizerOption(QStringLiteral("focus-recognizer"), tr("glyphsr: a second CRNN manifest for the text-focus loss (e.g. one trained on sharp lines only, train crnn --low-share 0); default: the --recognizer."), QStringLiteral("file"));
    const QCommandLineOption languageModelOption(QStringLiteral("language-model"), tr("glyphsr: the language model's manifest (language-model.json) for --prior-language."), QStringLiteral("file"));
    const QCommandLineOption lowShareOption(QStringLiteral("low-share"), tr("crnn: the part of each batch read from the bicubic-enlarged LR instead of the HR line (default 0.5)."), QStringLiteral("x"));
    const QCommandLineOption linesOption(QStringLiteral("lines"), tr("language-model: generated lines to count (default 200000)."), QStringLiteral("n"));
    const QCommandLineOption orderOption(QStringLiteral("order"), tr("language-model: the n of the character n-grams, 2 to 9 (default 6)."), QStringLiteral("n"));
    const QCommandLineOption checkpointOption(QStringLiteral("checkpoint-every"), tr("Steps between checkpoints."), QStringLiteral("n"), QStringLiteral("250"));
    parser.addOptions({dataOption, outputOption, stepsOption, batchOption, rateOption, seedOption, deviceOption, checkpointOption,
                       recognizerOption, noPriorOption, noGlyphOption, textFocusOption, widthOption, blocksOption, stageOption, fromOption, lowShareOption,
                       linesOption, orderOption, priorTruthOption, priorLanguageOption, languageModelOption,
                       focusRecognizerOption});
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(tr("name one model to train: crnn, glyphsr, difftsr, glyph-sr or language-model."));
    if (positional.first() == QLatin1String("language-model"))
        return trainLanguageModel(parser, outputOption, recognizerOption, seedOption, linesOption, orderOption);
    if (parser.isSet(linesOption) || parser.isSet(orderOption))
        return usageError(tr("--lines and --order are for language-model."));
    if (!parser.isSet(dataOption) || !parser.isSet(outputOption))
        return usageError(tr("--data and --output are required."));
    if (parser.isSet(fromOption) && positional.first() != QLatin1String("difftsr") && positional.first() != QLatin1String("crnn")
        && positional.first() != QLatin1String("glyphsr"))
        return usageError(tr("--from is for difftsr (its idm and tdm stages), crnn and glyphsr."));
    if ((parser.isSet(priorTruthOption) || parser.isSet(priorLanguageOption) || parser.isSet(languageModelOption))
        && positional.first() != QLatin1String("glyphsr"))
        return usageError(tr("--prior-truth, --prior-language and --language-model are for glyphsr."));
    if (parser.isSet(focusRecognizerOption) && positional.first() != QLatin1String("glyphsr"))
        return usageError(tr("--focus-recognizer is for glyphsr."));
    if (parser.isSet(lowShareOption) && positional.first() != QLatin1String("crnn"))
        return usageError(tr("--low-share is for crnn."));
    bool ok = true;
    const auto number = [&](const QCommandLineOption &option, int fallback, int low, int high) {
        if (!parser.isSet(option))
            return fallback;
        bool valid = false;
        const int value = parser.value(option).toInt(&valid);
        if (!valid || value < low || value > high)
            ok = false;
        return value;
    };
    const auto log = [this](const QString &line) {
        m_out << line << '\n';
        m_out.flush();
    };
    TorchRuntime::useAllCores();
    // The options every trainer shares; false when a number is not valid.
    const auto readShared = [&](auto &options, int stepsFallback, int batchFallback) {
        bool valid = true;
        options.dataFolders = parser.value(dataOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
        options.outputFolder = parser.value(outputOption);
        options.steps = number(stepsOption, stepsFallback, 1, 10000000);
        options.batchSize = number(batchOption, batchFallback, 1, 4096);
        options.checkpointEvery = number(checkpointOption, options.checkpointEvery, 1, 10000000);
        options.seed = parser.value(seedOption).toULongLong(&valid);
        if (parser.isSet(rateOption)) {
            bool rateValid = false;
            options.learningRate = parser.value(rateOption).toDouble(&rateValid);
            valid = valid && rateValid && options.learningRate > 0;
        }
        options.device = parser.value(deviceOption);
        return valid && ok; // number() clears ok
    };
    try {
        if (positional.first() == QLatin1String("crnn")) {
            CrnnTrainer::Options options;
            if (!readShared(options, options.steps, options.batchSize))
                return usageError(tr("a number option has an invalid value."));
            if (parser.isSet(lowShareOption)) {
                bool shareValid = false;
                options.lowResolutionShare = parser.value(lowShareOption).toDouble(&shareValid);
                if (!shareValid || options.lowResolutionShare < 0 || options.lowResolutionShare > 1)
                    return usageError(tr("--low-share must be a number from 0 to 1."));
            }
            options.startFrom = parser.value(fromOption);
            CrnnTrainer::train(options, log);
            return 0;
        }
        if (positional.first() == QLatin1String("glyphsr")) {
            if (!parser.isSet(recognizerOption))
                return usageError(tr("glyphsr needs --recognizer crnn.json (train crnn first)."));
            GlyphSrTrainer::Options options;
            ok = readShared(options, options.steps, options.batchSize);
            options.recognizerManifest = parser.value(recognizerOption);
            options.textPrior = !parser.isSet(noPriorOption);
            options.glyphModules = !parser.isSet(noGlyphOption);
            options.startFrom = parser.value(fromOption);
            options.languageModelManifest = parser.value(languageModelOption);
            options.focusRecognizerManifest = parser.value(focusRecognizerOption);
            const auto share = [&](const QCommandLineOption &option) {
                bool valid = false;
                const double value = parser.value(option).toDouble(&valid);
                ok = ok && valid && value >= 0 && value <= 1;
                return value;
            };
            if (parser.isSet(priorTruthOption))
                options.priorTruthShare = share(priorTruthOption);
            if (parser.isSet(priorLanguageOption))
                options.priorLanguageShare = share(priorLanguageOption);
            ok = ok && options.priorTruthShare + options.priorLanguageShare <= 1;
            if (options.priorLanguageShare > 0 && options.languageModelManifest.isEmpty())
                return usageError(tr("--prior-language needs --language-model language-model.json."));
            options.channels = number(widthOption, options.channels, 4, 256);
            options.blocks = number(blocksOption, options.blocks, 4, 16);
            if (parser.isSet(textFocusOption)) {
                bool weightValid = false;
                options.textFocusWeight = parser.value(textFocusOption).toDouble(&weightValid);
                ok = ok && weightValid && options.textFocusWeight >= 0;
            }
            if (!ok)
                return usageError(tr("a number option has an invalid value."));
            GlyphSrTrainer::train(options, log);
            return 0;
        }
        if (positional.first() == QLatin1String("difftsr")) {
            if (!parser.isSet(recognizerOption))
                return usageError(tr("difftsr needs --recognizer crnn.json (train crnn first)."));
            if (!parser.isSet(stageOption))
                return usageError(tr("difftsr needs --stage idm, tdm or mom."));
            DiffTsrTrainer::Options options;
            options.stage = parser.value(stageOption);
            options.recognizerManifest = parser.value(recognizerOption);
            options.startFrom = parser.value(fromOption);
            if (!readShared(options, 0, 0))
                return usageError(tr("a number option has an invalid value."));
            DiffTsrTrainer::train(options, log);
            return 0;
        }
        if (positional.first() == QLatin1String("glyph-sr")) {
            if (!parser.isSet(stageOption))
                return usageError(tr("glyph-sr needs --stage base or text."));
            TsControlTrainer::Options options;
            options.stage = parser.value(stageOption);
            if (!readShared(options, 0, options.batchSize))
                return usageError(tr("a number option has an invalid value."));
            options.recognizerManifest = parser.value(recognizerOption);
            if (parser.isSet(textFocusOption)) {
                bool weightValid = false;
                options.textFocusWeight = parser.value(textFocusOption).toDouble(&weightValid);
                if (!weightValid || options.textFocusWeight < 0)
                    return usageError(tr("a number option has an invalid value."));
            }
            TsControlTrainer::train(options, log);
            return 0;
        }
        return usageError(tr("unknown model \"%1\"; choose crnn, glyphsr, difftsr, glyph-sr or language-model.").arg(positional.first()));
    } catch (const std::exception &e) {
        return failure(QString::fromUtf8(e.what()));
    }
}

int TrainCommand::trainLanguageModel(const QCommandLineParser &parser, const QCommandLineOption &output, const QCommandLineOption &recognizer,
                                     const QCommandLineOption &seed, const QCommandLineOption &lines, const QCommandLineOption &order)
{
    if (!parser.isSet(recognizer) || !parser.isSet(output))
        return usageError(tr("language-model needs --recognizer crnn.json (its beam search is tuned for that CRNN) and --output DIR."));
    LanguageModelTrainer::Options options;
    options.recognizerManifest = parser.value(recognizer);
    options.outputFolder = parser.value(output);
    bool seedValid = false, linesValid = true, orderValid = true;
    options.seed = parser.value(seed).toULongLong(&seedValid);
    if (parser.isSet(lines))
        options.lines = parser.value(lines).toInt(&linesValid);
    if (parser.isSet(order))
        options.order = parser.value(order).toInt(&orderValid);
    if (!seedValid || !linesValid || !orderValid || options.lines < 1 || options.lines > 10000000 || options.order < 2 || options.order > 9)
        return usageError(tr("a number option has an invalid value."));
    TorchRuntime::useAllCores();
    try {
        LanguageModelTrainer::train(options, [this](const QString &line) {
            m_out << line << '\n';
            m_out.flush();
        });
    } catch (const std::exception &e) {
        return failure(QString::fromUtf8(e.what()));
    }
    return 0;
}
