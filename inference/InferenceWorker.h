#pragma once

#include "CancelToken.h"
#include "MethodInfo.h"
#include "RestoreRequest.h"
#include "RestoreResult.h"
#include "RuntimeInfo.h"
#include "StepRecord.h"

#include <QMutex>
#include <QObject>
#include <QSet>

#include <memory>
#include <vector>

class RestorationMethod;

// Lives on the inference thread and owns the methods (loaded once, kept warm). Requests are
// processed in order; cancel() may be called from any thread and takes effect within one step.
class InferenceWorker : public QObject
{
    Q_OBJECT

public:
    explicit InferenceWorker(std::vector<std::unique_ptr<RestorationMethod>> methods);
    ~InferenceWorker() override;

    // Thread-safe. Cancels the request if it is running, or skips it when its turn comes.
    void cancel(quint64 requestId);

public Q_SLOTS:
    // Run on the inference thread once it starts: threads and device are per thread.
    void initialize();
    void process(const RestoreRequest &request);

Q_SIGNALS:
    void ready(const RuntimeInfo &info);
    void started(quint64 requestId);
    void stepReady(quint64 requestId, const StepRecord &step);
    void finished(const RestoreResult &result);

private:
    std::vector<std::unique_ptr<RestorationMethod>> m_methods;
    QMutex m_mutex;
    quint64 m_runningId = 0;
    CancelToken m_runningToken;
    QSet<quint64> m_cancelledBeforeStart;
};
