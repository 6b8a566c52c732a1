#include "InferenceEngine.h"
#include "MachineDescription.h"
#include "RestorationMethod.h"
#include "RestoreCancelled.h"
#include "TorchRuntime.h"

#include <QSignalSpy>
#include <QSysInfo>
#include <QTest>
#include <QThread>

#include <atomic>
#include <stdexcept>

#if defined(__unix__)
#include <dlfcn.h>
#endif

namespace {

// An iterative method with known step cost, standing in for a diffusion sampler.
struct StepCounter
{
    std::atomic<int> started{0};
    std::atomic<Qt::HANDLE> thread{nullptr};
};

class SteppingMethod : public RestorationMethod
{
public:
    SteppingMethod(StepCounter *counter, int stepMilliseconds)
        : m_counter(counter), m_stepMilliseconds(stepMilliseconds) {}

    MethodInfo info() const override
    {
        return {QStringLiteral("stepping"), QStringLiteral("Stepping test method"), QString(), {1, 2}, true};
    }

    QImage restore(const QImage &crop, const RestoreOptions &options, const ComputeDevice &,
                   const StepSink &onStep, const CancelToken &cancel) override
    {
        m_counter->thread = QThread::currentThreadId();
        QImage image = crop.scaled(crop.size() * options.scale);
        for (int i = 0; i < options.steps; ++i) {
            if (cancel.isCancelled())
                throw RestoreCancelled();
            ++m_counter->started;
            QThread::msleep(m_stepMilliseconds);
            image.fill(QColor(i % 256, 0, 0));
            onStep({i, options.steps, image, QStringLiteral("step"), m_stepMilliseconds / 1000.0, {}});
        }
        return image;
    }

private:
    StepCounter *m_counter;
    int m_stepMilliseconds;
};

class FailingMethod : public RestorationMethod
{
public:
    MethodInfo info() const override
    {
        return {QStringLiteral("failing"), QStringLiteral("Failing test method"), QString(), {2}, false};
    }
    QImage restore(const QImage &, const RestoreOptions &, const ComputeDevice &, const StepSink &,
                   const CancelToken &) override
    {
        throw std::runtime_error("weights file is truncated\nbacktrace line that users should not see");
    }
};

QImage smallCrop()
{
    QImage image(16, 8, QImage::Format_RGB888);
    image.fill(Qt::gray);
    return image;
}

std::vector<std::unique_ptr<RestorationMethod>> testMethods(StepCounter *counter, int stepMilliseconds)
{
    std::vector<std::unique_ptr<RestorationMethod>> methods;
    methods.push_back(std::make_unique<SteppingMethod>(counter, stepMilliseconds));
    methods.push_back(std::make_unique<FailingMethod>());
    return methods;
}

RestoreResult waitForResult(QSignalSpy &spy, quint64 id)
{
    for (int attempt = 0; attempt < 200; ++attempt) {
        for (const QList<QVariant> &arguments : std::as_const(spy)) {
            const auto result = arguments.at(0).value<RestoreResult>();
            if (result.requestId == id)
                return result;
        }
        spy.wait(100);
    }
    return {};
}

} // namespace

class TestInferenceWorker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportsRuntime();
    void blasRunsOnTheCallingThread();
    void describesTheMachine();
    void runsOnItsOwnThreadAndReportsEverySteps();
    void runsTheStandardBicubicMethod();
    void cancelTakesEffectWithinOneStep();
    void cancelledQueuedRequestNeverRuns();
    void reportsErrorsAndKeepsWorking();
    void destructorStopsRunningWork();
};

void TestInferenceWorker::reportsRuntime()
{
    StepCounter counter;
    InferenceEngine engine(testMethods(&counter, 1));
    QSignalSpy ready(&engine, &InferenceEngine::ready);
    QVERIFY(engine.isReady() || ready.wait(5000));
    const RuntimeInfo info = engine.runtimeInfo();
    QVERIFY(info.device == QLatin1String("CPU") || info.cuda);
    // The inference thread uses every core (or OMP_NUM_THREADS), not Debian LibTorch's default of one.
    QCOMPARE(info.threads, TorchRuntime::intendedThreads());
    QVERIFY(!info.torchVersion.isEmpty());
    QCOMPARE(engine.methods().size(), 2);
    QVERIFY(engine.hasMethod(QStringLiteral("failing")));
}

