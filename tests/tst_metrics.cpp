#include "BenchmarkReport.h"
#include "ImageMetrics.h"
#include "TextMetrics.h"

#include <QTest>

#include <cmath>
#include <stdexcept>
#include <vector>

class TestMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalizesWords_data();
    void normalizesWords();
    void matchesWords();
    void computesEditDistance_data();
    void computesEditDistance();
    void computesCharacterErrorRate_data();
    void computesCharacterErrorRate();
    void computesGapClosure();
    void readingsTableListsEveryCrop();
    void psnrFromKnownMse();
    void psnrOfIdenticalImagesIsInfinite();
    void ssimOfIdenticalImagesIsOne();
    void ssimMatchesNaiveImplementation_data();
    void ssimMatchesNaiveImplementation();
    void rejectsBadImages();

private:
    static QImage patternImage(int width, int height, int seed);
    static double naiveSsim(const QImage &a, const QImage &b);
};

QImage TestMetrics::patternImage(int width, int height, int seed)
{
    QImage image(width, height, QImage::Format_RGB888);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const bool stroke = ((x + seed) / 3) % 4 == 0 && y > height / 4;
            const int base = stroke ? 30 : 180;
            image.setPixelColor(x, y, QColor(base + (x * 7 + seed) % 40, base + (y * 13) % 50,
                                             base + ((x ^ y) + seed) % 60));
        }
    }
    return image;
}

// SSIM straight from its definition: a full 11×11 window, zeros outside the image.
double TestMetrics::naiveSsim(const QImage &a, const QImage &b)
{
    double g[11];
    double gSum = 0;
    for (int i = 0; i < 11; ++i) {
        g[i] = std::exp(-double((i - 5) * (i - 5)) / (2 * 1.5 * 1.5));
        gSum += g[i];
    }
    const int w = a.width();
    const int h = a.height();
    auto value = [](const QImage &image, int x, int y, int c) {
        return image.pixelColor(x, y).rgb() >> (16 - 8 * c) & 0xff;
    };
    double total = 0;
    for (int c = 0; c < 3; ++c) {
        for (int y = 0; y < h; ++y) {
            for (int x = 0; x < w; ++x) {
                double mx = 0, my = 0, sxx = 0, syy = 0, sxy = 0;
                for (int dy = -5; dy <= 5; ++dy) {
                    for (int dx = -5; dx <= 5; ++dx) {
                        if (x + dx < 0 || x + dx >= w || y + dy < 0 || y + dy >= h)
                            continue;
                        const double weight = g[dy + 5] * g[dx + 5] / (gSum * gSum);
                        const double p = value(a, x + dx, y + dy, c) / 255.0;
                        const double q = value(b, x + dx, y + dy, c) / 255.0;
                        mx += weight * p;
                        my += weight * q;
                        sxx += weight * p * p;
                        syy += weight * q * q;
                        sxy += weight * p * q;
                    }
                }
                const double c1 = 1e-4, c2 = 9e-4;
                total += (2 * mx * my + c1) * (2 * (sxy - mx * my) + c2)
                         / ((mx * mx + my * my + c1) * (sxx - mx * mx + syy - my * my + c2));
            }
        }
    }
    return total / (3.0 * w * h);
}

void TestMetrics::normalizesWords_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("expected");
    QTest::newRow("upper case") << QStringLiteral("HeLLo") << QStringLiteral("hello");
    QTest::newRow("punctuation") << QStringLiteral("Don't!") << QStringLiteral("dont");
    QTest::newRow("digits kept") << QStringLiteral("A-12b") << QStringLiteral("a12b");
    QTest::newRow("spaces dropped") << QStringLiteral(" to go ") << QStringLiteral("togo");
    QTest::newRow("non-ASCII dropped") << QStringLiteral("Straße Ü") << QStringLiteral("strae");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only symbols") << QStringLiteral("&%$") << QString();
}

void TestMetrics::normalizesWords()
{
    QFETCH(QString, word);
    QFETCH(QString, expected);
    QCOMPARE(TextMetrics::normalizeWord(word), expected);
}

