#include "ScheduleCommand.h"

#include "PingPongSchedule.h"

#include <QCommandLineParser>

#include <exception>

namespace {

bool parseInt(const QString &text, int minimum, int maximum, int *value)
{
    bool ok = false;
    const int parsed = text.toInt(&ok);
    if (!ok || parsed < minimum || parsed > maximum)
        return false;
    *value = parsed;
    return true;
}

} // namespace

ScheduleCommand::ScheduleCommand(QTextStream &out, QTextStream &err)
    : CliSubcommand(out, err, QStringLiteral("schedule"))
{
}

int ScheduleCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Print GLYPH-SR's ping-pong schedule: one line per sampling step with the step, "
                                        "λ_t (0 text-centric, 1 image-centric) and the branch that leads, separated by tabs."));
    const QCommandLineOption kindOption(QStringLiteral("kind"), tr("square (the paper's), text, image, linear or cosine."),
                                        QStringLiteral("kind"), QStringLiteral("square"));
    const QCommandLineOption periodOption(QStringLiteral("period"), tr("Steps per half-period τ of the square wave."),
                                          QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption startOption(QStringLiteral("start"), tr("First step t0 of the wave or ramp; earlier steps are image-centric."),
                                         QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption stepsOption(QStringLiteral("steps"), tr("Number of sampling steps."), QStringLiteral("n"), QStringLiteral("20"));
    parser.addOptions({kindOption, periodOption, startOption, stepsOption});
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));

    QString error;
    const auto kind = PingPongSchedule::kindFromName(parser.value(kindOption), &error);
    if (!kind)
        return usageError(error);
    int period = 1;
    if (!parseInt(parser.value(periodOption), 1, 1000, &period))
        return usageError(tr("--period must be a whole number from 1 to 1000 (got \"%1\").").arg(parser.value(periodOption)));
    int start = 0;
    if (!parseInt(parser.value(startOption), 0, 1000, &start))
        return usageError(tr("--start must be a whole number from 0 to 1000 (got \"%1\").").arg(parser.value(startOption)));
    int steps = 20;
    if (!parseInt(parser.value(stepsOption), 1, 1000, &steps))
        return usageError(tr("--steps must be a whole number from 1 to 1000 (got \"%1\").").arg(parser.value(stepsOption)));

    try {
        const PingPongSchedule schedule(*kind, period, start);
        // Column names stay English: programs read this table.
        m_out << "step\tlambda\tbranch\n";
        for (int step = 0; step < steps; ++step) {
            const double lambda = schedule.lambdaAt(step, steps);
            m_out << step << '\t' << QString::number(lambda, 'g', 6) << '\t'
                  << PingPongSchedule::branchName(PingPongSchedule::branchFor(lambda)) << '\n';
        }
        m_out.flush();
    } catch (const std::exception &e) {
        return failure(QString::fromUtf8(e.what()));
    }
    return 0;
}
