#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

// One method-specific option (a schedule, a guidance scale, an OCR engine for prompts, ...),
// described so that the GUI can build its control and the CLI can parse it generically.
// Values travel in RestoreOptions::parameters under `key`.
struct MethodParameter
{
    enum class Kind { Integer, Real, Choice, Boolean };

    QString key;          // e.g. "schedule"; CLI: --param schedule=square
    QString label;        // translated, for the GUI
    QString toolTip;      // translated, one sentence
    Kind kind = Kind::Integer;
    QVariant defaultValue;
    double minimum = 0.0; // Integer and Real
    double maximum = 0.0;
    QStringList choices;  // Choice: the values

    static MethodParameter create(const QString &key, const QString &label, const QString &toolTip, Kind kind,
                                  const QVariant &defaultValue, double minimum = 0, double maximum = 0,
                                  const QStringList &choices = {});

    // The number under `key` in a method's values, or `fallback` when it is not there. A value
    // that is no number or lies outside [minimum, maximum] throws std::runtime_error(message).
    static double number(const QVariantMap &values, const QString &key, double fallback, double minimum, double maximum,
                         const QString &message);
    // The same for whole numbers: a fraction throws too.
    static int wholeNumber(const QVariantMap &values, const QString &key, int fallback, int minimum, int maximum,
                           const QString &message);
};

Q_DECLARE_METATYPE(MethodParameter)