void TestMetrics::matchesWords()
{
    QVERIFY(TextMetrics::isWordMatch(QStringLiteral("HELLO!"), QStringLiteral("hello")));
    QVERIFY(TextMetrics::isWordMatch(QStringLiteral("co-op"), QStringLiteral("COOP")));
    QVERIFY(!TextMetrics::isWordMatch(QStringLiteral("hell0"), QStringLiteral("hello")));
    QVERIFY(!TextMetrics::isWordMatch(QStringLiteral("hello"), QStringLiteral("hellos")));
}

void TestMetrics::computesEditDistance_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("expected");
    QTest::newRow("kitten/sitting") << QStringLiteral("kitten") << QStringLiteral("sitting") << 3;
    QTest::newRow("flaw/lawn") << QStringLiteral("flaw") << QStringLiteral("lawn") << 2;
    QTest::newRow("intention/execution")
        << QStringLiteral("intention") << QStringLiteral("execution") << 5;
    QTest::newRow("swap") << QStringLiteral("ab") << QStringLiteral("ba") << 2;
    QTest::newRow("equal") << QStringLiteral("text") << QStringLiteral("text") << 0;
    QTest::newRow("case counts") << QStringLiteral("Text") << QStringLiteral("text") << 1;
    QTest::newRow("empty first") << QString() << QStringLiteral("abc") << 3;
    QTest::newRow("empty second") << QStringLiteral("abcd") << QString() << 4;
    QTest::newRow("both empty") << QString() << QString() << 0;
}

void TestMetrics::computesEditDistance()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, expected);
    QCOMPARE(TextMetrics::editDistance(a, b), expected);
    QCOMPARE(TextMetrics::editDistance(b, a), expected);
}

void TestMetrics::computesCharacterErrorRate_data()
{
    QTest::addColumn<QString>("prediction");
    QTest::addColumn<QString>("truth");
    QTest::addColumn<double>("expected");
    QTest::newRow("one deletion") << QStringLiteral("helo") << QStringLiteral("hello") << 0.2;
    QTest::newRow("normalised equal") << QStringLiteral("HELLO!") << QStringLiteral("hello") << 0.0;
    QTest::newRow("extra characters") << QStringLiteral("abcdef") << QStringLiteral("ab") << 2.0;
    QTest::newRow("nothing read") << QString() << QStringLiteral("abc") << 1.0;
    QTest::newRow("empty truth, empty prediction") << QStringLiteral("!") << QString() << 0.0;
    QTest::newRow("empty truth, something read") << QStringLiteral("abc") << QStringLiteral("--")
                                                 << 1.0;
}

void TestMetrics::computesCharacterErrorRate()
{
    QFETCH(QString, prediction);
    QFETCH(QString, truth);
    QFETCH(double, expected);
    QCOMPARE(TextMetrics::characterErrorRate(prediction, truth), expected);
}

void TestMetrics::computesGapClosure()
{
    QCOMPARE(TextMetrics::gapClosure(0.5, 0.3, 0.7), 0.5);
    QCOMPARE(TextMetrics::gapClosure(0.7, 0.3, 0.7), 1.0);
    QCOMPARE(TextMetrics::gapClosure(0.2, 0.3, 0.7), -0.25);
    QVERIFY(std::isnan(TextMetrics::gapClosure(0.5, 0.4, 0.4)));
}

void TestMetrics::readingsTableListsEveryCrop()
{
    BenchmarkRow hr, bicubic, other;
    hr.method = QStringLiteral("hr");
    bicubic.method = QStringLiteral("bicubic");
    other.method = QStringLiteral("glyphsr");
    hr.set = bicubic.set = QStringLiteral("synth-easy");
    other.set = QStringLiteral("real-x2");
    hr.readings.insert(QStringLiteral("ppocr"), {QStringLiteral("Garden"), QStringLiteral("river")});
    hr.readings.insert(QStringLiteral("tesseract"), {QStringLiteral("Garden"), QStringLiteral("rlver")});
    bicubic.readings.insert(QStringLiteral("ppocr"), {QStringLiteral("Gar\tden"), QString()});
    bicubic.readings.insert(QStringLiteral("tesseract"), {QStringLiteral("two\nlines")});
    other.readings.insert(QStringLiteral("ppocr"), {QStringLiteral("EXIT")});
    const BenchmarkReport report({hr, bicubic, other}, {}, {QStringLiteral("ppocr"), QStringLiteral("tesseract")}, QStringLiteral("test"));
    const QMap<QString, QStringList> truths{{QStringLiteral("synth-easy"), {QStringLiteral("Garden"), QStringLiteral("river")}},
                                            {QStringLiteral("real-x2"), {QStringLiteral("exit")}}};
    const QStringList lines = report.readingsTable(truths).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines[0], QStringLiteral("set\tcrop\ttruth\thr/ppocr\thr/tesseract\tbicubic/ppocr\tbicubic/tesseract\tglyphsr/ppocr\tglyphsr/tesseract"));
    // Tabs and line breaks inside a reading become spaces; what a row lacks stays empty.
    QCOMPARE(lines[1], QStringLiteral("synth-easy\t1\tGarden\tGarden\tGarden\tGar den\ttwo lines\t\t"));
    QCOMPARE(lines[2], QStringLiteral("synth-easy\t2\triver\triver\trlver\t\t\t\t"));
    QCOMPARE(lines[3], QStringLiteral("real-x2\t1\texit\t\t\t\t\tEXIT\t"));
}

