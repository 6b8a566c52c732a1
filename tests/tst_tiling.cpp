#include "TensorImage.h"
#include "TileBlender.h"
#include "TileLayout.h"

#include <QImage>
#include <QTest>

#include <torch/torch.h>

#include <stdexcept>

// TileLayout's geometry and TileBlender's seamless reassembly: the tiled path of a method that
// works on fixed-size tiles (GLYPH-SR's diffusion backbone).
class TestTiling : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void layoutCoversTheRegion_data();
    void layoutCoversTheRegion();
    void layoutKeepsTheAlignment();
    void badLayoutsAreRejected();
    void cropRepeatsTheEdges();
    void identityComesBackUnchanged_data();
    void identityComesBackUnchanged();
    void weightsFadeAcrossTheOverlap();
    void differentTilesMeetWithoutASeam();
    void blenderRejectsBadTiles();

private:
    // Every tile of `image` (1×C×H×W) cut out with edge padding, unchanged, blended back.
    static torch::Tensor tileAndBlend(const torch::Tensor &image, const TileLayout &layout);
    static torch::Tensor gradient(int width, int height);
};

torch::Tensor TestTiling::gradient(int width, int height)
{
    const torch::Tensor x = torch::linspace(0, 255, width).view({1, 1, 1, width});
    const torch::Tensor y = torch::linspace(40, 200, height).view({1, 1, height, 1});
    return torch::cat({x.expand({1, 1, height, width}), y.expand({1, 1, height, width}),
                       (0.5 * x + 0.5 * y).expand({1, 1, height, width})}, 1).contiguous();
}

torch::Tensor TestTiling::tileAndBlend(const torch::Tensor &image, const TileLayout &layout)
{
    using torch::indexing::Slice;
    TileBlender blender(layout, int(image.size(1)));
    const int t = layout.tileSize();
    for (int i = 0; i < layout.tiles().size(); ++i) {
        const QRect rect = layout.tiles()[i].rect;
        // Edge padding as TileLayout::crop does it, for tensors: clamp the indices.
        const torch::Tensor rows = torch::arange(rect.top(), rect.top() + t).clamp(0, image.size(2) - 1);
        const torch::Tensor columns = torch::arange(rect.left(), rect.left() + t).clamp(0, image.size(3) - 1);
        blender.add(i, image.index_select(2, rows).index_select(3, columns));
    }
    return blender.result();
}

void TestTiling::layoutCoversTheRegion_data()
{
    QTest::addColumn<QSize>("region");
    QTest::addColumn<int>("tile");
    QTest::addColumn<int>("overlap");
    QTest::newRow("1x1") << QSize(1, 1) << 64 << 16;
    QTest::newRow("tile size exactly") << QSize(64, 64) << 64 << 16;
    QTest::newRow("tile size + 1") << QSize(65, 65) << 64 << 16;
    QTest::newRow("513x300") << QSize(513, 300) << 128 << 32;
    QTest::newRow("wide and short") << QSize(700, 20) << 128 << 32;
    QTest::newRow("no overlap") << QSize(300, 129) << 64 << 0;
    QTest::newRow("overlap of all but one") << QSize(70, 66) << 64 << 63;
}

void TestTiling::layoutCoversTheRegion()
{
    QFETCH(QSize, region);
    QFETCH(int, tile);
    QFETCH(int, overlap);
    const TileLayout layout(region, tile, overlap);
    QCOMPARE(layout.tiles().size(), layout.rows() * layout.columns());
    const QRect whole(QPoint(0, 0), region);
    QList<int> covered(region.width() * region.height(), 0);
    for (const TileLayout::Tile &t : layout.tiles()) {
        QCOMPARE(t.rect.size(), QSize(tile, tile));
        QCOMPARE(t.valid, t.rect.intersected(whole));
        QCOMPARE(t.rect.topLeft(), t.valid.topLeft()); // padding only ever on the right/bottom
        // No tile reaches outside the region along an axis where the region holds a tile.
        if (region.width() >= tile)
            QVERIFY(t.rect.right() < region.width());
        if (region.height() >= tile)
            QVERIFY(t.rect.bottom() < region.height());
        for (int y = t.valid.top(); y <= t.valid.bottom(); ++y)
            for (int x = t.valid.left(); x <= t.valid.right(); ++x)
                ++covered[y * region.width() + x];
    }
    QVERIFY(!covered.contains(0));
    // Neighbours overlap by at least the requested amount, the last one perhaps by more.
    for (int i = 0; i < layout.tiles().size(); ++i) {
        const TileLayout::Tile &t = layout.tiles()[i];
        if (t.column > 0) {
            const TileLayout::Tile &left = layout.tiles()[i - 1];
            QVERIFY(left.rect.right() - t.rect.left() + 1 >= overlap);
            QVERIFY(t.rect.left() > left.rect.left());
        }
    }
    // As few tiles as the stride allows.
    auto expected = [&](int length) { return length <= tile ? 1 : 1 + (length - tile + layout.stride() - 1) / layout.stride(); };
    QCOMPARE(layout.columns(), expected(region.width()));
    QCOMPARE(layout.rows(), expected(region.height()));
}

