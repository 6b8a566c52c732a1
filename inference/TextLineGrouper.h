#pragma once

#include "OcrTextBox.h"

#include <QList>

// Turns an OCR engine's detections into the regions a person would mark: boxes read with too
// little confidence are dropped, and words on the same text line are joined into one box
// whose text is the words, left to right, joined by spaces. Two boxes are on one line when
// they overlap vertically by at least half the smaller height, their heights are similar,
// and the horizontal gap between them is below gapFactor times the line's height.
// Engines that already find whole lines (PP-OCR) mostly pass through unchanged.
class TextLineGrouper
{
public:
    struct Settings
    {
        double minimumConfidence = 0.0; // 0..1; boxes below are dropped
        bool mergeWords = true;
        double gapFactor = 1.5;         // largest gap between words, in line heights
        double minimumVerticalOverlap = 0.5; // of the smaller box's height
        double maximumHeightRatio = 1.6;     // taller / shorter
    };

    // Lines in reading order (top to bottom, then left to right). A joined line's confidence is
    // the mean of its words' weighted by their length; its quad is its bounding box's corners.
    static QList<OcrTextBox> group(const QList<OcrTextBox> &boxes, const Settings &settings);
};
