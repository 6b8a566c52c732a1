#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

// What an OCR engine read in one word or line crop.
struct OcrReading
{
    QString text;
    double confidence = 0.0;           // 0..1
    QList<double> characterConfidences; // one per character of `text`, 0..1, when the engine has them
};

Q_DECLARE_METATYPE(OcrReading)
