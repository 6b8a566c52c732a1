#pragma once

#include "CliSubcommand.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// glyphlab-cli bench: methods × test sets × recognizers, printed as a markdown table and
// written as report.md + report.json.
class BenchCommand : public CliSubcommand
{
    Q_DECLARE_TR_FUNCTIONS(BenchCommand)

public:
    BenchCommand(QTextStream &out, QTextStream &err);
    int run(const QStringList &arguments);
};
