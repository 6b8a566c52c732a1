#include "ImageMetrics.h"

#include <cmath>
#include <limits>
#include <stdexcept>
#include <utility>
#include <vector>

namespace {

using Plane = std::vector<double>;

// Both images as RGB888, after checking that they can be compared.
std::pair<QImage, QImage> comparableRgb(const QImage &a, const QImage &b)
{
    if (a.isNull() || b.isNull())
        throw std::invalid_argument("ImageMetrics: an image is empty");
    if (a.size() != b.size())
        throw std::invalid_argument("ImageMetrics: the images differ in size");
    return {a.convertToFormat(QImage::Format_RGB888), b.convertToFormat(QImage::Format_RGB888)};
}

// One colour channel scaled to [0, 1].
Plane channel(const QImage &rgb, int index)
{
    Plane plane(size_t(rgb.width()) * size_t(rgb.height()));
    for (int y = 0; y < rgb.height(); ++y) {
        const uchar *line = rgb.constScanLine(y);
        for (int x = 0; x < rgb.width(); ++x)
            plane[size_t(y) * size_t(rgb.width()) + size_t(x)] = line[3 * x + index] / 255.0;
    }
    return plane;
}

std::vector<double> gaussianWindow()
{
    constexpr int size = 11;
    constexpr double sigma = 1.5;
    std::vector<double> window(size);
    double sum = 0.0;
    for (int i = 0; i < size; ++i) {
        const double offset = i - size / 2;
        window[size_t(i)] = std::exp(-offset * offset / (2.0 * sigma * sigma));
        sum += window[size_t(i)];
    }
    for (double &value : window)
        value /= sum;
    return window;
}

// Same-size filtering with zeros outside the image, as conv2d(padding = 5) does; the 2-D
// window is the outer product of the 1-D one, so rows then columns gives the same result.
Plane filtered(const Plane &plane, int width, int height, const std::vector<double> &window)
{
    const int half = int(window.size()) / 2;
    Plane rows(plane.size(), 0.0);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            double sum = 0.0;
            for (int k = -half; k <= half; ++k) {
                const int source = x + k;
                if (source >= 0 && source < width)
                    sum += window[size_t(k + half)] * plane[size_t(y) * size_t(width) + size_t(source)];
            }
            rows[size_t(y) * size_t(width) + size_t(x)] = sum;
        }
    }
    Plane result(plane.size(), 0.0);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            double sum = 0.0;
            for (int k = -half; k <= half; ++k) {
                const int source = y + k;
                if (source >= 0 && source < height)
                    sum += window[size_t(k + half)] * rows[size_t(source) * size_t(width) + size_t(x)];
            }
            result[size_t(y) * size_t(width) + size_t(x)] = sum;
        }
    }
    return result;
}

Plane product(const Plane &a, const Plane &b)
{
    Plane result(a.size());
    for (size_t i = 0; i < a.size(); ++i)
        result[i] = a[i] * b[i];
    return result;
}

} // namespace

namespace ImageMetrics {

double psnr(const QImage &a, const QImage &b)
{
    const auto [first, second] = comparableRgb(a, b);
    double sumSquared = 0.0;
    for (int y = 0; y < first.height(); ++y) {
        const uchar *lineA = first.constScanLine(y);
        const uchar *lineB = second.constScanLine(y);
        for (int i = 0; i < 3 * first.width(); ++i) {
            const double difference = (int(lineA[i]) - int(lineB[i])) / 255.0;
            sumSquared += difference * difference;
        }
    }
    const double mse = sumSquared / (3.0 * first.width() * first.height());
    if (mse == 0.0)
        return std::numeric_limits<double>::infinity();
    return 10.0 * std::log10(1.0 / mse);
}

double psnrOutside(const QImage &a, const QImage &b, const QList<QRect> &excluded)
{
    const auto [first, second] = comparableRgb(a, b);
    double sumSquared = 0.0;
    qint64 count = 0;
    for (int y = 0; y < first.height(); ++y) {
        const uchar *lineA = first.constScanLine(y);
        const uchar *lineB = second.constScanLine(y);
        for (int x = 0; x < first.width(); ++x) {
            bool inside = false;
            for (const QRect &rect : excluded)
                inside = inside || rect.contains(x, y);
            if (inside)
                continue;
            for (int c = 0; c < 3; ++c) {
                const double difference = (int(lineA[3 * x + c]) - int(lineB[3 * x + c])) / 255.0;
                sumSquared += difference * difference;
            }
            ++count;
        }
    }
    if (count == 0)
        return std::numeric_limits<double>::quiet_NaN();
    const double mse = sumSquared / (3.0 * count);
    if (mse == 0.0)
        return std::numeric_limits<double>::infinity();
    return 10.0 * std::log10(1.0 / mse);
}

double ssim(const QImage &a, const QImage &b)
{
    const auto [first, second] = comparableRgb(a, b);
    const int width = first.width();
    const int height = first.height();
    const std::vector<double> window = gaussianWindow();
    constexpr double c1 = 0.01 * 0.01;
    constexpr double c2 = 0.03 * 0.03;

    double sum = 0.0;
    for (int index = 0; index < 3; ++index) {
        const Plane x = channel(first, index);
        const Plane y = channel(second, index);
        const Plane muX = filtered(x, width, height, window);
        const Plane muY = filtered(y, width, height, window);
        const Plane meanXX = filtered(product(x, x), width, height, window);
        const Plane meanYY = filtered(product(y, y), width, height, window);
        const Plane meanXY = filtered(product(x, y), width, height, window);
        for (size_t i = 0; i < x.size(); ++i) {
            const double varianceX = meanXX[i] - muX[i] * muX[i];
            const double varianceY = meanYY[i] - muY[i] * muY[i];
            const double covariance = meanXY[i] - muX[i] * muY[i];
            sum += ((2.0 * muX[i] * muY[i] + c1) * (2.0 * covariance + c2))
                   / ((muX[i] * muX[i] + muY[i] * muY[i] + c1) * (varianceX + varianceY + c2));
        }
    }
    return sum / (3.0 * width * height);
}

} // namespace ImageMetrics
