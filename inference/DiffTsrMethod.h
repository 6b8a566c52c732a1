#pragma once

#include "RestorationMethod.h"

#include <QCoreApplication>

#include <memory>

// DiffTSR (CVPR 2024) as a restoration method: two diffusion models that run side by side, the
// IDM restoring the image and the TDM recognising the text, coupled at every step by MoM. The
// text starts as the project's CRNN reading of the crop. Parameters: eta (DDIM η) and mode
// ("full", or "idm-only", the authors' baseline: the IDM with the text fixed to the CRNN
// reading). Each step reports x̂0, the noise level and the TDM's current text with per-character
// probabilities; ×4 runs a second ×2 pass on the first pass's output, at its own height, with
// the first pass's final text as its starting text. Weights: difftsr.json and crnn.json (see
// ModelLocator) or the manifests given to the constructor.
class DiffTsrMethod : public RestorationMethod
{
    Q_DECLARE_TR_FUNCTIONS(DiffTsrMethod)

public:
    DiffTsrMethod();
    DiffTsrMethod(const QString &id, const QString &displayName, const QString &diffTsrManifest,
                  const QString &recognizerManifest);
    ~DiffTsrMethod() override;

    MethodInfo info() const override;
    QImage restore(const QImage &crop, const RestoreOptions &options, const ComputeDevice &device,
                   const StepSink &onStep, const CancelToken &cancel) override;
    // "text": the TDM's final reading of the last restored crop (the CRNN's in idm-only mode).
    QVariantMap resultValues() const override;

    static constexpr int kMaximumSteps = 200;

private:
    struct Private;
    std::unique_ptr<Private> d;
};
