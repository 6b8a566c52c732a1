#pragma once

#include "RestorationMethod.h"

#include <QCoreApplication>

#include <memory>

// GLYPH-SR (ICLR 2026 submission) as a restoration method for whole regions of a photo, ×4 or
// ×8: the region is enlarged by bicubic, an OCR engine reads it and its words become the text
// branch's condition (glyph images at their boxes, and the text–position prompts shown to the
// user); the region is cut into overlapping tiles (TileLayout), every tile is denoised by the
// TS-ControlNet model under the ping-pong schedule (TsControlSampler), and the tiles are
// blended back without seams (TileBlender). Every step reports λ_t, the branch that led, the
// whole region's current x̂0 and the prompts. Parameters: schedule, period τ, start step t0,
// control scale, guidance, OCR engine, tile size, η and a truncated start.
// Weights: glyph-sr.json (see ModelLocator) or the manifest given to the constructor.
class GlyphSrPingPongMethod : public RestorationMethod
{
    Q_DECLARE_TR_FUNCTIONS(GlyphSrPingPongMethod)

public:
    GlyphSrPingPongMethod();
    explicit GlyphSrPingPongMethod(const QString &manifestPath);
    ~GlyphSrPingPongMethod() override;

    MethodInfo info() const override;
    QImage restore(const QImage &crop, const RestoreOptions &options, const ComputeDevice &device,
                   const StepSink &onStep, const CancelToken &cancel) override;
    // "prompts": the text–position prompts of the last restore; "ocr": what the OCR engine
    // found or why it found nothing.
    QVariantMap resultValues() const override;

    static constexpr int kMaximumSteps = 200;
    // Tiles denoised together in one batch.
    static constexpr int kTilesPerBatch = 16;

private:
    struct Private;
    std::unique_ptr<Private> d;
};
