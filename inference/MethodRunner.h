#pragma once

#include "RestorationMethod.h"
#include "RestoreResult.h"

#include <QCoreApplication>

// Runs one method on one crop with the checks every caller needs: the crop and options are
// validated, the device resolved, exceptions (LibTorch's included) turned into a message,
// the time measured. The worker thread and the CLI both go through here.
class MethodRunner
{
    Q_DECLARE_TR_FUNCTIONS(MethodRunner)

public:
    // The largest result any method is asked to make: bigger regions get a clear message
    // instead of an out-of-memory crash.
    static constexpr qint64 kMaxOutputPixels = 64'000'000;

    static RestoreResult run(RestorationMethod &method, const QImage &crop,
                             const RestoreOptions &options, const StepSink &onStep,
                             const CancelToken &cancel);

    // Empty when the request is acceptable, otherwise why not.
    static QString validate(const MethodInfo &info, const QImage &crop, const RestoreOptions &options);
};
