#pragma once

#include "CliSubcommand.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// glyphlab-cli train crnn|glyphsr|difftsr|glyph-sr: trains a model on generated data sets; resumes
// from the checkpoint in the output folder when there is one. train language-model counts the
// generator's training text for the CRNN's beam search (no data sets, no checkpoints: seconds).
class TrainCommand : public CliSubcommand
{
    Q_DECLARE_TR_FUNCTIONS(TrainCommand)

public:
    TrainCommand(QTextStream &out, QTextStream &err);
    int run(const QStringList &arguments);

private:
    int trainLanguageModel(const QCommandLineParser &parser, const QCommandLineOption &output, const QCommandLineOption &recognizer,
                           const QCommandLineOption &seed, const QCommandLineOption &lines, const QCommandLineOption &order);
};
