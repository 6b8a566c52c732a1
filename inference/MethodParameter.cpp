#include "MethodParameter.h"

#include <cmath>
#include <stdexcept>

MethodParameter MethodParameter::create(const QString &key, const QString &label, const QString &toolTip, Kind kind,
                                        const QVariant &defaultValue, double minimum, double maximum,
                                        const QStringList &choices)
{
    MethodParameter parameter;
    parameter.key = key;
    parameter.label = label;
    parameter.toolTip = toolTip;
    parameter.kind = kind;
    parameter.defaultValue = defaultValue;
    parameter.minimum = minimum;
    parameter.maximum = maximum;
    parameter.choices = choices;
    return parameter;
}

double MethodParameter::number(const QVariantMap &values, const QString &key, double fallback, double minimum,
                               double maximum, const QString &message)
{
    bool ok = true;
    const double value = values.value(key, fallback).toDouble(&ok);
    if (!ok || !(value >= minimum && value <= maximum))
        throw std::runtime_error(message.toStdString());
    return value;
}

int MethodParameter::wholeNumber(const QVariantMap &values, const QString &key, int fallback, int minimum, int maximum,
                                 const QString &message)
{
    const double value = number(values, key, fallback, minimum, maximum, message);
    if (value != std::floor(value))
        throw std::runtime_error(message.toStdString());
    return int(value);
}
