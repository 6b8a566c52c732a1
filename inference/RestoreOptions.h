#pragma once

#include <QMetaType>
#include <QString>
#include <QVariantMap>

// What a caller may ask of any method; a method ignores what it has no use for
// (bicubic has no steps or seed).
struct RestoreOptions
{
    int scale = 2;
    int steps = 20;
    quint64 seed = 0;
    // "auto" (CUDA when LibTorch has it, else CPU), "cpu" or "cuda".
    QString device = QStringLiteral("auto");
    // Method-specific values, keyed by MethodParameter::key; missing keys take the default.
    QVariantMap parameters;
};

Q_DECLARE_METATYPE(RestoreOptions)
