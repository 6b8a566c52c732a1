#pragma once

#include "CliSubcommand.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// glyphlab-cli synth: generates a data set of text-line pairs with glyph masks (--mode line) or
// of scene tiles with word boxes and a text mask in four quality partitions (--mode scene).
class SynthCommand : public CliSubcommand
{
    Q_DECLARE_TR_FUNCTIONS(SynthCommand)

public:
    SynthCommand(QTextStream &out, QTextStream &err);
    // `arguments` starts with the command name. Exit codes as glyphlab-cli: 0, 1, 2.
    int run(const QStringList &arguments);
};
