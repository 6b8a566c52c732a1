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

    // The same box on the photo resized by `factor`.
    OcrTextBox scaled(double factor) const
    {
        OcrTextBox box = *this;
        for (QPointF &corner : box.quad)
            corner *= factor;
        box.bounds = QRectF(bounds.topLeft() * factor, bounds.size() * factor);
        return box;
    }
};

Q_DECLARE_METATYPE(OcrTextBox)