void TestInferenceWorker::blasRunsOnTheCallingThread()
{
    if (qEnvironmentVariableIsSet("OPENBLAS_NUM_THREADS"))
        QSKIP("OPENBLAS_NUM_THREADS is set; GlyphLab leaves it alone");
#if defined(__unix__)
    using GetThreads = int (*)();
    const auto blasThreads = reinterpret_cast<GetThreads>(dlsym(RTLD_DEFAULT, "openblas_get_num_threads"));
    if (!blasThreads)
        QSKIP("LibTorch does not use OpenBLAS here");
    StepCounter counter;
    InferenceEngine engine(testMethods(&counter, 1));
    QSignalSpy ready(&engine, &InferenceEngine::ready);
    QVERIFY(engine.isReady() || ready.wait(5000));
    // OpenBLAS's own threads would spin against LibTorch's (see TorchRuntime::keepBlasOnCallingThread).
    QCOMPARE(blasThreads(), 1);
#else
    QSKIP("OpenBLAS is looked up on Unix only");
#endif
}

void TestInferenceWorker::describesTheMachine()
{
    // Two processors of a /proc/cpuinfo: the first one's name and vector instructions.
    const QByteArray epyc = "processor\t: 0\nvendor_id\t: AuthenticAMD\nmodel name\t: AMD EPYC\n"
                            "flags\t\t: fpu sse2 avx avx2 fma\n\nprocessor\t: 1\nmodel name\t: AMD EPYC\nflags\t\t: fpu\n";
    QCOMPARE(MachineDescription::processorFromCpuInfo(epyc), QStringLiteral("AMD EPYC (AVX2, no AVX-512)"));
    const QByteArray xeon = "model name\t: Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz\nflags\t\t: avx avx2 avx512f avx512bw\n";
    QCOMPARE(MachineDescription::processorFromCpuInfo(xeon), QStringLiteral("Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz (AVX-512)"));
    QCOMPARE(MachineDescription::processorFromCpuInfo("model name\t: Old\nflags\t\t: sse2\n"), QStringLiteral("Old (no AVX2)"));
    QCOMPARE(MachineDescription::processorFromCpuInfo("Processor\t: AArch64\nFeatures\t: neon\n"), QString());
    QCOMPARE(MachineDescription::processorFromCpuInfo(QByteArray()), QString());
    const QString text = MachineDescription::text();
    QVERIFY2(text.contains(QSysInfo::currentCpuArchitecture()) && text.contains(QStringLiteral("logical core")), qPrintable(text));
}

void TestInferenceWorker::runsOnItsOwnThreadAndReportsEverySteps()
{
    StepCounter counter;
    InferenceEngine engine(testMethods(&counter, 1));
    QSignalSpy steps(&engine, &InferenceEngine::stepReady);
    QSignalSpy finished(&engine, &InferenceEngine::finished);
    RestoreOptions options;
    options.steps = 7;
    options.scale = 2;
    const quint64 id = engine.submit(smallCrop(), QStringLiteral("stepping"), options);
    const RestoreResult result = waitForResult(finished, id);
    QVERIFY2(result.succeeded(), qPrintable(result.error));
    QCOMPARE(result.image.size(), QSize(32, 16));
    QCOMPARE(result.stepsDone, 7);
    QCOMPARE(steps.size(), 7);
    for (int i = 0; i < steps.size(); ++i) {
        QCOMPARE(steps.at(i).at(0).value<quint64>(), id);
        QCOMPARE(steps.at(i).at(1).value<StepRecord>().index, i);
    }
    QVERIFY(counter.thread.load() != nullptr);
    QVERIFY(counter.thread.load() != QThread::currentThreadId());
}

void TestInferenceWorker::runsTheStandardBicubicMethod()
{
    InferenceEngine engine;
    QVERIFY(engine.hasMethod(QStringLiteral("bicubic")));
    QSignalSpy finished(&engine, &InferenceEngine::finished);
    RestoreOptions options;
    options.scale = 4;
    const quint64 id = engine.submit(smallCrop(), QStringLiteral("bicubic"), options);
    const RestoreResult result = waitForResult(finished, id);
    QVERIFY2(result.succeeded(), qPrintable(result.error));
    QCOMPARE(result.image.size(), QSize(64, 32));
    QCOMPARE(result.image.pixelColor(30, 15), QColor(Qt::gray)); // flat in, flat out
}

