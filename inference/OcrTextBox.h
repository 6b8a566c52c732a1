#pragma once

#include <QList>
#include <QMetaType>
#include <QPolygonF>
#include <QRectF>
#include <QString>

// One piece of text found on a photo, in photo pixel coordinates.
struct OcrTextBox
{
    QPolygonF quad;    // four corners, clockwise from top-left (rotated text keeps its angle)
    QRectF bounds;     // axis-aligned bounding box of quad
    QString text;      // recognized text; empty if the engine only detected
    double confidence = 0.0; // 0..1
};

Q_DECLARE_METATYPE(OcrTextBox)