void TestTiling::layoutKeepsTheAlignment()
{
    // ×4: HR tiles of 128 with 30 pixels overlap; the stride rounds down to 96, a multiple of 4.
    const TileLayout layout(QSize(516, 300), 128, 30, 4);
    QCOMPARE(layout.stride(), 96);
    QCOMPARE(layout.minimumOverlap(), 32);
    for (const TileLayout::Tile &t : layout.tiles()) {
        QCOMPARE(t.rect.x() % 4, 0);
        QCOMPARE(t.rect.y() % 4, 0);
        const QRect low = TileLayout::scaledDown(t.rect, 4);
        QCOMPARE(low.size(), QSize(32, 32));
        QCOMPARE(low.topLeft() * 4, t.rect.topLeft());
    }
    QCOMPARE(layout.tiles().last().rect.bottomRight(), QPoint(515, 299));
}

void TestTiling::badLayoutsAreRejected()
{
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, TileLayout(QSize(0, 10), 64, 8));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, TileLayout(QSize(10, 10), 0, 0));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, TileLayout(QSize(10, 10), 64, 64));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, TileLayout(QSize(10, 10), 64, -1));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, TileLayout(QSize(10, 10), 64, 8, 0));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, TileLayout(QSize(10, 10), 64, 8, 3)); // 64 % 3
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, TileLayout(QSize(10, 12), 64, 8, 4)); // 10 % 4
    try {
        TileLayout(QSize(10, 10), 64, 70);
        QFAIL("no exception");
    } catch (const std::invalid_argument &e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(QLatin1String("overlap of 70")), e.what());
    }
}

void TestTiling::cropRepeatsTheEdges()
{
    QImage source(3, 2, QImage::Format_RGB888);
    for (int y = 0; y < 2; ++y)
        for (int x = 0; x < 3; ++x)
            source.setPixelColor(x, y, QColor(10 * x, 100 + 50 * y, 7));
    const QImage inside = TileLayout::crop(source, QRect(1, 0, 2, 2));
    QCOMPARE(inside, source.copy(1, 0, 2, 2));
    const QImage padded = TileLayout::crop(source, QRect(0, 0, 5, 4));
    QCOMPARE(padded.size(), QSize(5, 4));
    QCOMPARE(padded.format(), source.format());
    for (int y = 0; y < 4; ++y)
        for (int x = 0; x < 5; ++x)
            QCOMPARE(padded.pixelColor(x, y), source.pixelColor(qMin(x, 2), qMin(y, 1)));
    QVERIFY(TileLayout::crop(QImage(), QRect(0, 0, 2, 2)).isNull());
    QVERIFY(TileLayout::crop(source, QRect()).isNull());
}

void TestTiling::identityComesBackUnchanged_data()
{
    QTest::addColumn<QSize>("region");
    QTest::addColumn<int>("tile");
    QTest::addColumn<int>("overlap");
    QTest::newRow("1x1") << QSize(1, 1) << 64 << 16;
    QTest::newRow("tile size exactly") << QSize(64, 64) << 64 << 16;
    QTest::newRow("tile size + 1") << QSize(65, 65) << 64 << 16;
    QTest::newRow("513x300") << QSize(513, 300) << 128 << 32;
    QTest::newRow("smaller than a tile one way") << QSize(200, 40) << 64 << 24;
    QTest::newRow("no overlap") << QSize(150, 129) << 64 << 0;
}

void TestTiling::identityComesBackUnchanged()
{
    QFETCH(QSize, region);
    QFETCH(int, tile);
    QFETCH(int, overlap);
    const TileLayout layout(region, tile, overlap);
    const int w = region.width(), h = region.height();

    // A constant and a smooth gradient: no seam, within 1/255 of the range.
    const torch::Tensor constant = torch::full({1, 3, h, w}, 137.0f);
    QVERIFY((tileAndBlend(constant, layout) - constant).abs().max().item<float>() <= 1.0f);
    const torch::Tensor smooth = gradient(w, h);
    QVERIFY((tileAndBlend(smooth, layout) - smooth).abs().max().item<float>() <= 1.0f);

    // A random 8-bit image, through QImage and back: the same pixels.
    torch::manual_seed(7);
    const torch::Tensor noise = torch::randint(0, 256, {1, 3, h, w}).to(torch::kFloat32);
    const QImage image = TensorImage::toImage(noise);
    const torch::Tensor blended = tileAndBlend(TensorImage::toTensor(image, torch::kCPU), layout);
    QVERIFY((blended - noise).abs().max().item<float>() <= 1.0f);
    const QImage back = TensorImage::toImage(blended);
    int worst = 0;
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const QRgb a = image.pixel(x, y), b = back.pixel(x, y);
            worst = std::max({worst, std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)), std::abs(qBlue(a) - qBlue(b))});
        }
    QVERIFY2(worst <= 1, qPrintable(QString::number(worst)));
}

