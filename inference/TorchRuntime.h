#pragma once

#include "ComputeDevice.h"
#include "RuntimeInfo.h"

#include <QString>

#include <optional>

// LibTorch set-up shared by the GUI, the CLI and the tests.
class TorchRuntime
{
public:
    // Debian's LibTorch starts with one intra-op thread; use every core (or OMP_NUM_THREADS when
    // it is set). The setting is per thread for OpenMP, so every thread that runs models calls this.
    static int useAllCores();
    // The thread count useAllCores() sets: OMP_NUM_THREADS when set, else every core.
    static int intendedThreads();

    static bool cudaAvailable();

    // "auto", "cpu" or "cuda"; nullopt and a message when the request can't be met.
    static std::optional<ComputeDevice> resolveDevice(const QString &preference, QString *error);

    static QString describe(const ComputeDevice &device);
    static RuntimeInfo info(const ComputeDevice &device);
};
