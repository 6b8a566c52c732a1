#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

// `glyphlab-cli train language-model`: counts the generator's training text into a character
// n-gram model and tunes how much the CRNN's beam search should trust it. The tuning must not
// see words the model counted (it would learn to trust it too much), so one training word in ten
// is held apart: the model used for tuning counts the other nine, and the tuning lines, rendered
// in the training fonts and degraded (medium and hard), are made of the held-apart words. The
// shipped model then counts the whole training split; the evaluation words are never used.
class LanguageModelTrainer
{
    Q_DECLARE_TR_FUNCTIONS(LanguageModelTrainer)

public:
    struct Options
    {
        QString recognizerManifest; // crnn.json
        QString outputFolder;
        int order = 6;
        int lines = 200000;
        quint64 seed = 1;
        int tuningLines = 400;      // per degradation preset
    };

    // Writes outputFolder/language-model.json. Throws std::runtime_error.
    static void train(const Options &options, const std::function<void(const QString &)> &log);
};
