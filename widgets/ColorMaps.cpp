#include "ColorMaps.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace {

struct Stop
{
    double at;
    int r, g, b;
};

// A few anchor colours of a perceptually ordered ramp; linear in between.
constexpr std::array<Stop, 6> kHeatStops{{
    {0.00, 10, 7, 40},
    {0.20, 72, 18, 110},
    {0.45, 170, 45, 95},
    {0.65, 230, 90, 45},
    {0.85, 250, 170, 20},
    {1.00, 252, 250, 160},
}};

constexpr std::array<QRgb, 10> kQualitative{{
    0xffe6194b, 0xff3cb44b, 0xff4363d8, 0xfff58231, 0xff911eb4,
    0xff42d4f4, 0xfff032e6, 0xff9a6324, 0xff469990, 0xff808000,
}};

} // namespace

QColor ColorMaps::confidence(double confidence)
{
    if (!std::isfinite(confidence))
        confidence = 0.0;
    const double t = std::clamp((confidence - 0.4) / 0.55, 0.0, 1.0);
    return QColor::fromHsvF(float(t * 120.0 / 360.0), 0.85f, 0.78f);
}

QColor ColorMaps::heat(double value)
{
    if (!std::isfinite(value))
        value = 0.0;
    value = std::clamp(value, 0.0, 1.0);
    for (size_t i = 1; i < kHeatStops.size(); ++i) {
        const Stop &a = kHeatStops[i - 1];
        const Stop &b = kHeatStops[i];
        if (value <= b.at) {
            const double t = (value - a.at) / (b.at - a.at);
            return QColor(int(std::lround(a.r + t * (b.r - a.r))), int(std::lround(a.g + t * (b.g - a.g))),
                          int(std::lround(a.b + t * (b.b - a.b))));
        }
    }
    const Stop &last = kHeatStops.back();
    return QColor(last.r, last.g, last.b);
}

QColor ColorMaps::qualitative(int index)
{
    const int n = int(kQualitative.size());
    return QColor::fromRgb(kQualitative[size_t(((index % n) + n) % n)]);
}

int ColorMaps::qualitativeCount()
{
    return int(kQualitative.size());
}