void TestTiling::weightsFadeAcrossTheOverlap()
{
    const TileLayout layout(QSize(160, 64), 64, 16); // columns at 0, 48, 96
    QCOMPARE(layout.columns(), 3);
    const TileBlender blender(layout, 1);
    const torch::Tensor first = blender.weight(layout.tiles()[0]).squeeze();
    const torch::Tensor middle = blender.weight(layout.tiles()[1]).squeeze();
    // Region edges get no ramp; a side with a neighbour ramps from near 0 up to 1.
    QCOMPARE(first[32][0].item<float>(), 1.0f);
    QVERIFY(first[32][63].item<float>() < 0.01f);
    QVERIFY(middle[32][0].item<float>() < 0.01f);
    QCOMPARE(middle[32][32].item<float>(), 1.0f);
    QCOMPARE(first[0][32].item<float>(), 1.0f); // one row of tiles: no vertical ramp
    // Over a regular overlap the two ramps already sum to one.
    for (int d = 0; d < 16; ++d)
        QVERIFY(std::abs(first[10][48 + d].item<float>() + middle[10][d].item<float>() - 1.0f) < 1e-6f);
    // Smooth: no jump between neighbouring weights larger than a ramp step allows.
    QVERIFY(first.diff(1, 1).abs().max().item<float>() < 0.1f);
}

void TestTiling::differentTilesMeetWithoutASeam()
{
    // Each tile comes back as a different constant (as a restoration might shift the level):
    // across an overlap the result must blend gradually, not jump.
    const TileLayout layout(QSize(300, 200), 64, 16);
    TileBlender blender(layout, 1);
    for (int i = 0; i < layout.tiles().size(); ++i)
        blender.add(i, torch::full({1, 1, 64, 64}, float(10 * (i % 7))));
    QVERIFY(blender.isComplete());
    const torch::Tensor result = blender.result().squeeze();
    // Values stay within the tiles' range (a convex combination).
    QVERIFY(result.min().item<float>() >= 0.0f && result.max().item<float>() <= 60.0f);
    // The largest tile-to-tile step is 60; spread over ~16 ramp pixels no step exceeds ~1/4 of it.
    const float horizontal = result.diff(1, 1).abs().max().item<float>();
    const float vertical = result.diff(1, 0).abs().max().item<float>();
    QVERIFY2(horizontal < 15.0f && vertical < 15.0f, qPrintable(QStringLiteral("%1 %2").arg(horizontal).arg(vertical)));

    // With no overlap there is nothing to blend: the tiles meet edge to edge.
    const TileLayout abutting(QSize(128, 64), 64, 0);
    TileBlender hard(abutting, 1);
    hard.add(0, torch::zeros({1, 1, 64, 64}));
    hard.add(1, torch::full({1, 1, 64, 64}, 60.0f));
    QCOMPARE(hard.result().squeeze().diff(1, 1).abs().max().item<float>(), 60.0f);
}

void TestTiling::blenderRejectsBadTiles()
{
    const TileLayout layout(QSize(100, 100), 64, 16);
    TileBlender blender(layout, 3);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, blender.add(-1, torch::zeros({1, 3, 64, 64})));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, blender.add(int(layout.tiles().size()), torch::zeros({1, 3, 64, 64})));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, blender.add(0, torch::zeros({1, 3, 32, 64})));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, blender.add(0, torch::zeros({1, 1, 64, 64})));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, blender.add(0, torch::zeros({3, 64, 64})));
    // Not all tiles yet: no result.
    blender.add(0, torch::zeros({1, 3, 64, 64}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, blender.add(0, torch::zeros({1, 3, 64, 64})));
    QVERIFY(!blender.isComplete());
    try {
        blender.result();
        QFAIL("no exception");
    } catch (const std::logic_error &e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(QLatin1String("1 of 4 tiles")), e.what());
    }
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, TileBlender(layout, 0));
}

QTEST_APPLESS_MAIN(TestTiling)
#include "tst_tiling.moc"
