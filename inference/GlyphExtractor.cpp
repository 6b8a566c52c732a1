#include "GlyphExtractor.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace {

// Below this distance between the two cluster colours (0..255 RGB units) the crop is one
// colour with noise, not text on a background.
constexpr double kMinimumContrast = 24.0;
constexpr int kMeansIterations = 8;
constexpr double kInkQuantile = 0.9;
// Characters are made of pixels at least this much covered: below one half, so that hairline
// strokes (never fully covered) stay connected.
constexpr double kInkThreshold = 0.4;
// A group of ink smaller than this share of the median group is a speck, not a character
// (a full stop is about a tenth of a letter; noise specks are a few pixels).
constexpr double kSpeckShare = 0.06;
constexpr int kMinimumSpeckArea = 3;
// Components overlapping by at least this share of the narrower one's width belong together.
constexpr double kMergeOverlap = 0.5;
constexpr int kMergeLookBack = 8;

struct Rgb
{
    double r = 0, g = 0, b = 0;
};

double distanceSquared(const Rgb &a, const Rgb &b)
{
    return (a.r - b.r) * (a.r - b.r) + (a.g - b.g) * (a.g - b.g) + (a.b - b.b) * (a.b - b.b);
}

// Otsu's threshold on an 8-bit histogram: the level that best splits it into two classes.
// Returns -1 when the histogram has a single level.
int otsuThreshold(const std::array<qint64, 256> &histogram, qint64 total)
{
    double sum = 0;
    for (int level = 0; level < 256; ++level)
        sum += double(level) * histogram[level];
    double sumBelow = 0, best = -1;
    qint64 below = 0;
    int threshold = -1;
    for (int level = 0; level < 255; ++level) {
        below += histogram[level];
        sumBelow += double(level) * histogram[level];
        const qint64 above = total - below;
        if (below == 0 || above == 0)
            continue;
        const double meanBelow = sumBelow / below, meanAbove = (sum - sumBelow) / above;
        const double between = double(below) * double(above) * (meanBelow - meanAbove) * (meanBelow - meanAbove);
        if (between > best) {
            best = between;
            threshold = level;
        }
    }
    return threshold;
}

// The value below which `share` (0..1) of `values` lie.
double quantile(std::vector<double> values, double share)
{
    if (values.empty())
        return 0;
    const auto at = values.begin() + std::min<size_t>(values.size() - 1, size_t(share * values.size()));
    std::nth_element(values.begin(), at, values.end());
    return *at;
}

double median(std::vector<double> values)
{
    return quantile(std::move(values), 0.5);
}

struct Group
{
    QRect box;
    int area = 0;
    std::vector<int> labels;
};

} // namespace

