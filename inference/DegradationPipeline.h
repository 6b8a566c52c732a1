#pragma once

#include "DegradationPreset.h"

#include <QImage>
#include <QSize>

class SeededRandom;

// Synthesises realistic low-resolution images from clean high-resolution ones, for training
// data: a second-order degradation in the manner of Real-ESRGAN / BSRGAN (blur, resize, noise,
// JPEG; optionally all of it again; then the final resize and JPEG). Every random choice comes
// from the SeededRandom passed in, in a fixed order, so the same (image, size, seed) gives
// bit-identical output on the same build. Bad input throws std::invalid_argument.
class DegradationPipeline
{
public:
    // One blur → resize → noise → JPEG round. Sizes are relative to the final LR size, so a
    // preset means the same at every scale; sigmas are in pixels of the image the stage sees,
    // noise in 0..255 grey levels.
    struct Stage
    {
        double blurProbability = 1.0;
        double blurSigmaMin = 0.2;
        double blurSigmaMax = 1.0;
        // Relative weights of the blur kernels (the rest of 1.0 is an isotropic Gaussian).
        double anisotropicWeight = 0.3;
        double motionWeight = 0.0;
        double defocusWeight = 0.1;
        double resizeMin = 1.0; // intermediate size / LR size
        double resizeMax = 2.0;
        double noiseProbability = 1.0;
        double noiseSigmaMin = 0.0;
        double noiseSigmaMax = 3.0;
        double poissonProbability = 0.3; // otherwise Gaussian
        double greyNoiseProbability = 0.4; // same noise in all channels, as from a grey sensor
        double jpegProbability = 1.0;
        int jpegQualityMin = 75;
        int jpegQualityMax = 95;
    };

    struct Settings
    {
        Stage first;
        Stage second;
        double secondStageProbability = 0.0;
        double finalJpegProbability = 0.5;
        int finalJpegQualityMin = 75;
        int finalJpegQualityMax = 95;
    };

    static Settings settingsFor(DegradationPreset preset);

    explicit DegradationPipeline(DegradationPreset preset = DegradationPreset::Medium);
    explicit DegradationPipeline(const Settings &settings);

    const Settings &settings() const { return m_settings; }

    // Any image format in; RGB888 of exactly lrSize out.
    QImage apply(const QImage &hr, const QSize &lrSize, SeededRandom &random) const;
    // lrSize = hr.size() / scale (rounded down); throws when that is empty.
    QImage apply(const QImage &hr, int scale, SeededRandom &random) const;

private:
    Settings m_settings;
};
