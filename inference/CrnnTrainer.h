#pragma once


#include <QCoreApplication>
#include <QStringList>

#include <functional>

// Trains the GlyphLab CRNN with CTC on generated samples: by default half of each batch is the
// clean HR line, half the degraded LR enlarged by bicubic, so the recognizer reads both (it must
// read LR crops for GlyphSR's text prior and SR output for the text-focus loss).
class CrnnTrainer
{
    Q_DECLARE_TR_FUNCTIONS(CrnnTrainer)

public:
    struct Options
    {
        QStringList dataFolders;
        QString outputFolder;
        int steps = 6000;
        int batchSize = 64;
        double learningRate = 1e-3;
        quint64 seed = 1;
        int checkpointEvery = 250;
        int width = 32;          // channel width of the first stage (ignored with startFrom)
        double lowResolutionShare = 0.5; // the part of each batch read from the bicubic LR
        QString startFrom;       // a folder whose crnn.json gives the starting weights; empty: from scratch
        QString device = QStringLiteral("auto");
    };

    // Writes crnn.pt + crnn.json into the output folder at the end. Throws std::runtime_error.
    static void train(const Options &options, const std::function<void(const QString &)> &log);
};
