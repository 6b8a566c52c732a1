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

    // OpenBLAS (Debian's BLAS for LibTorch) starts its own thread per core, and after every call
    // those threads spin, taking the cores from LibTorch's threads. With it kept on the calling
    // thread (LibTorch's threads share the work instead), this 2-core machine ran a 64×16 GlyphSR
    // crop in 9.5 instead of 15.5 ms, a 20-step DiffTSR line in 0.22 instead of 0.91 s, and
    // GlyphSR training at 1.7 instead of 2.7 s per step. useAllCores() calls it; an
    // OPENBLAS_NUM_THREADS in the environment is left alone. True when OpenBLAS was found and set
    // to one thread (again, on a later call: the setting is for the whole process).
    static bool keepBlasOnCallingThread();

    // Lets freed tensor memory stay in the process for the next tensors instead of going back
    // to the system (glibc maps blocks above 32 MiB freshly each time, and the page faults of
    // touching them again dominated batched inference here: a batch of 64 GlyphSR crops took
    // 3.4 s instead of 0.6 s). Call once at start-up. False if the C library refused.
    static bool keepFreedMemory();

    // Runs this thread's LibTorch work on at most `threads` threads until destroyed, then
    // restores the previous count (0: no limit). Single crops are too small to share: on this project's
    // 2-core machine a 64×16 GlyphSR restore took ~10 ms on one thread and 50–600 ms on two
    // whenever other processes kept the cores busy (OpenMP threads wait on each other).
    class ThreadLimit
    {
    public:
        explicit ThreadLimit(int threads);
        ~ThreadLimit();
        ThreadLimit(const ThreadLimit &) = delete;
        ThreadLimit &operator=(const ThreadLimit &) = delete;

    private:
        int m_previous;
    };

    static bool cudaAvailable();

    // "auto", "cpu" or "cuda"; nullopt and a message when the request can't be met.
    static std::optional<ComputeDevice> resolveDevice(const QString &preference, QString *error);

    static QString describe(const ComputeDevice &device);
    static RuntimeInfo info(const ComputeDevice &device);
};
