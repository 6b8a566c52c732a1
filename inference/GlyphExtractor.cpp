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
// A third colour cluster counts when it holds this share of the pixels and lies farther than
// kOffLine (relative to the ink–background distance) from the line between the other two.
constexpr double kThirdColourShare = 0.04;
constexpr double kOffLine = 0.3;
// Frames and bars: shapes across the whole crop lower than this share of its height.
constexpr double kStripHeight = 0.35;
constexpr double kBarRow = 0.9; // share of a row's pixels
// A character shape wider than this share of the crop is not counted as a letter when the
// polarity is in doubt (it is likely the panel the text is on).
constexpr double kWidestLetter = 0.8;
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

// Lloyd's k-means from the given assignment; false if a cluster ends up empty.
bool kMeans(const std::vector<Rgb> &pixels, int k, std::vector<quint8> &cluster, std::vector<Rgb> *centres,
            std::vector<qint64> *members)
{
    centres->assign(k, Rgb());
    for (int iteration = 0; iteration <= kMeansIterations; ++iteration) {
        std::vector<Rgb> sum(k);
        members->assign(k, 0);
        for (size_t i = 0; i < pixels.size(); ++i) {
            Rgb &s = sum[cluster[i]];
            s.r += pixels[i].r;
            s.g += pixels[i].g;
            s.b += pixels[i].b;
            ++(*members)[cluster[i]];
        }
        for (int c = 0; c < k; ++c) {
            if ((*members)[c] == 0)
                return false;
            (*centres)[c] = {sum[c].r / (*members)[c], sum[c].g / (*members)[c], sum[c].b / (*members)[c]};
        }
        if (iteration == kMeansIterations)
            break;
        bool changed = false;
        for (size_t i = 0; i < pixels.size(); ++i) {
            quint8 nearest = 0;
            for (int c = 1; c < k; ++c) {
                if (distanceSquared(pixels[i], (*centres)[c]) < distanceSquared(pixels[i], (*centres)[nearest]))
                    nearest = quint8(c);
            }
            changed = changed || nearest != cluster[i];
            cluster[i] = nearest;
        }
        if (!changed)
            break;
    }
    return true;
}

// True when one of three colours lies close to the segment between the other two, as the
// anti-aliased mix of ink and background does.
bool colinear(const std::vector<Rgb> &c)
{
    for (int m = 0; m < 3; ++m) {
        const Rgb &a = c[(m + 1) % 3], &b = c[(m + 2) % 3];
        const Rgb ab{b.r - a.r, b.g - a.g, b.b - a.b};
        const double length = ab.r * ab.r + ab.g * ab.g + ab.b * ab.b;
        if (length <= 0)
            return true;
        const Rgb am{c[m].r - a.r, c[m].g - a.g, c[m].b - a.b};
        const double t = (am.r * ab.r + am.g * ab.g + am.b * ab.b) / length;
        if (t <= 0 || t >= 1)
            continue;
        const Rgb away{am.r - t * ab.r, am.g - t * ab.g, am.b - t * ab.b};
        if (away.r * away.r + away.g * away.g + away.b * away.b < kOffLine * kOffLine * length)
            return true;
    }
    return false;
}

struct Group
{
    QRect box;
    int area = 0;
    std::vector<int> labels;
};


struct Clusters
{
    const std::vector<Rgb> &pixels;
    const std::vector<quint8> &cluster;
    const std::vector<Rgb> &centre;
    bool thirdColour;
    int width;
    int height;
};