GlyphExtraction GlyphExtractor::extract(const QImage &crop)
{
    if (crop.isNull() || crop.width() < 2 || crop.height() < 2)
        return {};
    const QImage rgb = crop.convertToFormat(QImage::Format_RGB888);
    const int width = rgb.width(), height = rgb.height();
    const qint64 count = qint64(width) * height;

    std::vector<Rgb> pixels(count);
    std::array<qint64, 256> histogram{};
    std::vector<int> luminance(count);
    for (int y = 0; y < height; ++y) {
        const uchar *line = rgb.constScanLine(y);
        for (int x = 0; x < width; ++x) {
            Rgb &p = pixels[qint64(y) * width + x];
            p = {double(line[3 * x]), double(line[3 * x + 1]), double(line[3 * x + 2])};
            const int level = std::clamp(int(std::lround(0.299 * p.r + 0.587 * p.g + 0.114 * p.b)), 0, 255);
            luminance[qint64(y) * width + x] = level;
            ++histogram[level];
        }
    }

    // 1. Two colour clusters: Otsu on luminance to start, then 2-means in RGB, which also
    //    separates text that differs from its background in hue more than in brightness.
    const int threshold = otsuThreshold(histogram, count);
    if (threshold < 0)
        return {};
    std::vector<quint8> cluster(count);
    for (qint64 i = 0; i < count; ++i)
        cluster[i] = luminance[i] > threshold ? 1 : 0;
    std::array<Rgb, 2> centre;
    for (int iteration = 0; iteration <= kMeansIterations; ++iteration) {
        std::array<Rgb, 2> sum;
        std::array<qint64, 2> members{};
        for (qint64 i = 0; i < count; ++i) {
            Rgb &s = sum[cluster[i]];
            s.r += pixels[i].r;
            s.g += pixels[i].g;
            s.b += pixels[i].b;
            ++members[cluster[i]];
        }
        if (members[0] == 0 || members[1] == 0)
            return {};
        for (int k = 0; k < 2; ++k)
            centre[k] = {sum[k].r / members[k], sum[k].g / members[k], sum[k].b / members[k]};
        if (iteration == kMeansIterations)
            break;
        bool changed = false;
        for (qint64 i = 0; i < count; ++i) {
            const quint8 nearest = distanceSquared(pixels[i], centre[1]) < distanceSquared(pixels[i], centre[0]) ? 1 : 0;
            changed = changed || nearest != cluster[i];
            cluster[i] = nearest;
        }
        if (!changed)
            break;
    }
    if (std::sqrt(distanceSquared(centre[0], centre[1])) < kMinimumContrast)
        return {};

    // 2. Polarity: the background is the cluster that owns most of the crop's border.
    const int ring = std::max(1, std::min(width, height) / 16);
    std::array<qint64, 2> onBorder{}, overall{};
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const quint8 k = cluster[qint64(y) * width + x];
            ++overall[k];
            if (x < ring || y < ring || x >= width - ring || y >= height - ring)
                ++onBorder[k];
        }
    }
    const int background = onBorder[0] != onBorder[1] ? (onBorder[0] > onBorder[1] ? 0 : 1)
                                                       : (overall[0] >= overall[1] ? 0 : 1);
    const int ink = 1 - background;

    // 3. Coverage: where a pixel lies on the line from the background colour to the ink colour.
    //    The background end is its cluster's median along that line; the ink end a high
    //    quantile of the ink cluster, because in thin strokes most ink pixels are only partly
    //    covered (anti-aliased), which pulls the ink cluster's mean and median towards the
    //    background.
    const Rgb axis{centre[ink].r - centre[background].r, centre[ink].g - centre[background].g,
                   centre[ink].b - centre[background].b};
    const double axisLength = axis.r * axis.r + axis.g * axis.g + axis.b * axis.b;
    std::vector<double> position(count);
    std::array<std::vector<double>, 2> positions;
    for (qint64 i = 0; i < count; ++i) {
        const Rgb &p = pixels[i];
        position[i] = ((p.r - centre[background].r) * axis.r + (p.g - centre[background].g) * axis.g
                       + (p.b - centre[background].b) * axis.b) / axisLength;
        positions[cluster[i]].push_back(position[i]);
    }
    const double low = median(positions[background]);
    const double high = quantile(positions[ink], kInkQuantile);
    if (high - low < 1e-6)
        return {};

    GlyphExtraction result;
    result.lightText = 0.299 * centre[ink].r + 0.587 * centre[ink].g + 0.114 * centre[ink].b
                       > 0.299 * centre[background].r + 0.587 * centre[background].g + 0.114 * centre[background].b;
    result.lineMask = QImage(width, height, QImage::Format_Grayscale8);
    cv::Mat binary(height, width, CV_8U);
    for (int y = 0; y < height; ++y) {
        uchar *out = result.lineMask.scanLine(y);
        uchar *bin = binary.ptr<uchar>(y);
        for (int x = 0; x < width; ++x) {
            const double coverage = std::clamp((position[qint64(y) * width + x] - low) / (high - low), 0.0, 1.0);
            out[x] = uchar(std::lround(coverage * 255.0));
            bin[x] = coverage >= kInkThreshold ? 1 : 0;
        }
    }

    // 4. Characters: connected ink, merged where pieces overlap in x, specks dropped.
    cv::Mat labels, stats, centroids;
    const int componentCount = cv::connectedComponentsWithStats(binary, labels, stats, centroids, 8, CV_32S);
    std::vector<Group> components;
    for (int label = 1; label < componentCount; ++label) {
        const QRect box(stats.at<int>(label, cv::CC_STAT_LEFT), stats.at<int>(label, cv::CC_STAT_TOP),
                        stats.at<int>(label, cv::CC_STAT_WIDTH), stats.at<int>(label, cv::CC_STAT_HEIGHT));
        components.push_back({box, stats.at<int>(label, cv::CC_STAT_AREA), {label}});
    }
    std::sort(components.begin(), components.end(), [](const Group &a, const Group &b) {
        return a.box.left() < b.box.left() || (a.box.left() == b.box.left() && a.box.top() < b.box.top());
    });
    std::vector<Group> groups;
    for (const Group &component : components) {
        bool merged = false;
        // Sorted by left edge, so only the last few groups can reach this component.
        const int first = std::max(0, int(groups.size()) - kMergeLookBack);
        for (int g = int(groups.size()) - 1; g >= first && !merged; --g) {
            Group &group = groups[g];
            const int overlap = std::min(group.box.right(), component.box.right())
                                - std::max(group.box.left(), component.box.left()) + 1;
            if (overlap >= kMergeOverlap * std::min(group.box.width(), component.box.width())) {
                group.box = group.box.united(component.box);
                group.area += component.area;
                group.labels.insert(group.labels.end(), component.labels.begin(), component.labels.end());
                merged = true;
            }
        }
        if (!merged)
            groups.push_back(component);
    }
    std::vector<double> areas;
    for (const Group &group : groups)
        areas.push_back(group.area);
    const double speck = std::max<double>(kMinimumSpeckArea, kSpeckShare * median(areas));
    groups.erase(std::remove_if(groups.begin(), groups.end(), [speck](const Group &g) { return g.area < speck; }),
                 groups.end());
    if (int(groups.size()) > kMaxCharacters) {
        std::stable_sort(groups.begin(), groups.end(), [](const Group &a, const Group &b) { return a.area > b.area; });
        groups.resize(kMaxCharacters);
    }
    std::sort(groups.begin(), groups.end(), [](const Group &a, const Group &b) { return a.box.left() < b.box.left(); });

    // Every label's slot (-1: none); soft edge pixels below the threshold join the slot of an
    // ink neighbour, so a character mask keeps its anti-aliased rim.
    std::vector<int> slotOfLabel(componentCount, -1);
    for (int slot = 0; slot < int(groups.size()); ++slot) {
        for (int label : groups[slot].labels)
            slotOfLabel[label] = slot;
    }
    for (int slot = 0; slot < int(groups.size()); ++slot) {
        QImage mask(width, height, QImage::Format_Grayscale8);
        mask.fill(0);
        result.characterMasks.append(mask);
        result.characterBoxes.append(groups[slot].box);
    }
    for (int y = 0; y < height; ++y) {
        const uchar *coverage = result.lineMask.constScanLine(y);
        for (int x = 0; x < width; ++x) {
            if (coverage[x] == 0)
                continue;
            int slot = slotOfLabel[labels.at<int>(y, x)];
            for (int dy = -1; slot < 0 && dy <= 1; ++dy) {
                for (int dx = -1; slot < 0 && dx <= 1; ++dx) {
                    const int nx = x + dx, ny = y + dy;
                    if (nx >= 0 && ny >= 0 && nx < width && ny < height)
                        slot = slotOfLabel[labels.at<int>(ny, nx)];
                }
            }
            if (slot >= 0)
                result.characterMasks[slot].scanLine(y)[x] = coverage[x];
        }
    }
    return result;
}
