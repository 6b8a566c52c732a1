#include "DegradationPipeline.h"

#include "SeededRandom.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <vector>

// Images travel through the stages as 32-bit float BGR (0..255): float so that blur and noise
// do not round at every step, BGR because that is what OpenCV's JPEG codec expects.

namespace {

constexpr int maximumKernelRadius = 10; // 21×21, the largest kernel Real-ESRGAN uses

int kernelRadius(double extent)
{
    return std::clamp(int(std::ceil(extent)), 1, maximumKernelRadius);
}

cv::Mat normalized(cv::Mat kernel)
{
    const double sum = cv::sum(kernel)[0];
    if (sum > 0.0)
        kernel /= sum;
    return kernel;
}

// A rotated Gaussian with standard deviations sigmaU, sigmaV along its own axes.
cv::Mat anisotropicGaussianKernel(double sigmaU, double sigmaV, double angle)
{
    const int radius = kernelRadius(3.0 * std::max(sigmaU, sigmaV));
    const double c = std::cos(angle);
    const double s = std::sin(angle);
    cv::Mat kernel(2 * radius + 1, 2 * radius + 1, CV_32F);
    for (int y = -radius; y <= radius; ++y) {
        for (int x = -radius; x <= radius; ++x) {
            const double u = c * x + s * y;
            const double v = -s * x + c * y;
            kernel.at<float>(y + radius, x + radius) =
                float(std::exp(-0.5 * (u * u / (sigmaU * sigmaU) + v * v / (sigmaV * sigmaV))));
        }
    }
    return normalized(kernel);
}

// A straight line of the given length, drawn with bilinear weights so short and slanted lines
// keep their length; a uniform line of length L has the standard deviation L/√12 along it.
cv::Mat motionKernel(double length, double angle)
{
    const int radius = kernelRadius(length / 2.0 + 1.0);
    cv::Mat kernel = cv::Mat::zeros(2 * radius + 1, 2 * radius + 1, CV_32F);
    const double dx = std::cos(angle);
    const double dy = std::sin(angle);
    const double halfLength = std::min(length / 2.0, double(radius) - 1.0);
    const int samples = std::max(2, int(std::ceil(halfLength * 8.0)) + 1);
    for (int i = 0; i < samples; ++i) {
        const double t = -halfLength + 2.0 * halfLength * i / (samples - 1);
        const double x = radius + t * dx;
        const double y = radius + t * dy;
        const int x0 = int(std::floor(x));
        const int y0 = int(std::floor(y));
        const double fx = x - x0;
        const double fy = y - y0;
        kernel.at<float>(y0, x0) += float((1 - fx) * (1 - fy));
        kernel.at<float>(y0, x0 + 1) += float(fx * (1 - fy));
        kernel.at<float>(y0 + 1, x0) += float((1 - fx) * fy);
        kernel.at<float>(y0 + 1, x0 + 1) += float(fx * fy);
    }
    return normalized(kernel);
}

// An out-of-focus lens: a uniform disk, each tap weighted by the area the disk covers (4×4
// sub-samples), so small radii still give a smooth kernel.
cv::Mat defocusKernel(double diskRadius)
{
    const int radius = kernelRadius(diskRadius + 0.5);
    cv::Mat kernel(2 * radius + 1, 2 * radius + 1, CV_32F);
    const double radiusSquared = diskRadius * diskRadius;
    for (int y = -radius; y <= radius; ++y) {
        for (int x = -radius; x <= radius; ++x) {
            int inside = 0;
            for (int sy = 0; sy < 4; ++sy) {
                for (int sx = 0; sx < 4; ++sx) {
                    const double px = x - 0.375 + 0.25 * sx;
                    const double py = y - 0.375 + 0.25 * sy;
                    inside += px * px + py * py <= radiusSquared ? 1 : 0;
                }
            }
            kernel.at<float>(y + radius, x + radius) = float(inside);
        }
    }
    kernel.at<float>(radius, radius) += 1e-3f; // a disk smaller than a sub-sample is a delta
    return normalized(kernel);
}

void blur(cv::Mat &image, const DegradationPipeline::Stage &stage, SeededRandom &random)
{
    const double sigma = random.uniform(stage.blurSigmaMin, stage.blurSigmaMax);
    const double pick = random.uniform() * std::max(1.0, stage.anisotropicWeight
                                                            + stage.motionWeight
                                                            + stage.defocusWeight);
    cv::Mat kernel;
    if (pick < stage.motionWeight) {
        kernel = motionKernel(std::max(1.0, sigma * std::sqrt(12.0)), random.uniform(0.0, M_PI));
    } else if (pick < stage.motionWeight + stage.defocusWeight) {
        // A uniform disk of radius R has the standard deviation R/2 along each axis.
        kernel = defocusKernel(2.0 * sigma);
    } else if (pick < stage.motionWeight + stage.defocusWeight + stage.anisotropicWeight) {
        const double other = random.uniform(stage.blurSigmaMin, stage.blurSigmaMax);
        kernel = anisotropicGaussianKernel(sigma, other, random.uniform(0.0, M_PI));
    } else {
        const int radius = kernelRadius(3.0 * sigma);
        cv::GaussianBlur(image, image, cv::Size(2 * radius + 1, 2 * radius + 1), sigma, sigma,
                         cv::BORDER_REFLECT_101);
        return;
    }
    cv::filter2D(image, image, -1, kernel, cv::Point(-1, -1), 0.0, cv::BORDER_REFLECT_101);
}

int randomInterpolation(SeededRandom &random)
{
    // Real-ESRGAN's mix of the resampling filters found in the wild.
    const double pick = random.uniform();
    if (pick < 0.3)
        return cv::INTER_AREA;
    if (pick < 0.7)
        return cv::INTER_LINEAR;
    return cv::INTER_CUBIC;
}

void resize(cv::Mat &image, const cv::Size &size, int interpolation)
{
    if (image.size() == size)
        return;
    cv::Mat resized;
    cv::resize(image, resized, size, 0.0, 0.0, interpolation);
    image = resized;
}

// The standard normal quantile at the midpoints of 65536 equally likely bins (scaled to unit
// variance): one 16-bit draw is one sample, four per SeededRandom::next(). Box-Muller costs a
// log and a sincos per pair, which made noise most of the pipeline's time; 65536 levels (tails
// to ±4.3σ) are far finer than the 8-bit images the noise ends up in.
const std::vector<float> &normalQuantiles()
{
    static const std::vector<float> table = [] {
        constexpr int size = 65536;
        std::vector<double> upper(size / 2);
        double x = 0.0;
        for (int i = 0; i < size / 2; ++i) {
            const double p = (size / 2 + i + 0.5) / size;
            // Newton from the previous (smaller) root: Φ is concave above 0, so it never overshoots.
            for (int iteration = 0; iteration < 50; ++iteration) {
                const double f = 0.5 * std::erfc(-x / std::sqrt(2.0)) - p;
                const double step = f / (std::exp(-0.5 * x * x) / std::sqrt(2.0 * M_PI));
                x -= step;
                if (std::abs(step) < 1e-13)
                    break;
            }
            upper[size_t(i)] = x;
        }
        double variance = 0.0;
        for (const double value : upper)
            variance += value * value;
        variance /= double(upper.size());
        const double scale = 1.0 / std::sqrt(variance);
        std::vector<float> values(size);
        for (int i = 0; i < size / 2; ++i) {
            values[size_t(size / 2 + i)] = float(upper[size_t(i)] * scale);
            values[size_t(size / 2 - 1 - i)] = float(-upper[size_t(i)] * scale);
        }
        return values;
    }();
    return table;
}

class NormalSource
{
public:
    explicit NormalSource(SeededRandom &random)
        : m_random(random), m_quantiles(normalQuantiles())
    {
    }

