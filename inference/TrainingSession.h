#pragma once

#include <torch/torch.h>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

// What every trainer shares: an output folder with a resumable checkpoint (model, optimizer,
// step; checkpoint.json is written last, so a checkpoint interrupted half-way is ignored),
// a tab-separated loss log, and progress messages.
class TrainingSession
{
    Q_DECLARE_TR_FUNCTIONS(TrainingSession)

public:
    using Log = std::function<void(const QString &)>;

    TrainingSession(const QString &folder, const Log &log);

    // Loads the last checkpoint into the module and optimizer; returns the step to continue
    // from (0 if there is none). Throws std::runtime_error if it exists but cannot be loaded.
    int resume(torch::nn::Module &module, torch::optim::Optimizer &optimizer);
    void checkpoint(int step, const torch::nn::Module &module, torch::optim::Optimizer &optimizer);
    // One row of the loss log: step, then name=value pairs in a fixed column order.
    void record(int step, const QStringList &names, const std::vector<double> &values);
    void message(const QString &text) const;
    QString path(const QString &fileName) const;

private:
    QString m_folder;
    Log m_log;
};
