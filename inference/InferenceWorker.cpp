#include "InferenceWorker.h"

#include "MethodRegistry.h"
#include "MethodRunner.h"
#include "RestorationMethod.h"
#include "TorchRuntime.h"

#include <QCoreApplication>

InferenceWorker::InferenceWorker(std::vector<std::unique_ptr<RestorationMethod>> methods)
    : m_methods(std::move(methods))
{
}

InferenceWorker::~InferenceWorker() = default;

void InferenceWorker::cancel(quint64 requestId)
{
    QMutexLocker lock(&m_mutex);
    if (requestId == m_runningId)
        m_runningToken.cancel();
    else
        m_cancelledBeforeStart.insert(requestId);
}

void InferenceWorker::initialize()
{
    TorchRuntime::useAllCores();
    QString error;
    const auto device = TorchRuntime::resolveDevice(QStringLiteral("auto"), &error);
    Q_EMIT ready(TorchRuntime::info(device.value_or(ComputeDevice{})));
}

void InferenceWorker::process(const RestoreRequest &request)
{
    CancelToken token;
    {
        QMutexLocker lock(&m_mutex);
        if (m_cancelledBeforeStart.remove(request.id)) {
            RestoreResult result;
            result.requestId = request.id;
            result.methodId = request.methodId;
            result.status = RestoreResult::Status::Cancelled;
            lock.unlock();
            Q_EMIT finished(result);
            return;
        }
        m_runningId = request.id;
        m_runningToken = token;
    }
    Q_EMIT started(request.id);

    RestoreResult result;
    if (RestorationMethod *method = MethodRegistry::find(m_methods, request.methodId)) {
        const quint64 id = request.id;
        result = MethodRunner::run(*method, request.crop, request.options,
                                   [this, id](const StepRecord &step) { Q_EMIT stepReady(id, step); },
                                   token);
    } else {
        result.status = RestoreResult::Status::Failed;
        result.methodId = request.methodId;
        result.error = QCoreApplication::translate("InferenceWorker", "Unknown method \"%1\".")
                           .arg(request.methodId);
    }
    result.requestId = request.id;
    {
        QMutexLocker lock(&m_mutex);
        m_runningId = 0;
    }
    Q_EMIT finished(result);
}
