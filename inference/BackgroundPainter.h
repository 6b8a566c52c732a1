#pragma once

#include <QColor>
#include <QImage>
#include <QSize>

class SeededRandom;

// Procedural backgrounds that look like the surfaces text sits on in photos: flat paint with
// grain, gradients, soft light falloff, value-noise textures (stone, paper, wood), stripes and
// out-of-focus blobs. No image files are involved.
class BackgroundPainter
{
public:
    // An RGB32 image; `meanLuminance` receives its average luminance (0..255).
    static QImage paint(const QSize &size, SeededRandom &random, double *meanLuminance);
    static double luminance(const QColor &color);

private:
    static QColor randomColor(SeededRandom &random);
    static void addValueNoise(QImage &image, SeededRandom &random, double amplitude, int cell);
};
