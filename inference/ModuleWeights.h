#pragma once

#include <torch/torch.h>

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// Saving and loading a module's parameters and buffers. Loading checks every tensor's shape and
// that the file holds no tensor the module lacks: LibTorch's loader would otherwise silently take
// tensors of another shape, or a larger network's file.
class ModuleWeights
{
    Q_DECLARE_TR_FUNCTIONS(ModuleWeights)

public:
    // Throws std::runtime_error naming the file when it cannot be written.
    static void save(const torch::nn::Module &module, const QString &path);
    // Throws std::runtime_error naming the file and the first mismatching or extra tensor.
    static void load(torch::nn::Module &module, const QString &path);
    static int64_t parameterCount(const torch::nn::Module &module);
    // Where the module's parameters live (the CPU for a module without any).
    static torch::Device deviceOf(const torch::nn::Module &module);
    // Copies every parameter of `from` into the parameter of `to` with the same name and shape
    // (a stage that starts as a copy of another); returns how many were copied.
    static int copyMatching(const torch::nn::Module &from, torch::nn::Module &to);
    // No gradients for the module's parameters (a stage trained earlier, kept as it is).
    static void freeze(torch::nn::Module &module);
    // Every parameter set to zero: a path added to a trained network that starts without effect.
    static void zero(torch::nn::Module &module);

    // One training stage of a model stored as a manifest and one weights file per stage.
    struct Stage
    {
        QString manifestPath;
        QString model;            // the manifest's model name
        QJsonObject architecture; // must match the manifest's when it already exists
        QString role;
        QString fileName;         // beside the manifest
        QJsonObject training;
        QString scaleNote;
    };
    // Writes the module as the stage's weights file and adds it to the manifest (created when
    // missing). A manifest for another architecture is refused before anything is written.
    // Throws std::runtime_error.
    static void saveStage(const torch::nn::Module &module, const Stage &stage);
};
