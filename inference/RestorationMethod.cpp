#include "RestorationMethod.h"

RestorationMethod::~RestorationMethod() = default;

QVariantMap RestorationMethod::resultValues() const
{
    return {};
}

std::vector<QImage> RestorationMethod::restoreBatch(const std::vector<QImage> &crops, const RestoreOptions &options,
                                                    const ComputeDevice &device, const CancelToken &cancel)
{
    RestoreOptions quiet = options;
    quiet.stepDetails = false;
    std::vector<QImage> results;
    results.reserve(crops.size());
    for (const QImage &crop : crops)
        results.push_back(restore(crop, quiet, device, [](const StepRecord &) {}, cancel));
    return results;
}
