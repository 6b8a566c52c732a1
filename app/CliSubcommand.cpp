#include "CliSubcommand.h"

CliSubcommand::CliSubcommand(QTextStream &out, QTextStream &err, const QString &name)
    : m_out(out)
    , m_err(err)
    , m_name(name)
{
}

int CliSubcommand::usageError(const QString &message)
{
    m_err << QStringLiteral("glyphlab-cli %1: %2").arg(m_name, message) << '\n';
    m_err.flush();
    return 2;
}

int CliSubcommand::failure(const QString &message)
{
    m_err << QStringLiteral("glyphlab-cli %1: %2").arg(m_name, message) << '\n';
    m_err.flush();
    return 1;
}

void CliSubcommand::say(const QString &line)
{
    m_out << line << '\n';
    m_out.flush();
}