void TestInferenceWorker::cancelTakesEffectWithinOneStep()
{
    StepCounter counter;
    InferenceEngine engine(testMethods(&counter, 30));
    QSignalSpy steps(&engine, &InferenceEngine::stepReady);
    QSignalSpy finished(&engine, &InferenceEngine::finished);
    RestoreOptions options;
    options.steps = 200; // 6 s if nothing stops it
    const quint64 id = engine.submit(smallCrop(), QStringLiteral("stepping"), options);
    QVERIFY(steps.wait(5000));
    const int startedAtCancel = counter.started.load();
    engine.cancel(id);
    const RestoreResult result = waitForResult(finished, id);
    QCOMPARE(result.status, RestoreResult::Status::Cancelled);
    QVERIFY2(counter.started.load() <= startedAtCancel + 1,
             qPrintable(QStringLiteral("%1 steps started after the cancel")
                            .arg(counter.started.load() - startedAtCancel)));
    QVERIFY(result.stepsDone < options.steps);
    QVERIFY(result.image.isNull());
}

void TestInferenceWorker::cancelledQueuedRequestNeverRuns()
{
    StepCounter counter;
    InferenceEngine engine(testMethods(&counter, 5));
    QSignalSpy finished(&engine, &InferenceEngine::finished);
    RestoreOptions options;
    options.steps = 10;
    const quint64 first = engine.submit(smallCrop(), QStringLiteral("stepping"), options);
    const quint64 second = engine.submit(smallCrop(), QStringLiteral("stepping"), options);
    engine.cancel(second);
    const RestoreResult firstResult = waitForResult(finished, first);
    const RestoreResult secondResult = waitForResult(finished, second);
    QVERIFY(firstResult.succeeded());
    QCOMPARE(secondResult.status, RestoreResult::Status::Cancelled);
    QCOMPARE(secondResult.stepsDone, 0);
    QCOMPARE(counter.started.load(), 10); // only the first request's steps ran
}

void TestInferenceWorker::reportsErrorsAndKeepsWorking()
{
    StepCounter counter;
    InferenceEngine engine(testMethods(&counter, 1));
    QSignalSpy finished(&engine, &InferenceEngine::finished);
    const quint64 unknown = engine.submit(smallCrop(), QStringLiteral("no-such-method"), RestoreOptions());
    const quint64 failing = engine.submit(smallCrop(), QStringLiteral("failing"), RestoreOptions());
    const quint64 empty = engine.submit(QImage(), QStringLiteral("stepping"), RestoreOptions());
    RestoreOptions badScale;
    badScale.scale = 3;
    const quint64 scale = engine.submit(smallCrop(), QStringLiteral("stepping"), badScale);
    RestoreOptions fine;
    fine.steps = 2;
    const quint64 good = engine.submit(smallCrop(), QStringLiteral("stepping"), fine);

    RestoreResult result = waitForResult(finished, unknown);
    QCOMPARE(result.status, RestoreResult::Status::Failed);
    QVERIFY2(result.error.contains(QLatin1String("Unknown method")), qPrintable(result.error));
    result = waitForResult(finished, failing);
    QCOMPARE(result.status, RestoreResult::Status::Failed);
    QVERIFY2(result.error.contains(QLatin1String("weights file is truncated")), qPrintable(result.error));
    QVERIFY(!result.error.contains(QLatin1String("backtrace")));
    result = waitForResult(finished, empty);
    QCOMPARE(result.status, RestoreResult::Status::Failed);
    QVERIFY2(result.error.contains(QLatin1String("empty")), qPrintable(result.error));
    result = waitForResult(finished, scale);
    QCOMPARE(result.status, RestoreResult::Status::Failed);
    QVERIFY2(result.error.contains(QStringLiteral("×3")), qPrintable(result.error));
    QVERIFY(waitForResult(finished, good).succeeded());
}

void TestInferenceWorker::destructorStopsRunningWork()
{
    StepCounter counter;
    int startedAtDestruction = 0;
    {
        InferenceEngine engine(testMethods(&counter, 20));
        QSignalSpy steps(&engine, &InferenceEngine::stepReady);
        RestoreOptions options;
        options.steps = 500; // 10 s if the destructor waited for it
        engine.submit(smallCrop(), QStringLiteral("stepping"), options);
        QVERIFY(steps.wait(5000));
        startedAtDestruction = counter.started.load();
    }
    QVERIFY(counter.started.load() <= startedAtDestruction + 1);
}

QTEST_GUILESS_MAIN(TestInferenceWorker)
#include "tst_inferenceworker.moc"