void TestMetrics::psnrFromKnownMse()
{
    // Every green value differs by 10 and the other channels agree: MSE = (10/255)² / 3.
    const QImage a = patternImage(40, 12, 1);
    QImage b = a.copy();
    for (int y = 0; y < b.height(); ++y) {
        uchar *line = b.scanLine(y);
        for (int x = 0; x < b.width(); ++x)
            line[3 * x + 1] = uchar(line[3 * x + 1] + 10);
    }
    const double mse = (10.0 / 255.0) * (10.0 / 255.0) / 3.0;
    QVERIFY(std::abs(ImageMetrics::psnr(a, b) - 10.0 * std::log10(1.0 / mse)) < 1e-9);
    QVERIFY(std::abs(ImageMetrics::psnr(b, a) - 10.0 * std::log10(1.0 / mse)) < 1e-9);
    // Other formats are read as RGB; alpha does not count.
    QVERIFY(std::abs(ImageMetrics::psnr(a.convertToFormat(QImage::Format_ARGB32), b)
                     - 10.0 * std::log10(1.0 / mse)) < 1e-9);
}

void TestMetrics::psnrOfIdenticalImagesIsInfinite()
{
    const QImage a = patternImage(16, 16, 2);
    const double value = ImageMetrics::psnr(a, a.copy());
    QVERIFY(std::isinf(value) && value > 0);
}

void TestMetrics::ssimOfIdenticalImagesIsOne()
{
    const QImage a = patternImage(64, 16, 3);
    QVERIFY(std::abs(ImageMetrics::ssim(a, a.copy()) - 1.0) < 1e-12);
    QVERIFY(ImageMetrics::ssim(a, patternImage(64, 16, 7)) < 0.99);
}

void TestMetrics::ssimMatchesNaiveImplementation_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::addColumn<int>("shift");
    QTest::newRow("TextZoom LR, brighter") << 64 << 16 << 20;
    QTest::newRow("darker") << 30 << 20 << -25;
    QTest::newRow("smaller than the window") << 7 << 5 << 12;
    QTest::newRow("one pixel") << 1 << 1 << 40;
}

void TestMetrics::ssimMatchesNaiveImplementation()
{
    QFETCH(int, width);
    QFETCH(int, height);
    QFETCH(int, shift);
    const QImage a = patternImage(width, height, 5);
    QImage b = a.copy();
    for (int y = 0; y < b.height(); ++y) {
        uchar *line = b.scanLine(y);
        for (int i = 0; i < 3 * b.width(); ++i)
            line[i] = uchar(qBound(0, line[i] + shift, 255));
    }
    const double expected = naiveSsim(a, b);
    const double actual = ImageMetrics::ssim(a, b);
    QVERIFY2(std::abs(actual - expected) < 1e-9,
             qPrintable(QStringLiteral("%1 vs %2").arg(actual).arg(expected)));
    QVERIFY(actual < 1.0);
}

void TestMetrics::rejectsBadImages()
{
    const QImage a = patternImage(8, 8, 1);
    const QImage b = patternImage(8, 9, 1);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ImageMetrics::psnr(a, b));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ImageMetrics::ssim(a, b));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ImageMetrics::psnr(a, QImage()));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ImageMetrics::ssim(QImage(), a));
}

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
