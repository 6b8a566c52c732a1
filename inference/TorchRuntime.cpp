#include "TorchRuntime.h"

#include <QCoreApplication>
#include <QThread>

#include <ATen/Parallel.h>
#include <torch/torch.h>

#include <malloc.h>

#if defined(__unix__)
#include <dlfcn.h>
#endif

int TorchRuntime::intendedThreads()
{
    // An explicit OMP_NUM_THREADS wins: trainings that share a small machine run much faster
    // with one thread each than with OpenMP threads spinning against each other.
    bool requestedOk = false;
    const int requested = qEnvironmentVariableIntValue("OMP_NUM_THREADS", &requestedOk);
    return requestedOk && requested > 0 ? requested : std::max(1, QThread::idealThreadCount());
}

int TorchRuntime::useAllCores()
{
    const int cores = intendedThreads();
    if (torch::get_num_threads() != cores)
        torch::set_num_threads(cores);
    keepBlasOnCallingThread();
    return torch::get_num_threads();
}

bool TorchRuntime::keepBlasOnCallingThread()
{
    if (qEnvironmentVariableIsSet("OPENBLAS_NUM_THREADS"))
        return false; // the user's choice
#if defined(__unix__)
    // Looked up rather than linked: LibTorch may use another BLAS, and then there is nothing to do.
    using SetThreads = void (*)(int);
    if (const auto setThreads = reinterpret_cast<SetThreads>(dlsym(RTLD_DEFAULT, "openblas_set_num_threads"))) {
        setThreads(1);
        return true;
    }
#endif
    return false;
}

namespace {

// This thread's intra-op thread count. LibTorch's set_num_threads also rebuilds its process-wide
// pthreadpool (for XNNPACK-style kernels) each time, and the new pool's threads spin: called
// around every single crop, that cost 5–6 ms per crop on this project's 2-core machine (a bicubic
// enlargement took 5.6 instead of 0.2 ms in `bench`). OpenMP's own setting is per thread and
// all that ATen's parallel loops read, so it is set directly where LibTorch runs on OpenMP.
void setThisThreadsThreads(int threads)
{
#if defined(__unix__)
    using SetThreads = void (*)(int);
    static const auto setOpenMpThreads = at::get_parallel_info().find("OpenMP") != std::string::npos
                                             ? reinterpret_cast<SetThreads>(dlsym(RTLD_DEFAULT, "omp_set_num_threads"))
                                             : nullptr;
    if (setOpenMpThreads) {
        setOpenMpThreads(threads);
        return;
    }
#endif
    torch::set_num_threads(threads);
}

} // namespace

TorchRuntime::ThreadLimit::ThreadLimit(int threads)
{
    // LibTorch sets a thread's count once, at its first parallel work: do that now, so that it
    // does not undo the limit later.
    at::internal::lazy_init_num_threads();
    m_previous = torch::get_num_threads();
    if (threads >= 1 && threads < m_previous)
        setThisThreadsThreads(threads);
}

TorchRuntime::ThreadLimit::~ThreadLimit()
{
    if (torch::get_num_threads() != m_previous)
        setThisThreadsThreads(m_previous);
}

bool TorchRuntime::keepFreedMemory()
{
#if defined(__GLIBC__)
    // Blocks up to 1 GiB come from the heap, and up to 1 GiB of free heap is kept.
    constexpr int limit = 1 << 30;
    return mallopt(M_MMAP_THRESHOLD, limit) == 1 && mallopt(M_TRIM_THRESHOLD, limit) == 1;
#else
    return true;
#endif
}

bool TorchRuntime::cudaAvailable()
{
    return torch::cuda::is_available();
}

std::optional<ComputeDevice> TorchRuntime::resolveDevice(const QString &preference, QString *error)
{
    const QString wanted = preference.trimmed().toLower();
    if (wanted.isEmpty() || wanted == QLatin1String("auto")) {
        ComputeDevice device;
        device.kind = cudaAvailable() ? ComputeDevice::Kind::Cuda : ComputeDevice::Kind::Cpu;
        return device;
    }
    if (wanted == QLatin1String("cpu"))
        return ComputeDevice{};
    if (wanted == QLatin1String("cuda")) {
        if (!cudaAvailable()) {
            if (error)
                *error = QCoreApplication::translate("TorchRuntime",
                    "CUDA was requested, but this LibTorch build has no CUDA or no GPU is visible; "
                    "use --device cpu (or auto).");
            return std::nullopt;
        }
        ComputeDevice device;
        device.kind = ComputeDevice::Kind::Cuda;
        return device;
    }
    if (error)
        *error = QCoreApplication::translate("TorchRuntime",
            "Unknown device \"%1\"; use auto, cpu or cuda.").arg(preference);
    return std::nullopt;
}

QString TorchRuntime::describe(const ComputeDevice &device)
{
    if (!device.isCuda())
        return QStringLiteral("CPU");
    return QStringLiteral("CUDA:%1").arg(device.index);
}

RuntimeInfo TorchRuntime::info(const ComputeDevice &device)
{
    RuntimeInfo info;
    info.device = describe(device);
    info.cuda = device.isCuda();
    info.threads = torch::get_num_threads();
    info.torchVersion = QStringLiteral("%1.%2.%3").arg(TORCH_VERSION_MAJOR).arg(TORCH_VERSION_MINOR).arg(TORCH_VERSION_PATCH);
    return info;
}
