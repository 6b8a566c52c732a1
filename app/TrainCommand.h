#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// glyphlab-cli train crnn|glyphsr: trains a model on generated data sets; resumes from the
// checkpoint in the output folder when there is one.
class TrainCommand
{
    Q_DECLARE_TR_FUNCTIONS(TrainCommand)

public:
    TrainCommand(QTextStream &out, QTextStream &err);
    int run(const QStringList &arguments);

private:
    int usageError(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
};
