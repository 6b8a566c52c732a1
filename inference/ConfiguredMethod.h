#pragma once

#include "RestorationMethod.h"

#include <QCoreApplication>
#include <QVariantMap>

#include <memory>
#include <vector>

// Another method with some of its parameters fixed, under its own id: the benchmark's
// variants ("difftsr-idm" is DiffTSR with mode=idm-only, "difftsr:eta=0" DiffTSR with η = 0).
// The base method must outlive it.
class ConfiguredMethod : public RestorationMethod
{
    Q_DECLARE_TR_FUNCTIONS(ConfiguredMethod)

public:
    ConfiguredMethod(RestorationMethod &base, const QString &id, const QVariantMap &fixed);

    // "id:key=value;key=value" → the base id and the fixed values; an alias from
    // MethodRegistry::variantOf() is expanded first. Empty id and a message when malformed or
    // when a key is not one of the base method's parameters.
    static QString parse(const QString &entry, const std::vector<std::unique_ptr<RestorationMethod>> &methods,
                         QVariantMap *fixed, QString *error);

    MethodInfo info() const override;
    QImage restore(const QImage &crop, const RestoreOptions &options, const ComputeDevice &device,
                   const StepSink &onStep, const CancelToken &cancel) override;
    QVariantMap resultValues() const override;

private:
    RestorationMethod &m_base;
    QString m_id;
    QVariantMap m_fixed;
};
