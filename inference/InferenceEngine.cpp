#include "InferenceEngine.h"

#include "InferenceWorker.h"
#include "MethodRegistry.h"
#include "RestorationMethod.h"

InferenceEngine::InferenceEngine(QObject *parent)
    : InferenceEngine(MethodRegistry::createAll(), parent)
{
}

InferenceEngine::InferenceEngine(std::vector<std::unique_ptr<RestorationMethod>> methods, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<RestoreRequest>();
    qRegisterMetaType<RestoreResult>();
    qRegisterMetaType<StepRecord>();
    qRegisterMetaType<RuntimeInfo>();

    for (const auto &method : methods)
        m_methods.append(method->info());

    m_thread.setObjectName(QStringLiteral("GlyphLab inference"));
    m_worker = new InferenceWorker(std::move(methods));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, m_worker, &InferenceWorker::initialize);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &InferenceWorker::ready, this, [this](const RuntimeInfo &info) {
        m_runtimeInfo = info;
        m_ready = true;
        Q_EMIT ready(info);
    });
    connect(m_worker, &InferenceWorker::started, this, &InferenceEngine::started);
    connect(m_worker, &InferenceWorker::stepReady, this, &InferenceEngine::stepReady);
    connect(m_worker, &InferenceWorker::finished, this, [this](const RestoreResult &result) {
        m_pending.removeOne(result.requestId);
        Q_EMIT finished(result);
    });
    m_thread.start();
}

InferenceEngine::~InferenceEngine()
{
    cancelAll();
    m_thread.quit();
    m_thread.wait();
}

QList<MethodInfo> InferenceEngine::methods() const
{
    return m_methods;
}

bool InferenceEngine::hasMethod(const QString &id) const
{
    for (const MethodInfo &info : m_methods) {
        if (info.id == id)
            return true;
    }
    return false;
}

quint64 InferenceEngine::submit(const QImage &crop, const QString &methodId, const RestoreOptions &options)
{
    RestoreRequest request;
    request.id = ++m_lastId;
    request.crop = crop;
    request.methodId = methodId;
    request.options = options;
    m_pending.append(request.id);
    QMetaObject::invokeMethod(m_worker, "process", Qt::QueuedConnection,
                              Q_ARG(RestoreRequest, request));
    return request.id;
}

void InferenceEngine::cancel(quint64 requestId)
{
    m_worker->cancel(requestId);
}

void InferenceEngine::cancelAll()
{
    for (quint64 id : std::as_const(m_pending))
        m_worker->cancel(id);
}

bool InferenceEngine::isReady() const
{
    return m_ready;
}

RuntimeInfo InferenceEngine::runtimeInfo() const
{
    return m_runtimeInfo;
}
