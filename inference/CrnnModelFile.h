#pragma once

#include "CrnnNet.h"
#include "ModelManifest.h"

#include <QCoreApplication>
#include <QString>

// Loads the GlyphLab CRNN from its manifest (crnn.json beside crnn.pt), checking that the
// manifest, the alphabet and the weights all match this program.
class CrnnModelFile
{
    Q_DECLARE_TR_FUNCTIONS(CrnnModelFile)

public:
    // Throws std::runtime_error with a readable message. The net is in eval mode.
    static CrnnNet load(const QString &manifestPath, ModelManifest *manifest = nullptr);
    // The same, on `device`, frozen and prepared for a loss to backpropagate through (the
    // trainers' text-focus recognizer).
    static CrnnNet loadFrozenLoss(const QString &manifestPath, const torch::Device &device,
                                  ModelManifest *manifest = nullptr);
};