// The line mask and characters with the given clusters as ink and background; `letters`
// receives how many character shapes are not as wide as the crop, `edgeLetters` how many of
// them reach its left or right edge.
GlyphExtraction withPolarity(const Clusters &c, int ink, int background, int *letters, int *edgeLetters)
{
    // 4. Coverage: where a pixel lies on the line from the background colour to the ink colour.
    //    The background end is its cluster's median along that line; the ink end a high
    //    quantile of the ink cluster, because in thin strokes most ink pixels are only partly
    //    covered (anti-aliased), which pulls the ink cluster's mean and median towards the
    //    background.
    const std::vector<Rgb> &pixels = c.pixels;
    const std::vector<quint8> &cluster = c.cluster;
    const std::vector<Rgb> &centre = c.centre;
    const int width = c.width, height = c.height;
    const qint64 count = qint64(width) * height;
    *letters = 0;
    *edgeLetters = 0;
    const Rgb axis{centre[ink].r - centre[background].r, centre[ink].g - centre[background].g,
                   centre[ink].b - centre[background].b};
    const double axisLength = axis.r * axis.r + axis.g * axis.g + axis.b * axis.b;
    std::vector<double> position(count);
    std::vector<double> backgroundPositions, inkPositions;
    for (qint64 i = 0; i < count; ++i) {
        const Rgb &p = pixels[i];
        const Rgb offset{p.r - centre[background].r, p.g - centre[background].g, p.b - centre[background].b};
        double t = (offset.r * axis.r + offset.g * axis.g + offset.b * axis.b) / axisLength;
        // With a third colour about, only colours near the background–ink line are a mix of the two.
        if (c.thirdColour) {
            const Rgb away{offset.r - t * axis.r, offset.g - t * axis.g, offset.b - t * axis.b};
            if (away.r * away.r + away.g * away.g + away.b * away.b > kOffLine * kOffLine * axisLength)
                t = 0;
        }
        position[i] = t;
        if (cluster[i] == background)
            backgroundPositions.push_back(t);
        else if (cluster[i] == ink)
            inkPositions.push_back(t);
    }
    const double low = median(backgroundPositions);
    const double high = quantile(inkPositions, kInkQuantile);
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

    // A row inked almost from edge to edge is a frame or a bar the letters stand on, not
    // text: cleared, so it neither joins the letters into one shape nor shows as ink.
    for (int y = 0; y < height; ++y) {
        uchar *bin = binary.ptr<uchar>(y);
        const int inked = int(std::count(bin, bin + width, uchar(1)));
        if (inked > kBarRow * width) {
            std::fill(bin, bin + width, uchar(0));
            std::fill(result.lineMask.scanLine(y), result.lineMask.scanLine(y) + width, uchar(0));
        }
    }

    // 5. Characters: connected ink, merged where pieces overlap in x, specks dropped.
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
    // A thin shape across the whole crop (a bar, an underline) or one around it (a frame, the
    // panel itself) is not a character.
    std::vector<bool> stripLabel(componentCount, false);
    groups.erase(std::remove_if(groups.begin(), groups.end(), [&](const Group &g) {
                     const int touches = int(g.box.left() <= 0) + int(g.box.right() >= width - 1)
                                         + int(g.box.top() <= 0) + int(g.box.bottom() >= height - 1);
                     const bool across = g.box.left() <= 0 && g.box.right() >= width - 1;
                     // A bar across the crop, or a frame around it.
                     const bool strip = (across && g.box.height() < kStripHeight * height)
                                        || (touches >= 3 && g.box.width() > kWidestLetter * width);
                     if (strip) {
                         for (int label : g.labels)
                             stripLabel[label] = true;
                     }
                     return strip;
                 }),
                 groups.end());
    for (int y = 0; y < height; ++y) {
        uchar *out = result.lineMask.scanLine(y);
        for (int x = 0; x < width; ++x) {
            if (stripLabel[labels.at<int>(y, x)])
                out[x] = 0;
        }
    }
    *letters = int(std::count_if(groups.begin(), groups.end(),
                                 [width](const Group &g) { return g.box.width() <= kWidestLetter * width; }));
    *edgeLetters = int(std::count_if(groups.begin(), groups.end(), [width](const Group &g) {
        return g.box.width() <= kWidestLetter * width && (g.box.left() <= 0 || g.box.right() >= width - 1);
    }));
    if (int(groups.size()) > GlyphExtractor::kMaxCharacters) {
        std::stable_sort(groups.begin(), groups.end(), [](const Group &a, const Group &b) { return a.area > b.area; });
        groups.resize(GlyphExtractor::kMaxCharacters);
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
    std::vector<Rgb> centre;
    std::vector<qint64> members;
    if (!kMeans(pixels, 2, cluster, &centre, &members))
        return {};
    if (std::sqrt(distanceSquared(centre[0], centre[1])) < kMinimumContrast)
        return {};

    // 2. Polarity: the background is the cluster that owns most of the crop's border.
    const int ring = std::max(1, std::min(width, height) / 16);
    auto onBorder = [&](qint64 i) {
        const int x = int(i % width), y = int(i / width);
        return x < ring || y < ring || x >= width - ring || y >= height - ring;
    };
    auto borderCounts = [&](int k) {
        std::vector<qint64> counts(k, 0);
        for (qint64 i = 0; i < count; ++i) {
            if (onBorder(i))
                ++counts[cluster[i]];
        }
        return counts;
    };
    const std::vector<qint64> border2 = borderCounts(2);
    int background = border2[0] != border2[1] ? (border2[0] > border2[1] ? 0 : 1) : (members[0] >= members[1] ? 0 : 1);
    int ink = 1 - background;

    // 3. A third colour (a sign's frame around its panel, a second surface): when a third
    //    cluster is a colour of its own rather than the anti-aliased mix of the other two, the
    //    ink is the cluster that touches the border least (text sits inside its crop) and the
    //    background the one it borders most; the third colour is no ink.
    bool thirdColour = false;
    {
        std::vector<quint8> three = cluster;
        // Start the third centre at the pixel farthest from both colours.
        qint64 farthest = 0;
        double farthestDistance = -1;
        for (qint64 i = 0; i < count; ++i) {
            const double d = std::min(distanceSquared(pixels[i], centre[0]), distanceSquared(pixels[i], centre[1]));
            if (d > farthestDistance) {
                farthestDistance = d;
                farthest = i;
            }
        }
        three[farthest] = 2;
        std::vector<Rgb> centre3;
        std::vector<qint64> members3;
        if (kMeans(pixels, 3, three, &centre3, &members3)
            && *std::min_element(members3.begin(), members3.end()) >= kThirdColourShare * count
            && !colinear(centre3)) {
            std::swap(cluster, three);
            const std::vector<qint64> border3 = borderCounts(3);
            int bestInk = 0;
            for (int k = 1; k < 3; ++k) {
                if (double(border3[k]) / members3[k] < double(border3[bestInk]) / members3[bestInk])
                    bestInk = k;
            }
            // Its most frequent neighbour colour is its background.
            std::array<qint64, 3> touching{};
            for (qint64 i = 0; i < count; ++i) {
                if (cluster[i] != bestInk)
                    continue;
                const int x = int(i % width), y = int(i / width);
                if (x + 1 < width && cluster[i + 1] != bestInk)
                    ++touching[cluster[i + 1]];
                if (x > 0 && cluster[i - 1] != bestInk)
                    ++touching[cluster[i - 1]];
                if (y + 1 < height && cluster[i + width] != bestInk)
                    ++touching[cluster[i + width]];
                if (y > 0 && cluster[i - width] != bestInk)
                    ++touching[cluster[i - width]];
            }
            int bestBackground = bestInk == 0 ? 1 : 0;
            for (int k = 0; k < 3; ++k) {
                if (k != bestInk && touching[k] > touching[bestBackground])
                    bestBackground = k;
            }
            ink = bestInk;
            background = bestBackground;
            centre = centre3;
            thirdColour = true;
        }
    }

    // 4.–5. Coverage and characters; when the ink chosen makes at most one character, the
    //    "ink" may be the panel the text is written on (its frame owning the border): the
    //    other way round is tried too, and the reading with more letter-like shapes wins. A
    //    reading whose shapes mostly sit at the crop's left and right ends is no better: that
    //    is panel showing past the text (the demo's 48×17 white-on-blue "Washington").
    const Clusters clusters{pixels, cluster, centre, thirdColour, width, height};
    int letters = 0, edgeLetters = 0;
    GlyphExtraction result = withPolarity(clusters, ink, background, &letters, &edgeLetters);
    if (letters <= 1) {
        int swappedLetters = 0, swappedEdgeLetters = 0;
        GlyphExtraction swapped = withPolarity(clusters, background, ink, &swappedLetters, &swappedEdgeLetters);
        if (swappedLetters > letters && 2 * swappedEdgeLetters < swappedLetters)
            result = swapped;
    }
    return result;
}
