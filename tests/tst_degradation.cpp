#include "DegradationPipeline.h"
#include "DegradationPreset.h"
#include "ImageMetrics.h"
#include "SeededRandom.h"

#include <QFont>
#include <QPainter>
#include <QSet>
#include <QTest>

#include <opencv2/imgproc.hpp>

#include <stdexcept>

class TestDegradation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void presetNamesRoundTrip();
    void sameSeedGivesIdenticalOutput_data();
    void sameSeedGivesIdenticalOutput();
    void differentSeedsDiffer_data();
    void differentSeedsDiffer();
    void producesRequestedSize();
    void harderPresetsDegradeMore();
    void rejectsBadInput();

private:
    static void addPresetRows();
    static QImage textLine(int index);
    static QImage bicubic(const QImage &image, const QSize &size);
};

void TestDegradation::addPresetRows()
{
    QTest::addColumn<DegradationPreset>("preset");
    for (const DegradationPreset preset : DegradationPresets::all())
        QTest::newRow(qPrintable(DegradationPresets::name(preset))) << preset;
}

// A 128×32 line of text like a TextZoom HR crop: varied words, fonts, sizes and colours.
QImage TestDegradation::textLine(int index)
{
    static const char *const words[] = {"STOP", "Coffee", "open 24h", "EXIT", "Bakery",
                                        "Hotel", "sale 50%", "Parking", "No. 17", "menu"};
    static const char *const families[] = {"DejaVu Sans", "DejaVu Serif", "Lato"};
    SeededRandom random = SeededRandom::forStream(2024, quint64(index));
    QImage image(128, 32, QImage::Format_RGB888);
    const int background = random.integer(150, 255);
    image.fill(QColor(background, random.integer(150, 255), random.integer(150, 255)));
    QPainter painter(&image);
    QFont font(QLatin1String(families[random.integer(0, 2)]));
    font.setPixelSize(random.integer(16, 24));
    font.setBold(random.chance(0.5));
    painter.setFont(font);
    painter.setPen(QColor(random.integer(0, 90), random.integer(0, 90), random.integer(0, 90)));
    painter.drawText(image.rect(), Qt::AlignCenter,
                     QLatin1String(words[random.integer(0, 9)]));
    painter.end();
    return image;
}

QImage TestDegradation::bicubic(const QImage &image, const QSize &size)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    const cv::Mat source(rgb.height(), rgb.width(), CV_8UC3, const_cast<uchar *>(rgb.constBits()),
                         size_t(rgb.bytesPerLine()));
    QImage result(size, QImage::Format_RGB888);
    cv::Mat target(result.height(), result.width(), CV_8UC3, result.bits(),
                   size_t(result.bytesPerLine()));
    cv::resize(source, target, target.size(), 0, 0, cv::INTER_CUBIC);
    return result;
}

void TestDegradation::presetNamesRoundTrip()
{
    QCOMPARE(DegradationPresets::all().size(), 3);
    for (const DegradationPreset preset : DegradationPresets::all())
        QCOMPARE(DegradationPresets::parse(DegradationPresets::name(preset)), preset);
    QCOMPARE(DegradationPresets::name(DegradationPreset::Medium), QStringLiteral("medium"));
    QCOMPARE(DegradationPresets::parse(QStringLiteral(" Hard ")), DegradationPreset::Hard);
    QVERIFY(!DegradationPresets::parse(QStringLiteral("extreme")).has_value());
    QVERIFY(!DegradationPresets::parse(QString()).has_value());
}

void TestDegradation::sameSeedGivesIdenticalOutput_data()
{
    addPresetRows();
}

void TestDegradation::sameSeedGivesIdenticalOutput()
{
    QFETCH(DegradationPreset, preset);
    const DegradationPipeline pipeline(preset);
    for (int index = 0; index < 20; ++index) {
        const QImage hr = textLine(index);
        SeededRandom first = SeededRandom::forStream(7, quint64(index));
        SeededRandom second = SeededRandom::forStream(7, quint64(index));
        const QImage a = pipeline.apply(hr, QSize(64, 16), first);
        // Something else in between must not change the next result.
        SeededRandom other(99);
        pipeline.apply(textLine(index + 1), QSize(64, 16), other);
        const QImage b = pipeline.apply(hr, QSize(64, 16), second);
        QCOMPARE(a.format(), QImage::Format_RGB888);
        QVERIFY2(a == b, qPrintable(QStringLiteral("sample %1").arg(index)));
    }
}

