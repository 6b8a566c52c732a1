#pragma once

#include "RestoreOptions.h"
#include "RestoreResult.h"
#include "StepRecord.h"

#include <QImage>
#include <QList>
#include <QObject>
#include <QString>

class InferenceEngine;

// Runs restorations one region after another on the InferenceEngine. One job at a time is in
// the engine, so "Cancel" stops the running one and "Cancel all" also drops the waiting ones
// without the engine having to know about them.
class RunQueue : public QObject
{
    Q_OBJECT

public:
    struct Job
    {
        int regionId = 0;
        QImage crop;
        QString methodId;
        RestoreOptions options;
    };

    explicit RunQueue(InferenceEngine *engine, QObject *parent = nullptr);

    void enqueue(const QList<Job> &jobs);
    void cancelCurrent();
    void cancelAll();

    bool isBusy() const;
    int currentRegionId() const;   // 0 when idle
    QList<int> waitingRegionIds() const;
    int finishedCount() const;     // in this batch
    int totalCount() const;        // in this batch (finished + running + waiting)

Q_SIGNALS:
    void jobQueued(int regionId);
    void jobStarted(int regionId);
    void jobStep(int regionId, const StepRecord &step);
    void jobFinished(int regionId, const RestoreResult &result, const RestoreOptions &options);
    void jobDropped(int regionId);   // cancelled before it started
    void progressChanged(int finished, int total);
    void idle();

private:
    void startNext();
    void onStep(quint64 requestId, const StepRecord &step);
    void onFinished(const RestoreResult &result);

    InferenceEngine *m_engine;
    QList<Job> m_waiting;
    Job m_current;
    quint64 m_currentRequest = 0;
    int m_finished = 0;
    int m_total = 0;
};
