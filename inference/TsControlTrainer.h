#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <functional>

// Trains Mini-GLYPH-SR on scene tiles (SceneSynthesizer shards, ×4 and ×8 mixed) in two
// stages, each resumable from its own checkpoint (<output>/<stage>/, with its loss.tsv) and
// each adding its weights to <output>/glyph-sr.json:
//   base: the backbone and the SR branch together (λ = 1: the SR branch alone), the stand-in
//         for the paper's pretrained LDM and SR ControlNet;
//   text: the text branch alone, started as a copy of the SR branch, with the base frozen.
//         Its condition is the tile's true words rendered at their boxes, perturbed as an OCR
//         would get them wrong (words dropped, characters swapped, boxes shifted) and left out
//         entirely for 10 % of the items (classifier-free guidance's null condition); λ is 0
//         (the text branch alone, as on the ping-pong's text-centric steps) or ½ (the paper's
//         mixed injection).
// Both minimise ‖x0 − x̂0‖² on the residual (TsControlModel says why x̂0 and not the paper's ε)
// on random 64×64 HR crops, four in five of them centred on a word; the text stage can add a
// recognizer's CTC loss on the words of x̂0 (text focus, as GlyphSR has), on whole tiles.
class TsControlTrainer
{
    Q_DECLARE_TR_FUNCTIONS(TsControlTrainer)

public:
    struct Options
    {
        QString stage;              // base or text
        QStringList dataFolders;    // scene shard folders
        QString outputFolder;
        int steps = 0;              // 0: the stage's default
        int batchSize = 16;
        double learningRate = 0;    // 0: the stage's default
        quint64 seed = 1;
        int checkpointEvery = 250;
        QString device = QStringLiteral("auto");
        // Text stage only: weight of the CTC loss of this frozen recognizer (crnn.json) on every
        // whole word of x̂0; when it is above 0 the crops are whole tiles, so no word is cut.
        QString recognizerManifest;
        double textFocusWeight = 0;
    };

    static int defaultSteps(const QString &stage);
    static double defaultLearningRate(const QString &stage);

    // Throws std::runtime_error.
    static void train(const Options &options, const std::function<void(const QString &)> &log);
};
