#include "TrainingSession.h"

#include "ImageWriter.h"
#include "ModuleWeights.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

#include <stdexcept>

TrainingSession::TrainingSession(const QString &folder, const Log &log)
    : m_folder(folder)
    , m_log(log)
{
    QString error;
    if (!ImageWriter::ensureWritableFolder(folder, &error))
        throw std::runtime_error(error.toStdString());
}

QString TrainingSession::path(const QString &fileName) const
{
    return QDir(m_folder).filePath(fileName);
}

void TrainingSession::message(const QString &text) const
{
    if (m_log)
        m_log(text);
}

int TrainingSession::resume(torch::nn::Module &module, torch::optim::Optimizer &optimizer)
{
    QFile marker(path(QStringLiteral("checkpoint.json")));
    if (!marker.open(QIODevice::ReadOnly))
        return 0;
    const int step = QJsonDocument::fromJson(marker.readAll()).object().value(QStringLiteral("step")).toInt(-1);
    if (step < 0)
        throw std::runtime_error(tr("%1 is damaged; delete it to start over.").arg(marker.fileName()).toStdString());
    ModuleWeights::load(module, path(QStringLiteral("checkpoint-model.pt")));
    try {
        // Onto the module's device, wherever the state was written: a checkpoint from a GPU run
        // resumes on the CPU and the other way round.
        torch::serialize::InputArchive archive;
        archive.load_from(path(QStringLiteral("checkpoint-optimizer.pt")).toStdString(), ModuleWeights::deviceOf(module));
        optimizer.load(archive);
    } catch (const c10::Error &e) {
        throw std::runtime_error(tr("The optimizer state in %1 cannot be loaded: %2")
                                     .arg(m_folder, QString::fromStdString(e.what_without_backtrace()).section(QLatin1Char('\n'), 0, 0))
                                     .toStdString());
    }
    message(tr("Resuming from the checkpoint at step %1.").arg(step));
    return step;
}

void TrainingSession::checkpoint(int step, const torch::nn::Module &module, torch::optim::Optimizer &optimizer)
{
    ModuleWeights::save(module, path(QStringLiteral("checkpoint-model.pt")));
    const QString optimizerPath = path(QStringLiteral("checkpoint-optimizer.pt"));
    torch::save(optimizer, QString(optimizerPath + QStringLiteral(".partial")).toStdString());
    QFile::remove(optimizerPath);
    QFile::rename(optimizerPath + QStringLiteral(".partial"), optimizerPath);
    QSaveFile marker(path(QStringLiteral("checkpoint.json")));
    if (!marker.open(QIODevice::WriteOnly)
        || marker.write(QJsonDocument(QJsonObject{{QStringLiteral("step"), step}}).toJson()) < 0 || !marker.commit())
        throw std::runtime_error(tr("Cannot write %1: %2").arg(marker.fileName(), marker.errorString()).toStdString());
}

void TrainingSession::record(int step, const QStringList &names, const std::vector<double> &values)
{
    QFile file(path(QStringLiteral("loss.tsv")));
    const bool fresh = !file.exists();
    if (!file.open(QIODevice::Append | QIODevice::Text))
        return;
    QTextStream out(&file);
    if (fresh)
        out << "step\t" << names.join(QLatin1Char('\t')) << '\n';
    out << step;
    for (const double value : values)
        out << '\t' << QString::number(value, 'g', 6);
    out << '\n';
}
