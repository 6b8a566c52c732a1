#pragma once

#include <QString>
#include <QTextStream>

// What glyphlab-cli's larger sub-commands (synth, train, bench) share: the output streams and
// the "glyphlab-cli <command>: message" error lines with their exit codes.
class CliSubcommand
{
public:
    CliSubcommand(QTextStream &out, QTextStream &err, const QString &name);

protected:
    int usageError(const QString &message); // exit code 2
    int failure(const QString &message);    // exit code 1
    void say(const QString &line);          // a progress line on stdout

    QTextStream &m_out;
    QTextStream &m_err;

private:
    QString m_name;
};
