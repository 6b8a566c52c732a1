#pragma once

#include "MethodParameter.h"

#include <QList>
#include <QMetaType>
#include <QString>

// What the GUI and the CLI need to know about a method without touching it.
struct MethodInfo
{
    QString id;
    QString displayName;
    QString description;
    QList<int> scales;
    bool iterative = false;
    // Options beyond scale/steps/seed/device that this method understands.
    QList<MethodParameter> parameters;
};

Q_DECLARE_METATYPE(MethodInfo)