void TestDegradation::differentSeedsDiffer_data()
{
    addPresetRows();
}

void TestDegradation::differentSeedsDiffer()
{
    QFETCH(DegradationPreset, preset);
    const DegradationPipeline pipeline(preset);
    const QImage hr = textLine(3);
    QSet<QByteArray> distinct;
    for (quint64 seed = 1; seed <= 10; ++seed) {
        SeededRandom random(seed);
        const QImage lr = pipeline.apply(hr, 2, random);
        distinct.insert(QByteArray(reinterpret_cast<const char *>(lr.constBits()),
                                   int(lr.sizeInBytes())));
    }
    QCOMPARE(distinct.size(), 10);
}

void TestDegradation::producesRequestedSize()
{
    const DegradationPipeline pipeline(DegradationPreset::Hard);
    SeededRandom random(5);
    QCOMPARE(pipeline.apply(textLine(0), QSize(64, 16), random).size(), QSize(64, 16));
    QCOMPARE(pipeline.apply(textLine(1), 4, random).size(), QSize(32, 8));
    // Odd sizes round down; other formats are accepted and RGB888 comes out.
    const QImage odd = textLine(2).copy(0, 0, 101, 31).convertToFormat(QImage::Format_ARGB32);
    const QImage lr = pipeline.apply(odd, 2, random);
    QCOMPARE(lr.size(), QSize(50, 15));
    QCOMPARE(lr.format(), QImage::Format_RGB888);
    // A larger output than input is a plain resize at the end, not an error.
    QCOMPARE(pipeline.apply(textLine(3), QSize(200, 50), random).size(), QSize(200, 50));
    // One pixel in, one pixel out.
    QImage pixel(1, 1, QImage::Format_RGB888);
    pixel.fill(QColor(200, 30, 90));
    for (const DegradationPreset preset : DegradationPresets::all()) {
        const QImage tiny = DegradationPipeline(preset).apply(pixel, QSize(1, 1), random);
        QCOMPARE(tiny.size(), QSize(1, 1));
    }
}

void TestDegradation::harderPresetsDegradeMore()
{
    // Distance from the ideal low-resolution image: the clean line bicubic-downscaled; both
    // compared after the same bicubic upscale, over 50 lines.
    QMap<DegradationPreset, double> meanPsnr;
    for (const DegradationPreset preset : DegradationPresets::all()) {
        const DegradationPipeline pipeline(preset);
        double sum = 0;
        for (int index = 0; index < 50; ++index) {
            const QImage hr = textLine(index);
            SeededRandom random = SeededRandom::forStream(11, quint64(index));
            const QImage degraded = pipeline.apply(hr, 2, random);
            const QImage reference = bicubic(bicubic(hr, QSize(64, 16)), hr.size());
            sum += ImageMetrics::psnr(bicubic(degraded, hr.size()), reference);
        }
        meanPsnr[preset] = sum / 50;
        qInfo("%s: mean PSNR %.2f dB against the bicubic down-up of the clean line",
              qPrintable(DegradationPresets::name(preset)), meanPsnr[preset]);
    }
    QVERIFY(meanPsnr[DegradationPreset::Easy] > meanPsnr[DegradationPreset::Medium] + 1.0);
    QVERIFY(meanPsnr[DegradationPreset::Medium] > meanPsnr[DegradationPreset::Hard] + 1.0);
}

void TestDegradation::rejectsBadInput()
{
    const DegradationPipeline pipeline;
    SeededRandom random(1);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, pipeline.apply(QImage(), QSize(8, 8), random));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, pipeline.apply(QImage(), 2, random));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, pipeline.apply(textLine(0), QSize(0, 8), random));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, pipeline.apply(textLine(0), 0, random));
    QImage pixel(1, 1, QImage::Format_RGB888);
    pixel.fill(Qt::white);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, pipeline.apply(pixel, 2, random));
}

QTEST_MAIN(TestDegradation)
#include "tst_degradation.moc"