    float next()
    {
        if (m_left == 0) {
            m_bits = m_random.next();
            m_left = 4;
        }
        const float value = m_quantiles[size_t(m_bits & 0xffff)];
        m_bits >>= 16;
        --m_left;
        return value;
    }

private:
    SeededRandom &m_random;
    const std::vector<float> &m_quantiles;
    quint64 m_bits = 0;
    int m_left = 0;
};

void addNoise(cv::Mat &image, const DegradationPipeline::Stage &stage, SeededRandom &random)
{
    const double sigma = random.uniform(stage.noiseSigmaMin, stage.noiseSigmaMax);
    const bool poisson = random.chance(stage.poissonProbability);
    const bool grey = random.chance(stage.greyNoiseProbability);
    if (sigma < 1e-3)
        return;
    NormalSource normal(random);
    // Shot noise: photon counts, scaled so that its standard deviation at mid-grey is sigma.
    // Counts with a mean of 12 or more are drawn from the normal approximation (error in the
    // third moment only), fewer exactly, which keeps the cost per pixel bounded.
    const float photonValue = float(sigma * sigma / 128.0);
    const float gaussianSigma = float(sigma);
    auto sample = [&](float value) -> float {
        if (!poisson)
            return gaussianSigma * normal.next();
        const float mean = std::max(0.0f, value) / photonValue;
        const float count = mean < 12.0f
                                ? float(random.poisson(mean))
                                : std::max(0.0f, std::round(mean + std::sqrt(mean) * normal.next()));
        return count * photonValue - std::max(0.0f, value);
    };
    for (int y = 0; y < image.rows; ++y) {
        auto *pixel = image.ptr<cv::Vec3f>(y);
        for (int x = 0; x < image.cols; ++x) {
            cv::Vec3f &bgr = pixel[x];
            if (grey) {
                const float noise = sample(0.114f * bgr[0] + 0.587f * bgr[1] + 0.299f * bgr[2]);
                bgr += cv::Vec3f(noise, noise, noise);
            } else {
                bgr = cv::Vec3f(bgr[0] + sample(bgr[0]), bgr[1] + sample(bgr[1]),
                                bgr[2] + sample(bgr[2]));
            }
        }
    }
    cv::min(cv::max(image, 0.0), 255.0, image);
}

void compressJpeg(cv::Mat &image, int quality)
{
    cv::Mat bytes;
    image.convertTo(bytes, CV_8UC3);
    std::vector<uchar> buffer;
    cv::imencode(".jpg", bytes, buffer, {cv::IMWRITE_JPEG_QUALITY, quality});
    cv::imdecode(buffer, cv::IMREAD_COLOR).convertTo(image, CV_32FC3);
}

cv::Size intermediateSize(const QSize &lrSize, double factor)
{
    return cv::Size(std::max(1, int(std::lround(lrSize.width() * factor))),
                    std::max(1, int(std::lround(lrSize.height() * factor))));
}

void runStage(cv::Mat &image, const DegradationPipeline::Stage &stage, const QSize &lrSize,
              SeededRandom &random)
{
    if (random.chance(stage.blurProbability))
        blur(image, stage, random);
    const double factor = random.uniform(stage.resizeMin, stage.resizeMax);
    resize(image, intermediateSize(lrSize, factor), randomInterpolation(random));
    if (random.chance(stage.noiseProbability))
        addNoise(image, stage, random);
    if (random.chance(stage.jpegProbability))
        compressJpeg(image, random.integer(stage.jpegQualityMin, stage.jpegQualityMax));
}

DegradationPipeline::Stage presetStage(double sigmaMin, double sigmaMax, double motionWeight,
                                       double resizeMin, double noiseMin, double noiseMax,
                                       int jpegMin, int jpegMax)
{
    DegradationPipeline::Stage stage;
    stage.blurSigmaMin = sigmaMin;
    stage.blurSigmaMax = sigmaMax;
    stage.motionWeight = motionWeight;
    stage.resizeMin = resizeMin;
    stage.noiseSigmaMin = noiseMin;
    stage.noiseSigmaMax = noiseMax;
    stage.jpegQualityMin = jpegMin;
    stage.jpegQualityMax = jpegMax;
    return stage;
}

} // namespace

