#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariant>

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
};

Q_DECLARE_METATYPE(MethodParameter)
