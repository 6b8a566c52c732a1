#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <functional>

// Trains Mini-DiffTSR in the paper's three stages, each resumable from its own checkpoint
// (in <output>/<stage>/, with its loss.tsv) and each adding its weights file to
// <output>/difftsr.json:
//   idm: the IDM and its text-condition encoder; the text is the label noised by the TDM's
//        forward process at the same t. L = ‖r̂0 − r0‖² + 0.02·CTC(frozen CRNN on x̂0).
//   tdm: the TDM and its image-condition encoder (over LR and the noised true residual).
//        L = KL(q(c_{t−1}|c_t,c_0) ‖ q(c_{t−1}|c_t,ĉ0)) (−log p(c_0|c_1) at t = 0) + 0.5·CE(ĉ0).
//   mom: MoM alone, started from both condition encoders, IDM and TDM frozen;
//        L = L_IDM + 0.1·L_TDM. Needs the idm and tdm stages in the same output folder.
class DiffTsrTrainer
{
    Q_DECLARE_TR_FUNCTIONS(DiffTsrTrainer)

public:
    struct Options
    {
        QString stage;               // idm, tdm or mom
        QStringList dataFolders;
        QString outputFolder;
        QString recognizerManifest;  // crnn.json
        QString startFrom;           // idm, tdm: a folder whose difftsr.json has the stage (fine-tuning); empty: from scratch
        int steps = 0;               // 0: the stage's default
        int batchSize = 0;           // 0: the stage's default
        double learningRate = 0;     // 0: the stage's default
        quint64 seed = 1;
        int checkpointEvery = 250;
        QString device = QStringLiteral("auto");
    };

    static int defaultSteps(const QString &stage);
    static int defaultBatchSize(const QString &stage);
    static double defaultLearningRate(const QString &stage);

    // Throws std::runtime_error.
    static void train(const Options &options, const std::function<void(const QString &)> &log);
};
