#pragma once

#include "DiffTsrConfig.h"
#include "DiffTsrImageContext.h"
#include "DiffTsrImageNet.h"
#include "DiffTsrMixture.h"
#include "DiffTsrTextContext.h"
#include "DiffTsrTextNet.h"
#include "GaussianDiffusion.h"
#include "ModelManifest.h"
#include "MultinomialDiffusion.h"

#include <torch/torch.h>

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <memory>

// All of Mini-DiffTSR's networks and both diffusion schedules, and how they are stored: one
// weights file per training stage beside one manifest, difftsr.json:
//   "idm": difftsr-idm.pt, the IDM and its stage-1 text-condition encoder
//   "tdm": difftsr-tdm.pt, the TDM and its stage-2 image-condition encoder
//   "mom": difftsr-mom.pt, the MoM (both branches, with their cross-modal attention)
class DiffTsrModel
{
    Q_DECLARE_TR_FUNCTIONS(DiffTsrModel)

public:
    // Randomly initialised from torch's global generator. Throws std::invalid_argument for a
    // configuration that cannot be built.
    explicit DiffTsrModel(const DiffTsrConfig &config);

    static QStringList roles();                        // idm, tdm, mom
    static QString fileName(const QString &role);      // difftsr-<role>.pt
    static QString manifestName();                     // difftsr.json

    // The module one weights file holds.
    torch::nn::Module &stage(const QString &role);

    // Reads the manifest, checks its architecture (classes, slots and the recognizer it was
    // trained with, unless recognizerSha256 is empty), and loads every listed stage's weights;
    // the roles in `required` must be there. Throws std::runtime_error with a readable message.
    static std::unique_ptr<DiffTsrModel> load(const QString &manifestPath, const QString &recognizerSha256,
                                              const QStringList &required, ModelManifest *manifestOut = nullptr);
    static bool hasStage(const ModelManifest &manifest, const QString &role);
    // Writes the stage's weights into `folder` and adds it to the manifest there (created when
    // missing; one made for another architecture is refused). Throws std::runtime_error.
    void saveStage(const QString &folder, const QString &role, const QString &recognizerSha256,
                   const QJsonObject &training, const QString &scaleNote);
    // MoM's branches from the stage-1 text encoder and the stage-2 image encoder: every tensor
    // whose name and shape match. Returns how many were copied.
    int initialiseMixture();

    // The IDM's text condition `text` (B×slots) drawn over the LR line `low` (AlignedGlyphs), or
    // undefined for an IDM that does not take it.
    torch::Tensor idmGlyphs(const torch::Tensor &text, const torch::Tensor &low) const;

    void to(const torch::Device &device);
    void eval();

    DiffTsrConfig config;
    GaussianDiffusion imageDiffusion;
    MultinomialDiffusion textDiffusion;
    DiffTsrImageNet idm{nullptr};
    DiffTsrTextContext idmContext{nullptr};
    DiffTsrTextNet tdm{nullptr};
    DiffTsrImageContext tdmContext{nullptr};
    DiffTsrMixture mom{nullptr};

private:
    std::shared_ptr<torch::nn::Module> m_idmStage, m_tdmStage;
};
