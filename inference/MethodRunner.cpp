#include "MethodRunner.h"

#include "RestoreCancelled.h"
#include "TorchRuntime.h"

#include <QElapsedTimer>

#include <exception>
#include <new>

QString MethodRunner::validate(const MethodInfo &info, const QImage &crop, const RestoreOptions &options)
{
    if (crop.isNull() || crop.width() < 1 || crop.height() < 1)
        return tr("The region is empty: draw a region with some area over the photo.");
    if (!info.scales.contains(options.scale)) {
        QStringList scales;
        for (int scale : info.scales)
            scales << QStringLiteral("×%1").arg(scale);
        return tr("%1 does not support ×%2; it supports %3.")
            .arg(info.displayName).arg(options.scale).arg(scales.join(QStringLiteral(", ")));
    }
    if (options.steps < 1 || options.steps > 1000)
        return tr("The number of steps must be between 1 and 1000 (got %1).").arg(options.steps);
    const qint64 outputPixels = qint64(crop.width()) * crop.height() * options.scale * options.scale;
    if (outputPixels > kMaxOutputPixels)
        return tr("The result would be %1×%2 pixels (%3 MP), more than the %4 MP limit: "
                  "choose a smaller region or a smaller scale.")
            .arg(qint64(crop.width()) * options.scale).arg(qint64(crop.height()) * options.scale)
            .arg(double(outputPixels) / 1e6, 0, 'f', 1).arg(kMaxOutputPixels / 1'000'000);
    return {};
}

RestoreResult MethodRunner::run(RestorationMethod &method, const QImage &crop,
                                const RestoreOptions &options, const StepSink &onStep,
                                const CancelToken &cancel)
{
    const MethodInfo info = method.info();
    RestoreResult result;
    result.methodId = info.id;
    result.status = RestoreResult::Status::Failed;

    result.error = validate(info, crop, options);
    if (!result.error.isEmpty())
        return result;

    QString deviceError;
    const auto device = TorchRuntime::resolveDevice(options.device, &deviceError);
    if (!device) {
        result.error = deviceError;
        return result;
    }
    result.device = TorchRuntime::describe(*device);

    QElapsedTimer timer;
    timer.start();
    const StepSink countingSink = [&](const StepRecord &step) {
        result.stepsDone = step.index + 1;
        if (onStep)
            onStep(step);
    };
    try {
        result.image = method.restore(crop, options, *device, countingSink, cancel);
        result.status = result.image.isNull() ? RestoreResult::Status::Failed
                                              : RestoreResult::Status::Succeeded;
        if (result.image.isNull())
            result.error = tr("%1 produced no image.").arg(info.displayName);
        else
            result.values = method.resultValues();
    } catch (const RestoreCancelled &) {
        result.status = RestoreResult::Status::Cancelled;
    } catch (const std::bad_alloc &) {
        result.error = tr("Out of memory while running %1: choose a smaller region.").arg(info.displayName);
    } catch (const std::exception &error) {
        // LibTorch's c10::Error carries a long backtrace after the first line: keep the first.
        const QString message = QString::fromLocal8Bit(error.what()).section(QLatin1Char('\n'), 0, 0);
        result.error = tr("%1 failed: %2").arg(info.displayName, message);
    }
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    return result;
}
