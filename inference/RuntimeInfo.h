#pragma once

#include <QMetaType>
#include <QString>

// Where inference runs, as reported by the inference thread itself.
struct RuntimeInfo
{
    QString device;       // "CPU" or "CUDA (device name)"
    bool cuda = false;
    int threads = 0;      // LibTorch intra-op threads on the inference thread
    QString torchVersion;
};

Q_DECLARE_METATYPE(RuntimeInfo)
