#pragma once

#include "RestoreOptions.h"

#include <QDateTime>
#include <QImage>
#include <QMetaType>
#include <QString>

// One finished restoration of one region: what was asked, what came back, where and how fast.
struct RegionRun
{
    int regionId = 0;
    QString methodId;
    RestoreOptions options;
    QImage image;       // null when the run failed
    int stepCount = 0;
    double seconds = 0;
    QString device;
    QString error;      // set when the run failed
    QDateTime finishedAt;

    bool succeeded() const { return error.isEmpty() && !image.isNull(); }
};

Q_DECLARE_METATYPE(RegionRun)