DegradationPipeline::Settings DegradationPipeline::settingsFor(DegradationPreset preset)
{
    Settings settings;
    switch (preset) {
    case DegradationPreset::Easy:
        settings.first = presetStage(0.2, 1.0, 0.0, 1.0, 0.0, 3.0, 75, 95);
        settings.second = settings.first;
        settings.secondStageProbability = 0.0;
        settings.finalJpegProbability = 0.3;
        settings.finalJpegQualityMin = 75;
        settings.finalJpegQualityMax = 95;
        break;
    case DegradationPreset::Medium:
        settings.first = presetStage(0.4, 1.8, 0.0, 0.8, 1.0, 10.0, 50, 90);
        // The second round sees a smaller image and is milder, as in Real-ESRGAN.
        settings.second = presetStage(0.2, 1.2, 0.0, 0.8, 1.0, 10.0, 50, 90);
        settings.second.blurProbability = 0.8;
        settings.secondStageProbability = 0.5;
        settings.finalJpegProbability = 0.6;
        settings.finalJpegQualityMin = 50;
        settings.finalJpegQualityMax = 90;
        break;
    case DegradationPreset::Hard:
        settings.first = presetStage(0.6, 2.6, 0.25, 0.75, 3.0, 20.0, 30, 80);
        settings.second = presetStage(0.3, 1.2, 0.25, 0.75, 3.0, 20.0, 30, 80);
        settings.second.blurProbability = 0.8;
        settings.secondStageProbability = 1.0;
        settings.finalJpegProbability = 0.9;
        settings.finalJpegQualityMin = 30;
        settings.finalJpegQualityMax = 80;
        break;
    }
    return settings;
}

