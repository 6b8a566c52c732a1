#include "BicubicMethod.h"

#include "RestoreCancelled.h"
#include "TensorImage.h"
#include "TorchDevice.h"
#include "TorchRuntime.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <torch/torch.h>

MethodInfo BicubicMethod::info() const
{
    MethodInfo info;
    info.id = QStringLiteral("bicubic");
    info.displayName = QCoreApplication::translate("BicubicMethod", "Bicubic interpolation");
    info.description = QCoreApplication::translate("BicubicMethod",
        "Enlarges the crop with a bicubic filter. Adds no detail: the baseline every "
        "restoration method is measured against.");
    info.scales = {2, 3, 4, 8};
    info.iterative = false;
    return info;
}

QImage BicubicMethod::restore(const QImage &crop, const RestoreOptions &options,
                              const ComputeDevice &device, const StepSink &onStep,
                              const CancelToken &cancel)
{
    if (cancel.isCancelled())
        throw RestoreCancelled();
    QElapsedTimer timer;
    timer.start();

    const torch::Device torchDevice = TorchDevice::of(device);
    // A crop is too small to share between threads (see TorchRuntime::ThreadLimit).
    const qint64 outputPixels = qint64(crop.width()) * crop.height() * options.scale * options.scale;
    const TorchRuntime::ThreadLimit threads(outputPixels < 1'000'000 ? 1 : 0);
    const torch::Tensor input = TensorImage::toTensor(crop, torchDevice);
    namespace F = torch::nn::functional;
    const std::vector<int64_t> size{int64_t(crop.height()) * options.scale,
                                    int64_t(crop.width()) * options.scale};
    const torch::Tensor output = F::interpolate(
        input, F::InterpolateFuncOptions().size(size).mode(torch::kBicubic).align_corners(false));
    QImage result = TensorImage::toImage(output);

    StepRecord step;
    step.index = 0;
    step.count = 1;
    step.image = result;
    step.caption = QCoreApplication::translate("BicubicMethod", "Bicubic ×%1").arg(options.scale);
    step.seconds = double(timer.nsecsElapsed()) / 1e9;
    if (onStep)
        onStep(step);
    return result;
}
