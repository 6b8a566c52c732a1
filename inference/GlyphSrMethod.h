#pragma once

#include "RestorationMethod.h"

#include <QCoreApplication>

#include <memory>

// GlyphSR (AAAI 2025) as a restoration method: the project's CRNN reads the crop (text prior),
// the GlyphSR network enlarges it ×2 and predicts its glyph masks; ×4 runs the network twice.
// Both networks run through their inference forms (CrnnInference, GlyphSrInference).
// Weights load on first use from glyphsr.json / crnn.json (see ModelLocator), or from the
// manifests given to the constructor (the benchmark's ablation variants).
class GlyphSrMethod : public RestorationMethod
{
    Q_DECLARE_TR_FUNCTIONS(GlyphSrMethod)

public:
    GlyphSrMethod();
    GlyphSrMethod(const QString &id, const QString &displayName, const QString &glyphSrManifest,
                  const QString &recognizerManifest);
    ~GlyphSrMethod() override;

    MethodInfo info() const override;
    // "text": the text prior of the last restore's first pass (what guided the network).
    QVariantMap resultValues() const override;
    QImage restore(const QImage &crop, const RestoreOptions &options, const ComputeDevice &device,
                   const StepSink &onStep, const CancelToken &cancel) override;
    // Crops whose network inputs have the same size run as batches of up to 64; on a CPU the
    // cores take parts of the batch each (see the .cpp).
    std::vector<QImage> restoreBatch(const std::vector<QImage> &crops, const RestoreOptions &options,
                                     const ComputeDevice &device, const CancelToken &cancel) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};
