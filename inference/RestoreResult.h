#pragma once

#include <QImage>
#include <QMetaType>
#include <QString>
#include <QVariantMap>

struct RestoreResult
{
    enum class Status { Succeeded, Cancelled, Failed };

    quint64 requestId = 0;
    Status status = Status::Failed;
    QImage image;
    QString error;     // set when status is Failed
    QString methodId;
    QString device;    // where it ran, in words
    int stepsDone = 0;
    double seconds = 0;
    QVariantMap values; // RestorationMethod::resultValues() of a successful run

    bool succeeded() const { return status == Status::Succeeded; }
};

Q_DECLARE_METATYPE(RestoreResult)
