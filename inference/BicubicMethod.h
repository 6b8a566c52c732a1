#pragma once

#include "RestorationMethod.h"

// The baseline every paper compares against: bicubic interpolation (a = -0.75, half-pixel
// centres, replicated borders: the same kernel as OpenCV's INTER_CUBIC), run in LibTorch so it
// takes the same device path as the learned methods.
class BicubicMethod : public RestorationMethod
{
public:
    MethodInfo info() const override;
    QImage restore(const QImage &crop, const RestoreOptions &options, const ComputeDevice &device,
                   const StepSink &onStep, const CancelToken &cancel) override;
};
