#pragma once

#include "GaussianDiffusion.h"
#include "ModelManifest.h"
#include "TsControlBackbone.h"
#include "TsControlBranch.h"

#include <torch/torch.h>

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <memory>

// Mini-GLYPH-SR's networks, its noise schedule and how they are stored: one manifest,
// glyph-sr.json, and one weights file per training stage:
//   "base": glyph-sr-base.pt, the backbone and the SR branch (trained together, then frozen)
//   "text": glyph-sr-text.pt, the text branch (trained with the base frozen)
// The control residual that reaches the backbone is GLYPH-SR's residual mixed injection,
// modulated by the ping-pong weight λ (the image branch's share):
//   c = s_ctrl·[λ·C_SR + (1 − λ)·C_TXT],
// which is the paper's ½·s_ctrl·[C_SR + C_TXT] at λ = ½; λ = 1 is the SR branch alone (what the
// base stage trains), λ = 0 the text branch alone. A branch whose weight is zero for the whole
// batch is not run at all.
class TsControlModel
{
    Q_DECLARE_TR_FUNCTIONS(TsControlModel)

public:
    struct Config
    {
        int diffusionSteps = 1000;
        // r = residualScale·(HR − bicubic(LR)).
        double residualScale = 3.0;
        TsControlBackboneImpl::Options backbone;

        QJsonObject toJson() const;
        static Config fromJson(const QJsonObject &json); // missing keys keep the defaults
    };

    // What one prediction is conditioned on (every tensor on the model's device).
    struct Condition
    {
        torch::Tensor bicubic;    // B×3×T×T in [0,1]
        torch::Tensor glyphs;     // B×1×T×T in [0,1], or undefined: no text for any item
        torch::Tensor descriptor; // B×8 (SceneDescriptor)
    };

    // Randomly initialised from torch's global generator. Throws std::invalid_argument.
    explicit TsControlModel(const Config &config);

    static QStringList roles();                   // base, text
    static QString fileName(const QString &role); // glyph-sr-<role>.pt
    static QString manifestName();                // glyph-sr.json
    torch::nn::Module &stage(const QString &role);

    // The clean residual x̂0 (B×3×T×T, in residual units) for the noisy residualT at timesteps
    // t (B int64). lambda: B values in [0,1]; controlScale: s_ctrl.
    // The model predicts x̂0 rather than the paper's ε: a model this small reads ε too roughly
    // at high noise, where x̂0 = (x_t − σ·ε̂)/√ᾱ multiplies its error by up to 100, and DDIM
    // from pure noise ended in grain (measured: SSIM 0.07 on scene-x4 against bicubic's 0.82).
    torch::Tensor predictResidual(const torch::Tensor &residualT, const torch::Tensor &t, const Condition &condition,
                                  const torch::Tensor &lambda, double controlScale);

    // Reads the manifest, checks the architecture and loads every stage it lists; the roles in
    // `required` must be there. Throws std::runtime_error with a readable message.
    static std::unique_ptr<TsControlModel> load(const QString &manifestPath, const QStringList &required,
                                                ModelManifest *manifestOut = nullptr);
    static bool hasStage(const ModelManifest &manifest, const QString &role);
    // Writes the stage's weights into `folder` and adds it to the manifest there (created when
    // missing; one made for another architecture is refused). Throws std::runtime_error.
    void saveStage(const QString &folder, const QString &role, const QJsonObject &training, const QString &scaleNote);
    // The text branch as a copy of the SR branch (every tensor whose name and shape match), as
    // ControlNet starts a branch from the encoder it controls. Returns how many were copied.
    int initialiseTextBranch();

    void to(const torch::Device &device);
    void eval();

    Config config;
    GaussianDiffusion diffusion;
    TsControlBackbone backbone{nullptr};
    TsControlBranch srBranch{nullptr};
    TsControlBranch textBranch{nullptr};

private:
    std::shared_ptr<torch::nn::Module> m_base;
};
