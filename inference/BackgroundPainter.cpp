#include "BackgroundPainter.h"

#include "SeededRandom.h"

#include <QLinearGradient>
#include <QPainter>
#include <QRadialGradient>

#include <algorithm>
#include <cmath>
#include <vector>

double BackgroundPainter::luminance(const QColor &color)
{
    return 0.299 * color.red() + 0.587 * color.green() + 0.114 * color.blue();
}

QColor BackgroundPainter::randomColor(SeededRandom &random)
{
    // Mostly muted colours, as surfaces in photos are; sometimes saturated signage colours.
    const bool saturated = random.chance(0.3);
    return QColor::fromHsvF(random.uniform(), saturated ? random.uniform(0.5, 1.0) : random.uniform(0.0, 0.35),
                            random.uniform(0.05, 1.0));
}

void BackgroundPainter::addValueNoise(QImage &image, SeededRandom &random, double amplitude, int cell)
{
    // Bilinearly interpolated lattice noise, two octaves: cheap and texture-like.
    const int w = image.width(), h = image.height();
    std::vector<float> field(size_t(w) * size_t(h), 0.0f);
    double octaveAmplitude = amplitude;
    for (int octave = 0; octave < 2 && cell >= 2; ++octave, cell /= 2, octaveAmplitude *= 0.5) {
        const int gw = w / cell + 2, gh = h / cell + 2;
        std::vector<float> lattice(size_t(gw) * size_t(gh));
        for (float &v : lattice)
            v = float(random.uniform(-1.0, 1.0) * octaveAmplitude);
        for (int y = 0; y < h; ++y) {
            const double fy = double(y) / cell;
            const int y0 = int(fy);
            const double ty = fy - y0;
            for (int x = 0; x < w; ++x) {
                const double fx = double(x) / cell;
                const int x0 = int(fx);
                const double tx = fx - x0;
                const double a = lattice[size_t(y0) * gw + x0], b = lattice[size_t(y0) * gw + x0 + 1];
                const double c = lattice[size_t(y0 + 1) * gw + x0], d = lattice[size_t(y0 + 1) * gw + x0 + 1];
                field[size_t(y) * w + x] += float((a * (1 - tx) + b * tx) * (1 - ty) + (c * (1 - tx) + d * tx) * ty);
            }
        }
    }
    for (int y = 0; y < h; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < w; ++x) {
            const int delta = int(std::lround(field[size_t(y) * w + x]));
            const QRgb p = line[x];
            line[x] = qRgb(std::clamp(qRed(p) + delta, 0, 255), std::clamp(qGreen(p) + delta, 0, 255),
                           std::clamp(qBlue(p) + delta, 0, 255));
        }
    }
}

QImage BackgroundPainter::paint(const QSize &size, SeededRandom &random, double *meanLuminance)
{
    QImage image(size, QImage::Format_RGB32);
    const QColor first = randomColor(random);
    const QColor second = first.lighter(random.integer(70, 150));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const double style = random.uniform();
    if (style < 0.30) {
        image.fill(first);
    } else if (style < 0.55) {
        QLinearGradient gradient(QPointF(random.uniform(0, size.width()), random.uniform(0, size.height())),
                                 QPointF(random.uniform(0, size.width()), random.uniform(0, size.height())));
        gradient.setColorAt(0, first);
        gradient.setColorAt(1, random.chance(0.5) ? second : randomColor(random));
        painter.fillRect(image.rect(), gradient);
    } else if (style < 0.70) {
        // Light falloff, as from a lamp or a vignette.
        QRadialGradient gradient(QPointF(random.uniform(0, size.width()), random.uniform(0, size.height())),
                                 random.uniform(0.3, 1.2) * size.width());
        gradient.setColorAt(0, second);
        gradient.setColorAt(1, first);
        painter.fillRect(image.rect(), gradient);
    } else if (style < 0.82) {
        image.fill(first);
        const int stripe = random.integer(3, std::max(4, size.height() / 2));
        const bool vertical = random.chance(0.5);
        painter.setPen(Qt::NoPen);
        painter.setBrush(second);
        for (int p = random.integer(0, stripe); p < (vertical ? size.width() : size.height()); p += 2 * stripe) {
            if (vertical)
                painter.drawRect(QRectF(p, 0, stripe, size.height()));
            else
                painter.drawRect(QRectF(0, p, size.width(), stripe));
        }
    } else {
        // Out-of-focus blobs (bokeh, foliage, a busy shop window).
        image.fill(first);
        painter.setPen(Qt::NoPen);
        const int blobs = random.integer(3, 12);
        for (int i = 0; i < blobs; ++i) {
            QColor color = random.chance(0.5) ? second : randomColor(random);
            color.setAlphaF(random.uniform(0.15, 0.5));
            const double r = random.uniform(0.1, 0.6) * size.height();
            QRadialGradient blob(QPointF(random.uniform(0, size.width()), random.uniform(0, size.height())), r);
            blob.setColorAt(0, color);
            color.setAlpha(0);
            blob.setColorAt(1, color);
            painter.setBrush(blob);
            painter.drawRect(image.rect());
        }
    }
    painter.end();
    if (random.chance(0.6))
        addValueNoise(image, random, random.uniform(4, 30), random.integer(2, std::max(3, size.height() / 2)));

    double sum = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            sum += 0.299 * qRed(line[x]) + 0.587 * qGreen(line[x]) + 0.114 * qBlue(line[x]);
    }
    if (meanLuminance)
        *meanLuminance = sum / std::max<qint64>(1, qint64(image.width()) * image.height());
    return image;
}
