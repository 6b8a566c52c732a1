#pragma once

#include "RestoreOptions.h"

#include <QImage>
#include <QMetaType>
#include <QString>

// A request to the inference thread, as a value: the crop is implicitly shared, not copied.
struct RestoreRequest
{
    quint64 id = 0;
    QImage crop;
    QString methodId;
    RestoreOptions options;
};

Q_DECLARE_METATYPE(RestoreRequest)
