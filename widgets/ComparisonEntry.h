#pragma once

#include <QImage>
#include <QMetaType>
#include <QString>

// One cell of a ComparisonGrid: the same region as produced by one method (or the input).
struct ComparisonEntry
{
    QString label;    // e.g. "Input", "Bicubic ×4"
    QImage image;
    QString subtitle; // e.g. the OCR reading and its confidence, or a timing
};

Q_DECLARE_METATYPE(ComparisonEntry)
