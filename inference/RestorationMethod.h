#pragma once

#include "CancelToken.h"
#include "ComputeDevice.h"
#include "MethodInfo.h"
#include "RestoreOptions.h"
#include "StepRecord.h"

#include <QImage>
#include <QVariantMap>

#include <functional>
#include <vector>

using StepSink = std::function<void(const StepRecord &)>;

// The one interface every restoration method implements: a crop and options in, one step
// record per step out, the final image returned. Runs on the inference thread; a method that
// is not iterative reports one step. Throws RestoreCancelled when the token is set, and
// std::exception with a readable message on failure.
class RestorationMethod
{
public:
    virtual ~RestorationMethod();

    virtual MethodInfo info() const = 0;
    virtual QImage restore(const QImage &crop, const RestoreOptions &options,
                           const ComputeDevice &device, const StepSink &onStep,
                           const CancelToken &cancel) = 0;
    // What the last restore() on this thread found besides the image, for reports (DiffTSR:
    // "text", its own final reading). Empty for most methods.
    virtual QVariantMap resultValues() const;
    // Several crops with the same options, each as restore() would give it (no step records).
    // This default restores them one by one; a method that can batch its network overrides it.
    // Crops must be valid for the method (see MethodRunner::validate). Throws like restore().
    virtual std::vector<QImage> restoreBatch(const std::vector<QImage> &crops, const RestoreOptions &options,
                                             const ComputeDevice &device, const CancelToken &cancel);
};
