#include "RunQueue.h"

#include "InferenceEngine.h"

RunQueue::RunQueue(InferenceEngine *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{
    connect(engine, &InferenceEngine::stepReady, this, &RunQueue::onStep);
    connect(engine, &InferenceEngine::finished, this, &RunQueue::onFinished);
}

void RunQueue::enqueue(const QList<Job> &jobs)
{
    if (jobs.isEmpty())
        return;
    if (!isBusy()) {
        m_finished = 0;
        m_total = 0;
    }
    for (const Job &job : jobs) {
        m_waiting.append(job);
        ++m_total;
        Q_EMIT jobQueued(job.regionId);
    }
    Q_EMIT progressChanged(m_finished, m_total);
    if (m_currentRequest == 0)
        startNext();
}

void RunQueue::startNext()
{
    if (m_waiting.isEmpty()) {
        m_current = Job();
        Q_EMIT idle();
        return;
    }
    m_current = m_waiting.takeFirst();
    m_currentRequest = m_engine->submit(m_current.crop, m_current.methodId, m_current.options);
    Q_EMIT jobStarted(m_current.regionId);
}

void RunQueue::cancelCurrent()
{
    if (m_currentRequest != 0)
        m_engine->cancel(m_currentRequest);
}

void RunQueue::cancelAll()
{
    const QList<Job> dropped = m_waiting;
    m_waiting.clear();
    m_total -= int(dropped.size());
    for (const Job &job : dropped)
        Q_EMIT jobDropped(job.regionId);
    Q_EMIT progressChanged(m_finished, m_total);
    cancelCurrent();
    if (m_currentRequest == 0)
        Q_EMIT idle();
}

bool RunQueue::isBusy() const
{
    return m_currentRequest != 0 || !m_waiting.isEmpty();
}

int RunQueue::currentRegionId() const
{
    return m_currentRequest != 0 ? m_current.regionId : 0;
}

QList<int> RunQueue::waitingRegionIds() const
{
    QList<int> ids;
    for (const Job &job : m_waiting)
        ids.append(job.regionId);
    return ids;
}

int RunQueue::finishedCount() const
{
    return m_finished;
}

int RunQueue::totalCount() const
{
    return m_total;
}

void RunQueue::onStep(quint64 requestId, const StepRecord &step)
{
    if (requestId == m_currentRequest && requestId != 0)
        Q_EMIT jobStep(m_current.regionId, step);
}

void RunQueue::onFinished(const RestoreResult &result)
{
    if (result.requestId != m_currentRequest || m_currentRequest == 0)
        return;
    const Job done = m_current;
    m_currentRequest = 0;
    ++m_finished;
    Q_EMIT jobFinished(done.regionId, result, done.options);
    Q_EMIT progressChanged(m_finished, m_total);
    startNext();
}
