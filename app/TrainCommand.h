#pragma once

#include "CliSubcommand.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// glyphlab-cli train crnn|glyphsr|difftsr: trains a model on generated data sets; resumes from the
// checkpoint in the output folder when there is one.
class TrainCommand : public CliSubcommand
{
    Q_DECLARE_TR_FUNCTIONS(TrainCommand)

public:
    TrainCommand(QTextStream &out, QTextStream &err);
    int run(const QStringList &arguments);
};
