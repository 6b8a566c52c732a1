#pragma once

#include <QImage>
#include <QMetaType>
#include <QString>

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

    bool succeeded() const { return status == Status::Succeeded; }
};

Q_DECLARE_METATYPE(RestoreResult)
