#pragma once

#include "MethodInfo.h"
#include "RestoreOptions.h"
#include "RestoreResult.h"
#include "RuntimeInfo.h"
#include "StepRecord.h"

#include <QImage>
#include <QList>
#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>
#include <vector>

class InferenceWorker;
class RestorationMethod;

// The GUI's handle on inference: one long-lived thread with an InferenceWorker on it.
// Requests go in as values, results come back as queued signals; the destructor cancels
// what is running, quits the thread and waits for it.
class InferenceEngine : public QObject
{
    Q_OBJECT

public:
    explicit InferenceEngine(QObject *parent = nullptr);
    // For tests and tools that bring their own methods.
    InferenceEngine(std::vector<std::unique_ptr<RestorationMethod>> methods, QObject *parent = nullptr);
    ~InferenceEngine() override;

    QList<MethodInfo> methods() const;
    bool hasMethod(const QString &id) const;

    // Returns the request id that the signals carry.
    quint64 submit(const QImage &crop, const QString &methodId, const RestoreOptions &options);
    void cancel(quint64 requestId);
    void cancelAll();

    bool isReady() const;
    RuntimeInfo runtimeInfo() const;

Q_SIGNALS:
    void ready(const RuntimeInfo &info);
    void started(quint64 requestId);
    void stepReady(quint64 requestId, const StepRecord &step);
    void finished(const RestoreResult &result);

private:
    QThread m_thread;
    InferenceWorker *m_worker = nullptr; // owned: deleted on the inference thread when it finishes
    QList<MethodInfo> m_methods;
    RuntimeInfo m_runtimeInfo;
    bool m_ready = false;
    quint64 m_lastId = 0;
    QList<quint64> m_pending;
};