DegradationPipeline::DegradationPipeline(DegradationPreset preset)
    : m_settings(settingsFor(preset))
{
}

DegradationPipeline::DegradationPipeline(const Settings &settings)
    : m_settings(settings)
{
}

QImage DegradationPipeline::apply(const QImage &hr, const QSize &lrSize, SeededRandom &random) const
{
    if (hr.isNull())
        throw std::invalid_argument("DegradationPipeline: the input image is empty");
    if (lrSize.width() < 1 || lrSize.height() < 1)
        throw std::invalid_argument("DegradationPipeline: the output size must be at least 1x1");

    const QImage rgb = hr.convertToFormat(QImage::Format_RGB888);
    const cv::Mat source(rgb.height(), rgb.width(), CV_8UC3, const_cast<uchar *>(rgb.constBits()),
                         size_t(rgb.bytesPerLine()));
    cv::Mat bgr;
    cv::cvtColor(source, bgr, cv::COLOR_RGB2BGR);
    cv::Mat image;
    bgr.convertTo(image, CV_32FC3);

    runStage(image, m_settings.first, lrSize, random);
    if (random.chance(m_settings.secondStageProbability))
        runStage(image, m_settings.second, lrSize, random);
    resize(image, cv::Size(lrSize.width(), lrSize.height()), randomInterpolation(random));
    if (random.chance(m_settings.finalJpegProbability))
        compressJpeg(image, random.integer(m_settings.finalJpegQualityMin,
                                           m_settings.finalJpegQualityMax));

    cv::Mat bytes;
    image.convertTo(bytes, CV_8UC3);
    QImage result(lrSize, QImage::Format_RGB888);
    cv::Mat target(result.height(), result.width(), CV_8UC3, result.bits(),
                   size_t(result.bytesPerLine()));
    cv::cvtColor(bytes, target, cv::COLOR_BGR2RGB);
    return result;
}

QImage DegradationPipeline::apply(const QImage &hr, int scale, SeededRandom &random) const
{
    if (scale < 1)
        throw std::invalid_argument("DegradationPipeline: the scale must be at least 1");
    if (hr.isNull())
        throw std::invalid_argument("DegradationPipeline: the input image is empty");
    const QSize lrSize(hr.width() / scale, hr.height() / scale);
    if (lrSize.isEmpty())
        throw std::invalid_argument("DegradationPipeline: the image is smaller than the scale");
    return apply(hr, lrSize, random);
}
