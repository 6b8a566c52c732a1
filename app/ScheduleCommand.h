#pragma once

#include "CliSubcommand.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// glyphlab-cli schedule: GLYPH-SR's ping-pong schedule as a table (step, λ_t, leading branch),
// to see what a kind, period and start do before running a restoration.
class ScheduleCommand : public CliSubcommand
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleCommand)

public:
    ScheduleCommand(QTextStream &out, QTextStream &err);
    int run(const QStringList &arguments);
};
