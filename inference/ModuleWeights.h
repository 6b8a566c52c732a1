#pragma once

#include <torch/torch.h>

#include <QCoreApplication>
#include <QString>

// Saving and loading a module's parameters and buffers. Loading checks every tensor's shape:
// LibTorch's loader would otherwise silently take tensors of another shape.
class ModuleWeights
{
    Q_DECLARE_TR_FUNCTIONS(ModuleWeights)

public:
    static void save(const torch::nn::Module &module, const QString &path);
    // Throws std::runtime_error naming the file and the first mismatching tensor.
    static void load(torch::nn::Module &module, const QString &path);
    static int64_t parameterCount(const torch::nn::Module &module);
};
