#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <functional>

// Trains GlyphSR on generated pairs with the renderer's exact glyph masks:
// L = L_sr (pixel MSE, gradient L1, text focus from the frozen CRNN) + L_glyph (M_line and
// M_char MSE against the masks, slot classification cross-entropy).
class GlyphSrTrainer
{
    Q_DECLARE_TR_FUNCTIONS(GlyphSrTrainer)

public:
    struct Options
    {
        QStringList dataFolders;
        QString outputFolder;
        QString recognizerManifest; // crnn.json
        int steps = 4000;
        int batchSize = 16;
        double learningRate = 1e-3;
        quint64 seed = 1;
        int checkpointEvery = 250;
        int channels = 32;
        int blocks = 5; // at least 4 with the glyph modules, which follow block 4
        bool textPrior = true;
        bool glyphModules = true;
        // Weight of the text-focus terms: CTC of the frozen CRNN on the SR image, plus 50x the L1
        // between its probabilities on SR and on HR.
        double textFocusWeight = 0.02;
        // The recognizer of the text-focus terms, when not the prior's (crnn.json): one trained on
        // sharp lines only reads blur badly, so its loss pays for sharp glyphs where the prior's
        // recognizer, trained to read blurred lines too, is content with a blurred one.
        QString focusRecognizerManifest;
        // Start from the glyphsr.json in this folder (its architecture wins) instead of from scratch.
        QString startFrom;
        // Parts of each batch whose text prior is not the CRNN's own frames but a text written onto
        // them (TextPriorFrames): the true line, or the CRNN's beam-search reading with the
        // language model (languageModelManifest), as GlyphSR's reading=language gives it.
        double priorTruthShare = 0.0;
        double priorLanguageShare = 0.0;
        QString languageModelManifest;
        QString device = QStringLiteral("auto");
    };

    // Writes glyphsr.pt + glyphsr.json (or the given model name) at the end. Throws std::runtime_error.
    static void train(const Options &options, const std::function<void(const QString &)> &log);
};
